//! A parsed certificate that keeps the bytes it came in, and the summary the portal stores and shows.

use der::asn1::ObjectIdentifier;
use der::referenced::OwnedToRef;
use der::{Decode, Encode};
use rsa::traits::PublicKeyParts;
use spki::SubjectPublicKeyInfoOwned;
use time::OffsetDateTime;
use x509_cert::Certificate;
use x509_cert::ext::pkix::{
    AuthorityKeyIdentifier, BasicConstraints, CertificatePolicies, ExtendedKeyUsage, KeyUsage, KeyUsages,
    SubjectKeyIdentifier,
};

use crate::registry::AlgorithmRegistry;
use crate::{ber, oids, time_conv};

/// What the portal records about the signer's certificate (audit trail: serial, issuer, validity). The
/// subject is personal data: `Debug` leaves it out.
#[derive(Clone, PartialEq, Eq)]
pub struct CertificateSummary {
    /// Serial number, upper-case hex without separators.
    pub serial_hex: String,
    /// Subject DN (RFC 4514 form).
    pub subject: String,
    /// Issuer DN (RFC 4514 form).
    pub issuer: String,
    /// Start of validity.
    pub not_before: OffsetDateTime,
    /// End of validity.
    pub not_after: OffsetDateTime,
    /// Key algorithm, e.g. `RSA-2048` or `ECDSA-P256`.
    pub algorithm: String,
}

impl std::fmt::Debug for CertificateSummary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CertificateSummary")
            .field("serial_hex", &self.serial_hex)
            .field("subject", &"<redacted>")
            .field("issuer", &self.issuer)
            .field("not_before", &self.not_before)
            .field("not_after", &self.not_after)
            .field("algorithm", &self.algorithm)
            .finish()
    }
}

/// A certificate with its encoding as received: signatures are checked over the received `tbsCertificate`
/// bytes, never over a re-encoding.
#[derive(Clone)]
pub(crate) struct ParsedCert {
    pub der: Vec<u8>,
    pub cert: Certificate,
}

impl ParsedCert {
    pub fn from_der(der: Vec<u8>) -> Option<Self> {
        let cert = Certificate::from_der(&der).ok()?;
        ber::first_inner_element(&der)?;
        Some(Self { der, cert })
    }

    pub fn from_certificate(cert: Certificate) -> Option<Self> {
        let der = cert.to_der().ok()?;
        Some(Self { der, cert })
    }

    pub fn tbs(&self) -> &[u8] {
        ber::first_inner_element(&self.der).unwrap_or_default()
    }

    pub fn spki(&self) -> &SubjectPublicKeyInfoOwned {
        &self.cert.tbs_certificate.subject_public_key_info
    }

    pub fn subject_key_id(&self) -> Option<Vec<u8>> {
        let (_, ski) = self.cert.tbs_certificate.get::<SubjectKeyIdentifier>().ok()??;
        Some(ski.0.as_bytes().to_vec())
    }

    pub fn authority_key_id(&self) -> Option<Vec<u8>> {
        let (_, aki) = self.cert.tbs_certificate.get::<AuthorityKeyIdentifier>().ok()??;
        Some(aki.key_identifier?.as_bytes().to_vec())
    }

    pub fn key_usage(&self) -> Option<KeyUsage> {
        Some(self.cert.tbs_certificate.get::<KeyUsage>().ok()??.1)
    }

    /// `None` when the certificate has no EKU extension; `Some(empty)` when it is unreadable.
    pub fn extended_key_usage(&self) -> Option<Vec<ObjectIdentifier>> {
        match self.cert.tbs_certificate.get::<ExtendedKeyUsage>() {
            Ok(Some((_, eku))) => Some(eku.0),
            Ok(None) => None,
            Err(_) => Some(Vec::new()),
        }
    }

    pub fn policies(&self) -> Vec<ObjectIdentifier> {
        match self.cert.tbs_certificate.get::<CertificatePolicies>() {
            Ok(Some((_, policies))) => policies.0.into_iter().map(|p| p.policy_identifier).collect(),
            _ => Vec::new(),
        }
    }

    /// A CA certificate that may sign certificates: `basicConstraints cA` and, if present, `keyCertSign`.
    pub fn is_certificate_issuer(&self) -> bool {
        let ca = matches!(self.cert.tbs_certificate.get::<BasicConstraints>(), Ok(Some((_, bc))) if bc.ca);
        ca && self.key_usage().is_none_or(|ku| ku.0.contains(KeyUsages::KeyCertSign))
    }

    /// Whether the CRL signing bit allows this certificate's key to sign CRLs.
    pub fn may_sign_crls(&self) -> bool {
        self.key_usage().is_none_or(|ku| ku.0.contains(KeyUsages::CRLSign))
    }

    pub fn not_before(&self) -> OffsetDateTime {
        time_conv::from_asn1(&self.cert.tbs_certificate.validity.not_before)
    }

    pub fn not_after(&self) -> OffsetDateTime {
        time_conv::from_asn1(&self.cert.tbs_certificate.validity.not_after)
    }

    pub fn is_valid_at(&self, now: OffsetDateTime) -> bool {
        self.not_before() <= now && now <= self.not_after()
    }

    pub fn is_self_issued(&self) -> bool {
        self.cert.tbs_certificate.subject == self.cert.tbs_certificate.issuer
    }

    /// Whether `issuer` could have issued this certificate by name and key identifier (before the signature
    /// is checked).
    pub fn names_issuer(&self, issuer: &ParsedCert) -> bool {
        if self.cert.tbs_certificate.issuer != issuer.cert.tbs_certificate.subject {
            return false;
        }
        match (self.authority_key_id(), issuer.subject_key_id()) {
            (Some(aki), Some(ski)) => aki == ski,
            _ => true,
        }
    }

    /// Whether this certificate's signature verifies under `issuer_spki` with an allowed algorithm.
    pub fn is_signed_by(&self, issuer_spki: &SubjectPublicKeyInfoOwned, registry: &AlgorithmRegistry) -> bool {
        let Some(verifier) = registry.for_signature(&self.cert.signature_algorithm.oid) else { return false };
        let Some(signature) = self.cert.signature.as_bytes() else { return false };
        verifier.verify(issuer_spki, self.tbs(), signature)
    }

    pub fn serial_hex(&self) -> String {
        hex::encode_upper(self.cert.tbs_certificate.serial_number.as_bytes())
    }

    pub fn summary(&self) -> CertificateSummary {
        let tbs = &self.cert.tbs_certificate;
        CertificateSummary {
            serial_hex: self.serial_hex(),
            subject: tbs.subject.to_string(),
            issuer: tbs.issuer.to_string(),
            not_before: self.not_before(),
            not_after: self.not_after(),
            algorithm: key_algorithm_name(self.spki()),
        }
    }
}

/// A short human name for a public key's algorithm.
pub(crate) fn key_algorithm_name(spki: &SubjectPublicKeyInfoOwned) -> String {
    if spki.algorithm.oid == oids::RSA_ENCRYPTION {
        if let Ok(key) = rsa::RsaPublicKey::try_from(spki.owned_to_ref()) {
            return format!("RSA-{}", key.size() * 8);
        }
    } else if spki.algorithm.oid == oids::EC_PUBLIC_KEY {
        let curve = spki.algorithm.parameters.as_ref().and_then(|p| p.decode_as::<ObjectIdentifier>().ok());
        if curve == Some(oids::SECP256R1) {
            return "ECDSA-P256".to_owned();
        }
    }
    spki.algorithm.oid.to_string()
}
