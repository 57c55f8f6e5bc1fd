//! Why a signature was not accepted.

use time::OffsetDateTime;

/// Why [`crate::Verifier::verify_cms`] refused a signature: one code per check of the pipeline (ESP spec §2.3),
/// so the edge can show a precise, localised message ("your key has expired", "НУЦ service unavailable, try
/// later"). Carries no personal data, so `Debug` and `Display` are safe to log.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Refusal {
    /// Not a CMS `SignedData` with exactly one signer, or its signer certificate is missing.
    #[error("the signature is not a well-formed CMS SignedData with one signer")]
    Malformed,
    /// The digest or signature algorithm is not on the allow-list (e.g. SHA-1, MD5).
    #[error("the signature uses an algorithm that is not accepted")]
    UnsupportedAlgorithm,
    /// The signature value does not verify, or a signed attribute was altered.
    #[error("the signature value does not verify")]
    BadSignature,
    /// The signed content is not exactly the bytes the server issued.
    #[error("the signed content is not what the server issued")]
    ContentMismatch,
    /// No chain from the signer's certificate to a trusted НУЦ РК root.
    #[error("the certificate was not issued by a trusted certification authority")]
    UnknownIssuer,
    /// The signer's certificate is self-signed.
    #[error("the certificate is self-signed")]
    SelfSigned,
    /// The signer's certificate has expired.
    #[error("the certificate expired at {not_after}")]
    Expired {
        /// End of the certificate's validity.
        not_after: OffsetDateTime,
    },
    /// The signer's certificate is not valid yet.
    #[error("the certificate is not valid before {not_before}")]
    NotYetValid {
        /// Start of the certificate's validity.
        not_before: OffsetDateTime,
    },
    /// A CA certificate on the chain is outside its validity period.
    #[error("a certification authority on the chain is not valid at this time")]
    IssuerNotValid,
    /// The certificate (or a CA above it) has been revoked.
    #[error("the certificate was revoked at {at}")]
    Revoked {
        /// Revocation time from the CRL.
        at: OffsetDateTime,
        /// CRL reason code name (e.g. `keyCompromise`), when given.
        reason: Option<String>,
    },
    /// Revocation status could not be established (CRL missing, stale or badly signed): fail closed.
    #[error("the revocation status of the certificate is unavailable")]
    RevocationUnavailable,
    /// The key usage does not allow this purpose (e.g. a signing key used to log in).
    #[error("the certificate's key usage does not allow this purpose")]
    WrongKeyUsage,
    /// No НУЦ РК end-entity policy, or no `SERIALNUMBER=IIN…` in the subject.
    #[error("the certificate is not a НУЦ РК ESP certificate")]
    NotAnEspCertificate,
}

impl Refusal {
    /// A stable machine code, for mapping to localised messages and for metrics.
    pub fn code(&self) -> &'static str {
        match self {
            Refusal::Malformed => "malformed",
            Refusal::UnsupportedAlgorithm => "unsupported_algorithm",
            Refusal::BadSignature => "bad_signature",
            Refusal::ContentMismatch => "content_mismatch",
            Refusal::UnknownIssuer => "unknown_issuer",
            Refusal::SelfSigned => "self_signed",
            Refusal::Expired { .. } => "expired",
            Refusal::NotYetValid { .. } => "not_yet_valid",
            Refusal::IssuerNotValid => "issuer_not_valid",
            Refusal::Revoked { .. } => "revoked",
            Refusal::RevocationUnavailable => "revocation_unavailable",
            Refusal::WrongKeyUsage => "wrong_key_usage",
            Refusal::NotAnEspCertificate => "not_an_esp_certificate",
        }
    }
}
