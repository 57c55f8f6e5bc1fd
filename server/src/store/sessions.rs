//! Server-side sessions. The cookie carries a random token; only its SHA-256 is stored.

use sqlx::Row;

use super::{Store, StoreError};

/// A stored session.
#[derive(Debug, Clone)]
pub struct SessionRow {
    pub user_id: String,
    pub display_name: String,
    pub created_at: i64,
    pub last_seen_at: i64,
}

impl Store {
    /// Records a new session for a user.
    pub async fn create_session(
        &self,
        id_hash: &str,
        user_id: &str,
        display_name: &str,
        now: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO sessions (id_hash, user_id, display_name, created_at, last_seen_at) VALUES ($1, $2, $3, $4, $4)",
        )
        .bind(id_hash)
        .bind(user_id)
        .bind(display_name)
        .bind(now)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// The session with this token hash.
    pub async fn session(&self, id_hash: &str) -> Result<Option<SessionRow>, StoreError> {
        let row =
            sqlx::query("SELECT user_id, display_name, created_at, last_seen_at FROM sessions WHERE id_hash = $1")
                .bind(id_hash)
                .fetch_optional(self.pool())
                .await?;
        row.map(|r| {
            Ok(SessionRow {
                user_id: r.try_get(0)?,
                display_name: r.try_get(1)?,
                created_at: r.try_get(2)?,
                last_seen_at: r.try_get(3)?,
            })
        })
        .transpose()
    }

    /// Marks a session as used now.
    pub async fn touch_session(&self, id_hash: &str, now: i64) -> Result<(), StoreError> {
        sqlx::query("UPDATE sessions SET last_seen_at = $1 WHERE id_hash = $2")
            .bind(now)
            .bind(id_hash)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// Ends a session.
    pub async fn delete_session(&self, id_hash: &str) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM sessions WHERE id_hash = $1").bind(id_hash).execute(self.pool()).await?;
        Ok(())
    }

    /// Removes sessions idle since `idle_before` or started before `started_before`.
    pub async fn purge_sessions(&self, idle_before: i64, started_before: i64) -> Result<u64, StoreError> {
        let done = sqlx::query("DELETE FROM sessions WHERE last_seen_at < $1 OR created_at < $2")
            .bind(idle_before)
            .bind(started_before)
            .execute(self.pool())
            .await?;
        Ok(done.rows_affected())
    }
}
