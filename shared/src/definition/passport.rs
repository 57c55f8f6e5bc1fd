//! The passport of a service: what an applicant reads before starting.

use super::{Channel, Term};
use crate::lang::Text;

/// Where the regulation comes from: the seed text and its place in it.
#[derive(Debug, Clone, Copy)]
pub struct SeedRef {
    /// The seed file's number (`004`).
    pub seed: &'static str,
    /// The regulation within a seed that holds several (`1` … `7` in seed 003), or `None`.
    pub regulation: Option<u8>,
    /// The approving act, as the seed gives it.
    pub act: Text,
}

/// A document named in the regulation, with the channels it is asked for in.
#[derive(Debug, Clone, Copy)]
pub struct PassportDocument {
    pub name: Text,
    /// The channels the document is required in; empty means every channel.
    pub channels: &'static [Channel],
    /// A condition or remark ("only if born abroad", "original and copy").
    pub note: Option<Text>,
    /// Whether the portal obtains it from a state information system instead of asking for it.
    pub from_state_systems: bool,
}

/// A result the service can give.
#[derive(Debug, Clone, Copy)]
pub struct ResultKind {
    pub name: Text,
    /// The term for this result, where it differs from the service's main term.
    pub term: Option<Term>,
}

/// A term for one channel or situation, as the regulation words it.
#[derive(Debug, Clone, Copy)]
pub struct TermNote {
    pub term: Term,
    pub applies_to: Text,
}

/// Everything the passport page shows about a service.
#[derive(Debug)]
pub struct Passport {
    /// The official name.
    pub name: Text,
    /// One or two sentences on what the service is for.
    pub summary: Text,
    /// Who provides the service.
    pub provider: Text,
    /// Who may apply.
    pub recipients: Text,
    /// Where the regulation applies (an oblast, a district, the whole country).
    pub territory: Text,
    /// The channels the service is offered in.
    pub channels: &'static [Channel],
    /// The main legal term for an application made on the portal.
    pub term: Term,
    /// Other terms the regulation sets (per channel, extensions).
    pub other_terms: &'static [TermNote],
    /// Fee: "free of charge" or the amount and basis.
    pub fee: Text,
    /// What the applicant receives, and in what form.
    pub results: &'static [ResultKind],
    /// How the result is delivered (electronic document in the cabinet, paper at the centre).
    pub result_form: Text,
    /// Documents the regulation lists.
    pub documents: &'static [PassportDocument],
    /// Grounds for refusal, where the regulation or the standard gives them.
    pub refusal_grounds: &'static [Text],
    /// The laws and acts the regulation rests on.
    pub legal_basis: &'static [Text],
    /// The seed the definition is read from.
    pub source: SeedRef,
    /// Facts taken from later national standards rather than the seed, with their source.
    pub notes: &'static [Text],
}
