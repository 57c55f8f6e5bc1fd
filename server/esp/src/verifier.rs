//! The verification pipeline (ESP spec §2.3) over a CMS signature.

use std::sync::Arc;

use der::asn1::{Any, ObjectIdentifier, OctetString};
use der::{Decode, Encode};
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use x509_cert::attr::Attribute;
use x509_cert::ext::pkix::KeyUsages;
use x509_cert::time::Time;

use crate::certificate::{CertificateSummary, ParsedCert};
use crate::chain::CaGraph;
use crate::identity::{self, Identity};
use crate::registry::AlgorithmRegistry;
use crate::revocation::{RevocationSource, RevocationStatus};
use crate::trust::TrustStore;
use crate::{Refusal, ber, input, oids, signed_data, time_conv};

/// What the signature is for; decides which key usage the certificate must have (ESP spec §2.3 #7).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Purpose {
    /// Logging in: `digitalSignature` and (`keyEncipherment` or `keyAgreement`), as on AUTH_RSA… keys and
    /// combined GOST-2015 keys. The clientAuth EKU is not required (GOST-2015 keys lack it).
    #[serde(rename = "auth")]
    Authentication,
    /// Signing a document: `digitalSignature` and `nonRepudiation`, plus emailProtection if an EKU is present.
    #[serde(rename = "sign")]
    Signing,
}

/// An accepted signature: who signed, with which certificate, when they say they signed, and what.
/// Personal data: `Debug` is redacted.
#[derive(Clone, PartialEq, Eq)]
pub struct Verified {
    /// The signer, from the certificate.
    pub identity: Identity,
    /// The signer's certificate, for the audit trail.
    pub certificate: CertificateSummary,
    /// The signer's certificate as received.
    pub certificate_der: Vec<u8>,
    /// The `signingTime` signed attribute, if present (the signer's clock: informative, not trusted).
    pub signing_time: Option<OffsetDateTime>,
    /// The signed bytes (equal to what the server issued).
    pub content: Vec<u8>,
}

impl std::fmt::Debug for Verified {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Verified")
            .field("identity", &self.identity)
            .field("certificate", &self.certificate)
            .field("signing_time", &self.signing_time)
            .field("content_len", &self.content.len())
            .finish_non_exhaustive()
    }
}

/// Verifies ESP signatures against a pinned trust store and a revocation source. Build one at start-up and
/// share it (`Send + Sync`); each verification is independent.
pub struct Verifier {
    registry: AlgorithmRegistry,
    graph: CaGraph,
    revocation: Arc<dyn RevocationSource>,
}

impl std::fmt::Debug for Verifier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Verifier").field("algorithms", &self.registry).finish_non_exhaustive()
    }
}

impl Verifier {
    /// A verifier with the standard algorithms (RSA PKCS#1 v1.5 SHA-256, ECDSA P-256 SHA-256).
    pub fn new(trust: TrustStore, revocation: Arc<dyn RevocationSource>) -> Self {
        Self::with_algorithms(trust, revocation, AlgorithmRegistry::standard())
    }

    /// A verifier with a custom algorithm allow-list (e.g. the standard one plus a GOST verifier).
    pub fn with_algorithms(
        trust: TrustStore,
        revocation: Arc<dyn RevocationSource>,
        registry: AlgorithmRegistry,
    ) -> Self {
        let graph = CaGraph::new(&trust, &registry);
        Self { registry, graph, revocation }
    }

    /// Verifies a CMS signature over bytes the server issued.
    ///
    /// `signature`: the CMS SignedData as NCALayer returns it: base64 (with or without line breaks),
    /// PEM-armoured (`-----BEGIN CMS-----`), or raw DER/BER bytes (BER indefinite lengths are normalised).
    ///
    /// `expected`: the exact bytes the server issued. An attached CMS must carry exactly them as eContent
    /// (else [`Refusal::ContentMismatch`]); a detached CMS is verified over them.
    ///
    /// Checks, in order: structure (one signer) → algorithm allow-list → content → signed attributes and
    /// signature → chain to a trust anchor (`SelfSigned`, `UnknownIssuer`) → validity of the certificate
    /// (`Expired`, `NotYetValid`) and of the CAs (`IssuerNotValid`) → key usage for `purpose` → ESP policy
    /// and IIN → revocation of the certificate and its intermediates.
    pub fn verify_cms(
        &self,
        signature: &[u8],
        expected: &[u8],
        purpose: Purpose,
        now: OffsetDateTime,
    ) -> Result<Verified, Refusal> {
        let bytes = input::signature_bytes(signature).ok_or(Refusal::Malformed)?;
        let der = ber::ber_to_der(&bytes).map_err(|_| Refusal::Malformed)?;
        let cms = signed_data::parse(&der).ok_or(Refusal::Malformed)?;
        let signer = &cms.signer;

        let algorithm = self
            .registry
            .for_signer_info(&signer.signature_algorithm.oid, &signer.digest_alg.oid)
            .ok_or(Refusal::UnsupportedAlgorithm)?;

        if cms.econtent_type != oids::ID_DATA {
            return Err(Refusal::Malformed);
        }
        let attached = cms.econtent.is_some();
        if cms.econtent.as_deref().is_some_and(|content| content != expected) {
            return Err(Refusal::ContentMismatch);
        }

        let (message, signing_time) = match (&cms.signed_attrs_der, &signer.signed_attrs) {
            (Some(raw), Some(attributes)) => {
                let content_type: ObjectIdentifier = single_value(attributes.as_slice(), oids::ATTR_CONTENT_TYPE)?
                    .decode_as()
                    .map_err(|_| Refusal::Malformed)?;
                if content_type != cms.econtent_type {
                    return Err(Refusal::BadSignature);
                }
                let digest: OctetString = single_value(attributes.as_slice(), oids::ATTR_MESSAGE_DIGEST)?
                    .decode_as()
                    .map_err(|_| Refusal::Malformed)?;
                if digest.as_bytes() != algorithm.digest(expected) {
                    // Attached: the content matched, so an attribute was altered. Detached: the signer signed
                    // something other than what the server issued.
                    return Err(if attached { Refusal::BadSignature } else { Refusal::ContentMismatch });
                }
                (raw.as_slice(), signing_time(attributes.as_slice())?)
            }
            (None, None) => (expected, None),
            _ => return Err(Refusal::Malformed),
        };

        let leaf = cms
            .certificates
            .iter()
            .find(|cert| signed_data::identifies(&signer.sid, cert))
            .ok_or(Refusal::Malformed)?;
        if !algorithm.verify(leaf.spki(), message, signer.signature.as_bytes()) {
            return Err(Refusal::BadSignature);
        }

        let path = self.graph.path_for(leaf, &self.registry, now)?;
        if !key_usage_allows(leaf, purpose) {
            return Err(Refusal::WrongKeyUsage);
        }
        let identity = esp_identity(leaf)?;
        self.check_revocation(leaf, &path, now)?;

        Ok(Verified {
            identity,
            certificate: leaf.summary(),
            certificate_der: leaf.der.clone(),
            signing_time,
            content: expected.to_vec(),
        })
    }

    /// Asks the revocation source about the leaf and every intermediate on the path (not the anchor).
    fn check_revocation(&self, leaf: &ParsedCert, path: &[usize], now: OffsetDateTime) -> Result<(), Refusal> {
        let mut subject = leaf;
        for &index in path {
            let issuer = self.graph.cert(index);
            match self.revocation.status(&subject.cert, &issuer.cert, now) {
                RevocationStatus::Good => {}
                RevocationStatus::Revoked { at, reason } => return Err(Refusal::Revoked { at, reason }),
                RevocationStatus::Unavailable => return Err(Refusal::RevocationUnavailable),
            }
            if self.graph.is_anchor(index) {
                break;
            }
            subject = issuer;
        }
        Ok(())
    }
}

/// The only value of the only attribute of type `oid`; a missing or repeated attribute is malformed.
fn single_value(attributes: &[Attribute], oid: ObjectIdentifier) -> Result<&Any, Refusal> {
    let mut matching = attributes.iter().filter(|a| a.oid == oid);
    let (Some(attribute), None) = (matching.next(), matching.next()) else { return Err(Refusal::Malformed) };
    let mut values = attribute.values.iter();
    let (Some(value), None) = (values.next(), values.next()) else { return Err(Refusal::Malformed) };
    Ok(value)
}

fn signing_time(attributes: &[Attribute]) -> Result<Option<OffsetDateTime>, Refusal> {
    if !attributes.iter().any(|a| a.oid == oids::ATTR_SIGNING_TIME) {
        return Ok(None);
    }
    let value = single_value(attributes, oids::ATTR_SIGNING_TIME)?;
    let encoded = value.to_der().map_err(|_| Refusal::Malformed)?;
    let time = Time::from_der(&encoded).map_err(|_| Refusal::Malformed)?;
    Ok(Some(time_conv::from_asn1(&time)))
}

fn key_usage_allows(leaf: &ParsedCert, purpose: Purpose) -> bool {
    let Some(usage) = leaf.key_usage() else { return false };
    let has = |bit: KeyUsages| usage.0.contains(bit);
    match purpose {
        Purpose::Authentication => {
            has(KeyUsages::DigitalSignature) && (has(KeyUsages::KeyEncipherment) || has(KeyUsages::KeyAgreement))
        }
        Purpose::Signing => {
            has(KeyUsages::DigitalSignature)
                && has(KeyUsages::NonRepudiation)
                && leaf.extended_key_usage().is_none_or(|eku| eku.contains(&oids::EKU_EMAIL_PROTECTION))
        }
    }
}

/// The identity of a НУЦ РК end-entity certificate: a policy under `1.2.398.3.3.2` and `SERIALNUMBER=IIN…`.
fn esp_identity(leaf: &ParsedCert) -> Result<Identity, Refusal> {
    if !leaf.policies().iter().any(|policy| oids::is_under(policy, &oids::POLICY_ESP_ARC)) {
        return Err(Refusal::NotAnEspCertificate);
    }
    let eku = leaf.extended_key_usage().unwrap_or_default();
    identity::from_subject(&leaf.cert.tbs_certificate.subject, &eku).ok_or(Refusal::NotAnEspCertificate)
}
