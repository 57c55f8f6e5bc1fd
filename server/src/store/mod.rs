//! Storage: one set of queries for SQLite (embedded, the default) and PostgreSQL.
//!
//! Queries go through sqlx's `Any` driver with `$n` placeholders, which both engines understand, and
//! use only portable types (TEXT and 64-bit integers; flags are 0/1 because the `Any` driver cannot
//! decode SQLite booleans). Each engine has its own migration
//! folder because their DDL differs in a few words.

mod applications;
mod attachments;
mod drafts;
mod esp;
mod mobile_signings;
mod registry;
mod sessions;
mod throttle;
mod users;

pub use applications::{Application, ApplicationSignature, ApplicationSummary, NewApplication, StoredEvent, Submitted};
pub use attachments::{Attachment, NewAttachment};
pub use drafts::{Draft, NewDraft};
pub use esp::{EspLoginRecord, EspLoginRecordRow, TakenChallenge};
pub use mobile_signings::{MobileOutcome, MobileSigning, NewMobileSigning};
pub use sessions::SessionRow;
pub use users::User;

use sqlx::any::{AnyPoolOptions, install_default_drivers};
use sqlx::{AnyPool, Row};

/// A storage failure. Never shown to users: handlers log it once and show a generic message.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    #[error("migration error: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("stored value is corrupt: {0}")]
    Corrupt(String),
}

/// Which engine a store runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    Sqlite,
    Postgres,
}

/// The database of the portal.
#[derive(Clone, Debug)]
pub struct Store {
    pool: AnyPool,
    engine: Engine,
}

static SQLITE_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("migrations/sqlite");
static POSTGRES_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("migrations/postgres");

impl Store {
    /// Connects to `url` (`sqlite://…` or `postgres://…`) and brings the schema up to date.
    pub async fn connect(url: &str) -> Result<Store, StoreError> {
        install_default_drivers();
        let engine = if url.starts_with("postgres") { Engine::Postgres } else { Engine::Sqlite };
        let max = if engine == Engine::Sqlite { 8 } else { 16 };
        let pool = AnyPoolOptions::new().max_connections(max).connect(url).await?;
        let store = Store { pool, engine };
        if engine == Engine::Sqlite {
            let mode: String = sqlx::query("PRAGMA journal_mode = WAL").fetch_one(&store.pool).await?.try_get(0)?;
            if !mode.eq_ignore_ascii_case("wal") {
                tracing::warn!(mode, "SQLite did not switch to WAL journal mode");
            }
        }
        match engine {
            Engine::Sqlite => SQLITE_MIGRATIONS.run(&store.pool).await?,
            Engine::Postgres => POSTGRES_MIGRATIONS.run(&store.pool).await?,
        }
        Ok(store)
    }

    /// The engine this store runs on.
    pub fn engine(&self) -> Engine {
        self.engine
    }

    /// The connection pool, for the modules of this store.
    fn pool(&self) -> &AnyPool {
        &self.pool
    }

    /// Closes every connection.
    pub async fn close(&self) {
        self.pool.close().await;
    }
}

/// Decodes a JSON column.
fn from_json<T: serde::de::DeserializeOwned>(raw: &str) -> Result<T, StoreError> {
    serde_json::from_str(raw).map_err(|e| StoreError::Corrupt(e.to_string()))
}

/// Encodes a JSON column.
fn to_json<T: serde::Serialize>(value: &T) -> Result<String, StoreError> {
    serde_json::to_string(value).map_err(|e| StoreError::Corrupt(e.to_string()))
}
