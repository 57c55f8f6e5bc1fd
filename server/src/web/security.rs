//! Security headers on every response.

use axum::http::{HeaderMap, HeaderValue, header};

/// Adds the content security policy (scripts only from this origin or with this request's nonce,
/// WebAssembly compilation allowed), framing and sniffing protections, and no caching of pages
/// that may show personal data (static files outside `/pkg` may be cached for a day). Pages may
/// connect to the site and to NCALayer's WebSocket (`ncalayer`).
pub fn apply(h: &mut HeaderMap, nonce: &str, path: &str, ncalayer: &str) {
    let csp = format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; style-src 'self'; \
         img-src 'self' data:; font-src 'self'; connect-src 'self' {ncalayer}; object-src 'none'; \
         base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    );
    if let Ok(v) = HeaderValue::from_str(&csp) {
        h.insert(header::CONTENT_SECURITY_POLICY, v);
    }
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static("same-origin"));
    h.insert("permissions-policy", HeaderValue::from_static("camera=(), microphone=(), geolocation=(), payment=()"));
    h.insert("cross-origin-opener-policy", HeaderValue::from_static("same-origin"));
    if h.contains_key(header::CACHE_CONTROL) {
        return;
    }
    let dynamic = h
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_none_or(|t| t.starts_with("text/html") || t.starts_with("application/json"));
    let value = if dynamic && !path.starts_with("/pkg/") { "no-store" } else { "public, max-age=86400" };
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static(value));
}
