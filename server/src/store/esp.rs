//! ESP sign-in: challenges and the audit of attempts.

use sqlx::Row;

use super::{Store, StoreError};

/// A challenge taken for verification (it can never be taken again).
#[derive(Clone)]
pub struct TakenChallenge {
    pub binding_hash: String,
    pub data: String,
    pub expires_at: i64,
}

/// One ESP sign-in attempt, for the audit trail.
#[derive(Clone, Default)]
pub struct EspLoginRecord {
    pub outcome: &'static str,
    pub refusal: Option<String>,
    pub certificate_serial: Option<String>,
    pub certificate_issuer: Option<String>,
    pub iin: Option<String>,
    pub user_id: Option<String>,
}

impl std::fmt::Debug for EspLoginRecord {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EspLoginRecord").field("outcome", &self.outcome).field("refusal", &self.refusal).finish()
    }
}

impl Store {
    /// Stores a new challenge.
    pub async fn create_esp_challenge(
        &self,
        id: &str,
        binding_hash: &str,
        data: &str,
        now: i64,
        expires_at: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO esp_challenges (id, binding_hash, data, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(id)
        .bind(binding_hash)
        .bind(data)
        .bind(now)
        .bind(expires_at)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// Marks a challenge used and returns it; `None` when it does not exist or was used before.
    /// Marking comes first, so a challenge is single-use even when its verification fails.
    pub async fn take_esp_challenge(&self, id: &str, now: i64) -> Result<Option<TakenChallenge>, StoreError> {
        let row = sqlx::query(
            "UPDATE esp_challenges SET used_at = $1 WHERE id = $2 AND used_at IS NULL \
             RETURNING binding_hash, data, expires_at",
        )
        .bind(now)
        .bind(id)
        .fetch_optional(self.pool())
        .await?;
        row.map(|r| Ok(TakenChallenge { binding_hash: r.try_get(0)?, data: r.try_get(1)?, expires_at: r.try_get(2)? }))
            .transpose()
    }

    /// Whether a challenge with this id exists at all (used or not).
    pub async fn esp_challenge_exists(&self, id: &str) -> Result<bool, StoreError> {
        let row =
            sqlx::query("SELECT 1 FROM esp_challenges WHERE id = $1").bind(id).fetch_optional(self.pool()).await?;
        Ok(row.is_some())
    }

    /// Deletes challenges that expired before `before`.
    pub async fn purge_esp_challenges(&self, before: i64) -> Result<u64, StoreError> {
        let done =
            sqlx::query("DELETE FROM esp_challenges WHERE expires_at < $1").bind(before).execute(self.pool()).await?;
        Ok(done.rows_affected())
    }

    /// Writes one attempt to the audit trail.
    pub async fn record_esp_login(&self, record: &EspLoginRecord, now: i64) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO esp_login_audit (id, at, outcome, refusal, certificate_serial, certificate_issuer, iin, user_id) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(uuid::Uuid::new_v4().to_string())
        .bind(now)
        .bind(record.outcome)
        .bind(&record.refusal)
        .bind(&record.certificate_serial)
        .bind(&record.certificate_issuer)
        .bind(&record.iin)
        .bind(&record.user_id)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// The audit trail of ESP sign-in attempts, newest first.
    pub async fn esp_login_audit(&self, limit: i64) -> Result<Vec<EspLoginRecordRow>, StoreError> {
        let rows = sqlx::query(
            "SELECT outcome, refusal, certificate_serial, certificate_issuer, iin, user_id, at \
             FROM esp_login_audit ORDER BY at DESC, id LIMIT $1",
        )
        .bind(limit)
        .fetch_all(self.pool())
        .await?;
        rows.into_iter()
            .map(|r| {
                Ok(EspLoginRecordRow {
                    outcome: r.try_get(0)?,
                    refusal: r.try_get(1)?,
                    certificate_serial: r.try_get(2)?,
                    certificate_issuer: r.try_get(3)?,
                    iin: r.try_get(4)?,
                    user_id: r.try_get(5)?,
                    at: r.try_get(6)?,
                })
            })
            .collect()
    }

    /// Creates an account with no password (the first ESP sign-in of a person); returns the
    /// existing account when one with this IIN exists.
    pub async fn user_for_esp(&self, iin: &str, now: i64) -> Result<super::User, StoreError> {
        sqlx::query("INSERT INTO users (id, iin, password_hash, created_at) VALUES ($1, $2, NULL, $3) ON CONFLICT (iin) DO NOTHING")
            .bind(uuid::Uuid::new_v4().to_string())
            .bind(iin)
            .bind(now)
            .execute(self.pool())
            .await?;
        self.user_by_iin(iin).await?.ok_or_else(|| StoreError::Corrupt("account vanished after insert".into()))
    }
}

/// A stored audit record.
#[derive(Clone)]
pub struct EspLoginRecordRow {
    pub outcome: String,
    pub refusal: Option<String>,
    pub certificate_serial: Option<String>,
    pub certificate_issuer: Option<String>,
    pub iin: Option<String>,
    pub user_id: Option<String>,
    pub at: i64,
}

impl std::fmt::Debug for EspLoginRecordRow {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EspLoginRecordRow").field("outcome", &self.outcome).field("refusal", &self.refusal).finish()
    }
}
