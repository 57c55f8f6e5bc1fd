//! A submitted application: its confirmation page and its page in the cabinet.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use shared::form::{Answers, Prefill};
use shared::status::{Status, TimelineEntry};

use super::FileView;

/// A submitted application, as its owner sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApplicationView {
    pub id: String,
    pub reference: String,
    pub service: String,
    pub version: u16,
    pub status: Status,
    /// When it was submitted, Kazakhstan time (`2026-11-23T10:15`).
    pub submitted_at: String,
    /// The day the result is due (ISO 8601).
    pub due_date: String,
    pub answers: Answers,
    pub prefill: Prefill,
    pub files: Vec<FileView>,
    pub timeline: Vec<TimelineEntry>,
    /// The applicant's ESP signature, when the application was signed.
    pub signature: Option<SignatureView>,
}

/// An application's ESP signature as its owner sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignatureView {
    /// The name in the certificate (`ӘБЕНОВ НҰРЛАН`).
    pub signer: String,
    pub signer_iin: String,
    /// When it was signed, Kazakhstan time (`2026-11-23T10:15`).
    pub signed_at: String,
    pub certificate_serial: String,
    pub certificate_issuer: String,
    /// The last day of the certificate's validity (ISO 8601).
    pub certificate_valid_until: String,
}

/// A signed-in user's application; `None` when it does not exist or is someone else's.
#[server]
pub async fn load_application(id: String) -> Result<Option<ApplicationView>, ServerFnError> {
    use crate::ssr::{portal, require_user};
    let user = require_user()?;
    let view = portal()?.application(&user, &id).await?;
    if view.is_none() {
        crate::ssr::not_found();
    }
    Ok(view)
}
