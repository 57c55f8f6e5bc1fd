//! Server-side plumbing for the pages: the port the server implements, who is signed in, and the
//! refused form post being shown again.

use std::sync::Arc;

use leptos::prelude::*;

use crate::api::{ApplicationView, CabinetView, DraftView, MobileSigningView, NOT_SIGNED_IN, Notice, Posted};

/// A failure behind the port. The server has already logged it with this correlation id; the page
/// shows only the id.
#[derive(Debug, Clone, thiserror::Error)]
#[error("internal:{correlation_id}")]
pub struct PortalError {
    pub correlation_id: String,
}

/// What the pages need from the server. Implemented by the server over its store; provided as
/// context to every render and server function.
#[async_trait::async_trait]
pub trait Portal: Send + Sync {
    /// A user's draft, or `None` when it does not exist or is not theirs.
    async fn draft(&self, user_id: &str, id: &str) -> Result<Option<DraftView>, PortalError>;
    /// A user's application, or `None` when it does not exist or is not theirs.
    async fn application(&self, user_id: &str, id: &str) -> Result<Option<ApplicationView>, PortalError>;
    /// A user's cabinet.
    async fn cabinet(&self, user_id: &str) -> Result<CabinetView, PortalError>;
    /// A user's signing of their draft in eGov mobile, or `None` when it is not theirs.
    async fn mobile_signing(
        &self,
        user_id: &str,
        draft_id: &str,
        signing_id: &str,
    ) -> Result<Option<MobileSigningView>, PortalError>;
}

/// The port, as provided to renders.
pub type SharedPortal = Arc<dyn Portal>;

/// The id of the signed-in user, put into the request by the session middleware.
#[derive(Debug, Clone)]
pub struct AuthUser(pub String);

/// A refused form post to show again, provided when the server renders a page in answer to a post.
#[derive(Debug, Clone)]
pub struct FormPost {
    /// Which form it was (`login`, `page:<draft>:<page>`, `documents:<draft>`, `check:<draft>`).
    pub target: String,
    pub posted: Posted,
}

/// The port.
pub fn portal() -> Result<SharedPortal, ServerFnError> {
    use_context::<SharedPortal>().ok_or_else(|| ServerFnError::new("portal not provided"))
}

/// The signed-in user's id, or an error the page turns into a sign-in prompt.
pub fn require_user() -> Result<String, ServerFnError> {
    use_context::<http::request::Parts>()
        .and_then(|p| p.extensions.get::<AuthUser>().map(|u| u.0.clone()))
        .ok_or_else(|| ServerFnError::new(NOT_SIGNED_IN))
}

/// The refused post for `target`, if this render answers one.
pub fn take_posted(target: &str) -> Option<Posted> {
    use_context::<FormPost>().filter(|f| f.target == target).map(|f| f.posted)
}

/// The notice carried by the request's query (`?uploaded=<name>` / `?removed=<name>`).
pub fn take_notice() -> Option<Notice> {
    let parts = use_context::<http::request::Parts>()?;
    let query = parts.uri.query()?;
    form_urlencoded::parse(query.as_bytes()).find_map(|(k, v)| match k.as_ref() {
        "uploaded" => Some(Notice::Uploaded(v.into_owned())),
        "removed" => Some(Notice::Removed(v.into_owned())),
        _ => None,
    })
}

/// Sets the response status to 404 for a page whose subject does not exist (or is not the user's).
pub fn not_found() {
    if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
        res.set_status(http::StatusCode::NOT_FOUND);
    }
}
