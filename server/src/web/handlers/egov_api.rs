//! The API the eGov mobile app calls when a person scans a signing's QR code: API №1 (what is to be
//! signed and where to fetch it) and API №2 (`GET` the documents, `PUT` them back signed). The
//! app authenticates to API №2 with the bearer token API №1 gave it; each code takes one answer,
//! before it expires. Answers are JSON, messages in the language the app asks for.

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde_json::json;
use shared::Lang;
use shared::esp::egov::{
    CMS_SIGN_ONLY, DocumentToSign, Documents, DocumentsAddress, File, FileDocument, Meta, Organisation, PLAIN_DATA,
    SigningRequest,
};
use shared::esp::{EspRefusal, EspUi};
use shared::lang::fill;

use super::submit::verify_application_signature;
use crate::clock::local;
use crate::state::AppState;
use crate::store::{MobileOutcome, MobileSigning};
use crate::web::context::csrf_matches;

/// The largest signed answer accepted (one CMS over a few kilobytes of JSON).
pub const MAX_ANSWER_BYTES: usize = 256 * 1024;

fn lang_of(headers: &HeaderMap) -> Lang {
    headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).and_then(Lang::negotiate).unwrap_or(Lang::Ru)
}

fn message(status: StatusCode, text: &str) -> Response {
    (status, axum::Json(json!({ "code": status.as_u16().to_string(), "message": text }))).into_response()
}

fn unavailable(lang: Lang) -> Response {
    message(StatusCode::SERVICE_UNAVAILABLE, &shared::ErrorCode::Internal.message(lang, &[]))
}

/// The signing of `id`, open for the app's calls; else the answer to give.
async fn open_signing(state: &AppState, id: &str, lang: Lang) -> Result<MobileSigning, Response> {
    let signing = match state.store.mobile_signing(id).await {
        Ok(Some(s)) => s,
        Ok(None) => return Err(message(StatusCode::NOT_FOUND, EspUi::EgovCodeClosed.get(lang))),
        Err(e) => {
            tracing::error!(error = %e, "mobile signing lookup failed");
            return Err(unavailable(lang));
        }
    };
    if signing.state_at(state.now()).open() {
        Ok(signing)
    } else {
        Err(message(StatusCode::GONE, EspUi::EgovCodeClosed.get(lang)))
    }
}

/// Whether the request carries the signing's bearer token.
fn authorised(headers: &HeaderMap, signing: &MobileSigning) -> bool {
    let presented = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .unwrap_or("");
    csrf_matches(&signing.token, presented.trim())
}

/// What the app shows as the document's name, in each of its languages.
fn document_name(signing: &MobileSigning, lang: Lang) -> String {
    let service = shared::services::latest(&signing.service).map(|d| d.passport.name.get(lang)).unwrap_or_default();
    fill(EspUi::EgovDocumentName.get(lang), &[("service", service)])
}

/// `2026-11-23T10:15:00.00+0500`: the protocol's way of writing a moment (Kazakhstan time).
fn protocol_time(unix: i64) -> String {
    let t = local(unix);
    format!("{}T{:02}:{:02}:{:02}.00+0500", shared::values::date::iso(t.date()), t.hour(), t.minute(), t.second())
}

/// `GET /api/egov/mgovSign/{signing}`: API №1.
pub async fn request(State(state): State<AppState>, Path(id): Path<String>, headers: HeaderMap) -> Response {
    let lang = lang_of(&headers);
    let signing = match open_signing(&state, &id, lang).await {
        Ok(s) => s,
        Err(res) => return res,
    };
    let portal = |l: Lang| fill(EspUi::EgovPortalName.get(l), &[("site", shared::ui::Ui::SiteName.get(l))]);
    let body = SigningRequest {
        description: document_name(&signing, lang),
        expiry_date: protocol_time(signing.expires_at),
        organisation: Organisation {
            name_ru: portal(Lang::Ru),
            name_kz: portal(Lang::Kk),
            name_en: portal(Lang::En),
            bin: state.config.esp.operator_bin.clone().unwrap_or_default(),
        },
        document: DocumentsAddress {
            uri: format!("{}/api/egov/sign-process/{}", state.config.public_url(), signing.id),
            auth_type: "Token".into(),
            auth_token: signing.token.clone(),
        },
    };
    axum::Json(body).into_response()
}

/// `GET /api/egov/sign-process/{signing}`: API №2, the document to sign (the application's canonical
/// text, signed detached).
pub async fn documents(State(state): State<AppState>, Path(id): Path<String>, headers: HeaderMap) -> Response {
    let lang = lang_of(&headers);
    let signing = match open_signing(&state, &id, lang).await {
        Ok(s) => s,
        Err(res) => return res,
    };
    if !authorised(&headers, &signing) {
        return message(StatusCode::UNAUTHORIZED, EspUi::EgovCodeClosed.get(lang));
    }
    if let Err(e) = state.store.mobile_signing_fetched(&signing.id, state.now()).await {
        tracing::error!(error = %e, "mobile signing not marked fetched");
    }
    let service = shared::services::latest(&signing.service).map(|d| d.passport.name.get(lang)).unwrap_or_default();
    let body = Documents {
        sign_method: CMS_SIGN_ONLY.into(),
        version: 1,
        documents_to_sign: vec![DocumentToSign {
            id: 1,
            name_ru: document_name(&signing, Lang::Ru),
            name_kz: document_name(&signing, Lang::Kk),
            name_en: document_name(&signing, Lang::En),
            meta: vec![
                Meta { name: EspUi::EgovMetaIin.get(lang).into(), value: signing.iin.clone() },
                Meta { name: EspUi::EgovMetaService.get(lang).into(), value: service.into() },
            ],
            document: FileDocument {
                file: File { mime: PLAIN_DATA.into(), data: STANDARD.encode(signing.document.as_bytes()) },
            },
        }],
    };
    axum::Json(body).into_response()
}

/// `PUT /api/egov/sign-process/{signing}`: the app's signed answer. The signature is checked as
/// an NCALayer one is (the seeds' conditions, signing key usage, the exact bytes issued, the IIN
/// of the applicant); `200` when accepted, `403` with the reason when not. Either way the code is
/// used up.
pub async fn signed(
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let lang = lang_of(&headers);
    let signing = match open_signing(&state, &id, lang).await {
        Ok(s) => s,
        Err(res) => return res,
    };
    if !authorised(&headers, &signing) {
        return message(StatusCode::UNAUTHORIZED, EspUi::EgovCodeClosed.get(lang));
    }
    let answer: Documents = match serde_json::from_slice(&body) {
        Ok(a) if body.len() <= MAX_ANSWER_BYTES => a,
        _ => return message(StatusCode::BAD_REQUEST, EspRefusal::Malformed.get(lang)),
    };
    let now = state.now();
    let cms = match answer.documents_to_sign.as_slice() {
        [only] if only.id == 1 => only.document.file.data.clone(),
        _ => return message(StatusCode::BAD_REQUEST, EspRefusal::ContentMismatch.get(lang)),
    };
    let verdict = verify_application_signature(&state, &cms, &signing.document, &signing.iin, now).await;
    let code = verdict.as_ref().err().map(|(refusal, _)| refusal.code()).unwrap_or_default();
    let (outcome, reply) = match &verdict {
        Ok(sig) => (MobileOutcome::Signed { cms: &sig.cms }, message(StatusCode::OK, "success")),
        Err((refusal, date)) => (
            MobileOutcome::Refused { refusal: &code, date: date.as_deref() },
            message(StatusCode::FORBIDDEN, &refusal.message(lang, date.as_deref())),
        ),
    };
    match state.store.finish_mobile_signing(&signing.id, outcome, now).await {
        Ok(true) => reply,
        Ok(false) => message(StatusCode::GONE, EspUi::EgovCodeClosed.get(lang)),
        Err(e) => {
            tracing::error!(error = %e, "mobile signing not finished");
            unavailable(lang)
        }
    }
}
