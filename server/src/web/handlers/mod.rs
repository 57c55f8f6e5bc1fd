//! Form handlers: each authenticates, checks the CSRF token, parses the post with the `shared`
//! rules, calls the store, and answers with a redirect (303, post/redirect/get) or the same page
//! with errors.

pub mod auth;
pub mod documents;
pub mod egov_api;
pub mod esp;
pub mod files;
pub mod lang;
pub mod mobile_sign;
pub mod page;
pub mod signature;
pub mod start;
pub mod submit;

use axum::body::Body;
use axum::extract::Request;
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use super::context::{RequestCtx, csrf_matches, same_origin};
use super::render;
use crate::state::AppState;

/// Largest url-encoded form accepted.
pub const MAX_FORM_BYTES: usize = 256 * 1024;

/// A parsed form post.
pub struct FormPost {
    pub parts: Parts,
    pub ctx: RequestCtx,
    pub values: Vec<(String, String)>,
}

impl FormPost {
    /// The value of one input.
    pub fn value(&self, name: &str) -> &str {
        self.values.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str()).unwrap_or("")
    }

    /// Whether the post came from our page: same origin and the right CSRF token.
    pub fn genuine(&self) -> bool {
        same_origin(&self.parts.headers) && csrf_matches(&self.ctx.csrf, self.value("csrf"))
    }
}

/// Reads an url-encoded form, refusing oversized bodies with a page, not a bare status.
pub async fn read_form(state: &AppState, req: Request, page: &str, target: &str) -> Result<FormPost, Response> {
    let (parts, body) = req.into_parts();
    let Some(ctx) = parts.extensions.get::<RequestCtx>().cloned() else {
        return Err(StatusCode::INTERNAL_SERVER_ERROR.into_response());
    };
    let bytes = match axum::body::to_bytes(body, MAX_FORM_BYTES).await {
        Ok(b) => b,
        Err(_) => {
            return Err(render::rejected(
                state,
                &parts,
                page,
                target.into(),
                shared::ErrorCode::PayloadTooLarge,
                StatusCode::PAYLOAD_TOO_LARGE,
            )
            .await);
        }
    };
    let values = form_urlencoded::parse(&bytes).map(|(k, v)| (k.into_owned(), v.into_owned())).collect();
    Ok(FormPost { parts, ctx, values })
}

/// 303 See Other, so the browser follows with a GET.
pub fn see_other(path: &str) -> Response {
    let mut res = Response::new(Body::empty());
    *res.status_mut() = StatusCode::SEE_OTHER;
    if let Ok(v) = HeaderValue::from_str(path) {
        res.headers_mut().insert(header::LOCATION, v);
    }
    res
}

/// A local path to return to after signing in; anything else (another site, `//host`) is dropped.
pub fn safe_next(next: &str) -> Option<String> {
    let ok =
        next.starts_with('/') && !next.starts_with("//") && !next.contains('\\') && !next.chars().any(char::is_control);
    ok.then(|| next.to_owned())
}

/// Sends a person who is not signed in to the sign-in page, returning here afterwards.
pub fn to_sign_in(ctx: &RequestCtx, here: &str) -> Response {
    let mut target = format!("/login?next={}", app::components::layout::encode_component(here));
    if ctx.expired {
        target.push_str("&expired=1");
    }
    see_other(&target)
}
