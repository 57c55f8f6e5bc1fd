//! Submitted applications and their timelines.

use shared::form::{Answers, Prefill};
use sqlx::Row;
use sqlx::any::AnyRow;

use super::{Store, StoreError, from_json, to_json};

/// A submitted application.
#[derive(Debug, Clone)]
pub struct Application {
    pub id: String,
    pub reference: String,
    pub user_id: String,
    pub service: String,
    pub version: u16,
    pub channel: String,
    pub answers: Answers,
    pub prefill: Prefill,
    pub status: String,
    pub submitted_at: i64,
    pub due_date: String,
}

/// A line of the cabinet's history.
#[derive(Debug, Clone)]
pub struct ApplicationSummary {
    pub id: String,
    pub reference: String,
    pub service: String,
    pub version: u16,
    pub status: String,
    pub submitted_at: i64,
    pub due_date: String,
}

/// An event on the timeline.
#[derive(Debug, Clone)]
pub struct StoredEvent {
    pub kind: String,
    pub at: i64,
}

/// How a submission ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Submitted {
    /// The application was created, with this id.
    Created(String),
    /// The reference number is taken; draw another.
    ReferenceTaken,
    /// The draft was sent meanwhile by another request (a double click); nothing was written.
    AlreadySent,
}

/// What a submission records.
#[derive(Debug)]
pub struct NewApplication<'a> {
    pub draft_id: &'a str,
    pub user_id: &'a str,
    pub service: &'a str,
    pub version: u16,
    pub channel: &'a str,
    pub answers: &'a Answers,
    pub prefill: &'a Prefill,
    pub status: &'a str,
    pub first_event: &'a str,
    pub due_date: &'a str,
    /// The applicant's verified ESP signature, when the application was signed.
    pub signature: Option<&'a ApplicationSignature>,
}

/// An application's ESP signature as stored with it.
#[derive(Clone)]
pub struct ApplicationSignature {
    /// The canonical document that was signed (`shared::esp::document`).
    pub document: String,
    /// The CMS `SignedData`, DER in base64.
    pub cms: String,
    pub signer_iin: String,
    pub signer_name: String,
    pub certificate_serial: String,
    pub certificate_issuer: String,
    pub certificate_not_after: i64,
    /// The signing time the signature carries (or the time it was received, when it carries none).
    pub signed_at: i64,
    pub verified_at: i64,
}

impl std::fmt::Debug for ApplicationSignature {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ApplicationSignature").field("signed_at", &self.signed_at).finish_non_exhaustive()
    }
}

fn version_of(v: i64) -> Result<u16, StoreError> {
    u16::try_from(v).map_err(|e| StoreError::Corrupt(e.to_string()))
}

fn application_from_row(r: &AnyRow) -> Result<Application, StoreError> {
    Ok(Application {
        id: r.try_get(0)?,
        reference: r.try_get(1)?,
        user_id: r.try_get(2)?,
        service: r.try_get(3)?,
        version: version_of(r.try_get(4)?)?,
        channel: r.try_get(5)?,
        answers: from_json(&r.try_get::<String, _>(6)?)?,
        prefill: from_json(&r.try_get::<String, _>(7)?)?,
        status: r.try_get(8)?,
        submitted_at: r.try_get(9)?,
        due_date: r.try_get(10)?,
    })
}

macro_rules! application_columns {
    () => {
        "id, reference, user_id, service, version, channel, answers, prefill, status, submitted_at, due_date"
    };
}

impl Store {
    /// Turns a draft into an application in one transaction: the application and its first event
    /// are written, the draft's files move to it and the draft is deleted. `reference` is tried as
    /// given.
    pub async fn submit_draft(
        &self,
        new: NewApplication<'_>,
        reference: &str,
        now: i64,
    ) -> Result<Submitted, StoreError> {
        let mut tx = self.pool().begin().await?;
        // The first statement is a write that locks the draft, so two sends of the same draft
        // queue up instead of both reading it: SQLite takes its write lock here rather than failing
        // a stale read later, PostgreSQL makes the second wait for the first and then see no row.
        let claimed = sqlx::query("UPDATE drafts SET updated_at = updated_at WHERE id = $1 AND user_id = $2")
            .bind(new.draft_id)
            .bind(new.user_id)
            .execute(&mut *tx)
            .await?;
        if claimed.rows_affected() != 1 {
            return Ok(Submitted::AlreadySent);
        }
        let taken: i64 = sqlx::query("SELECT COUNT(*) FROM applications WHERE reference = $1")
            .bind(reference)
            .fetch_one(&mut *tx)
            .await?
            .try_get(0)?;
        if taken > 0 {
            return Ok(Submitted::ReferenceTaken);
        }
        let id = uuid::Uuid::new_v4().to_string();
        sqlx::query(concat!(
            "INSERT INTO applications (",
            application_columns!(),
            ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)"
        ))
        .bind(&id)
        .bind(reference)
        .bind(new.user_id)
        .bind(new.service)
        .bind(i64::from(new.version))
        .bind(new.channel)
        .bind(to_json(new.answers)?)
        .bind(to_json(new.prefill)?)
        .bind(new.status)
        .bind(now)
        .bind(new.due_date)
        .execute(&mut *tx)
        .await?;
        sqlx::query("UPDATE applications SET source_draft = $1 WHERE id = $2")
            .bind(new.draft_id)
            .bind(&id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("INSERT INTO application_events (application_id, kind, at) VALUES ($1, $2, $3)")
            .bind(&id)
            .bind(new.first_event)
            .bind(now)
            .execute(&mut *tx)
            .await?;
        if let Some(sig) = new.signature {
            sqlx::query(
                "INSERT INTO application_signatures (application_id, document, cms, signer_iin, signer_name, \
                 certificate_serial, certificate_issuer, certificate_not_after, signed_at, verified_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
            )
            .bind(&id)
            .bind(&sig.document)
            .bind(&sig.cms)
            .bind(&sig.signer_iin)
            .bind(&sig.signer_name)
            .bind(&sig.certificate_serial)
            .bind(&sig.certificate_issuer)
            .bind(sig.certificate_not_after)
            .bind(sig.signed_at)
            .bind(sig.verified_at)
            .execute(&mut *tx)
            .await?;
        }
        sqlx::query("UPDATE attachments SET application_id = $1, draft_id = NULL WHERE draft_id = $2")
            .bind(&id)
            .bind(new.draft_id)
            .execute(&mut *tx)
            .await?;
        let deleted = sqlx::query("DELETE FROM drafts WHERE id = $1 AND user_id = $2")
            .bind(new.draft_id)
            .bind(new.user_id)
            .execute(&mut *tx)
            .await?;
        if deleted.rows_affected() != 1 {
            // Another request sent the draft first; dropping the transaction undoes this one.
            return Ok(Submitted::AlreadySent);
        }
        tx.commit().await?;
        Ok(Submitted::Created(id))
    }

    /// The ESP signature of an application, only if the application belongs to this user.
    pub async fn signature_of(&self, user_id: &str, id: &str) -> Result<Option<ApplicationSignature>, StoreError> {
        let row = sqlx::query(
            "SELECT s.document, s.cms, s.signer_iin, s.signer_name, s.certificate_serial, s.certificate_issuer, \
             s.certificate_not_after, s.signed_at, s.verified_at FROM application_signatures s \
             JOIN applications a ON a.id = s.application_id WHERE s.application_id = $1 AND a.user_id = $2",
        )
        .bind(id)
        .bind(user_id)
        .fetch_optional(self.pool())
        .await?;
        row.map(|r| {
            Ok(ApplicationSignature {
                document: r.try_get(0)?,
                cms: r.try_get(1)?,
                signer_iin: r.try_get(2)?,
                signer_name: r.try_get(3)?,
                certificate_serial: r.try_get(4)?,
                certificate_issuer: r.try_get(5)?,
                certificate_not_after: r.try_get(6)?,
                signed_at: r.try_get(7)?,
                verified_at: r.try_get(8)?,
            })
        })
        .transpose()
    }

    /// An application, only if it belongs to this user.
    pub async fn application_of(&self, user_id: &str, id: &str) -> Result<Option<Application>, StoreError> {
        let row = sqlx::query(concat!(
            "SELECT ",
            application_columns!(),
            " FROM applications WHERE id = $1 AND user_id = $2"
        ))
        .bind(id)
        .bind(user_id)
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(application_from_row).transpose()
    }

    /// The application a user sent from a draft, if the draft was sent.
    pub async fn application_from_draft(&self, user_id: &str, draft_id: &str) -> Result<Option<String>, StoreError> {
        let row = sqlx::query("SELECT id FROM applications WHERE user_id = $1 AND source_draft = $2")
            .bind(user_id)
            .bind(draft_id)
            .fetch_optional(self.pool())
            .await?;
        Ok(row.map(|r| r.try_get(0)).transpose()?)
    }

    /// A user's applications, newest first.
    pub async fn applications_of(&self, user_id: &str) -> Result<Vec<ApplicationSummary>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, reference, service, version, status, submitted_at, due_date FROM applications \
             WHERE user_id = $1 ORDER BY submitted_at DESC, reference",
        )
        .bind(user_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                Ok(ApplicationSummary {
                    id: r.try_get(0)?,
                    reference: r.try_get(1)?,
                    service: r.try_get(2)?,
                    version: version_of(r.try_get(3)?)?,
                    status: r.try_get(4)?,
                    submitted_at: r.try_get(5)?,
                    due_date: r.try_get(6)?,
                })
            })
            .collect()
    }

    /// The timeline of an application, oldest first.
    pub async fn application_events(&self, application_id: &str) -> Result<Vec<StoredEvent>, StoreError> {
        let rows = sqlx::query("SELECT kind, at FROM application_events WHERE application_id = $1 ORDER BY id")
            .bind(application_id)
            .fetch_all(self.pool())
            .await?;
        rows.iter().map(|r| Ok(StoredEvent { kind: r.try_get(0)?, at: r.try_get(1)? })).collect()
    }
}
