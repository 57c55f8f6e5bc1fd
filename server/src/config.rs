//! Settings, from environment variables with defaults that run the portal on one machine.

use std::path::PathBuf;

/// Everything the server is configured with.
#[derive(Debug, Clone)]
pub struct Config {
    /// Where the embedded database, uploaded files and the server key live.
    pub data_dir: PathBuf,
    /// `sqlite://…` (default, under the data directory) or `postgres://…`.
    pub database_url: String,
    /// Address to listen on.
    pub addr: String,
    /// The built site: `pkg/` (WebAssembly, JavaScript, CSS) and public files.
    pub site_root: PathBuf,
    /// Load the demo registry and demo accounts at start.
    pub demo: bool,
    /// Mark cookies `Secure` (and use the `__Host-` prefix). On by default unless the portal is
    /// served over plain HTTP on the loopback address for development.
    pub secure_cookies: bool,
    /// Sign out after this much inactivity.
    pub session_idle_secs: i64,
    /// Sign out this long after signing in, whatever the activity.
    pub session_max_secs: i64,
    /// Drafts untouched this long are deleted.
    pub draft_retention_secs: i64,
}

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

impl Config {
    /// Reads the configuration from `OTINISH_*` variables and `DATABASE_URL`.
    pub fn from_env() -> Config {
        let data_dir = PathBuf::from(env("OTINISH_DATA_DIR").unwrap_or_else(|| "data".into()));
        let database_url = env("DATABASE_URL")
            .unwrap_or_else(|| format!("sqlite://{}?mode=rwc", data_dir.join("otinish.db").display()));
        let addr = env("OTINISH_ADDR").unwrap_or_else(|| "127.0.0.1:3000".into());
        let loopback = addr.starts_with("127.") || addr.starts_with("localhost") || addr.starts_with("[::1]");
        Config {
            database_url,
            site_root: PathBuf::from(env("OTINISH_SITE_ROOT").unwrap_or_else(|| "target/site".into())),
            demo: env("OTINISH_DEMO").is_some_and(|v| v == "1" || v == "true"),
            secure_cookies: env("OTINISH_SECURE_COOKIES").map_or(!loopback, |v| v == "1" || v == "true"),
            session_idle_secs: env("OTINISH_SESSION_IDLE_SECS").and_then(|v| v.parse().ok()).unwrap_or(30 * 60),
            session_max_secs: env("OTINISH_SESSION_MAX_SECS").and_then(|v| v.parse().ok()).unwrap_or(12 * 3600),
            draft_retention_secs: 30 * 24 * 3600,
            data_dir,
            addr,
        }
    }
}
