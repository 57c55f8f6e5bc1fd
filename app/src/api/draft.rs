//! A draft application: the question pages, the documents page and check-answers all read it.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use shared::form::{Answers, Prefill};

use super::{FileView, Posted};

/// A draft, as the pages of the form need it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftView {
    pub id: String,
    pub service: String,
    pub version: u16,
    pub answers: Answers,
    pub prefill: Prefill,
    /// Whether the state database returned the applicant's data.
    pub registry_found: bool,
    pub files: Vec<FileView>,
    /// Today in Kazakhstan (ISO 8601), the day the rules judge dates against.
    pub today: String,
    /// A newer version of the service's definition, when one exists.
    pub newer_version: Option<u16>,
    /// A refused post of this page, shown again with its errors.
    pub posted: Option<Posted>,
    /// A file just uploaded or removed, for the notification banner.
    pub notice: Option<Notice>,
}

/// Something that just happened, shown in a notification banner.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Notice {
    Uploaded(String),
    Removed(String),
}

/// A signed-in user's draft; `None` when it does not exist or is someone else's.
#[server]
pub async fn load_draft(id: String, target: String) -> Result<Option<DraftView>, ServerFnError> {
    use crate::ssr::{portal, require_user, take_notice, take_posted};
    let user = require_user()?;
    let mut view = portal()?.draft(&user, &id).await?;
    if let Some(v) = view.as_mut() {
        v.posted = take_posted(&target);
        v.notice = take_notice();
    } else {
        crate::ssr::not_found();
    }
    Ok(view)
}
