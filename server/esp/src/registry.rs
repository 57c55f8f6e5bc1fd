//! The algorithm allow-list: which signature algorithms the portal accepts, and how each is verified.

use std::sync::Arc;

use der::asn1::ObjectIdentifier;
use der::referenced::OwnedToRef;
use rsa::traits::PublicKeyParts;
use sha2::{Digest, Sha256};
use signature::Verifier as _;
use spki::SubjectPublicKeyInfoOwned;

use crate::oids;

/// One accepted signature algorithm (a signature scheme bound to its digest).
///
/// The verifier is the only place that knows the algorithm's key format and signature encoding, so adding the
/// national GOST R 34.10-2015-512 / Streebog-512 algorithm (`1.2.398.3.10.1.1.2.3.2`, little-endian `r‖s`,
/// ESP spec §3.2) later means one more implementation registered in an [`AlgorithmRegistry`], nothing else.
pub trait SignatureVerifier: Send + Sync {
    /// The signature algorithm OID this verifier answers to (in certificates, CRLs and SignerInfos).
    fn signature_algorithm(&self) -> ObjectIdentifier;
    /// The digest algorithm OID a SignerInfo must name with this signature algorithm.
    fn digest_algorithm(&self) -> ObjectIdentifier;
    /// The digest of `data` (for the CMS `messageDigest` attribute).
    fn digest(&self, data: &[u8]) -> Vec<u8>;
    /// Whether `signature` is a valid signature of `message` (not pre-hashed) under the key in `spki`.
    /// A key of the wrong type or size is simply not valid.
    fn verify(&self, spki: &SubjectPublicKeyInfoOwned, message: &[u8], signature: &[u8]) -> bool;
    /// Whether a SignerInfo may label this algorithm with `oid`. CMS signers often write the key algorithm
    /// (`rsaEncryption`) instead of the signature algorithm; override to accept such aliases.
    fn accepts_signer_info_algorithm(&self, oid: &ObjectIdentifier) -> bool {
        *oid == self.signature_algorithm()
    }
}

/// RSA PKCS#1 v1.5 with SHA-256 (`sha256WithRSAEncryption`), keys of at least 2048 bits: НУЦ РК's RSA keys.
#[derive(Debug, Clone, Copy, Default)]
pub struct RsaPkcs1Sha256;

impl SignatureVerifier for RsaPkcs1Sha256 {
    fn signature_algorithm(&self) -> ObjectIdentifier {
        oids::SHA256_WITH_RSA
    }

    fn digest_algorithm(&self) -> ObjectIdentifier {
        oids::SHA256
    }

    fn digest(&self, data: &[u8]) -> Vec<u8> {
        Sha256::digest(data).to_vec()
    }

    fn verify(&self, spki: &SubjectPublicKeyInfoOwned, message: &[u8], signature: &[u8]) -> bool {
        if spki.algorithm.oid != oids::RSA_ENCRYPTION {
            return false;
        }
        let Ok(key) = rsa::RsaPublicKey::try_from(spki.owned_to_ref()) else { return false };
        if key.size() < 256 {
            return false;
        }
        let Ok(signature) = rsa::pkcs1v15::Signature::try_from(signature) else { return false };
        rsa::pkcs1v15::VerifyingKey::<Sha256>::new(key).verify(message, &signature).is_ok()
    }

    fn accepts_signer_info_algorithm(&self, oid: &ObjectIdentifier) -> bool {
        *oid == oids::SHA256_WITH_RSA || *oid == oids::RSA_ENCRYPTION
    }
}

/// ECDSA over P-256 with SHA-256 (`ecdsa-with-SHA256`, DER `Ecdsa-Sig-Value`).
#[derive(Debug, Clone, Copy, Default)]
pub struct EcdsaP256Sha256;

impl SignatureVerifier for EcdsaP256Sha256 {
    fn signature_algorithm(&self) -> ObjectIdentifier {
        oids::ECDSA_WITH_SHA256
    }

    fn digest_algorithm(&self) -> ObjectIdentifier {
        oids::SHA256
    }

    fn digest(&self, data: &[u8]) -> Vec<u8> {
        Sha256::digest(data).to_vec()
    }

    fn verify(&self, spki: &SubjectPublicKeyInfoOwned, message: &[u8], signature: &[u8]) -> bool {
        if spki.algorithm.oid != oids::EC_PUBLIC_KEY {
            return false;
        }
        let curve = spki.algorithm.parameters.as_ref().and_then(|p| p.decode_as::<ObjectIdentifier>().ok());
        if curve != Some(oids::SECP256R1) {
            return false;
        }
        let Some(point) = spki.subject_public_key.as_bytes() else { return false };
        let Ok(key) = p256::ecdsa::VerifyingKey::from_sec1_bytes(point) else { return false };
        let Ok(signature) = p256::ecdsa::Signature::from_der(signature) else { return false };
        key.verify(message, &signature).is_ok()
    }
}

/// The allow-list of signature algorithms, keyed by signature OID. Anything not registered (SHA-1, MD5,
/// RSA-PSS, GOST until its verifier is added) is refused as [`crate::Refusal::UnsupportedAlgorithm`].
#[derive(Clone)]
pub struct AlgorithmRegistry {
    verifiers: Vec<Arc<dyn SignatureVerifier>>,
}

impl AlgorithmRegistry {
    /// A registry that accepts nothing.
    pub fn empty() -> Self {
        Self { verifiers: Vec::new() }
    }

    /// RSA PKCS#1 v1.5 SHA-256 and ECDSA P-256 SHA-256.
    pub fn standard() -> Self {
        let mut registry = Self::empty();
        registry.register(Arc::new(RsaPkcs1Sha256));
        registry.register(Arc::new(EcdsaP256Sha256));
        registry
    }

    /// Adds an algorithm (e.g. a GOST R 34.10-2015 verifier). A later registration for the same signature
    /// OID takes precedence.
    pub fn register(&mut self, verifier: Arc<dyn SignatureVerifier>) {
        self.verifiers.insert(0, verifier);
    }

    /// The verifier for a SignerInfo's signature and digest algorithm pair.
    pub fn for_signer_info(
        &self,
        signature: &ObjectIdentifier,
        digest: &ObjectIdentifier,
    ) -> Option<&dyn SignatureVerifier> {
        self.verifiers
            .iter()
            .find(|v| v.accepts_signer_info_algorithm(signature) && v.digest_algorithm() == *digest)
            .map(|v| v.as_ref())
    }

    /// The verifier for a certificate's or CRL's signature algorithm.
    pub fn for_signature(&self, signature: &ObjectIdentifier) -> Option<&dyn SignatureVerifier> {
        self.verifiers.iter().find(|v| v.signature_algorithm() == *signature).map(|v| v.as_ref())
    }
}

impl Default for AlgorithmRegistry {
    fn default() -> Self {
        Self::standard()
    }
}

impl std::fmt::Debug for AlgorithmRegistry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.verifiers.iter().map(|v| v.signature_algorithm())).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sha1_pairs_are_not_on_the_standard_allow_list() {
        let registry = AlgorithmRegistry::standard();
        assert!(registry.for_signer_info(&oids::SHA1_WITH_RSA, &oids::SHA1).is_none());
        assert!(registry.for_signer_info(&oids::RSA_ENCRYPTION, &oids::SHA1).is_none());
        assert!(registry.for_signer_info(&oids::RSA_ENCRYPTION, &oids::SHA256).is_some());
        assert!(registry.for_signer_info(&oids::ECDSA_WITH_SHA256, &oids::SHA256).is_some());
        assert!(registry.for_signature(&oids::RSA_ENCRYPTION).is_none());
    }
}
