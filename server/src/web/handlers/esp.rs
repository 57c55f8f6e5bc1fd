//! ESP sign-in: a single-use challenge bound to the browser's session, signed in NCALayer with the
//! authentication key and verified here (esp.md §2.2–2.3).

use axum::Json;
use axum::extract::{Path, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use esp::{Purpose, Refusal};
use serde::Serialize;
use shared::ErrorCode;
use shared::esp::EspRefusal;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use crate::clock::{KZ_OFFSET, local_date};

use super::{read_form, safe_next};
use crate::state::AppState;
use crate::store::EspLoginRecord;
use crate::web::context::{RequestCtx, csrf_matches, random_token, same_origin, token_hash};
use crate::web::render;

/// How long a challenge may be signed for.
pub const CHALLENGE_SECS: i64 = 5 * 60;

/// What failures are logged as.
const CONTEXT: &str = "ESP sign-in";

/// The error target of the ESP form on the sign-in page.
const TARGET: &str = app::esp::ESP_TARGET;

/// A challenge as the browser receives it.
#[derive(Debug, Serialize)]
pub struct Challenge {
    pub id: String,
    /// The exact text to sign (UTF-8).
    pub data: String,
    pub expires_at: String,
}

/// Kazakhstan's time, RFC 3339.
fn kz_time(unix: i64) -> String {
    OffsetDateTime::from_unix_timestamp(unix)
        .map(|t| t.to_offset(KZ_OFFSET))
        .ok()
        .and_then(|t| t.format(&Rfc3339).ok())
        .unwrap_or_default()
}

/// The document a person signs to sign in: a nonce, who asks, and for how long.
fn challenge_document(nonce: &str, audience: &str, issued: i64, expires: i64) -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><login><nonce>{nonce}</nonce><audience>{}</audience>\
         <issuedAt>{}</issuedAt><expiresAt>{}</expiresAt></login>",
        audience.replace('&', "&amp;").replace('<', "&lt;"),
        kz_time(issued),
        kz_time(expires)
    )
}

/// `POST /login/esp/challenge` (CSRF token in `X-CSRF-Token`): a new challenge as JSON.
pub async fn challenge(State(state): State<AppState>, req: Request) -> Response {
    let Some(ctx) = req.extensions().get::<RequestCtx>().cloned() else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let token = req.headers().get("x-csrf-token").and_then(|v| v.to_str().ok()).unwrap_or("");
    if !same_origin(req.headers()) || !csrf_matches(&ctx.csrf, token) {
        return StatusCode::FORBIDDEN.into_response();
    }
    let now = state.now();
    let id = random_token(18);
    let expires = now + CHALLENGE_SECS;
    let data = challenge_document(&random_token(32), &state.config.public_url(), now, expires);
    if let Err(e) = state.store.create_esp_challenge(&id, &token_hash(&ctx.csrf), &data, now, expires).await {
        tracing::error!(error = %e, "could not store an ESP challenge");
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    }
    let mut res = Json(Challenge { id, data, expires_at: kz_time(expires) }).into_response();
    res.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}

/// Why a signature was refused, as the person reads it, with the date its message gives.
pub fn refusal_of(refusal: &Refusal, purpose: Purpose) -> (EspRefusal, Option<String>) {
    let date = |t: &OffsetDateTime| {
        let d = local_date(t.unix_timestamp());
        format!("{:02}.{:02}.{}", d.day(), u8::from(d.month()), d.year())
    };
    match refusal {
        Refusal::Malformed => (EspRefusal::Malformed, None),
        Refusal::UnsupportedAlgorithm => (EspRefusal::UnsupportedAlgorithm, None),
        Refusal::BadSignature => (EspRefusal::BadSignature, None),
        Refusal::ContentMismatch => (EspRefusal::ContentMismatch, None),
        Refusal::UnknownIssuer => (EspRefusal::UnknownIssuer, None),
        Refusal::IssuerNotValid => (EspRefusal::IssuerNotValid, None),
        Refusal::SelfSigned => (EspRefusal::SelfSigned, None),
        Refusal::Expired { not_after } => (EspRefusal::Expired, Some(date(not_after))),
        Refusal::NotYetValid { not_before } => (EspRefusal::NotYetValid, Some(date(not_before))),
        Refusal::Revoked { at, .. } => (EspRefusal::Revoked, Some(date(at))),
        Refusal::RevocationUnavailable => (EspRefusal::RevocationUnavailable, None),
        Refusal::WrongKeyUsage if purpose == Purpose::Authentication => (EspRefusal::AuthKeyExpected, None),
        Refusal::WrongKeyUsage => (EspRefusal::SignKeyExpected, None),
        _ => (EspRefusal::NotAnEspCertificate, None),
    }
}

/// `POST /login/esp`: `challenge` (its id) and `signature` (the CMS NCALayer returned).
pub async fn login(State(state): State<AppState>, req: Request) -> Response {
    let form = match read_form(&state, req, "/login", TARGET).await {
        Ok(f) => f,
        Err(res) => return res,
    };
    if !form.genuine() {
        return render::rejected(
            &state,
            &form.parts,
            "/login",
            TARGET.into(),
            ErrorCode::CsrfFailed,
            StatusCode::FORBIDDEN,
        )
        .await;
    }
    let now = state.now();
    let path = match safe_next(form.value("next")) {
        Some(next) => format!("/login?next={}", app::components::layout::encode_component(&next)),
        None => "/login".into(),
    };
    let audit = |record: EspLoginRecord| {
        let store = state.store.clone();
        async move {
            if let Err(e) = store.record_esp_login(&record, now).await {
                tracing::error!(error = %e, "could not write the ESP sign-in audit");
            }
        }
    };
    let refuse = |refusal: EspRefusal, date: Option<String>| {
        let posted = app::esp::refusal_posted(refusal, date.as_deref());
        render::refused(&state, &form.parts, &path, TARGET.into(), posted)
    };

    // Without JavaScript the form arrives empty: ESP needs the page's script and NCALayer.
    if form.value("challenge").is_empty() && form.value("signature").is_empty() {
        audit(EspLoginRecord { outcome: "refused", refusal: Some("signature_missing".into()), ..Default::default() })
            .await;
        return refuse(EspRefusal::SignatureMissing, None).await;
    }

    // 1. The challenge: ours, unused, unexpired, issued to this browser. Taken before anything
    //    else, so it is single-use whatever happens next.
    let id = form.value("challenge");
    let taken = match state.store.take_esp_challenge(id, now).await {
        Ok(t) => t,
        Err(e) => return render::failure(&state, &form.parts, "/login", TARGET.into(), CONTEXT, &e).await,
    };
    let challenge = match taken {
        Some(c) => c,
        None => {
            let used = !id.is_empty() && state.store.esp_challenge_exists(id).await.unwrap_or(false);
            let (code, why) = if used {
                (EspRefusal::ChallengeUsed, "challenge_used")
            } else {
                (EspRefusal::ChallengeUnknown, "challenge_unknown")
            };
            audit(EspLoginRecord { outcome: "refused", refusal: Some(why.into()), ..Default::default() }).await;
            return refuse(code, None).await;
        }
    };
    if !csrf_matches(&challenge.binding_hash, &token_hash(&form.ctx.csrf)) {
        audit(EspLoginRecord {
            outcome: "refused",
            refusal: Some("challenge_other_session".into()),
            ..Default::default()
        })
        .await;
        return refuse(EspRefusal::ChallengeUnknown, None).await;
    }
    if now > challenge.expires_at {
        audit(EspLoginRecord { outcome: "refused", refusal: Some("challenge_expired".into()), ..Default::default() })
            .await;
        return refuse(EspRefusal::ChallengeExpired, None).await;
    }

    // 2. The signature, by the pipeline of esp.md §2.3.
    if form.value("signature").is_empty() {
        audit(EspLoginRecord { outcome: "refused", refusal: Some("signature_missing".into()), ..Default::default() })
            .await;
        return refuse(EspRefusal::SignatureMissing, None).await;
    }
    let verdict = state
        .esp
        .verify(form.value("signature").as_bytes(), challenge.data.as_bytes(), Purpose::Authentication, now)
        .await;
    let verified = match verdict {
        Ok(v) => v,
        Err(refusal) => {
            tracing::info!(refusal = refusal.code(), "ESP sign-in refused");
            audit(EspLoginRecord { outcome: "refused", refusal: Some(refusal.code().into()), ..Default::default() })
                .await;
            let (refusal, date) = refusal_of(&refusal, Purpose::Authentication);
            return refuse(refusal, date).await;
        }
    };

    // 3. The person: the IIN from the certificate; the first ESP sign-in creates the account.
    let iin = verified.identity.iin.clone();
    let user = match state.store.user_for_esp(&iin, now).await {
        Ok(u) => u,
        Err(e) => return render::failure(&state, &form.parts, "/login", TARGET.into(), CONTEXT, &e).await,
    };
    audit(EspLoginRecord {
        outcome: "signed_in",
        refusal: None,
        certificate_serial: Some(verified.certificate.serial_hex.clone()),
        certificate_issuer: Some(verified.certificate.issuer.clone()),
        iin: Some(iin.clone()),
        user_id: Some(user.id.clone()),
    })
    .await;
    if let Some(old) = &form.ctx.session_hash {
        let _ = state.store.delete_session(old).await;
    }
    tracing::info!(user = %user.id, "signed in with ESP");
    super::auth::sign_in(&state, &user.id, &user.iin, form.value("next")).await
}

/// `GET /pki/{name}`: the CRLs and CA certificates the portal's certificates point to.
pub async fn published(State(state): State<AppState>, Path(name): Path<String>) -> Response {
    let Some(bytes) = state.esp.published.get(&name) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let kind = if name.ends_with(".crl") { "application/pkix-crl" } else { "application/pkix-cert" };
    ([(header::CONTENT_TYPE, kind), (header::CACHE_CONTROL, "public, max-age=3600")], bytes.clone()).into_response()
}

/// `POST /pki/ocsp`: the development PKI's OCSP responder (RFC 6960 over HTTP); not found when the
/// portal trusts a real PKI.
pub async fn ocsp(State(state): State<AppState>, body: axum::body::Bytes) -> Response {
    let Some(pki) = state.esp.dev_pki.clone() else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let at = time::OffsetDateTime::from_unix_timestamp(state.now()).unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
    let Ok(answer) = tokio::task::spawn_blocking(move || pki.ocsp_response(&body, at)).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    ([(header::CONTENT_TYPE, "application/ocsp-response"), (header::CACHE_CONTROL, "no-store")], answer).into_response()
}
