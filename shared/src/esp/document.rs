//! The application as the applicant signs it: a canonical JSON document, the same bytes whenever
//! the same application is rendered (the server builds it to hand to NCALayer and again to check
//! the signature, and keeps the signed bytes with the application).
//!
//! Format `otinish-application/1`: one JSON object, UTF-8, no insignificant whitespace, object
//! members in a fixed order (`format`, `service`, `version`, `draft`, `applicant_iin`, `prefill`,
//! `answers`, `documents`), map keys sorted, strings escaped by `serde_json` (only `"`, `\` and
//! control characters are escaped; everything else is written as is). `answers` holds exactly the
//! answers that are sent (hidden pages pruned), in their normalised form; `documents` lists every
//! attached file by slot, name, size and SHA-256, sorted by slot and then hash, so the signature
//! covers the files' contents too.

use serde::Serialize;

use crate::form::{Answers, Prefill};

/// The format name written into every document.
pub const FORMAT: &str = "otinish-application/1";

/// An attached file as the signed document names it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct SignedFile {
    pub slot: String,
    pub sha256: String,
    pub name: String,
    pub size: u64,
}

#[derive(Serialize)]
struct Document<'a> {
    format: &'static str,
    service: &'a str,
    version: u16,
    draft: &'a str,
    applicant_iin: &'a str,
    prefill: &'a Prefill,
    answers: &'a Answers,
    documents: Vec<SignedFile>,
}

/// What an application consists of, for signing.
#[derive(Debug, Clone, Copy)]
pub struct ApplicationToSign<'a> {
    pub service: &'a str,
    pub version: u16,
    pub draft: &'a str,
    pub applicant_iin: &'a str,
    pub prefill: &'a Prefill,
    pub answers: &'a Answers,
    pub files: &'a [SignedFile],
}

/// The canonical document of an application.
pub fn canonical(app: ApplicationToSign<'_>) -> String {
    let mut documents = app.files.to_vec();
    documents.sort();
    let doc = Document {
        format: FORMAT,
        service: app.service,
        version: app.version,
        draft: app.draft,
        applicant_iin: app.applicant_iin,
        prefill: app.prefill,
        answers: app.answers,
        documents,
    };
    // Serialising plain maps, strings and numbers cannot fail.
    serde_json::to_string(&doc).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::definition::RegistryAttr;

    fn sample(files: &[SignedFile]) -> String {
        let mut answers = Answers::new();
        answers.set("purpose", "pension");
        answers.set("address", "Абай даңғылы, 12 \"А\"");
        let mut prefill = Prefill::none();
        prefill.insert(RegistryAttr::FullName, "Әбенов Нұрлан");
        canonical(ApplicationToSign {
            service: "archival-certificate",
            version: 1,
            draft: "d1",
            applicant_iin: "860412394422",
            prefill: &prefill,
            answers: &answers,
            files,
        })
    }

    #[test]
    fn the_document_is_compact_json_with_sorted_answers_and_files() {
        let a = SignedFile { slot: "b".into(), sha256: "22".into(), name: "b.pdf".into(), size: 2 };
        let b = SignedFile { slot: "a".into(), sha256: "11".into(), name: "a.pdf".into(), size: 1 };
        let doc = sample(&[a.clone(), b.clone()]);
        assert!(doc.starts_with(r#"{"format":"otinish-application/1","service":"archival-certificate","version":1,"#));
        assert!(!doc.contains(": ") && !doc.contains('\n'));
        assert!(doc.find("\"address\"").unwrap() < doc.find("\"purpose\"").unwrap());
        assert!(doc.find("\"a.pdf\"").unwrap() < doc.find("\"b.pdf\"").unwrap());
        assert!(doc.contains("Абай даңғылы, 12 \\\"А\\\""), "{doc}");
        assert_eq!(doc, sample(&[b, a]), "the order files were attached in does not matter");
    }

    #[test]
    fn any_change_of_an_answer_or_a_file_changes_the_document() {
        let file = SignedFile { slot: "a".into(), sha256: "11".into(), name: "a.pdf".into(), size: 1 };
        let other = SignedFile { sha256: "12".into(), ..file.clone() };
        assert_ne!(sample(std::slice::from_ref(&file)), sample(&[other]));
        assert_ne!(sample(&[file]), sample(&[]));
    }
}
