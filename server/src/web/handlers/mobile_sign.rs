//! Signing an application in the eGov mobile app by QR code, the way that works on any device and
//! without JavaScript: check-answers starts a signing (the rules first, then a code valid for ten
//! minutes), the page shows its QR code and deep links, the app signs through the API in
//! [`super::egov_api`], and "Continue" sends the application with the app's signature, checked
//! again exactly as an NCALayer signature is.

use axum::extract::{Path, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use shared::esp::EspRefusal;
use shared::esp::egov::{self, MobileSigningState};

use super::see_other;
use super::submit::{DraftPost, document_for, draft_post, send};
use crate::state::AppState;
use crate::store::{MobileSigning, NewMobileSigning};
use crate::web::context::{RequestCtx, random_token};
use crate::web::render;
use app::api::Posted;

/// How long a code can be scanned and signed, in seconds.
pub const CODE_LIFETIME: i64 = 10 * 60;

/// The address of API №1 for a signing: what the QR code holds after `mobileSign:`.
pub fn api1_url(state: &AppState, signing: &str) -> String {
    format!("{}/api/egov/mgovSign/{signing}", state.config.public_url())
}

/// `POST /apply/{draft}/egov`: check-answers' "Sign with eGov mobile", or "Get a new code" on the
/// signing page. Everything is checked as for sending; then a new code.
pub async fn start(State(state): State<AppState>, Path(draft_id): Path<String>, req: Request) -> Response {
    let here = format!("/apply/{draft_id}/check");
    let target = format!("check:{draft_id}");
    let post = match draft_post(&state, req, &draft_id, &here, &target).await {
        Ok(p) => p,
        Err(res) => return res,
    };
    // A new code for a signing begun on check-answers carries the declaration made there.
    let renewed = match post.form.value("renew") {
        "" => false,
        id => matches!(state.store.mobile_signing_of(&post.user_id, &draft_id, id).await, Ok(Some(_))),
    };
    let declared = renewed || post.form.value("declaration") == "yes";
    let (document, iin) = match document_for(&state, &post, declared).await {
        Ok(Some(found)) => found,
        Ok(None) => return render::not_found(&state, &post.form.parts).await,
        Err(errors) => {
            return render::refused(&state, &post.form.parts, &here, target, Posted::new(Vec::new(), errors)).await;
        }
    };
    let now = state.now();
    let id = hex::encode(random_bytes::<16>());
    let token = random_token(24);
    let new = NewMobileSigning {
        id: &id,
        token: &token,
        user_id: &post.user_id,
        draft_id: &draft_id,
        iin: &iin,
        service: post.def.slug,
        document: &document,
        now,
        expires_at: now + CODE_LIFETIME,
    };
    if let Err(e) = state.store.create_mobile_signing(new).await {
        return render::failure(&state, &post.form.parts, &here, target, "mobile signing", &e).await;
    }
    see_other(&format!("/apply/{draft_id}/egov/{id}"))
}

fn random_bytes<const N: usize>() -> [u8; N] {
    use rand::RngCore;
    let mut b = [0u8; N];
    rand::rngs::OsRng.fill_bytes(&mut b);
    b
}

/// `POST /apply/{draft}/egov/{signing}`: "Continue": sends the application with the signature the
/// app sent, or says why it cannot yet.
pub async fn proceed(
    State(state): State<AppState>,
    Path((draft_id, signing_id)): Path<(String, String)>,
    req: Request,
) -> Response {
    let here = format!("/apply/{draft_id}/egov/{signing_id}");
    let target = format!("egov:{signing_id}");
    let post: DraftPost = match draft_post(&state, req, &draft_id, &here, &target).await {
        Ok(p) => p,
        Err(res) => return res,
    };
    let signing = match state.store.mobile_signing_of(&post.user_id, &draft_id, &signing_id).await {
        Ok(Some(s)) => s,
        Ok(None) => return render::not_found(&state, &post.form.parts).await,
        Err(e) => return render::failure(&state, &post.form.parts, &here, target, "mobile signing", &e).await,
    };
    let refusal = match signing.state_at(state.now()) {
        MobileSigningState::Signed | MobileSigningState::Used => {
            let cms = signing.cms.clone().unwrap_or_default();
            return send(&state, post, true, &cms, Some(&signing.id), &here, target).await;
        }
        MobileSigningState::Waiting | MobileSigningState::Fetched => EspRefusal::MobileNotSignedYet,
        MobileSigningState::Expired => EspRefusal::MobileCodeExpired,
        MobileSigningState::Refused => {
            signing.refusal.as_deref().and_then(EspRefusal::from_code).unwrap_or(EspRefusal::BadSignature)
        }
    };
    let posted = app::esp::refusal_posted(refusal, signing.refusal_date.as_deref());
    render::refused(&state, &post.form.parts, &here, target, posted).await
}

/// The signed-in user's signing of a draft, for the page's own requests.
async fn own_signing(state: &AppState, req: Request, draft_id: &str, signing_id: &str) -> Option<MobileSigning> {
    let user = req.extensions().get::<RequestCtx>()?.user.clone()?;
    drop(req);
    state.store.mobile_signing_of(&user.id, draft_id, signing_id).await.ok().flatten()
}

fn no_store(mut res: Response) -> Response {
    res.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}

/// `GET /apply/{draft}/egov/{signing}/status`: `{"state": "waiting" | "fetched" | …, "refusal",
/// "date"}`, which the hydrated page polls to move on by itself once the app has signed (or to say
/// why the signature was refused).
pub async fn status(
    State(state): State<AppState>,
    Path((draft_id, signing_id)): Path<(String, String)>,
    req: Request,
) -> Response {
    let Some(signing) = own_signing(&state, req, &draft_id, &signing_id).await else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let state = signing.state_at(state.now()).key();
    let body = serde_json::json!({ "state": state, "refusal": signing.refusal, "date": signing.refusal_date });
    no_store(axum::Json(body).into_response())
}

/// `GET /apply/{draft}/egov/{signing}/qr.svg`: the QR code, for its owner only (it is a bearer
/// secret until it expires).
pub async fn qr(
    State(state): State<AppState>,
    Path((draft_id, signing_id)): Path<(String, String)>,
    req: Request,
) -> Response {
    let Some(signing) = own_signing(&state, req, &draft_id, &signing_id).await else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let text = egov::qr_text(&api1_url(&state, &signing.id));
    let Ok(code) = qrcode::QrCode::with_error_correction_level(text.as_bytes(), qrcode::EcLevel::M) else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let svg = code
        .render::<qrcode::render::svg::Color<'_>>()
        .min_dimensions(240, 240)
        .dark_color(qrcode::render::svg::Color("#0b0c0c"))
        .light_color(qrcode::render::svg::Color("#ffffff"))
        .build();
    let mut res = svg.into_response();
    res.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("image/svg+xml"));
    no_store(res)
}
