//! The service definition model: one declarative description per regulation from which the
//! passport page, the question pages, validation, the document checklist, the check-answers page
//! and the legal terms are all derived.

mod form;
mod passport;
mod term;

pub use form::*;
pub use passport::*;
pub use term::*;

/// How an application reaches the provider (seed: «көрсету арнасы»).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    /// The e-government portal, filled in by the applicant.
    Portal,
    /// A public service centre (ХҚКО / ЦОН, State Corporation), filled in by an operator.
    ServiceCentre,
    /// The provider's own office.
    Provider,
}

impl Channel {
    /// Every channel.
    pub const ALL: [Channel; 3] = [Channel::Portal, Channel::ServiceCentre, Channel::Provider];
}

/// One regulation turned into a service the portal offers: its passport, its form, its documents
/// and its processing steps, under a version.
#[derive(Debug)]
pub struct ServiceDefinition {
    /// The service's stable identifier, used in URLs (`archival-certificate`).
    pub slug: &'static str,
    /// Increases with each regulation that changes the service; drafts keep the version they began
    /// under.
    pub version: u16,
    /// First day the regulation applied (ISO 8601).
    pub valid_from: &'static str,
    /// Last day it applied, when it has been replaced or repealed (ISO 8601).
    pub valid_to: Option<&'static str>,
    /// Everything the passport page shows.
    pub passport: Passport,
    /// The question pages, in order. Empty when the service cannot yet be applied for online.
    pub pages: &'static [Page],
    /// Upload slots for documents, with the conditions that make them required.
    pub documents: &'static [DocumentSlot],
    /// The declaration the applicant confirms before submitting.
    pub declaration: Option<crate::lang::Text>,
    /// The steps of processing, with who does them and their legal term.
    pub steps: &'static [ProcessStep],
    /// The documents the provider issues, with the fields each shows.
    pub outputs: &'static [OutputTemplate],
    /// What changed from the previous version, shown to applicants whose draft began under it.
    pub changes: &'static [crate::lang::Text],
}

/// Who performs a step of processing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Actor {
    /// The applicant (on the portal).
    Applicant,
    /// An information system acting automatically (the portal, the gateway, the provider's system).
    System,
    /// An operator of a public service centre.
    ServiceCentre,
    /// The provider's office (канцелярия / кеңсе), which registers incoming applications.
    Office,
    /// The head of the provider, who assigns an officer and signs the result.
    Head,
    /// The officer (specialist, исполнитель) who examines the application and drafts the result.
    Specialist,
}

/// One step of processing.
#[derive(Debug, Clone, Copy)]
pub struct ProcessStep {
    pub actor: Actor,
    pub action: crate::lang::Text,
    pub term: Term,
    /// The channels the step belongs to; empty means every channel.
    pub channels: &'static [Channel],
}

/// A document the provider issues (a certificate, a notice of refusal), as the regulation's
/// template lays it out.
#[derive(Debug, Clone, Copy)]
pub struct OutputTemplate {
    /// The result kind it belongs to (an index into the passport's results).
    pub result: usize,
    pub title: crate::lang::Text,
    /// The fields of the template, in order.
    pub fields: &'static [crate::lang::Text],
    /// Who signs it.
    pub signed_by: crate::lang::Text,
}

impl ServiceDefinition {
    /// Whether the service can be applied for on the portal.
    pub fn is_online(&self) -> bool {
        !self.pages.is_empty() && self.passport.channels.contains(&Channel::Portal)
    }

    /// The page with this id.
    pub fn page(&self, id: &str) -> Option<&'static Page> {
        self.pages.iter().find(|p| p.id == id)
    }

    /// The field with this id, on whichever page it is.
    pub fn field(&self, id: &str) -> Option<&'static Field> {
        self.pages.iter().flat_map(|p| p.fields.iter()).find(|f| f.id == id)
    }

    /// Every field, in form order.
    pub fn fields(&self) -> impl Iterator<Item = &'static Field> {
        self.pages.iter().flat_map(|p| p.fields.iter())
    }
}
