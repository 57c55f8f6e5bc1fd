//! Everything a request may need, shared by all handlers.

use std::sync::Arc;

use axum::extract::FromRef;
use leptos::config::LeptosOptions;

use crate::clock::Clock;
use crate::config::Config;
use crate::files::FileStore;
use crate::registry::Registry;
use crate::store::Store;

/// The application state.
#[derive(Clone)]
pub struct AppState {
    pub store: Store,
    pub files: Arc<dyn FileStore>,
    pub registry: Arc<dyn Registry>,
    pub clock: Arc<dyn Clock>,
    pub config: Arc<Config>,
    pub leptos: LeptosOptions,
    /// The key CSRF tokens are derived with.
    pub key: Arc<[u8; 32]>,
    /// ESP verification and the files published under `/pki/`.
    pub esp: Arc<crate::esp::EspState>,
    /// `/pkg/otinish.css?v=…`, versioned by content so it can be cached for a year.
    pub stylesheet: Arc<str>,
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos.clone()
    }
}

impl std::fmt::Debug for AppState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AppState").field("config", &self.config).finish_non_exhaustive()
    }
}

impl AppState {
    /// Now, in Unix seconds.
    pub fn now(&self) -> i64 {
        self.clock.now()
    }
}
