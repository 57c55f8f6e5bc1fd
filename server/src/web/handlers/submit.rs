//! Sending an application: every answer, document and the declaration checked again with the
//! `shared` rules; then the due date from the working-day calendar, a reference number, and one
//! transaction that turns the draft into an application.

use axum::extract::{Path, Request, State};
use axum::http::StatusCode;
use axum::response::Response;
use rand::RngCore;
use shared::ErrorCode;
use shared::calendar;
use shared::definition::Channel;
use shared::form::{self, Context};
use shared::reference::Reference;
use shared::services;
use shared::status::{EventKind, Status};

use app::api::Posted;

use super::{read_form, see_other, to_sign_in};
use crate::clock::{local, local_date};
use crate::portal::{attached, event_key};
use crate::state::AppState;
use crate::store::{NewApplication, Submitted};
use crate::web::render;

/// Draws a reference number from the operating system's random source.
pub fn new_reference() -> Reference {
    loop {
        let mut bytes = [0u8; 32];
        rand::rngs::OsRng.fill_bytes(&mut bytes);
        if let Some(r) = Reference::from_random(&bytes) {
            return r;
        }
    }
}

/// `POST /apply/{draft}/submit`.
pub async fn submit(State(state): State<AppState>, Path(draft_id): Path<String>, req: Request) -> Response {
    let here = format!("/apply/{draft_id}/check");
    let target = format!("check:{draft_id}");
    let form = match read_form(&state, req, &here, &target).await {
        Ok(f) => f,
        Err(res) => return res,
    };
    let Some(user) = form.ctx.user.clone() else {
        return to_sign_in(&form.ctx, &here);
    };
    let draft = match state.store.draft_of(&user.id, &draft_id).await {
        Ok(Some(d)) => d,
        Ok(None) => {
            // Sent already (a double click, a resent form): show what was sent.
            return match state.store.application_from_draft(&user.id, &draft_id).await {
                Ok(Some(id)) => see_other(&format!("/applications/{id}/confirmation")),
                _ => render::not_found(&state, &form.parts).await,
            };
        }
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
    if !form.genuine() {
        return render::rejected(&state, &form.parts, &here, target, ErrorCode::CsrfFailed, StatusCode::FORBIDDEN)
            .await;
    }
    let Some(def) = services::version(&draft.service, draft.version) else {
        return render::not_found(&state, &form.parts).await;
    };
    let now = state.now();
    let ctx = Context { today: local_date(now), prefill: draft.prefill.clone() };
    let answers = form::prune(def, &draft.answers, &ctx);
    let files = state.store.draft_attachments(&draft.id).await.unwrap_or_default();
    let declared = form.value("declaration") == "yes";
    let errors = form::submission_errors(def, &answers, &ctx, Channel::Portal, &attached(&files), declared);
    if !errors.is_empty() {
        return render::refused(&state, &form.parts, &here, target, Posted::new(Vec::new(), errors)).await;
    }
    // Files in slots that no longer apply (the answers changed after they were uploaded) are not sent.
    let items = form::checklist(def, &answers, &ctx, Channel::Portal, &attached(&files));
    for stray in files.iter().filter(|f| !items.iter().any(|i| i.slot.id == f.slot)) {
        if let Ok(Some(removed)) = state.store.remove_draft_attachment(&draft.id, &stray.id).await {
            crate::forget_file(&state, &removed.sha256).await;
        }
    }
    let due = calendar::due(def.passport.term, local(now));
    let due_iso = shared::values::date::iso(due.date);
    for _ in 0..8 {
        let reference = new_reference();
        let new = NewApplication {
            draft_id: &draft.id,
            user_id: &user.id,
            service: def.slug,
            version: def.version,
            channel: "portal",
            answers: &answers,
            prefill: &draft.prefill,
            status: Status::Received.key(),
            first_event: event_key(EventKind::Submitted),
            due_date: &due_iso,
        };
        match state.store.submit_draft(new, reference.as_str(), now).await {
            Ok(Submitted::Created(id)) => {
                tracing::info!(application = %id, service = def.slug, "application submitted");
                return see_other(&format!("/applications/{id}/confirmation"));
            }
            Ok(Submitted::ReferenceTaken) => continue,
            Ok(Submitted::AlreadySent) => {
                return match state.store.application_from_draft(&user.id, &draft.id).await {
                    Ok(Some(id)) => see_other(&format!("/applications/{id}/confirmation")),
                    _ => render::not_found(&state, &form.parts).await,
                };
            }
            Err(e) => {
                tracing::error!(error = %e, "submission failed");
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
        }
    }
    tracing::error!("no free reference number after 8 draws");
    render::rejected(&state, &form.parts, &here, target, ErrorCode::Internal, StatusCode::INTERNAL_SERVER_ERROR).await
}
