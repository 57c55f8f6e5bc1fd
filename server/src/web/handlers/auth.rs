//! Signing in, registering, signing out and extending a session.

use axum::extract::{Request, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};
use shared::account::{self, MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS, THROTTLE_WINDOW_MINUTES};
use shared::{ErrorCode, FieldError};

use app::api::Posted;

use super::{read_form, safe_next, see_other};
use crate::state::AppState;
use crate::web::context::{
    RequestCtx, csrf_matches, random_token, same_origin, session_cookie_name, set_cookie, token_hash,
};
use crate::web::render;

fn throttle_key(kind: &str, value: &str) -> String {
    hex::encode(Sha256::digest(format!("{kind}:{value}").as_bytes()))
}

/// Starts a session for a user: a fresh token (never one the browser brought), its hash stored, the
/// cookie set, and a redirect onwards.
pub(crate) async fn sign_in(state: &AppState, user_id: &str, iin: &str, next: &str) -> Response {
    let token = random_token(32);
    let display_name = match shared::values::Iin::parse(iin) {
        Ok(parsed) => match state.registry.person(&parsed).await {
            Ok(Some(p)) => format!("{} {}", p.given_name, p.surname),
            _ => parsed.masked(),
        },
        Err(_) => String::new(),
    };
    if let Err(e) = state.store.create_session(&token_hash(&token), user_id, &display_name, state.now()).await {
        tracing::error!(error = %e, "could not create a session");
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    }
    let secure = state.config.secure_cookies;
    let mut res = see_other(&safe_next(next).unwrap_or_else(|| "/cabinet".into()));
    res.headers_mut().append(header::SET_COOKIE, set_cookie(session_cookie_name(secure), &token, secure, None));
    res
}

/// `POST /login`.
pub async fn login(State(state): State<AppState>, req: Request) -> Response {
    let form = match read_form(&state, req, "/login", "login").await {
        Ok(f) => f,
        Err(res) => return res,
    };
    if !form.genuine() {
        return render::rejected(
            &state,
            &form.parts,
            "/login",
            "login".into(),
            ErrorCode::CsrfFailed,
            StatusCode::FORBIDDEN,
        )
        .await;
    }
    let refuse = |errors: Vec<FieldError>| {
        let posted = Posted::new(vec![("iin".into(), form.value("iin").to_owned())], errors);
        let path = match safe_next(form.value("next")) {
            Some(next) => format!("/login?next={}", app::components::layout::encode_component(&next)),
            None => "/login".into(),
        };
        (path, posted)
    };
    let iin = match account::validate_login(form.value("iin"), form.value("password")) {
        Ok(iin) => iin,
        Err(errors) => {
            let (path, posted) = refuse(errors);
            return render::refused(&state, &form.parts, &path, "login".into(), posted).await;
        }
    };
    let now = state.now();
    let since = now - THROTTLE_WINDOW_MINUTES * 60;
    let account_key = throttle_key("iin", iin.as_str());
    let address_key = form.ctx.client.map(|c| throttle_key("ip", &c.ip().to_string()));
    let over = |(n, _): (i64, Option<i64>), max| n >= max;
    let account_over =
        state.store.failed_logins_since(&account_key, since).await.map(|c| over(c, MAX_FAILURES_PER_ACCOUNT));
    let address_over = match &address_key {
        Some(k) => state.store.failed_logins_since(k, since).await.map(|c| over(c, MAX_FAILURES_PER_ADDRESS)),
        None => Ok(false),
    };
    if account_over.unwrap_or(true) || address_over.unwrap_or(true) {
        tracing::warn!("sign-in refused: too many failed attempts");
        let (path, posted) = refuse(vec![FieldError { field: "iin".into(), code: ErrorCode::LoginThrottled }]);
        let mut res = render::refused(&state, &form.parts, &path, "login".into(), posted).await;
        *res.status_mut() = StatusCode::TOO_MANY_REQUESTS;
        return res;
    }
    let user = match state.store.user_by_iin(iin.as_str()).await {
        Ok(u) => u,
        Err(e) => {
            tracing::error!(error = %e, "user lookup failed");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let ok =
        crate::password::verify(form.value("password").to_owned(), user.as_ref().and_then(|u| u.password_hash.clone()))
            .await;
    match user {
        Some(user) if ok => {
            let _ = state.store.clear_failed_logins(&account_key).await;
            if let Some(old) = &form.ctx.session_hash {
                let _ = state.store.delete_session(old).await;
            }
            tracing::info!(user = %user.id, "signed in with password");
            sign_in(&state, &user.id, &user.iin, form.value("next")).await
        }
        _ => {
            let _ = state.store.record_failed_login(&account_key, now).await;
            if let Some(k) = &address_key {
                let _ = state.store.record_failed_login(k, now).await;
            }
            tracing::info!("sign-in failed");
            let (path, posted) = refuse(vec![FieldError { field: "iin".into(), code: ErrorCode::LoginFailed }]);
            render::refused(&state, &form.parts, &path, "login".into(), posted).await
        }
    }
}

/// `POST /register`.
pub async fn register(State(state): State<AppState>, req: Request) -> Response {
    let form = match read_form(&state, req, "/register", "register").await {
        Ok(f) => f,
        Err(res) => return res,
    };
    if !form.genuine() {
        return render::rejected(
            &state,
            &form.parts,
            "/register",
            "register".into(),
            ErrorCode::CsrfFailed,
            StatusCode::FORBIDDEN,
        )
        .await;
    }
    let refuse = |errors| Posted::new(vec![("iin".into(), form.value("iin").to_owned())], errors);
    let iin = match account::validate_registration(form.value("iin"), form.value("password"), form.value("confirm")) {
        Ok(iin) => iin,
        Err(errors) => {
            return render::refused(&state, &form.parts, "/register", "register".into(), refuse(errors)).await;
        }
    };
    let hash = match crate::password::hash(form.value("password").to_owned()).await {
        Ok(h) => h,
        Err(e) => {
            tracing::error!(error = %e, "password hashing failed");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    match state.store.create_user(iin.as_str(), &hash, state.now()).await {
        Ok(Some(user)) => {
            tracing::info!(user = %user.id, "account created");
            sign_in(&state, &user.id, &user.iin, "/cabinet").await
        }
        Ok(None) => {
            let errors = vec![FieldError { field: "iin".into(), code: ErrorCode::AccountExists }];
            render::refused(&state, &form.parts, "/register", "register".into(), refuse(errors)).await
        }
        Err(e) => {
            tracing::error!(error = %e, "account creation failed");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

/// `POST /logout`.
pub async fn logout(State(state): State<AppState>, req: Request) -> Response {
    let form = match read_form(&state, req, "/", app::api::PAGE_TARGET).await {
        Ok(f) => f,
        Err(res) => return res,
    };
    if !form.genuine() {
        return render::rejected(
            &state,
            &form.parts,
            "/",
            app::api::PAGE_TARGET.into(),
            ErrorCode::CsrfFailed,
            StatusCode::FORBIDDEN,
        )
        .await;
    }
    if let Some(hash) = &form.ctx.session_hash {
        let _ = state.store.delete_session(hash).await;
    }
    let secure = state.config.secure_cookies;
    let mut res = see_other("/login?signed_out=1");
    res.headers_mut()
        .append(header::SET_COOKIE, set_cookie(session_cookie_name(secure), "", secure, Some(time::Duration::ZERO)));
    res
}

/// `POST /session/extend`, called by the timeout warning with the CSRF token in a header. The
/// middleware already marked the session as used; this only confirms it is still live.
pub async fn extend(req: Request) -> Response {
    let Some(ctx) = req.extensions().get::<RequestCtx>() else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let token = req.headers().get("x-csrf-token").and_then(|v| v.to_str().ok()).unwrap_or("");
    if !same_origin(req.headers()) || !csrf_matches(&ctx.csrf, token) {
        return StatusCode::FORBIDDEN.into_response();
    }
    if ctx.user.is_none() {
        return StatusCode::UNAUTHORIZED.into_response();
    }
    StatusCode::NO_CONTENT.into_response()
}
