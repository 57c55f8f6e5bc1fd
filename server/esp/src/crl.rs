//! Revocation from CRLs: a full CRL plus an optional delta CRL per issuing CA (НУЦ РК publishes both, ESP spec
//! §2.6). Fails closed: a CRL that is stale, not yet valid, badly signed or uses an extension this code does
//! not understand is not used, and without a usable full CRL the status is *unavailable*.

use std::cmp::Ordering;
use std::collections::HashMap;
use std::path::Path;
use std::sync::Mutex;

use der::asn1::ObjectIdentifier;
use der::{Decode, Encode};
use time::OffsetDateTime;
use x509_cert::Certificate;
use x509_cert::crl::CertificateList;
use x509_cert::ext::pkix::{
    AuthorityKeyIdentifier, BaseCrlNumber, CrlNumber, CrlReason, FreshestCrl, IssuingDistributionPoint,
    SubjectKeyIdentifier,
};
use x509_cert::name::Name;

use crate::certificate::ParsedCert;
use crate::registry::AlgorithmRegistry;
use crate::revocation::{RevocationSource, RevocationStatus};
use crate::{ber, input, time_conv};

/// Why CRL bytes could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum CrlError {
    /// The file could not be read.
    #[error("cannot read {path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// The cause.
        source: std::io::Error,
    },
    /// The bytes are not a DER (or PEM `X509 CRL`) certificate revocation list.
    #[error("not an X.509 CRL")]
    NotACrl,
}

struct Entry {
    at: OffsetDateTime,
    reason: Option<CrlReason>,
}

struct LoadedCrl {
    der: Vec<u8>,
    issuer: Name,
    authority_key_id: Option<Vec<u8>>,
    this_update: OffsetDateTime,
    next_update: Option<OffsetDateTime>,
    /// `cRLNumber`, big-endian without leading zeros.
    number: Option<Vec<u8>>,
    /// `deltaCRLIndicator` (base CRL number) for a delta CRL.
    delta_base: Option<Vec<u8>>,
    /// Revoked serial numbers (DER INTEGER content bytes).
    entries: HashMap<Vec<u8>, Entry>,
    signature_algorithm: ObjectIdentifier,
    signature: Vec<u8>,
    /// A critical extension this code does not interpret: the CRL is never used.
    unusable: bool,
}

impl LoadedCrl {
    fn parse(der: Vec<u8>) -> Option<Self> {
        let list = CertificateList::from_der(&der).ok()?;
        ber::first_inner_element(&der)?;
        let tbs = list.tbs_cert_list;
        let mut crl = LoadedCrl {
            issuer: tbs.issuer,
            authority_key_id: None,
            this_update: time_conv::from_asn1(&tbs.this_update),
            next_update: tbs.next_update.as_ref().map(time_conv::from_asn1),
            number: None,
            delta_base: None,
            entries: HashMap::new(),
            signature_algorithm: list.signature_algorithm.oid,
            signature: list.signature.as_bytes()?.to_vec(),
            unusable: false,
            der,
        };
        for ext in tbs.crl_extensions.unwrap_or_default() {
            let value = ext.extn_value.as_bytes();
            match ext.extn_id {
                id if id == <CrlNumber as der::oid::AssociatedOid>::OID => {
                    crl.number = Some(strip_zeros(CrlNumber::from_der(value).ok()?.0.as_bytes()));
                }
                id if id == <BaseCrlNumber as der::oid::AssociatedOid>::OID => {
                    crl.delta_base = Some(strip_zeros(BaseCrlNumber::from_der(value).ok()?.0.as_bytes()));
                }
                id if id == <AuthorityKeyIdentifier as der::oid::AssociatedOid>::OID => {
                    let aki = AuthorityKeyIdentifier::from_der(value).ok()?;
                    crl.authority_key_id = aki.key_identifier.map(|k| k.as_bytes().to_vec());
                }
                id if id == <IssuingDistributionPoint as der::oid::AssociatedOid>::OID => {
                    let idp = IssuingDistributionPoint::from_der(value).ok()?;
                    // A CRL scoped to CA certificates, some reasons or other issuers does not say "good".
                    if idp.only_contains_ca_certs
                        || idp.only_contains_attribute_certs
                        || idp.indirect_crl
                        || idp.only_some_reasons.is_some()
                    {
                        crl.unusable = true;
                    }
                }
                _ if ext.critical => crl.unusable = true,
                _ => {}
            }
        }
        for revoked in tbs.revoked_certificates.unwrap_or_default() {
            let mut reason = None;
            for ext in revoked.crl_entry_extensions.unwrap_or_default() {
                if ext.extn_id == <CrlReason as der::oid::AssociatedOid>::OID {
                    reason = CrlReason::from_der(ext.extn_value.as_bytes()).ok();
                } else if ext.critical {
                    crl.unusable = true;
                }
            }
            let at = time_conv::from_asn1(&revoked.revocation_date);
            crl.entries.insert(revoked.serial_number.as_bytes().to_vec(), Entry { at, reason });
        }
        Some(crl)
    }

    fn is_fresh(&self, now: OffsetDateTime) -> bool {
        self.this_update <= now && self.next_update.is_some_and(|next| now <= next)
    }
}

/// Revocation status from CRLs loaded from DER bytes or files (in production: the НУЦ РК full and delta CRLs,
/// refreshed by a background task that builds a new source; in development: [`crate::devpki`]'s CRLs).
///
/// For a certificate, the source takes the CRLs named for its issuer, keeps those whose signature verifies
/// with the issuer's key and whose `thisUpdate ≤ now ≤ nextUpdate`, and uses the highest-numbered full CRL
/// plus the highest-numbered delta CRL based on it. A usable delta CRL is required when any delta CRL is loaded
/// for the issuer or the certificate has a `freshestCRL` extension (НУЦ РК certificates point to `nca_d_rsa.crl`). Entries in the delta add to the full CRL; a delta entry with reason `removeFromCRL` releases a
/// certificate held in the full CRL.
pub struct CrlSource {
    crls: Vec<LoadedCrl>,
    registry: AlgorithmRegistry,
    /// CRL index → DER of the issuer public key its signature verified under.
    verified: Mutex<HashMap<usize, Vec<u8>>>,
}

impl CrlSource {
    /// A source with no CRLs (every status is unavailable).
    pub fn new() -> Self {
        Self { crls: Vec::new(), registry: AlgorithmRegistry::standard(), verified: Mutex::new(HashMap::new()) }
    }

    /// A source with the given CRLs (DER or PEM each).
    pub fn from_der_list<I, B>(crls: I) -> Result<Self, CrlError>
    where
        I: IntoIterator<Item = B>,
        B: AsRef<[u8]>,
    {
        let mut source = Self::new();
        for crl in crls {
            source.add(crl.as_ref())?;
        }
        Ok(source)
    }

    /// A source with the CRLs in these files.
    pub fn from_files(paths: &[impl AsRef<Path>]) -> Result<Self, CrlError> {
        let mut source = Self::new();
        for path in paths {
            let path = path.as_ref();
            let bytes =
                std::fs::read(path).map_err(|source| CrlError::Io { path: path.display().to_string(), source })?;
            source.add(&bytes)?;
        }
        Ok(source)
    }

    /// Replaces the signature algorithms CRL signatures may use (default: [`AlgorithmRegistry::standard`]).
    pub fn with_algorithms(mut self, registry: AlgorithmRegistry) -> Self {
        self.registry = registry;
        self.verified.get_mut().unwrap_or_else(|e| e.into_inner()).clear();
        self
    }

    /// Adds one CRL (DER, or PEM `X509 CRL`).
    pub fn add(&mut self, bytes: &[u8]) -> Result<(), CrlError> {
        let der = if bytes.first() == Some(&0x30) {
            bytes.to_vec()
        } else {
            let text = std::str::from_utf8(bytes).map_err(|_| CrlError::NotACrl)?;
            let blocks = input::pem_blocks(text).ok_or(CrlError::NotACrl)?;
            blocks.into_iter().find(|(label, _)| label == "X509 CRL").ok_or(CrlError::NotACrl)?.1
        };
        self.crls.push(LoadedCrl::parse(der).ok_or(CrlError::NotACrl)?);
        Ok(())
    }

    /// How many CRLs are loaded.
    pub fn len(&self) -> usize {
        self.crls.len()
    }

    /// Whether no CRLs are loaded.
    pub fn is_empty(&self) -> bool {
        self.crls.is_empty()
    }

    fn signed_by(&self, index: usize, issuer: &ParsedCert) -> bool {
        let key = match issuer.spki().to_der() {
            Ok(key) => key,
            Err(_) => return false,
        };
        let mut verified = self.verified.lock().unwrap_or_else(|e| e.into_inner());
        if verified.get(&index) == Some(&key) {
            return true;
        }
        let crl = &self.crls[index];
        let Some(verifier) = self.registry.for_signature(&crl.signature_algorithm) else { return false };
        let Some(tbs) = ber::first_inner_element(&crl.der) else { return false };
        let ok = issuer.may_sign_crls() && verifier.verify(issuer.spki(), tbs, &crl.signature);
        if ok {
            verified.insert(index, key);
        }
        ok
    }
}

impl Default for CrlSource {
    fn default() -> Self {
        Self::new()
    }
}

impl std::fmt::Debug for CrlSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CrlSource").field("crls", &self.crls.len()).finish()
    }
}

impl RevocationSource for CrlSource {
    fn status(&self, cert: &Certificate, issuer: &Certificate, now: OffsetDateTime) -> RevocationStatus {
        let Some(issuer) = ParsedCert::from_certificate(issuer.clone()) else { return RevocationStatus::Unavailable };
        let issuer_key_id = issuer
            .cert
            .tbs_certificate
            .get::<SubjectKeyIdentifier>()
            .ok()
            .flatten()
            .map(|(_, ski)| ski.0.as_bytes().to_vec());
        let candidates: Vec<usize> = (0..self.crls.len())
            .filter(|&i| {
                let crl = &self.crls[i];
                crl.issuer == issuer.cert.tbs_certificate.subject
                    && match (&crl.authority_key_id, &issuer_key_id) {
                        (Some(aki), Some(ski)) => aki == ski,
                        _ => true,
                    }
            })
            .collect();
        let usable = |i: &usize| {
            let crl = &self.crls[*i];
            !crl.unusable && crl.is_fresh(now) && self.signed_by(*i, &issuer)
        };
        let full = candidates
            .iter()
            .filter(|&&i| self.crls[i].delta_base.is_none())
            .filter(|i| usable(i))
            .max_by(|&&a, &&b| cmp_numbers(&self.crls[a].number, &self.crls[b].number));
        let Some(&full) = full else { return RevocationStatus::Unavailable };
        let full = &self.crls[full];
        // A delta CRL is required when one is loaded for this issuer or the certificate announces one.
        let announces_delta = matches!(cert.tbs_certificate.get::<FreshestCrl>(), Ok(Some(_)));
        let any_delta = announces_delta || candidates.iter().any(|&i| self.crls[i].delta_base.is_some());
        let delta = candidates
            .iter()
            .filter(|&&i| {
                let delta = &self.crls[i];
                match (&delta.delta_base, &delta.number, &full.number) {
                    (Some(base), Some(number), Some(full_number)) => {
                        cmp_uint(base, full_number) != Ordering::Greater
                            && cmp_uint(number, full_number) == Ordering::Greater
                    }
                    _ => false,
                }
            })
            .filter(|i| usable(i))
            .max_by(|&&a, &&b| cmp_numbers(&self.crls[a].number, &self.crls[b].number))
            .map(|&i| &self.crls[i]);
        if any_delta && delta.is_none() {
            return RevocationStatus::Unavailable;
        }
        let serial = cert.tbs_certificate.serial_number.as_bytes();
        let revoked = |entry: &Entry| RevocationStatus::Revoked { at: entry.at, reason: entry.reason.map(reason_name) };
        if let Some(entry) = delta.and_then(|d| d.entries.get(serial)) {
            return if entry.reason == Some(CrlReason::RemoveFromCRL) {
                RevocationStatus::Good
            } else {
                revoked(entry)
            };
        }
        match full.entries.get(serial) {
            Some(entry) if entry.reason != Some(CrlReason::RemoveFromCRL) => revoked(entry),
            _ => RevocationStatus::Good,
        }
    }
}

fn strip_zeros(bytes: &[u8]) -> Vec<u8> {
    let start = bytes.iter().position(|&b| b != 0).unwrap_or(bytes.len());
    bytes[start..].to_vec()
}

/// Compares unsigned big-endian integers without leading zeros.
fn cmp_uint(a: &[u8], b: &[u8]) -> Ordering {
    a.len().cmp(&b.len()).then_with(|| a.cmp(b))
}

fn cmp_numbers(a: &Option<Vec<u8>>, b: &Option<Vec<u8>>) -> Ordering {
    match (a, b) {
        (Some(a), Some(b)) => cmp_uint(a, b),
        (a, b) => a.is_some().cmp(&b.is_some()),
    }
}

/// RFC 5280 name of a CRL reason code.
fn reason_name(reason: CrlReason) -> String {
    match reason {
        CrlReason::Unspecified => "unspecified",
        CrlReason::KeyCompromise => "keyCompromise",
        CrlReason::CaCompromise => "cACompromise",
        CrlReason::AffiliationChanged => "affiliationChanged",
        CrlReason::Superseded => "superseded",
        CrlReason::CessationOfOperation => "cessationOfOperation",
        CrlReason::CertificateHold => "certificateHold",
        CrlReason::RemoveFromCRL => "removeFromCRL",
        CrlReason::PrivilegeWithdrawn => "privilegeWithdrawn",
        CrlReason::AaCompromise => "aACompromise",
    }
    .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crl_numbers_compare_as_integers() {
        assert_eq!(cmp_uint(&[0x01, 0x00], &[0xFF]), Ordering::Greater);
        assert_eq!(cmp_uint(&[0x05], &[0x05]), Ordering::Equal);
        assert_eq!(strip_zeros(&[0, 0, 7]), vec![7]);
        assert_eq!(cmp_numbers(&None, &Some(vec![1])), Ordering::Less);
    }
}
