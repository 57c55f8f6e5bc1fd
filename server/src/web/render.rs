//! Renders a page in answer to a form post the server refused: the same page the browser asked
//! for, with the posted values and the errors, and a status that says what happened.

use axum::body::Body;
use axum::http::request::Parts;
use axum::http::{Method, Request, StatusCode};
use axum::response::Response;
use leptos::prelude::provide_context;

use app::api::Posted;
use app::ssr::{FormPost, SharedPortal};
use shared::{ErrorCode, FieldError};

use crate::state::AppState;

/// Renders `path` as a GET would, with an optional refused post shown on it.
pub async fn render_page(
    state: &AppState,
    parts: &Parts,
    path: &str,
    post: Option<FormPost>,
    status: StatusCode,
) -> Response {
    let mut req = Request::builder().method(Method::GET).uri(path).body(Body::empty()).unwrap_or_default();
    *req.headers_mut() = parts.headers.clone();
    *req.extensions_mut() = parts.extensions.clone();
    let portal: SharedPortal = std::sync::Arc::new(crate::portal::StorePortal::new(state.clone()));
    let app_state = state.clone();
    let options = state.leptos.clone();
    let handler = leptos_axum::render_app_async_with_context(
        move || {
            provide_context(app_state.clone());
            provide_context(portal.clone());
            if let Some(p) = post.clone() {
                provide_context(p);
            }
        },
        move || app::shell(options.clone()),
    );
    let mut res = handler(req).await;
    if res.status() == StatusCode::OK {
        *res.status_mut() = status;
    }
    res
}

/// Renders a form page again with its errors (422 Unprocessable Content).
pub async fn refused(state: &AppState, parts: &Parts, path: &str, target: String, posted: Posted) -> Response {
    render_page(state, parts, path, Some(FormPost { target, posted }), StatusCode::UNPROCESSABLE_ENTITY).await
}

/// Renders a form page again with one error that no answer can fix (a stale CSRF token, a
/// tampered post), keeping nothing that was sent.
pub async fn rejected(
    state: &AppState,
    parts: &Parts,
    path: &str,
    target: String,
    code: ErrorCode,
    status: StatusCode,
) -> Response {
    let posted = Posted::new(Vec::new(), vec![FieldError { field: "main-content".into(), code }]);
    render_page(state, parts, path, Some(FormPost { target, posted }), status).await
}

/// An unexpected failure: logged once with a correlation id, and answered with the page and the
/// generic message carrying that id, never the error itself.
pub async fn failure(
    state: &AppState,
    parts: &Parts,
    path: &str,
    target: String,
    context: &str,
    error: &(dyn std::fmt::Display + Sync),
) -> Response {
    let id = crate::portal::internal(context, error).correlation_id;
    let posted = Posted {
        values: Vec::new(),
        errors: vec![FieldError { field: "main-content".into(), code: ErrorCode::Internal }],
        correlation: Some(id),
    };
    let status =
        if context == "registry" { StatusCode::SERVICE_UNAVAILABLE } else { StatusCode::INTERNAL_SERVER_ERROR };
    render_page(state, parts, path, Some(FormPost { target, posted }), status).await
}

/// The not-found page.
pub async fn not_found(state: &AppState, parts: &Parts) -> Response {
    render_page(state, parts, "/not-found", None, StatusCode::NOT_FOUND).await
}
