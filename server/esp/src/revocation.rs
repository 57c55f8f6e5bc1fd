//! Revocation status: the port the verifier asks, whatever answers it (CRLs here; OCSP later).

use time::OffsetDateTime;
use x509_cert::Certificate;

/// A certificate's revocation status at a given time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RevocationStatus {
    /// Not revoked, according to fresh, verified revocation data.
    Good,
    /// Revoked.
    Revoked {
        /// When, according to the CRL entry.
        at: OffsetDateTime,
        /// The CRL reason code name (e.g. `keyCompromise`), when given.
        reason: Option<String>,
    },
    /// No fresh, verified revocation data: the caller must fail closed ("try later"), not treat it as good.
    Unavailable,
}

/// Where revocation status comes from (CRL + delta CRL, OCSP, a test double). Implementations must answer
/// [`RevocationStatus::Unavailable`] rather than guess when their data is missing, stale or unverifiable.
pub trait RevocationSource: Send + Sync {
    /// The status of `cert`, issued by `issuer`, at `now`.
    fn status(&self, cert: &Certificate, issuer: &Certificate, now: OffsetDateTime) -> RevocationStatus;
}
