//! Accounts.

use sqlx::Row;

use super::{Store, StoreError};

/// An account of the portal, identified by the holder's IIN.
#[derive(Clone)]
pub struct User {
    pub id: String,
    pub iin: String,
    pub password_hash: Option<String>,
}

impl std::fmt::Debug for User {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("User").field("id", &self.id).finish_non_exhaustive()
    }
}

impl Store {
    /// Creates an account; `Ok(None)` when one with this IIN exists.
    pub async fn create_user(&self, iin: &str, password_hash: &str, now: i64) -> Result<Option<User>, StoreError> {
        let id = uuid::Uuid::new_v4().to_string();
        let done = sqlx::query(
            "INSERT INTO users (id, iin, password_hash, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT (iin) DO NOTHING",
        )
        .bind(&id)
        .bind(iin)
        .bind(password_hash)
        .bind(now)
        .execute(self.pool())
        .await?;
        Ok((done.rows_affected() == 1).then(|| User {
            id,
            iin: iin.to_owned(),
            password_hash: Some(password_hash.to_owned()),
        }))
    }

    /// The account with this IIN.
    pub async fn user_by_iin(&self, iin: &str) -> Result<Option<User>, StoreError> {
        let row = sqlx::query("SELECT id, iin, password_hash FROM users WHERE iin = $1")
            .bind(iin)
            .fetch_optional(self.pool())
            .await?;
        row.map(|r| Ok(User { id: r.try_get(0)?, iin: r.try_get(1)?, password_hash: r.try_get(2)? })).transpose()
    }

    /// The account with this id.
    pub async fn user_by_id(&self, id: &str) -> Result<Option<User>, StoreError> {
        let row = sqlx::query("SELECT id, iin, password_hash FROM users WHERE id = $1")
            .bind(id)
            .fetch_optional(self.pool())
            .await?;
        row.map(|r| Ok(User { id: r.try_get(0)?, iin: r.try_get(1)?, password_hash: r.try_get(2)? })).transpose()
    }
}
