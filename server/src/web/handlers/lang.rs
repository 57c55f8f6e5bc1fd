//! The language switcher.

use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::Response;
use serde::Deserialize;
use shared::Lang;

use super::{safe_next, see_other};
use crate::state::AppState;
use crate::web::context::{LANG_COOKIE, set_cookie};

/// Where to go back to.
#[derive(Debug, Deserialize)]
pub struct Next {
    next: Option<String>,
}

/// `GET /lang/{code}?next=…`: remembers the language for a year and returns to the page.
pub async fn switch(State(state): State<AppState>, Path(code): Path<String>, Query(q): Query<Next>) -> Response {
    let back = q.next.as_deref().and_then(safe_next).unwrap_or_else(|| "/".into());
    let mut res = see_other(&back);
    if let Some(lang) = Lang::from_code(&code) {
        let secure = state.config.secure_cookies;
        res.headers_mut()
            .append(header::SET_COOKIE, set_cookie(LANG_COOKIE, lang.code(), secure, Some(time::Duration::days(365))));
    }
    res
}
