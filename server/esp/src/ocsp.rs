//! Revocation status from an OCSP responder (RFC 6960), where one is configured.
//!
//! [`OcspSource`] asks the responder about each certificate (a SHA-256 `CertID` and a random
//! nonce), and trusts an answer only when it is `successful`, a basic response, signed either by
//! the certificate's issuer or by a responder certificate that issuer issued for OCSP signing, echoes
//! the nonce when it carries one, names the same `CertID`, and is fresh (`thisUpdate` not in the
//! future, `nextUpdate` not passed, or at most [`MAX_AGE`] old without one). Anything else —
//! the responder unreachable, `tryLater`, `unknown`, a bad signature — is "unavailable". With a
//! fallback (the CRLs), an unavailable answer asks the fallback; otherwise the verifier fails
//! closed.

use std::sync::Arc;

use der::{Decode, Encode};
use sha2::Sha256;
use time::OffsetDateTime;
use x509_cert::Certificate;
use x509_ocsp::builder::OcspRequestBuilder;
use x509_ocsp::ext::Nonce;
use x509_ocsp::{BasicOcspResponse, CertId, CertStatus, OcspResponse, OcspResponseStatus, Request};

use crate::certificate::ParsedCert;
use crate::registry::AlgorithmRegistry;
use crate::revocation::{RevocationSource, RevocationStatus};

/// How old a response without `nextUpdate` may be.
pub const MAX_AGE: time::Duration = time::Duration::hours(1);

/// Clock skew allowed between the responder and this server.
const SKEW: time::Duration = time::Duration::minutes(5);

/// `id-kp-OCSPSigning`.
const EKU_OCSP_SIGNING: der::asn1::ObjectIdentifier = der::asn1::ObjectIdentifier::new_unwrap("1.3.6.1.5.5.7.3.9");

/// Sends a DER `OCSPRequest` to a responder and returns the DER `OCSPResponse`, or `None` when
/// there was no answer (HTTP failure, timeout).
pub trait OcspTransport: Send + Sync {
    fn post(&self, url: &str, request: &[u8]) -> Option<Vec<u8>>;
}

/// An OCSP responder as a revocation source.
pub struct OcspSource {
    url: String,
    transport: Arc<dyn OcspTransport>,
    registry: AlgorithmRegistry,
    fallback: Option<Arc<dyn RevocationSource>>,
}

impl std::fmt::Debug for OcspSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OcspSource").field("url", &self.url).finish_non_exhaustive()
    }
}

impl OcspSource {
    /// Asks the responder at `url` through `transport`.
    pub fn new(url: impl Into<String>, transport: Arc<dyn OcspTransport>) -> Self {
        Self { url: url.into(), transport, registry: AlgorithmRegistry::standard(), fallback: None }
    }

    /// Asks `fallback` (the CRLs) when the responder gives no usable answer.
    pub fn with_fallback(mut self, fallback: Arc<dyn RevocationSource>) -> Self {
        self.fallback = Some(fallback);
        self
    }

    /// The responder's verified answer about `cert`, or `Unavailable`.
    pub fn ask(&self, cert: &Certificate, issuer: &Certificate, now: OffsetDateTime) -> RevocationStatus {
        self.query(cert, issuer, now).unwrap_or(RevocationStatus::Unavailable)
    }

    fn query(&self, cert: &Certificate, issuer: &Certificate, now: OffsetDateTime) -> Option<RevocationStatus> {
        let id = CertId::from_cert::<Sha256>(issuer, cert).ok()?;
        let nonce = Nonce::generate(&mut rand::rngs::OsRng, 16).ok()?;
        let request = OcspRequestBuilder::default()
            .with_request(Request::new(id.clone()))
            .with_extension(nonce.clone())
            .ok()?
            .build()
            .to_der()
            .ok()?;
        let answer = self.transport.post(&self.url, &request)?;
        let response = OcspResponse::from_der(&answer).ok()?;
        if response.response_status != OcspResponseStatus::Successful {
            return None;
        }
        let bytes = response.response_bytes?;
        if bytes.response_type != <BasicOcspResponse as const_oid::AssociatedOid>::OID {
            return None;
        }
        let raw = bytes.response.as_bytes();
        let basic = BasicOcspResponse::from_der(raw).ok()?;
        let tbs = crate::ber::first_inner_element(raw)?;
        let issuer = ParsedCert::from_certificate(issuer.clone())?;
        if !self.signed_by_authority(&basic, tbs, &issuer, now) {
            return None;
        }
        if let Some(echoed) = basic.nonce()
            && echoed != nonce
        {
            return None;
        }
        let single = basic.tbs_response_data.responses.iter().find(|r| r.cert_id == id)?;
        let this_update = OffsetDateTime::from(single.this_update.0.to_system_time());
        if this_update > now + SKEW {
            return None;
        }
        let fresh = match &single.next_update {
            Some(next) => OffsetDateTime::from(next.0.to_system_time()) + SKEW >= now,
            None => this_update + MAX_AGE >= now,
        };
        if !fresh {
            return None;
        }
        match &single.cert_status {
            CertStatus::Good(_) => Some(RevocationStatus::Good),
            CertStatus::Revoked(info) => Some(RevocationStatus::Revoked {
                at: OffsetDateTime::from(info.revocation_time.0.to_system_time()),
                reason: info.revocation_reason.map(|r| format!("{r:?}")),
            }),
            CertStatus::Unknown(_) => None,
        }
    }

    /// Whether the response is signed by the issuer itself, or by a certificate in the response
    /// that the issuer signed, valid now, for OCSP signing.
    fn signed_by_authority(
        &self,
        basic: &BasicOcspResponse,
        tbs: &[u8],
        issuer: &ParsedCert,
        now: OffsetDateTime,
    ) -> bool {
        let Some(verifier) = self.registry.for_signature(&basic.signature_algorithm.oid) else { return false };
        let Some(signature) = basic.signature.as_bytes() else { return false };
        if verifier.verify(issuer.spki(), tbs, signature) {
            return true;
        }
        basic.certs.iter().flatten().any(|responder| {
            let Some(responder) = ParsedCert::from_certificate(responder.clone()) else { return false };
            let delegated = responder.extended_key_usage().is_some_and(|eku| eku.contains(&EKU_OCSP_SIGNING))
                && responder.names_issuer(issuer)
                && responder.is_valid_at(now)
                && responder.is_signed_by(issuer.spki(), &self.registry);
            delegated && verifier.verify(responder.spki(), tbs, signature)
        })
    }
}

impl RevocationSource for OcspSource {
    fn status(&self, cert: &Certificate, issuer: &Certificate, now: OffsetDateTime) -> RevocationStatus {
        match (self.ask(cert, issuer, now), &self.fallback) {
            (RevocationStatus::Unavailable, Some(fallback)) => fallback.status(cert, issuer, now),
            (status, _) => status,
        }
    }
}
