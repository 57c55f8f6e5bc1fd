//! What a page knows about the visitor: whether they are signed in, the CSRF token its forms carry,
//! and the session timeout.
//!
//! The server serialises it into a `<meta>` element of the page; the browser reads it from there on
//! hydration, so the header and every form render identically on both sides.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// The signed-in person, as the header shows them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignedIn {
    /// Name from the state database, or the IIN with most digits hidden.
    pub display_name: String,
}

/// The visitor's session as a page needs it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct SessionInfo {
    pub user: Option<SignedIn>,
    /// The token every state-changing form and request must carry.
    pub csrf: String,
    /// Seconds of inactivity after which the session ends.
    pub idle_timeout_secs: u32,
}

/// The name of the `<meta>` element carrying the session.
pub const SESSION_META: &str = "otinish-session";

/// The session of the page being rendered.
pub fn use_session() -> SessionInfo {
    use_context::<SessionInfo>().unwrap_or_default()
}

/// Reads the session on the server, as the session middleware left it in the request.
#[cfg(feature = "ssr")]
pub fn request_session() -> SessionInfo {
    use_context::<http::request::Parts>().and_then(|p| p.extensions.get::<SessionInfo>().cloned()).unwrap_or_default()
}

/// Reads the session the server wrote into the page.
#[cfg(all(feature = "hydrate", not(feature = "ssr")))]
pub fn request_session() -> SessionInfo {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(&format!("meta[name=\"{SESSION_META}\"]")).ok().flatten())
        .and_then(|m| m.get_attribute("content"))
        .and_then(|c| serde_json::from_str(&c).ok())
        .unwrap_or_default()
}

/// Without a renderer feature nobody is signed in.
#[cfg(not(any(feature = "ssr", feature = "hydrate")))]
pub fn request_session() -> SessionInfo {
    SessionInfo::default()
}
