//! The personal cabinet: submitted applications and unfinished drafts.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use shared::status::Status;

/// A line of the history of services.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApplicationRow {
    pub id: String,
    pub reference: String,
    pub service: String,
    pub version: u16,
    pub status: Status,
    pub submitted_at: String,
    pub due_date: String,
}

/// An unfinished application.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftRow {
    pub id: String,
    pub service: String,
    pub version: u16,
    /// When it was last saved, Kazakhstan time.
    pub updated_at: String,
    /// Where to continue: the first page with a missing answer, or check-answers.
    pub resume_path: String,
}

/// The cabinet of the signed-in user.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CabinetView {
    pub applications: Vec<ApplicationRow>,
    pub drafts: Vec<DraftRow>,
}

/// The signed-in user's cabinet.
#[server]
pub async fn load_cabinet() -> Result<CabinetView, ServerFnError> {
    use crate::ssr::{portal, require_user};
    let user = require_user()?;
    Ok(portal()?.cabinet(&user).await?)
}
