//! Starting an application: a draft under the service's latest definition, with the applicant's
//! data taken from the state database.

use axum::extract::{Path, Request, State};
use axum::http::StatusCode;
use axum::response::Response;
use shared::ErrorCode;
use shared::definition::RegistryAttr;
use shared::form::Prefill;
use shared::services;
use shared::values::Iin;

use app::api::PAGE_TARGET;

use super::{read_form, see_other, to_sign_in};
use crate::state::AppState;
use crate::store::NewDraft;
use crate::web::render;

/// `POST /services/{slug}/start`.
pub async fn start(State(state): State<AppState>, Path(slug): Path<String>, req: Request) -> Response {
    let passport = format!("/services/{slug}");
    let form = match read_form(&state, req, &passport, PAGE_TARGET).await {
        Ok(f) => f,
        Err(res) => return res,
    };
    let Some(user) = form.ctx.user.clone() else {
        return to_sign_in(&form.ctx, &passport);
    };
    if !form.genuine() {
        return render::rejected(
            &state,
            &form.parts,
            &passport,
            PAGE_TARGET.into(),
            ErrorCode::CsrfFailed,
            StatusCode::FORBIDDEN,
        )
        .await;
    }
    let Some(def) = services::latest(&slug).filter(|d| d.is_online()) else {
        return render::not_found(&state, &form.parts).await;
    };
    let account = match state.store.user_by_id(&user.id).await {
        Ok(Some(u)) => u,
        _ => return render::not_found(&state, &form.parts).await,
    };
    let Ok(iin) = Iin::parse(&account.iin) else {
        return render::not_found(&state, &form.parts).await;
    };
    let (prefill, found) = match state.registry.person(&iin).await {
        Ok(Some(person)) => (person.prefill(), true),
        Ok(None) => {
            let mut p = Prefill::none();
            p.insert(RegistryAttr::Iin, iin.as_str());
            (p, false)
        }
        Err(e) => {
            tracing::error!(error = %e, "registry unavailable");
            return render::rejected(
                &state,
                &form.parts,
                &passport,
                PAGE_TARGET.into(),
                ErrorCode::Internal,
                StatusCode::SERVICE_UNAVAILABLE,
            )
            .await;
        }
    };
    let new = NewDraft {
        user_id: &user.id,
        service: def.slug,
        version: def.version,
        channel: "portal",
        prefill: &prefill,
        registry_found: found,
    };
    match state.store.create_draft(new, state.now()).await {
        Ok(id) => {
            let first = def.pages.first().map(|p| p.id).unwrap_or("check");
            see_other(&format!("/apply/{id}/{first}"))
        }
        Err(e) => {
            tracing::error!(error = %e, "draft creation failed");
            render::rejected(
                &state,
                &form.parts,
                &passport,
                PAGE_TARGET.into(),
                ErrorCode::Internal,
                StatusCode::INTERNAL_SERVER_ERROR,
            )
            .await
        }
    }
}
