//! Downloading an attached file: only its owner may, and it is always sent as a download with the
//! type recognised at upload, never rendered inline.

use axum::body::Body;
use axum::extract::{Path, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use super::to_sign_in;
use crate::portal::file_kind;
use crate::state::AppState;
use crate::web::context::RequestCtx;
use crate::web::render;

/// `GET /files/{id}`.
pub async fn download(State(state): State<AppState>, Path(id): Path<String>, req: Request) -> Response {
    let (parts, _) = req.into_parts();
    let Some(ctx) = parts.extensions.get::<RequestCtx>().cloned() else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let Some(user) = ctx.user.clone() else {
        return to_sign_in(&ctx, &format!("/files/{id}"));
    };
    let file = match state.store.attachment_of(&user.id, &id).await {
        Ok(Some(f)) => f,
        Ok(None) => return render::not_found(&state, &parts).await,
        Err(e) => {
            tracing::error!(error = %e, "attachment lookup failed");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let bytes = match state.files.get(&file.sha256).await {
        Ok(b) => b,
        Err(e) => {
            tracing::error!(error = %e, "file store read failed");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let mut res = Response::new(Body::from(bytes));
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(file_kind(&file.kind).mime()));
    let encoded: String = file
        .file_name
        .bytes()
        .map(|b| if b.is_ascii_alphanumeric() || b == b'.' { char::from(b).to_string() } else { format!("%{b:02X}") })
        .collect();
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"document\"; filename*=UTF-8''{encoded}")) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("private, no-store"));
    res
}
