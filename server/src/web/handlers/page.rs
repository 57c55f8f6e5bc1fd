//! Saving a question page: the posted answers are parsed by the same `shared` code the browser ran;
//! valid answers are stored and the next step follows, anything else is shown again with errors
//! and nothing is stored.

use axum::extract::{Path, Request, State};
use axum::http::StatusCode;
use axum::response::Response;
use shared::form::{self, Context, Rejection, Step};
use shared::services;
use shared::{ErrorCode, FieldError};

use app::api::Posted;

use super::{read_form, see_other, to_sign_in};
use crate::clock::local_date;
use crate::state::AppState;
use crate::web::render;

/// `POST /apply/{draft}/{page}`.
pub async fn save(
    State(state): State<AppState>,
    Path((draft_id, page_id)): Path<(String, String)>,
    req: Request,
) -> Response {
    let here = format!("/apply/{draft_id}/{page_id}");
    let target = format!("page:{draft_id}:{page_id}");
    let form = match read_form(&state, req, &here, &target).await {
        Ok(f) => f,
        Err(res) => return res,
    };
    let Some(user) = form.ctx.user.clone() else {
        return to_sign_in(&form.ctx, &here);
    };
    let draft = match state.store.draft_of(&user.id, &draft_id).await {
        Ok(Some(d)) => d,
        Ok(None) => return render::not_found(&state, &form.parts).await,
        Err(e) => {
            tracing::error!(error = %e, "draft lookup failed");
            return render::rejected(
                &state,
                &form.parts,
                &here,
                target,
                ErrorCode::Internal,
                StatusCode::INTERNAL_SERVER_ERROR,
            )
            .await;
        }
    };
    let Some(def) = services::version(&draft.service, draft.version) else {
        return render::not_found(&state, &form.parts).await;
    };
    let ctx = Context { today: local_date(state.now()), prefill: draft.prefill.clone() };
    let Some(page) = def.page(&page_id).filter(|p| form::page_visible(p, &draft.answers, &ctx)) else {
        return render::not_found(&state, &form.parts).await;
    };
    if !form.genuine() {
        return render::rejected(&state, &form.parts, &here, target, ErrorCode::CsrfFailed, StatusCode::FORBIDDEN)
            .await;
    }
    let returning = form.value("return") == "check";
    let action = form.value("action");
    if !action.is_empty() {
        // "Add another" / "Remove" on a repeated page: the page again with the items changed,
        // keeping what was typed; nothing is stored until Continue.
        let path = if returning { format!("{here}?return=check") } else { here.clone() };
        return match form::item_action(page, &form.values, action) {
            Some(values) => {
                let post = app::ssr::FormPost { target, posted: Posted::new(values, Vec::new()) };
                render::render_page(&state, &form.parts, &path, Some(post), StatusCode::OK).await
            }
            None => {
                render::rejected(&state, &form.parts, &path, target, ErrorCode::UnknownField, StatusCode::BAD_REQUEST)
                    .await
            }
        };
    }
    match form::parse_page(page, &form.values, &draft.answers, &ctx) {
        Ok(normalised) => {
            let mut answers = draft.answers.clone();
            form::store_page(page, &mut answers, &normalised);
            if let Err(e) = state.store.save_answers(&user.id, &draft.id, &answers, state.now()).await {
                tracing::error!(error = %e, "saving answers failed");
                return render::rejected(
                    &state,
                    &form.parts,
                    &here,
                    target,
                    ErrorCode::Internal,
                    StatusCode::INTERNAL_SERVER_ERROR,
                )
                .await;
            }
            let next = match form::next_step(def, &answers, &ctx, page.id, returning) {
                Step::Page(p) if returning => format!("/apply/{}/{p}?return=check", draft.id),
                Step::Page(p) => format!("/apply/{}/{p}", draft.id),
                Step::Documents => format!("/apply/{}/documents", draft.id),
                Step::Check => format!("/apply/{}/check", draft.id),
            };
            see_other(&next)
        }
        Err(Rejection::Invalid(errors)) => {
            let path = if returning { format!("{here}?return=check") } else { here };
            let values = form.values.iter().filter(|(k, _)| k != "csrf").cloned().collect();
            render::refused(&state, &form.parts, &path, target, Posted::new(values, errors)).await
        }
        Err(Rejection::Malformed(code)) => {
            tracing::warn!(?code, "malformed page post refused");
            let posted = Posted::new(Vec::new(), vec![FieldError { field: "main-content".into(), code }]);
            let mut res = render::refused(&state, &form.parts, &here, target, posted).await;
            *res.status_mut() = StatusCode::BAD_REQUEST;
            res
        }
    }
}
