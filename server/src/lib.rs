//! The Otinish server: server-side rendering of the pages, form handlers, storage, sessions, the
//! file store and the demo registry.

pub mod clock;
pub mod config;
pub mod demo;
pub mod esp;
pub mod files;
pub mod password;
pub mod portal;
pub mod registry;
pub mod state;
pub mod store;
pub mod web;

use std::path::Path;
use std::sync::Arc;

use leptos::config::LeptosOptions;
use sha2::{Digest, Sha256};

use crate::clock::Clock;
use crate::config::Config;
use crate::files::LocalFileStore;
use crate::registry::DbRegistry;
use crate::state::AppState;
use crate::store::Store;

/// Reads the server key from the data directory, creating it on first start. With several
/// servers sharing one PostgreSQL database, give them all the same key in `OTINISH_SECRET_KEY`
/// (64 hex digits).
pub fn server_key(data_dir: &Path) -> std::io::Result<[u8; 32]> {
    if let Some(hex_key) = std::env::var("OTINISH_SECRET_KEY").ok().filter(|k| k.len() == 64)
        && let Ok(bytes) = hex::decode(hex_key)
        && let Ok(key) = <[u8; 32]>::try_from(bytes.as_slice())
    {
        return Ok(key);
    }
    let path = data_dir.join("server.key");
    if let Ok(bytes) = std::fs::read(&path)
        && let Ok(key) = <[u8; 32]>::try_from(bytes.as_slice())
    {
        return Ok(key);
    }
    let mut key = [0u8; 32];
    rand::RngCore::fill_bytes(&mut rand::rngs::OsRng, &mut key);
    std::fs::write(&path, key)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600))?;
    }
    Ok(key)
}

/// The Leptos options for the built site: hashed file names when the build wrote `hash.txt`.
pub fn leptos_options(config: &Config) -> LeptosOptions {
    let site_root = config.site_root.clone();
    let hash_file = std::fs::canonicalize(&site_root).unwrap_or(site_root.clone()).join("hash.txt");
    LeptosOptions::builder()
        .output_name("otinish")
        .site_root(site_root.display().to_string())
        .site_pkg_dir("pkg")
        .hash_files(hash_file.exists())
        .hash_file(std::sync::Arc::<str>::from(hash_file.display().to_string()))
        .build()
}

/// `/pkg/otinish.css?v=<content hash>`.
pub fn stylesheet_href(config: &Config) -> String {
    let css = std::fs::read(config.site_root.join("pkg").join("otinish.css")).unwrap_or_default();
    format!("/pkg/otinish.css?v={}", &hex::encode(Sha256::digest(&css))[..12])
}

/// Connects the store and puts the state together.
pub async fn build_state(config: Config, clock: Arc<dyn Clock>) -> Result<AppState, Box<dyn std::error::Error>> {
    std::fs::create_dir_all(&config.data_dir)?;
    let store = Store::connect(&config.database_url).await?;
    let key = server_key(&config.data_dir)?;
    let now = time::OffsetDateTime::from_unix_timestamp(clock.now())?;
    let esp_config = config.clone();
    let esp =
        tokio::task::spawn_blocking(move || crate::esp::setup(&esp_config, now).map_err(|e| e.to_string())).await??;
    Ok(AppState {
        esp: Arc::new(esp),
        files: Arc::new(LocalFileStore::new(config.data_dir.join("files"))),
        registry: Arc::new(DbRegistry::new(store.clone())),
        leptos: leptos_options(&config),
        stylesheet: stylesheet_href(&config).into(),
        store,
        clock,
        key: Arc::new(key),
        config: Arc::new(config),
    })
}

/// Deletes ended sessions, old sign-in failures and drafts untouched for the retention period.
pub async fn purge(state: &AppState) {
    let now = state.now();
    let c = &state.config;
    match state.store.purge_sessions(now - c.session_idle_secs, now - c.session_max_secs).await {
        Ok(n) if n > 0 => tracing::info!(n, "ended sessions deleted"),
        Err(e) => tracing::error!(error = %e, "session purge failed"),
        _ => {}
    }
    if let Err(e) = state.store.purge_login_attempts(now - 24 * 3600).await {
        tracing::error!(error = %e, "sign-in failure purge failed");
    }
    if let Err(e) = state.store.purge_esp_challenges(now - 3600).await {
        tracing::error!(error = %e, "ESP challenge purge failed");
    }
    if let Err(e) = state.store.purge_mobile_signings(now - 24 * 3600).await {
        tracing::error!(error = %e, "eGov mobile signing purge failed");
    }
    match state.store.purge_drafts(now - c.draft_retention_secs).await {
        Ok((n, hashes)) => {
            if n > 0 {
                tracing::info!(n, "drafts untouched for 30 days deleted");
            }
            for sha in hashes {
                forget_file(state, &sha).await;
            }
        }
        Err(e) => tracing::error!(error = %e, "draft purge failed"),
    }
}

/// Deletes a stored file once no draft or application refers to it any more.
pub async fn forget_file(state: &AppState, sha256: &str) {
    match state.store.blob_in_use(sha256).await {
        Ok(false) => {
            if let Err(e) = state.files.delete(sha256).await {
                tracing::error!(error = %e, "file store delete failed");
            }
        }
        Ok(true) => {}
        Err(e) => tracing::error!(error = %e, "file use check failed"),
    }
}
