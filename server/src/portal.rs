//! The server's side of the pages' port: drafts, applications and the cabinet, from the store.

use app::api::{ApplicationRow, ApplicationView, CabinetView, DraftRow, DraftView, FileView};
use app::ssr::{Portal, PortalError};
use shared::definition::{Channel, FileKind};
use shared::form::{self, AttachedFile, Context};
use shared::services;
use shared::status::{EventKind, Status, TimelineEntry};

use crate::clock::{local, local_date, local_iso};
use crate::state::AppState;
use crate::store::{Attachment, Draft, StoreError};

/// The port implementation.
#[derive(Debug, Clone)]
pub struct StorePortal {
    state: AppState,
}

impl StorePortal {
    /// A port over the application state.
    pub fn new(state: AppState) -> StorePortal {
        StorePortal { state }
    }
}

/// Logs an unexpected failure once, with a correlation id, and returns the id-only error.
pub fn internal(context: &str, e: &dyn std::fmt::Display) -> PortalError {
    let correlation_id = uuid::Uuid::new_v4().simple().to_string()[..12].to_owned();
    tracing::error!(%correlation_id, context, error = %e, "request failed");
    PortalError { correlation_id }
}

fn store_err(e: StoreError) -> PortalError {
    internal("store", &e)
}

/// A stored file kind.
pub fn file_kind(kind: &str) -> FileKind {
    match kind {
        "png" => FileKind::Png,
        "jpeg" => FileKind::Jpeg,
        _ => FileKind::Pdf,
    }
}

/// The stored name of a file kind.
pub fn kind_name(kind: FileKind) -> &'static str {
    match kind {
        FileKind::Pdf => "pdf",
        FileKind::Jpeg => "jpeg",
        FileKind::Png => "png",
    }
}

/// A stored file as pages show it.
pub fn file_view(a: &Attachment) -> FileView {
    FileView {
        id: a.id.clone(),
        slot: a.slot.clone(),
        name: a.file_name.clone(),
        size: u64::try_from(a.size).unwrap_or_default(),
        kind: file_kind(&a.kind),
    }
}

/// Stored files as the completeness rule sees them.
pub fn attached(files: &[Attachment]) -> Vec<AttachedFile> {
    files
        .iter()
        .map(|a| AttachedFile {
            slot: a.slot.clone(),
            kind: file_kind(&a.kind),
            size: u64::try_from(a.size).unwrap_or_default(),
        })
        .collect()
}

/// Where to continue a draft: the first page still missing an answer, then documents, then
/// check-answers.
pub fn resume_path(draft: &Draft, files: &[Attachment], today: time::Date) -> String {
    let Some(def) = services::version(&draft.service, draft.version) else {
        return "/cabinet".into();
    };
    let ctx = Context { today, prefill: draft.prefill.clone() };
    if let Some(page) = form::first_incomplete(def, &draft.answers, &ctx) {
        return format!("/apply/{}/{}", draft.id, page.id);
    }
    let items = form::checklist(def, &draft.answers, &ctx, Channel::Portal, &attached(files));
    if !def.documents.is_empty() && !form::missing_documents(&items).is_empty() {
        return format!("/apply/{}/documents", draft.id);
    }
    format!("/apply/{}/check", draft.id)
}

#[async_trait::async_trait]
impl Portal for StorePortal {
    async fn draft(&self, user_id: &str, id: &str) -> Result<Option<DraftView>, PortalError> {
        let store = &self.state.store;
        let Some(draft) = store.draft_of(user_id, id).await.map_err(store_err)? else {
            return Ok(None);
        };
        let files = store.draft_attachments(&draft.id).await.map_err(store_err)?;
        let newer = services::latest(&draft.service).map(|d| d.version).filter(|v| *v > draft.version);
        Ok(Some(DraftView {
            id: draft.id,
            service: draft.service,
            version: draft.version,
            answers: draft.answers,
            prefill: draft.prefill,
            registry_found: draft.registry_found,
            files: files.iter().map(file_view).collect(),
            today: shared::values::date::iso(local_date(self.state.now())),
            newer_version: newer,
            posted: None,
            notice: None,
        }))
    }

    async fn mobile_signing(
        &self,
        user_id: &str,
        draft_id: &str,
        signing_id: &str,
    ) -> Result<Option<app::api::MobileSigningView>, PortalError> {
        let store = &self.state.store;
        let Some(signing) = store.mobile_signing_of(user_id, draft_id, signing_id).await.map_err(store_err)? else {
            return Ok(None);
        };
        let Some(draft) = store.draft_of(user_id, draft_id).await.map_err(store_err)? else {
            return Ok(None);
        };
        let api1 = crate::web::handlers::mobile_sign::api1_url(&self.state, &signing.id);
        let (mobile, business) = self.state.config.egov_links();
        let until = local(signing.expires_at);
        Ok(Some(app::api::MobileSigningView {
            draft_id: draft.id,
            signing_id: signing.id.clone(),
            service: draft.service,
            version: draft.version,
            mobile_link: shared::esp::egov::deep_link(&mobile, &api1),
            business_link: shared::esp::egov::deep_link(&business, &api1),
            valid_until: format!("{:02}:{:02}", until.hour(), until.minute()),
            state: signing.state_at(self.state.now()),
            refusal: signing.refusal,
            refusal_date: signing.refusal_date,
            posted: None,
        }))
    }

    async fn application(&self, user_id: &str, id: &str) -> Result<Option<ApplicationView>, PortalError> {
        let store = &self.state.store;
        let Some(app) = store.application_of(user_id, id).await.map_err(store_err)? else {
            return Ok(None);
        };
        let files = store.application_attachments(&app.id).await.map_err(store_err)?;
        let events = store.application_events(&app.id).await.map_err(store_err)?;
        let signature =
            store.signature_of(user_id, &app.id).await.map_err(store_err)?.map(|s| app::api::SignatureView {
                signer: s.signer_name,
                signer_iin: s.signer_iin,
                signed_at: local_iso(s.signed_at),
                certificate_serial: s.certificate_serial,
                certificate_issuer: s.certificate_issuer,
                certificate_valid_until: shared::values::date::iso(local_date(s.certificate_not_after)),
            });
        let timeline = events
            .iter()
            .filter_map(|e| {
                let kind = EventKind::ALL.iter().copied().find(|k| event_key(*k) == e.kind)?;
                Some(TimelineEntry { kind, at: local_iso(e.at) })
            })
            .collect();
        Ok(Some(ApplicationView {
            id: app.id,
            reference: app.reference,
            service: app.service,
            version: app.version,
            status: Status::from_key(&app.status).unwrap_or(Status::Received),
            submitted_at: local_iso(app.submitted_at),
            due_date: app.due_date,
            answers: app.answers,
            prefill: app.prefill,
            files: files.iter().map(file_view).collect(),
            timeline,
            signature,
        }))
    }

    async fn cabinet(&self, user_id: &str) -> Result<CabinetView, PortalError> {
        let store = &self.state.store;
        let today = local_date(self.state.now());
        let applications = store
            .applications_of(user_id)
            .await
            .map_err(store_err)?
            .into_iter()
            .map(|a| ApplicationRow {
                id: a.id,
                reference: a.reference,
                service: a.service,
                version: a.version,
                status: Status::from_key(&a.status).unwrap_or(Status::Received),
                submitted_at: local_iso(a.submitted_at),
                due_date: a.due_date,
            })
            .collect();
        let mut drafts = Vec::new();
        for d in store.drafts_of(user_id).await.map_err(store_err)? {
            let files = store.draft_attachments(&d.id).await.map_err(store_err)?;
            drafts.push(DraftRow {
                resume_path: resume_path(&d, &files, today),
                id: d.id,
                service: d.service,
                version: d.version,
                updated_at: local_iso(d.updated_at),
            });
        }
        Ok(CabinetView { applications, drafts })
    }
}

/// The stored name of a timeline event.
pub const fn event_key(kind: EventKind) -> &'static str {
    match kind {
        EventKind::Submitted => "submitted",
        EventKind::Registered => "registered",
        EventKind::ResultIssued => "result_issued",
        EventKind::Refused => "refused",
    }
}
