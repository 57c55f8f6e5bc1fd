//! The completeness of the documents attached to an application.

use serde::{Deserialize, Serialize};

use super::rules::{Context, holds};
use super::{Answers, engine};
use crate::definition::{Channel, DocumentSlot, FileKind, Requirement, ServiceDefinition};
use crate::error::{ErrorCode, FieldError};

/// An uploaded file, as far as completeness is concerned.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AttachedFile {
    pub slot: String,
    pub kind: FileKind,
    pub size: u64,
}

/// One line of the checklist.
#[derive(Debug, Clone)]
pub struct ChecklistItem {
    pub slot: &'static DocumentSlot,
    pub required: bool,
    pub files: usize,
}

impl ChecklistItem {
    /// Whether the line is satisfied.
    pub fn done(&self) -> bool {
        !self.required || self.files > 0
    }
}

/// The slots that apply to these answers in this channel, with how many files each holds.
pub fn checklist(
    def: &ServiceDefinition,
    answers: &Answers,
    ctx: &Context,
    channel: Channel,
    files: &[AttachedFile],
) -> Vec<ChecklistItem> {
    def.documents
        .iter()
        .filter(|s| s.channels.contains(&channel))
        .filter_map(|slot| {
            let required = match &slot.requirement {
                Requirement::Always => true,
                Requirement::Optional => false,
                Requirement::When(c) if holds(c, answers, ctx) => true,
                Requirement::OptionalWhen(c) if holds(c, answers, ctx) => false,
                _ => return None,
            };
            let count = files.iter().filter(|f| f.slot == slot.id).count();
            Some(ChecklistItem { slot, required, files: count })
        })
        .collect()
}

/// The missing required documents, as errors linking to their upload inputs.
pub fn missing_documents(items: &[ChecklistItem]) -> Vec<FieldError> {
    items
        .iter()
        .filter(|i| !i.done())
        .map(|i| FieldError { field: format!("file-{}", i.slot.id), code: ErrorCode::DocumentMissing })
        .collect()
}

/// Files attached to slots that do not apply to these answers (to be removed before submission).
pub fn stray_files<'a>(items: &[ChecklistItem], files: &'a [AttachedFile]) -> Vec<&'a AttachedFile> {
    files.iter().filter(|f| !items.iter().any(|i| i.slot.id == f.slot)).collect()
}

/// Recognises a file by its first bytes.
pub fn sniff(head: &[u8]) -> Option<FileKind> {
    match infer::get(head)?.mime_type() {
        "application/pdf" => Some(FileKind::Pdf),
        "image/jpeg" => Some(FileKind::Jpeg),
        "image/png" => Some(FileKind::Png),
        _ => None,
    }
}

/// Checks a file for a slot: not empty, not too large, of an accepted kind (by content), and room
/// left in the slot.
pub fn check_upload(slot: &DocumentSlot, size: u64, head: &[u8], already: usize) -> Result<FileKind, ErrorCode> {
    if size == 0 {
        return Err(ErrorCode::FileEmpty);
    }
    if size > slot.max_bytes {
        return Err(ErrorCode::FileTooLarge);
    }
    if already >= usize::from(slot.max_files) {
        return Err(ErrorCode::TooManyFiles);
    }
    let kind = sniff(head).ok_or(ErrorCode::FileTypeNotAllowed)?;
    if !slot.accepted.contains(&kind) {
        return Err(ErrorCode::FileTypeNotAllowed);
    }
    Ok(kind)
}

/// The size limit of a slot in whole megabytes, for messages.
pub fn max_megabytes(slot: &DocumentSlot) -> u64 {
    slot.max_bytes / (1024 * 1024)
}

/// Everything that stops a draft from being sent: unanswered or wrong answers (one error per page,
/// pointing at the page's row on check-answers, `change-<page>`), missing documents
/// (`change-documents`) and an unconfirmed declaration (`declaration`).
pub fn submission_errors(
    def: &ServiceDefinition,
    answers: &Answers,
    ctx: &Context,
    channel: Channel,
    files: &[AttachedFile],
    declared: bool,
) -> Vec<FieldError> {
    let mut errors: Vec<FieldError> = engine::validate_form(def, answers, ctx)
        .into_iter()
        .map(|(page, e)| FieldError { field: format!("change-{page}"), code: e.code })
        .collect();
    errors.dedup_by(|a, b| a.field == b.field);
    if !missing_documents(&checklist(def, answers, ctx, channel, files)).is_empty() {
        errors.push(FieldError { field: "change-documents".into(), code: ErrorCode::DocumentsIncomplete });
    }
    if def.declaration.is_some() && !declared {
        errors.push(FieldError { field: "declaration".into(), code: ErrorCode::DeclarationRequired });
    }
    errors
}
