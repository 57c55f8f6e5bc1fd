//! Per-request context: language, session, CSRF token and CSP nonce, worked out once by
//! middleware and read by handlers and pages.

use std::net::SocketAddr;

use axum::extract::{ConnectInfo, Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use cookie::{Cookie, SameSite};
use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::{Digest, Sha256};
use shared::Lang;

use app::session::{SessionInfo, SignedIn};
use app::ssr::AuthUser;
use app::{CspNonce, Stylesheet};

use crate::state::AppState;

/// Cookie names; with `Secure` cookies the `__Host-` prefix binds them to this host.
pub fn session_cookie_name(secure: bool) -> &'static str {
    if secure { "__Host-otinish_session" } else { "otinish_session" }
}
fn anon_cookie_name(secure: bool) -> &'static str {
    if secure { "__Host-otinish_visitor" } else { "otinish_visitor" }
}
/// The language preference cookie.
pub const LANG_COOKIE: &str = "otinish_lang";

/// A signed-in user, as handlers need them.
#[derive(Debug, Clone)]
pub struct SessionUser {
    pub id: String,
    pub display_name: String,
}

/// What the middleware worked out about a request.
#[derive(Clone)]
pub struct RequestCtx {
    pub lang: Lang,
    /// SHA-256 of the session token, when the request carried a live session.
    pub session_hash: Option<String>,
    pub user: Option<SessionUser>,
    /// The request carried a session that has ended.
    pub expired: bool,
    /// The token forms must carry.
    pub csrf: String,
    pub client: Option<SocketAddr>,
}

impl std::fmt::Debug for RequestCtx {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RequestCtx").field("lang", &self.lang).field("signed_in", &self.user.is_some()).finish()
    }
}

/// Random bytes, URL-safe base64.
pub fn random_token(bytes: usize) -> String {
    let mut b = vec![0u8; bytes];
    rand::rngs::OsRng.fill_bytes(&mut b);
    URL_SAFE_NO_PAD.encode(b)
}

/// The stored form of a session token.
pub fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// The CSRF token bound to a session token or a visitor id.
pub fn csrf_for(key: &[u8; 32], binding: &str) -> String {
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(key) else {
        return String::new();
    };
    mac.update(b"csrf|");
    mac.update(binding.as_bytes());
    URL_SAFE_NO_PAD.encode(mac.finalize().into_bytes())
}

/// Constant-time comparison of a presented CSRF token with the expected one.
pub fn csrf_matches(expected: &str, presented: &str) -> bool {
    let (a, b) = (expected.as_bytes(), presented.as_bytes());
    !a.is_empty() && a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Whether a state-changing request comes from our own pages: a cross-site `Sec-Fetch-Site` or a
/// foreign `Origin` is refused even before the token is checked.
pub fn same_origin(headers: &HeaderMap) -> bool {
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok())
        && !matches!(site, "same-origin" | "none")
    {
        return false;
    }
    match (
        headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()),
        headers.get(header::HOST).and_then(|v| v.to_str().ok()),
    ) {
        (Some(origin), Some(host)) => origin.split("://").nth(1) == Some(host),
        _ => true,
    }
}

fn cookies(headers: &HeaderMap) -> impl Iterator<Item = Cookie<'static>> + '_ {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| Cookie::split_parse(v.to_owned()).filter_map(Result::ok).collect::<Vec<_>>())
}

/// Reads a cookie.
pub fn cookie_value(headers: &HeaderMap, name: &str) -> Option<String> {
    cookies(headers).find(|c| c.name() == name).map(|c| c.value().to_owned())
}

/// A `Set-Cookie` header value.
pub fn set_cookie(name: &str, value: &str, secure: bool, max_age: Option<time::Duration>) -> HeaderValue {
    let mut c = Cookie::build((name.to_owned(), value.to_owned()))
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(secure);
    if let Some(age) = max_age {
        c = c.max_age(age);
    }
    HeaderValue::from_str(&c.build().to_string()).unwrap_or_else(|_| HeaderValue::from_static(""))
}

/// Paths only a signed-in person may open.
fn needs_sign_in(path: &str) -> bool {
    path == "/cabinet"
        || path.starts_with("/apply/")
        || path.starts_with("/applications/")
        || path.starts_with("/files/")
}

/// The middleware: language, session (with idle and absolute limits), visitor id, CSRF token and
/// CSP nonce, then the security headers on the way out.
pub async fn request_context(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    let secure = state.config.secure_cookies;
    let now = state.now();
    let headers = req.headers().clone();
    let lang = cookie_value(&headers, LANG_COOKIE)
        .and_then(|l| Lang::from_code(&l))
        .or_else(|| headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).and_then(Lang::negotiate))
        .unwrap_or_default();

    let mut user = None;
    let mut session_hash = None;
    let mut expired = false;
    let session_token = cookie_value(&headers, session_cookie_name(secure));
    if let Some(token) = &session_token {
        let hash = token_hash(token);
        match state.store.session(&hash).await {
            Ok(Some(s)) => {
                let idle = now - s.last_seen_at > state.config.session_idle_secs;
                let too_old = now - s.created_at > state.config.session_max_secs;
                if idle || too_old {
                    let _ = state.store.delete_session(&hash).await;
                    expired = true;
                } else {
                    if now - s.last_seen_at >= 30 {
                        let _ = state.store.touch_session(&hash, now).await;
                    }
                    user = Some(SessionUser { id: s.user_id, display_name: s.display_name });
                    session_hash = Some(hash);
                }
            }
            Ok(None) => expired = true,
            Err(e) => tracing::error!(error = %e, "session lookup failed"),
        }
    }

    let mut new_visitor = None;
    let binding = match (&user, &session_token) {
        (Some(_), Some(token)) => token.clone(),
        _ => match cookie_value(&headers, anon_cookie_name(secure)) {
            Some(v) if v.len() >= 20 => v,
            _ => {
                let v = random_token(18);
                new_visitor = Some(v.clone());
                v
            }
        },
    };
    let csrf = csrf_for(&state.key, &binding);
    let nonce = random_token(16);
    let client = req.extensions().get::<ConnectInfo<SocketAddr>>().map(|c| c.0);

    let path = req.uri().path().to_owned();
    if user.is_none() && req.method() == Method::GET && needs_sign_in(&path) {
        let next_path = req.uri().path_and_query().map(|p| p.as_str().to_owned()).unwrap_or_default();
        let mut target = format!("/login?next={}", app::components::layout::encode_component(&next_path));
        if expired {
            target.push_str("&expired=1");
        }
        let mut res = Redirect::to(&target).into_response();
        if expired {
            res.headers_mut().append(
                header::SET_COOKIE,
                set_cookie(session_cookie_name(secure), "", secure, Some(time::Duration::ZERO)),
            );
        }
        return res;
    }

    let info = SessionInfo {
        user: user.as_ref().map(|u| SignedIn { display_name: u.display_name.clone() }),
        csrf: csrf.clone(),
        idle_timeout_secs: u32::try_from(state.config.session_idle_secs).unwrap_or(1800),
    };
    let ext = req.extensions_mut();
    ext.insert(lang);
    ext.insert(info);
    ext.insert(CspNonce(nonce.clone()));
    ext.insert(app::esp::NcaLayerUrl(state.config.ncalayer_url()));
    ext.insert(Stylesheet(state.stylesheet.to_string()));
    if let Some(u) = &user {
        ext.insert(AuthUser(u.id.clone()));
    }
    ext.insert(RequestCtx { lang, session_hash, user, expired, csrf, client });

    let mut res = next.run(req).await;
    let h = res.headers_mut();
    if let Some(v) = new_visitor {
        h.append(header::SET_COOKIE, set_cookie(anon_cookie_name(secure), &v, secure, None));
    }
    if expired
        && !h
            .get_all(header::SET_COOKIE)
            .iter()
            .any(|c| c.to_str().is_ok_and(|c| c.starts_with(session_cookie_name(secure))))
    {
        h.append(header::SET_COOKIE, set_cookie(session_cookie_name(secure), "", secure, Some(time::Duration::ZERO)));
    }
    super::security::apply(h, &nonce, &path, &state.config.ncalayer_url());
    res
}
