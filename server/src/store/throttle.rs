//! Failed sign-in attempts, counted per account and per client address.

use sqlx::Row;

use super::{Store, StoreError};

impl Store {
    /// Records a failed attempt under a key (a hash of the IIN or of the client address).
    pub async fn record_failed_login(&self, key_hash: &str, now: i64) -> Result<(), StoreError> {
        sqlx::query("INSERT INTO login_attempts (key_hash, at) VALUES ($1, $2)")
            .bind(key_hash)
            .bind(now)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// Failed attempts under a key since `since`, and the time of the oldest of them.
    pub async fn failed_logins_since(&self, key_hash: &str, since: i64) -> Result<(i64, Option<i64>), StoreError> {
        let row = sqlx::query("SELECT COUNT(*), MIN(at) FROM login_attempts WHERE key_hash = $1 AND at >= $2")
            .bind(key_hash)
            .bind(since)
            .fetch_one(self.pool())
            .await?;
        Ok((row.try_get(0)?, row.try_get(1)?))
    }

    /// Forgets the failed attempts under a key, after a successful sign-in.
    pub async fn clear_failed_logins(&self, key_hash: &str) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM login_attempts WHERE key_hash = $1").bind(key_hash).execute(self.pool()).await?;
        Ok(())
    }

    /// Drops attempts older than `before`.
    pub async fn purge_login_attempts(&self, before: i64) -> Result<u64, StoreError> {
        let done = sqlx::query("DELETE FROM login_attempts WHERE at < $1").bind(before).execute(self.pool()).await?;
        Ok(done.rows_affected())
    }
}
