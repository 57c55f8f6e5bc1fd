//! Uploading and removing documents, and leaving the documents page.

use axum::extract::{Multipart, Path, Request, State};
use axum::http::StatusCode;
use axum::response::Response;
use shared::definition::{Channel, DocumentSlot};
use shared::form::{self};
use shared::services;
use shared::{ErrorCode, FieldError};

use app::api::Posted;
use app::components::layout::encode_component;

use super::{read_form, see_other, to_sign_in};
use crate::portal::{attached, kind_name};
use crate::state::AppState;
use crate::store::{Draft, NewAttachment};
use crate::web::context::{RequestCtx, csrf_matches, same_origin};
use crate::web::render;

/// A file name safe to store and show: the last path component, no control or markup characters,
/// at most 120 characters.
pub fn clean_file_name(raw: &str) -> String {
    let base = raw.rsplit(['/', '\\']).next().unwrap_or("");
    let cleaned: String =
        base.chars().filter(|c| !c.is_control() && !matches!(c, '<' | '>' | '"' | '\'' | '`')).take(120).collect();
    let trimmed = cleaned.trim();
    if trimmed.is_empty() { "document".into() } else { trimmed.to_owned() }
}

fn documents_path(id: &str) -> String {
    format!("/apply/{id}/documents")
}

async fn load_draft(state: &AppState, user: &str, id: &str) -> Result<Option<Draft>, Response> {
    state.store.draft_of(user, id).await.map_err(|e| {
        tracing::error!(error = %e, "draft lookup failed");
        axum::response::IntoResponse::into_response(StatusCode::INTERNAL_SERVER_ERROR)
    })
}

/// `POST /apply/{draft}/documents/upload` (multipart: `csrf`, `slot`, `file`).
pub async fn upload(State(state): State<AppState>, Path(draft_id): Path<String>, req: Request) -> Response {
    let here = documents_path(&draft_id);
    let target = format!("documents:{draft_id}");
    let (parts, body) = req.into_parts();
    let Some(ctx) = parts.extensions.get::<RequestCtx>().cloned() else {
        return axum::response::IntoResponse::into_response(StatusCode::INTERNAL_SERVER_ERROR);
    };
    let Some(user) = ctx.user.clone() else {
        return to_sign_in(&ctx, &here);
    };
    let draft = match load_draft(&state, &user.id, &draft_id).await {
        Ok(Some(d)) => d,
        Ok(None) => return render::not_found(&state, &parts).await,
        Err(res) => return res,
    };
    let Some(def) = services::version(&draft.service, draft.version) else {
        return render::not_found(&state, &parts).await;
    };
    let req = Request::from_parts(parts.clone(), body);
    let mut multipart = match <Multipart as axum::extract::FromRequest<()>>::from_request(req, &()).await {
        Ok(m) => m,
        Err(_) => {
            return render::rejected(&state, &parts, &here, target, ErrorCode::UnknownField, StatusCode::BAD_REQUEST)
                .await;
        }
    };
    let mut csrf = String::new();
    let mut slot: Option<&'static DocumentSlot> = None;
    let refuse = |field: String, code| Posted::new(Vec::new(), vec![FieldError { field, code }]);
    loop {
        let field = match multipart.next_field().await {
            Ok(Some(f)) => f,
            Ok(None) => break,
            Err(_) => {
                let field = slot.map(|s| format!("file-{}", s.id)).unwrap_or_else(|| "main-content".into());
                return render::refused(&state, &parts, &here, target, refuse(field, ErrorCode::FileTooLarge)).await;
            }
        };
        match field.name() {
            Some("csrf") => csrf = field.text().await.unwrap_or_default(),
            Some("slot") => {
                let id = field.text().await.unwrap_or_default();
                slot = def.documents.iter().find(|s| s.id == id && s.channels.contains(&Channel::Portal));
            }
            Some("file") => {
                if !same_origin(&parts.headers) || !csrf_matches(&ctx.csrf, &csrf) {
                    return render::rejected(
                        &state,
                        &parts,
                        &here,
                        target,
                        ErrorCode::CsrfFailed,
                        StatusCode::FORBIDDEN,
                    )
                    .await;
                }
                let Some(slot) = slot else {
                    return render::rejected(
                        &state,
                        &parts,
                        &here,
                        target,
                        ErrorCode::UnknownField,
                        StatusCode::BAD_REQUEST,
                    )
                    .await;
                };
                let input = format!("file-{}", slot.id);
                let name = clean_file_name(field.file_name().unwrap_or(""));
                let chosen = !field.file_name().unwrap_or("").is_empty();
                let mut bytes = Vec::new();
                let mut field = field;
                loop {
                    match field.chunk().await {
                        Ok(Some(chunk)) => {
                            if (bytes.len() + chunk.len()) as u64 > slot.max_bytes {
                                return render::refused(
                                    &state,
                                    &parts,
                                    &here,
                                    target,
                                    refuse(input, ErrorCode::FileTooLarge),
                                )
                                .await;
                            }
                            bytes.extend_from_slice(&chunk);
                        }
                        Ok(None) => break,
                        Err(_) => {
                            return render::refused(
                                &state,
                                &parts,
                                &here,
                                target,
                                refuse(input, ErrorCode::FileTooLarge),
                            )
                            .await;
                        }
                    }
                }
                if !chosen && bytes.is_empty() {
                    return render::refused(&state, &parts, &here, target, refuse(input, ErrorCode::FileNotSelected))
                        .await;
                }
                let existing = match state.store.draft_attachments(&draft.id).await {
                    Ok(f) => f.iter().filter(|a| a.slot == slot.id).count(),
                    Err(e) => {
                        tracing::error!(error = %e, "attachment lookup failed");
                        return axum::response::IntoResponse::into_response(StatusCode::INTERNAL_SERVER_ERROR);
                    }
                };
                let kind = match form::check_upload(slot, bytes.len() as u64, &bytes[..bytes.len().min(64)], existing) {
                    Ok(k) => k,
                    Err(code) => return render::refused(&state, &parts, &here, target, refuse(input, code)).await,
                };
                let sha = match state.files.put(&bytes).await {
                    Ok(s) => s,
                    Err(e) => {
                        tracing::error!(error = %e, "file store write failed");
                        return render::rejected(
                            &state,
                            &parts,
                            &here,
                            target,
                            ErrorCode::Internal,
                            StatusCode::INTERNAL_SERVER_ERROR,
                        )
                        .await;
                    }
                };
                let new = NewAttachment {
                    draft_id: &draft.id,
                    slot: slot.id,
                    file_name: &name,
                    kind: kind_name(kind),
                    size: bytes.len() as i64,
                    sha256: &sha,
                };
                let now = state.now();
                if let Err(e) = state.store.add_attachment(new, now).await {
                    tracing::error!(error = %e, "attachment record failed");
                    return render::rejected(
                        &state,
                        &parts,
                        &here,
                        target,
                        ErrorCode::Internal,
                        StatusCode::INTERNAL_SERVER_ERROR,
                    )
                    .await;
                }
                let _ = state.store.touch_draft(&draft.id, now).await;
                return see_other(&format!("{here}?uploaded={}", encode_component(&name)));
            }
            _ => {
                return render::rejected(
                    &state,
                    &parts,
                    &here,
                    target,
                    ErrorCode::UnknownField,
                    StatusCode::BAD_REQUEST,
                )
                .await;
            }
        }
    }
    let field = slot.map(|s| format!("file-{}", s.id)).unwrap_or_else(|| "main-content".into());
    render::refused(&state, &parts, &here, target, refuse(field, ErrorCode::FileNotSelected)).await
}

/// `POST /apply/{draft}/documents/{file}/remove`.
pub async fn remove(
    State(state): State<AppState>,
    Path((draft_id, file_id)): Path<(String, String)>,
    req: Request,
) -> Response {
    let here = documents_path(&draft_id);
    let target = format!("documents:{draft_id}");
    let form = match read_form(&state, req, &here, &target).await {
        Ok(f) => f,
        Err(res) => return res,
    };
    let Some(user) = form.ctx.user.clone() else {
        return to_sign_in(&form.ctx, &here);
    };
    let draft = match load_draft(&state, &user.id, &draft_id).await {
        Ok(Some(d)) => d,
        Ok(None) => return render::not_found(&state, &form.parts).await,
        Err(res) => return res,
    };
    if !form.genuine() {
        return render::rejected(&state, &form.parts, &here, target, ErrorCode::CsrfFailed, StatusCode::FORBIDDEN)
            .await;
    }
    match state.store.remove_draft_attachment(&draft.id, &file_id).await {
        Ok(Some(removed)) => {
            crate::forget_file(&state, &removed.sha256).await;
            let _ = state.store.touch_draft(&draft.id, state.now()).await;
            see_other(&format!("{here}?removed={}", encode_component(&removed.file_name)))
        }
        Ok(None) => render::not_found(&state, &form.parts).await,
        Err(e) => {
            tracing::error!(error = %e, "attachment removal failed");
            render::rejected(&state, &form.parts, &here, target, ErrorCode::Internal, StatusCode::INTERNAL_SERVER_ERROR)
                .await
        }
    }
}

/// `POST /apply/{draft}/documents`: on to check-answers when every required document is there.
pub async fn proceed(State(state): State<AppState>, Path(draft_id): Path<String>, req: Request) -> Response {
    let here = documents_path(&draft_id);
    let target = format!("documents:{draft_id}");
    let form = match read_form(&state, req, &here, &target).await {
        Ok(f) => f,
        Err(res) => return res,
    };
    let Some(user) = form.ctx.user.clone() else {
        return to_sign_in(&form.ctx, &here);
    };
    let draft = match load_draft(&state, &user.id, &draft_id).await {
        Ok(Some(d)) => d,
        Ok(None) => return render::not_found(&state, &form.parts).await,
        Err(res) => return res,
    };
    if !form.genuine() {
        return render::rejected(&state, &form.parts, &here, target, ErrorCode::CsrfFailed, StatusCode::FORBIDDEN)
            .await;
    }
    let Some(def) = services::version(&draft.service, draft.version) else {
        return render::not_found(&state, &form.parts).await;
    };
    let files = state.store.draft_attachments(&draft.id).await.unwrap_or_default();
    let ctx = form::Context { today: crate::clock::local_date(state.now()), prefill: draft.prefill.clone() };
    let missing =
        form::missing_documents(&form::checklist(def, &draft.answers, &ctx, Channel::Portal, &attached(&files)));
    if missing.is_empty() {
        see_other(&format!("/apply/{}/check", draft.id))
    } else {
        render::refused(&state, &form.parts, &here, target, Posted::new(Vec::new(), missing)).await
    }
}

#[cfg(test)]
mod tests {
    use super::clean_file_name;

    #[test]
    fn file_names_lose_paths_and_markup() {
        assert_eq!(clean_file_name("C:\\Users\\a\\скан <1>.pdf"), "скан 1.pdf");
        assert_eq!(clean_file_name("../../etc/passwd"), "passwd");
        assert_eq!(clean_file_name(""), "document");
    }
}
