//! Drafts: applications being filled in, saved at every Continue.

use shared::form::{Answers, Prefill};
use sqlx::Row;
use sqlx::any::AnyRow;

use super::{Store, StoreError, from_json, to_json};

/// A draft application.
#[derive(Debug, Clone)]
pub struct Draft {
    pub id: String,
    pub user_id: String,
    pub service: String,
    pub version: u16,
    pub channel: String,
    pub answers: Answers,
    pub prefill: Prefill,
    pub registry_found: bool,
    pub created_at: i64,
    pub updated_at: i64,
}

/// What a new draft starts with.
#[derive(Debug)]
pub struct NewDraft<'a> {
    pub user_id: &'a str,
    pub service: &'a str,
    pub version: u16,
    pub channel: &'a str,
    pub prefill: &'a Prefill,
    pub registry_found: bool,
}

macro_rules! draft_columns {
    () => {
        "id, user_id, service, version, channel, answers, prefill, registry_found, created_at, updated_at"
    };
}

fn draft_from_row(r: &AnyRow) -> Result<Draft, StoreError> {
    let version: i64 = r.try_get(3)?;
    Ok(Draft {
        id: r.try_get(0)?,
        user_id: r.try_get(1)?,
        service: r.try_get(2)?,
        version: u16::try_from(version).map_err(|e| StoreError::Corrupt(e.to_string()))?,
        channel: r.try_get(4)?,
        answers: from_json(&r.try_get::<String, _>(5)?)?,
        prefill: from_json(&r.try_get::<String, _>(6)?)?,
        registry_found: r.try_get::<i64, _>(7)? != 0,
        created_at: r.try_get(8)?,
        updated_at: r.try_get(9)?,
    })
}

impl Store {
    /// Starts a draft and returns its id.
    pub async fn create_draft(&self, new: NewDraft<'_>, now: i64) -> Result<String, StoreError> {
        let id = uuid::Uuid::new_v4().to_string();
        sqlx::query(concat!(
            "INSERT INTO drafts (",
            draft_columns!(),
            ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)"
        ))
        .bind(&id)
        .bind(new.user_id)
        .bind(new.service)
        .bind(i64::from(new.version))
        .bind(new.channel)
        .bind(to_json(&Answers::new())?)
        .bind(to_json(new.prefill)?)
        .bind(i64::from(new.registry_found))
        .bind(now)
        .execute(self.pool())
        .await?;
        Ok(id)
    }

    /// A draft, only if it belongs to this user: another user's draft is as good as missing.
    pub async fn draft_of(&self, user_id: &str, id: &str) -> Result<Option<Draft>, StoreError> {
        let row = sqlx::query(concat!("SELECT ", draft_columns!(), " FROM drafts WHERE id = $1 AND user_id = $2"))
            .bind(id)
            .bind(user_id)
            .fetch_optional(self.pool())
            .await?;
        row.as_ref().map(draft_from_row).transpose()
    }

    /// A user's drafts, most recently saved first.
    pub async fn drafts_of(&self, user_id: &str) -> Result<Vec<Draft>, StoreError> {
        let rows = sqlx::query(concat!(
            "SELECT ",
            draft_columns!(),
            " FROM drafts WHERE user_id = $1 ORDER BY updated_at DESC"
        ))
        .bind(user_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(draft_from_row).collect()
    }

    /// Saves a draft's answers.
    pub async fn save_answers(&self, user_id: &str, id: &str, answers: &Answers, now: i64) -> Result<bool, StoreError> {
        let done = sqlx::query("UPDATE drafts SET answers = $1, updated_at = $2 WHERE id = $3 AND user_id = $4")
            .bind(to_json(answers)?)
            .bind(now)
            .bind(id)
            .bind(user_id)
            .execute(self.pool())
            .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Marks a draft as saved now (after an upload or removal).
    pub async fn touch_draft(&self, id: &str, now: i64) -> Result<(), StoreError> {
        sqlx::query("UPDATE drafts SET updated_at = $1 WHERE id = $2").bind(now).bind(id).execute(self.pool()).await?;
        Ok(())
    }

    /// Deletes a user's draft and its attachments' records.
    pub async fn delete_draft(&self, user_id: &str, id: &str) -> Result<bool, StoreError> {
        let done = sqlx::query("DELETE FROM drafts WHERE id = $1 AND user_id = $2")
            .bind(id)
            .bind(user_id)
            .execute(self.pool())
            .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Deletes drafts not saved since `before` (untouched for the retention period), with their
    /// attachment records. Returns how many went and the hashes of the files they held, for the
    /// caller to delete from the file store once nothing else refers to them.
    pub async fn purge_drafts(&self, before: i64) -> Result<(u64, Vec<String>), StoreError> {
        let mut tx = self.pool().begin().await?;
        let rows = sqlx::query(
            "SELECT DISTINCT a.sha256 FROM attachments a JOIN drafts d ON d.id = a.draft_id WHERE d.updated_at < $1",
        )
        .bind(before)
        .fetch_all(&mut *tx)
        .await?;
        let hashes = rows.iter().map(|r| r.try_get(0)).collect::<Result<Vec<String>, _>>()?;
        let done = sqlx::query("DELETE FROM drafts WHERE updated_at < $1").bind(before).execute(&mut *tx).await?;
        tx.commit().await?;
        Ok((done.rows_affected(), hashes))
    }
}
