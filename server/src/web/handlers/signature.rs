//! An application's ESP signature in the cabinet: downloading it and checking it again.

use axum::extract::{Path, Request, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use base64::Engine;

use super::{read_form, see_other, to_sign_in};
use crate::state::AppState;
use crate::web::context::RequestCtx;
use crate::web::render;

/// `GET /applications/{id}/signature`: the CMS (`.p7s`, the signed document inside), for its owner.
pub async fn download(State(state): State<AppState>, Path(id): Path<String>, req: Request) -> Response {
    let Some(ctx) = req.extensions().get::<RequestCtx>().cloned() else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let Some(user) = &ctx.user else { return to_sign_in(&ctx, &format!("/applications/{id}")) };
    let (parts, _) = req.into_parts();
    let Ok(Some(sig)) = state.store.signature_of(&user.id, &id).await else {
        return render::not_found(&state, &parts).await;
    };
    let Ok(der) = base64::engine::general_purpose::STANDARD.decode(&sig.cms) else {
        return render::not_found(&state, &parts).await;
    };
    let reference = state.store.application_of(&user.id, &id).await.ok().flatten().map(|a| a.reference);
    let name = format!("application-{}.p7s", reference.unwrap_or(id));
    (
        [
            (header::CONTENT_TYPE, "application/pkcs7-signature".to_owned()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{name}\"")),
        ],
        der,
    )
        .into_response()
}

/// `POST /applications/{id}/signature/verify`: verifies the stored signature again against the
/// stored document, the trust store and today's revocation lists; the application's page shows the
/// verdict (`?signature=valid`, or the refusal's code).
pub async fn verify(State(state): State<AppState>, Path(id): Path<String>, req: Request) -> Response {
    let here = format!("/applications/{id}");
    let form = match read_form(&state, req, &here, app::api::PAGE_TARGET).await {
        Ok(f) => f,
        Err(res) => return res,
    };
    let Some(user) = form.ctx.user.clone() else { return to_sign_in(&form.ctx, &here) };
    if !form.genuine() {
        return render::rejected(
            &state,
            &form.parts,
            &here,
            app::api::PAGE_TARGET.into(),
            shared::ErrorCode::CsrfFailed,
            StatusCode::FORBIDDEN,
        )
        .await;
    }
    let Ok(Some(sig)) = state.store.signature_of(&user.id, &id).await else {
        return render::not_found(&state, &form.parts).await;
    };
    let verdict =
        super::submit::verify_application_signature(&state, &sig.cms, &sig.document, &sig.signer_iin, state.now())
            .await;
    let outcome = match verdict {
        Ok(_) => "valid".to_owned(),
        Err((refusal, _)) => refusal.code(),
    };
    see_other(&format!("{here}?signature={outcome}"))
}
