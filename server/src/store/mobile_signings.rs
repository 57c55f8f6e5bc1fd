//! Signings in the eGov mobile app by QR code: the code's request, its state, the signature the
//! app sent, and an audit trail of every step.

use shared::esp::egov::MobileSigningState;
use sqlx::Row;

use super::{Store, StoreError};

/// A new signing, as the check-answers page starts it.
pub struct NewMobileSigning<'a> {
    pub id: &'a str,
    pub token: &'a str,
    pub user_id: &'a str,
    pub draft_id: &'a str,
    pub iin: &'a str,
    pub service: &'a str,
    /// The exact text the app is asked to sign.
    pub document: &'a str,
    pub now: i64,
    pub expires_at: i64,
}

/// A stored signing.
#[derive(Clone)]
pub struct MobileSigning {
    pub id: String,
    pub token: String,
    pub user_id: String,
    pub draft_id: String,
    pub iin: String,
    pub service: String,
    pub document: String,
    pub state: MobileSigningState,
    /// The app's CMS (base64), once it sent one.
    pub cms: Option<String>,
    /// Why the app's signature was refused (`EspRefusal::code`), and the date its message names.
    pub refusal: Option<String>,
    pub refusal_date: Option<String>,
    pub created_at: i64,
    pub expires_at: i64,
}

impl MobileSigning {
    /// The state as of `now`: an open signing past its time has expired.
    pub fn state_at(&self, now: i64) -> MobileSigningState {
        if self.state.open() && now >= self.expires_at { MobileSigningState::Expired } else { self.state }
    }
}

impl std::fmt::Debug for MobileSigning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MobileSigning").field("state", &self.state).finish_non_exhaustive()
    }
}

/// The columns [`from_row`] reads, in its order.
macro_rules! columns {
    () => {
        "id, token, user_id, draft_id, iin, service, document, state, cms, refusal, refusal_date, created_at, \
         expires_at"
    };
}

fn from_row(r: &sqlx::any::AnyRow) -> Result<MobileSigning, StoreError> {
    let state: String = r.try_get(7)?;
    Ok(MobileSigning {
        id: r.try_get(0)?,
        token: r.try_get(1)?,
        user_id: r.try_get(2)?,
        draft_id: r.try_get(3)?,
        iin: r.try_get(4)?,
        service: r.try_get(5)?,
        document: r.try_get(6)?,
        state: MobileSigningState::from_key(&state).ok_or_else(|| StoreError::Corrupt(format!("state {state}")))?,
        cms: r.try_get(8)?,
        refusal: r.try_get(9)?,
        refusal_date: r.try_get(10)?,
        created_at: r.try_get(11)?,
        expires_at: r.try_get(12)?,
    })
}

/// How the app's signature ended.
pub enum MobileOutcome<'a> {
    Signed { cms: &'a str },
    Refused { refusal: &'a str, date: Option<&'a str> },
}

impl Store {
    /// Stores a new signing, waiting for the app.
    pub async fn create_mobile_signing(&self, new: NewMobileSigning<'_>) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO mobile_signings (id, token, user_id, draft_id, iin, service, document, state, created_at, \
             expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
        )
        .bind(new.id)
        .bind(new.token)
        .bind(new.user_id)
        .bind(new.draft_id)
        .bind(new.iin)
        .bind(new.service)
        .bind(new.document)
        .bind(MobileSigningState::Waiting.key())
        .bind(new.now)
        .bind(new.expires_at)
        .execute(self.pool())
        .await?;
        self.record_mobile_event(new.id, new.now, "created", None).await
    }

    /// A signing by its id.
    pub async fn mobile_signing(&self, id: &str) -> Result<Option<MobileSigning>, StoreError> {
        let row = sqlx::query(concat!("SELECT ", columns!(), " FROM mobile_signings WHERE id = $1"))
            .bind(id)
            .fetch_optional(self.pool())
            .await?;
        row.as_ref().map(from_row).transpose()
    }

    /// A user's signing of a draft; `None` when it is someone else's or another draft's.
    pub async fn mobile_signing_of(
        &self,
        user_id: &str,
        draft_id: &str,
        id: &str,
    ) -> Result<Option<MobileSigning>, StoreError> {
        let row = sqlx::query(concat!(
            "SELECT ",
            columns!(),
            " FROM mobile_signings WHERE id = $1 AND user_id = $2 AND draft_id = $3"
        ))
        .bind(id)
        .bind(user_id)
        .bind(draft_id)
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(from_row).transpose()
    }

    /// Notes that the app fetched the documents (from waiting only; a refetch changes nothing).
    pub async fn mobile_signing_fetched(&self, id: &str, now: i64) -> Result<(), StoreError> {
        let done = sqlx::query("UPDATE mobile_signings SET state = $1, fetched_at = $2 WHERE id = $3 AND state = $4")
            .bind(MobileSigningState::Fetched.key())
            .bind(now)
            .bind(id)
            .bind(MobileSigningState::Waiting.key())
            .execute(self.pool())
            .await?;
        if done.rows_affected() == 1 {
            self.record_mobile_event(id, now, "fetched", None).await?;
        }
        Ok(())
    }

    /// Ends an open, unexpired signing with the app's signature or its refusal. `false` when the
    /// signing was not open any more (a second answer, or one after the code expired): each code
    /// takes one signature.
    pub async fn finish_mobile_signing(
        &self,
        id: &str,
        outcome: MobileOutcome<'_>,
        now: i64,
    ) -> Result<bool, StoreError> {
        let (state, cms, refusal, date) = match outcome {
            MobileOutcome::Signed { cms } => (MobileSigningState::Signed, Some(cms), None, None),
            MobileOutcome::Refused { refusal, date } => (MobileSigningState::Refused, None, Some(refusal), date),
        };
        let done = sqlx::query(
            "UPDATE mobile_signings SET state = $1, cms = $2, refusal = $3, refusal_date = $4, finished_at = $5 \
             WHERE id = $6 AND state IN ($7, $8) AND expires_at > $5",
        )
        .bind(state.key())
        .bind(cms)
        .bind(refusal)
        .bind(date)
        .bind(now)
        .bind(id)
        .bind(MobileSigningState::Waiting.key())
        .bind(MobileSigningState::Fetched.key())
        .execute(self.pool())
        .await?;
        let finished = done.rows_affected() == 1;
        if finished {
            self.record_mobile_event(id, now, state.key(), refusal).await?;
        }
        Ok(finished)
    }

    /// Notes that the signed application was sent with this signing's signature.
    pub async fn mobile_signing_used(&self, id: &str, application_id: &str, now: i64) -> Result<(), StoreError> {
        sqlx::query("UPDATE mobile_signings SET state = $1 WHERE id = $2 AND state = $3")
            .bind(MobileSigningState::Used.key())
            .bind(id)
            .bind(MobileSigningState::Signed.key())
            .execute(self.pool())
            .await?;
        self.record_mobile_event(id, now, "used", Some(application_id)).await
    }

    /// Writes a step of a signing to its audit trail.
    pub async fn record_mobile_event(
        &self,
        id: &str,
        now: i64,
        event: &str,
        detail: Option<&str>,
    ) -> Result<(), StoreError> {
        sqlx::query("INSERT INTO mobile_signing_events (signing_id, at, event, detail) VALUES ($1, $2, $3, $4)")
            .bind(id)
            .bind(now)
            .bind(event)
            .bind(detail)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// The audit trail of a signing: `(event, detail)` in order.
    pub async fn mobile_signing_events(&self, id: &str) -> Result<Vec<(String, Option<String>)>, StoreError> {
        let rows =
            sqlx::query("SELECT event, detail FROM mobile_signing_events WHERE signing_id = $1 ORDER BY at, event")
                .bind(id)
                .fetch_all(self.pool())
                .await?;
        rows.iter().map(|r| Ok((r.try_get(0)?, r.try_get(1)?))).collect()
    }

    /// Deletes signings whose codes expired before `before`, with their trails.
    pub async fn purge_mobile_signings(&self, before: i64) -> Result<u64, StoreError> {
        sqlx::query(
            "DELETE FROM mobile_signing_events WHERE signing_id IN (SELECT id FROM mobile_signings WHERE expires_at < $1)",
        )
        .bind(before)
        .execute(self.pool())
        .await?;
        let done =
            sqlx::query("DELETE FROM mobile_signings WHERE expires_at < $1").bind(before).execute(self.pool()).await?;
        Ok(done.rows_affected())
    }
}
