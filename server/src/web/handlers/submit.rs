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

use super::{FormPost, read_form, see_other, to_sign_in};
use crate::clock::{local, local_date};
use crate::portal::{attached, event_key};
use crate::state::AppState;
use crate::store::{ApplicationSignature, Attachment, Draft, NewApplication, Submitted};
use crate::web::render;
use esp::Purpose;
use shared::esp::EspRefusal;
use shared::esp::document::{self, ApplicationToSign, SignedFile};

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

/// What sending a draft now would send: the answers of the pages that apply (in their normalised
/// form) and the files, split into those of slots that apply and strays of slots the answers no
/// longer ask for (uploaded before an answer changed; they are not sent).
struct Sending {
    ctx: Context,
    answers: shared::form::Answers,
    /// Every file of the draft.
    files: Vec<Attachment>,
    sent: Vec<Attachment>,
    stray: Vec<Attachment>,
}

async fn sending(state: &AppState, def: &shared::definition::ServiceDefinition, draft: &Draft) -> Sending {
    let ctx = Context { today: local_date(state.now()), prefill: draft.prefill.clone() };
    let answers = form::prune(def, &draft.answers, &ctx);
    let files = state.store.draft_attachments(&draft.id).await.unwrap_or_default();
    let items = form::checklist(def, &answers, &ctx, Channel::Portal, &attached(&files));
    let (sent, stray) = files.iter().cloned().partition(|f| items.iter().any(|i| i.slot.id == f.slot));
    Sending { ctx, answers, files, sent, stray }
}

/// The document the applicant signs: the application as it would be sent now.
pub fn signing_document(
    def: &shared::definition::ServiceDefinition,
    draft: &Draft,
    iin: &str,
    answers: &shared::form::Answers,
    files: &[Attachment],
) -> String {
    let files: Vec<SignedFile> = files
        .iter()
        .map(|f| SignedFile {
            slot: f.slot.clone(),
            sha256: f.sha256.clone(),
            name: f.file_name.clone(),
            size: u64::try_from(f.size).unwrap_or(0),
        })
        .collect();
    document::canonical(ApplicationToSign {
        service: def.slug,
        version: def.version,
        draft: &draft.id,
        applicant_iin: iin,
        prefill: &draft.prefill,
        answers,
        files: &files,
    })
}

/// Checks the applicant's signature of `document` as the seeds require (the certificate valid and
/// not revoked, the IIN in the application equal to the IIN in the certificate) plus the signing
/// key usage and the signed bytes being exactly the document.
pub async fn verify_application_signature(
    state: &AppState,
    cms: &str,
    document: &str,
    iin: &str,
    now: i64,
) -> Result<ApplicationSignature, (EspRefusal, Option<String>)> {
    let verdict = state.esp.verify(cms.as_bytes(), document.as_bytes(), Purpose::Signing, now).await;
    let verified = verdict.map_err(|r| {
        tracing::info!(refusal = r.code(), "application signature refused");
        super::esp::refusal_of(&r, Purpose::Signing)
    })?;
    if verified.identity.iin != iin {
        tracing::info!("application signature refused: the IIN differs");
        return Err((EspRefusal::IinMismatch, None));
    }
    use base64::Engine;
    let der = esp::signature_der(cms.as_bytes()).unwrap_or_default();
    Ok(ApplicationSignature {
        document: document.to_owned(),
        cms: base64::engine::general_purpose::STANDARD.encode(der),
        signer_iin: verified.identity.iin.clone(),
        signer_name: verified.identity.common_name.clone(),
        certificate_serial: verified.certificate.serial_hex.clone(),
        certificate_issuer: verified.certificate.issuer.clone(),
        certificate_not_after: verified.certificate.not_after.unix_timestamp(),
        signed_at: verified.signing_time.map_or(now, |t| t.unix_timestamp()),
        verified_at: now,
    })
}

/// A signed-in user's draft at check-answers, with its service's definition, as a form post
/// addressed it; every other answer (not signed in, not theirs, a forged post) is the response.
pub(super) struct DraftPost {
    pub form: FormPost,
    pub user_id: String,
    pub draft: Draft,
    pub def: &'static shared::definition::ServiceDefinition,
}

/// Reads a post about a draft: signed in, the draft theirs (or sent already: its confirmation),
/// the post genuine.
pub(super) async fn draft_post(
    state: &AppState,
    req: Request,
    draft_id: &str,
    here: &str,
    target: &str,
) -> Result<DraftPost, Response> {
    let form = read_form(state, req, here, target).await?;
    let Some(user) = form.ctx.user.clone() else {
        return Err(to_sign_in(&form.ctx, here));
    };
    let draft = match state.store.draft_of(&user.id, draft_id).await {
        Ok(Some(d)) => d,
        Ok(None) => {
            // Sent already (a double click, a resent form): show what was sent.
            return Err(match state.store.application_from_draft(&user.id, draft_id).await {
                Ok(Some(id)) => see_other(&format!("/applications/{id}/confirmation")),
                _ => render::not_found(state, &form.parts).await,
            });
        }
        Err(e) => return Err(render::failure(state, &form.parts, here, target.into(), "draft", &e).await),
    };
    if !form.genuine() {
        let forbidden = StatusCode::FORBIDDEN;
        return Err(render::rejected(state, &form.parts, here, target.into(), ErrorCode::CsrfFailed, forbidden).await);
    }
    let Some(def) = services::version(&draft.service, draft.version) else {
        return Err(render::not_found(state, &form.parts).await);
    };
    Ok(DraftPost { form, user_id: user.id, draft, def })
}

/// What sending the draft now would send, when every answer, document and the declaration pass
/// the rules; else the errors.
async fn ready(state: &AppState, post: &DraftPost, declared: bool) -> Result<Sending, Vec<shared::FieldError>> {
    let sending = sending(state, post.def, &post.draft).await;
    let errors = form::submission_errors(
        post.def,
        &sending.answers,
        &sending.ctx,
        Channel::Portal,
        &attached(&sending.files),
        declared,
    );
    if errors.is_empty() { Ok(sending) } else { Err(errors) }
}

/// The applicant's IIN.
async fn iin_of(state: &AppState, user_id: &str) -> Option<String> {
    state.store.user_by_id(user_id).await.ok().flatten().map(|u| u.iin)
}

/// `POST /apply/{draft}/submit`: the check-answers form, signed by NCALayer in the browser.
pub async fn submit(State(state): State<AppState>, Path(draft_id): Path<String>, req: Request) -> Response {
    let here = format!("/apply/{draft_id}/check");
    let target = format!("check:{draft_id}");
    let post = match draft_post(&state, req, &draft_id, &here, &target).await {
        Ok(p) => p,
        Err(res) => return res,
    };
    let declared = post.form.value("declaration") == "yes";
    let signature = post.form.value("signature").to_owned();
    send(&state, post, declared, &signature, None, &here, target).await
}

/// Sends a draft signed with `cms` (from NCALayer, or from eGov mobile with the signing's id):
/// the rules again, then the signature of exactly this application (before anything of the draft
/// changes), then one transaction that turns the draft into an application. Nothing is sent
/// without a valid signature.
pub(super) async fn send(
    state: &AppState,
    post: DraftPost,
    declared: bool,
    cms: &str,
    mobile: Option<&str>,
    here: &str,
    target: String,
) -> Response {
    let parts = &post.form.parts;
    // A refusal may come from a second post of a send that has just gone through (a double click):
    // the draft then has no files and no longer matches; show what was sent instead.
    let refuse = |posted: Posted| async {
        match state.store.application_from_draft(&post.user_id, &post.draft.id).await {
            Ok(Some(id)) => see_other(&format!("/applications/{id}/confirmation")),
            _ => render::refused(state, parts, here, target.clone(), posted).await,
        }
    };
    let Sending { answers, sent, stray, .. } = match ready(state, &post, declared).await {
        Ok(s) => s,
        Err(errors) => return refuse(Posted::new(Vec::new(), errors)).await,
    };
    let (def, draft) = (post.def, &post.draft);
    let now = state.now();
    let Some(iin) = iin_of(state, &post.user_id).await else {
        return render::not_found(state, parts).await;
    };
    let document = signing_document(def, draft, &iin, &answers, &sent);
    let signature = if cms.is_empty() {
        Err((EspRefusal::NotSigned, None))
    } else {
        verify_application_signature(state, cms, &document, &iin, now).await
    };
    let signature = match signature {
        Ok(sig) => sig,
        Err((refusal, date)) => return refuse(app::esp::refusal_posted(refusal, date.as_deref())).await,
    };
    for file in &stray {
        if let Ok(Some(removed)) = state.store.remove_draft_attachment(&draft.id, &file.id).await {
            crate::forget_file(state, &removed.sha256).await;
        }
    }
    let due = calendar::due(def.passport.term, local(now));
    let due_iso = shared::values::date::iso(due.date);
    let confirmation = |id: &str| see_other(&format!("/applications/{id}/confirmation"));
    for _ in 0..8 {
        let reference = new_reference();
        let new = NewApplication {
            draft_id: &draft.id,
            user_id: &post.user_id,
            service: def.slug,
            version: def.version,
            channel: "portal",
            answers: &answers,
            prefill: &draft.prefill,
            status: Status::Received.key(),
            first_event: event_key(EventKind::Submitted),
            due_date: &due_iso,
            signature: Some(&signature),
        };
        match state.store.submit_draft(new, reference.as_str(), now).await {
            Ok(Submitted::Created(id)) => {
                tracing::info!(application = %id, service = def.slug, "application submitted");
                if let Some(signing) = mobile
                    && let Err(e) = state.store.mobile_signing_used(signing, &id, now).await
                {
                    tracing::error!(error = %e, "eGov mobile signing not marked used");
                }
                return confirmation(&id);
            }
            Ok(Submitted::ReferenceTaken) => continue,
            Ok(Submitted::AlreadySent) => {
                return match state.store.application_from_draft(&post.user_id, &draft.id).await {
                    Ok(Some(id)) => confirmation(&id),
                    _ => render::not_found(state, parts).await,
                };
            }
            Err(e) => return render::failure(state, parts, here, target, "submission", &e).await,
        }
    }
    tracing::error!("no free reference number after 8 draws");
    render::rejected(state, parts, here, target, ErrorCode::Internal, StatusCode::INTERNAL_SERVER_ERROR).await
}

/// The document the applicant signs for a draft whose answers pass, with their IIN; else the
/// errors to show on check-answers.
pub(super) async fn document_for(
    state: &AppState,
    post: &DraftPost,
    declared: bool,
) -> Result<Option<(String, String)>, Vec<shared::FieldError>> {
    let Sending { answers, sent, .. } = ready(state, post, declared).await?;
    let Some(iin) = iin_of(state, &post.user_id).await else { return Ok(None) };
    Ok(Some((signing_document(post.def, &post.draft, &iin, &answers, &sent), iin)))
}

/// The document to sign, as the check-answers page's script asks for it.
#[derive(Debug, serde::Serialize)]
pub struct DocumentToSign {
    /// The canonical document (UTF-8 text).
    pub data: String,
    /// The applicant's IIN, so NCALayer offers only their keys.
    pub iin: String,
}

/// `GET /apply/{draft}/signing-document`: the application as it would be sent now, to sign.
pub async fn signing_document_of(
    State(state): State<AppState>,
    Path(draft_id): Path<String>,
    req: Request,
) -> Response {
    use axum::response::IntoResponse;
    let Some(ctx) = req.extensions().get::<crate::web::context::RequestCtx>().cloned() else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let Some(user) = ctx.user else { return StatusCode::UNAUTHORIZED.into_response() };
    let (Ok(Some(draft)), Ok(Some(account))) =
        (state.store.draft_of(&user.id, &draft_id).await, state.store.user_by_id(&user.id).await)
    else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let Some(def) = services::version(&draft.service, draft.version) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let Sending { answers, sent, .. } = sending(&state, def, &draft).await;
    let data = signing_document(def, &draft, &account.iin, &answers, &sent);
    let mut res = axum::Json(DocumentToSign { data, iin: account.iin }).into_response();
    res.headers_mut().insert(axum::http::header::CACHE_CONTROL, axum::http::HeaderValue::from_static("no-store"));
    res
}
