//! Development key pairs: the private key, its certificate, and the PKCS#12 file they live in.

use std::path::{Path, PathBuf};

use der::asn1::{Any, ObjectIdentifier};
use der::{Decode, EncodePem};
use p12_keystore::{KeyStore, KeyStoreEntry, PrivateKeyChain};
use rsa::pkcs8::{DecodePrivateKey, EncodePrivateKey, EncodePublicKey};
use rsa::{Pkcs1v15Sign, RsaPrivateKey};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use signature::Signer;
use spki::{AlgorithmIdentifierOwned, SubjectPublicKeyInfoOwned};
use time::OffsetDateTime;
use x509_cert::Certificate;
use x509_cert::ext::pkix::KeyUsages;

use super::{DevPkiError, Profile};
use crate::Purpose;
use crate::certificate::ParsedCert;
use crate::{identity, oids};

/// PBKDF2 / PKCS#12 MAC iterations for the development containers (NCA's own test packs use 1024).
const P12_ITERATIONS: u64 = 1024;

/// A development key's algorithm.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum KeyAlgorithm {
    /// RSA-2048, signatures RSA PKCS#1 v1.5 with SHA-256 (НУЦ РК's RSA keys).
    #[serde(rename = "rsa-2048")]
    Rsa2048,
    /// ECDSA P-256 with SHA-256 (exercises a second algorithm through the same pipeline).
    #[serde(rename = "ecdsa-p256")]
    EcdsaP256,
}

/// A private key of either algorithm.
#[derive(Clone)]
pub(crate) enum PrivateKey {
    Rsa(Box<RsaPrivateKey>),
    P256(p256::ecdsa::SigningKey),
}

impl PrivateKey {
    pub fn generate(algorithm: KeyAlgorithm) -> Result<Self, DevPkiError> {
        let mut rng = rand::thread_rng();
        Ok(match algorithm {
            KeyAlgorithm::Rsa2048 => PrivateKey::Rsa(Box::new(
                RsaPrivateKey::new(&mut rng, 2048).map_err(|e| DevPkiError::Key(e.to_string()))?,
            )),
            KeyAlgorithm::EcdsaP256 => PrivateKey::P256(p256::ecdsa::SigningKey::random(&mut rng)),
        })
    }

    pub fn algorithm(&self) -> KeyAlgorithm {
        match self {
            PrivateKey::Rsa(_) => KeyAlgorithm::Rsa2048,
            PrivateKey::P256(_) => KeyAlgorithm::EcdsaP256,
        }
    }

    pub fn public_key_info(&self) -> Result<SubjectPublicKeyInfoOwned, DevPkiError> {
        let document = match self {
            PrivateKey::Rsa(key) => key.to_public_key().to_public_key_der(),
            PrivateKey::P256(key) => key.verifying_key().to_public_key_der(),
        }
        .map_err(|e| DevPkiError::Key(e.to_string()))?;
        Ok(SubjectPublicKeyInfoOwned::from_der(document.as_bytes())?)
    }

    /// The signature algorithm this key signs with (as written in certificates, CRLs and SignerInfos).
    pub fn signature_algorithm(&self) -> AlgorithmIdentifierOwned {
        match self {
            PrivateKey::Rsa(_) => {
                AlgorithmIdentifierOwned { oid: oids::SHA256_WITH_RSA, parameters: Some(Any::null()) }
            }
            PrivateKey::P256(_) => AlgorithmIdentifierOwned { oid: oids::ECDSA_WITH_SHA256, parameters: None },
        }
    }

    /// Signs `message` (hashing it with SHA-256): PKCS#1 v1.5 bytes, or a DER `Ecdsa-Sig-Value`.
    pub fn sign(&self, message: &[u8]) -> Vec<u8> {
        match self {
            PrivateKey::Rsa(key) => key
                .sign_with_rng(&mut rand::thread_rng(), Pkcs1v15Sign::new::<Sha256>(), &Sha256::digest(message))
                .expect("a 2048-bit key signs a SHA-256 DigestInfo"),
            PrivateKey::P256(key) => {
                let signature: p256::ecdsa::Signature = key.sign(message);
                signature.to_der().as_bytes().to_vec()
            }
        }
    }

    pub fn to_pkcs8_der(&self) -> Result<Vec<u8>, DevPkiError> {
        let document = match self {
            PrivateKey::Rsa(key) => key.to_pkcs8_der(),
            PrivateKey::P256(key) => key.to_pkcs8_der(),
        }
        .map_err(|e| DevPkiError::Key(e.to_string()))?;
        Ok(document.as_bytes().to_vec())
    }

    pub fn from_pkcs8_der(der: &[u8]) -> Result<Self, DevPkiError> {
        let info = rsa::pkcs8::PrivateKeyInfo::try_from(der).map_err(|e| DevPkiError::Key(e.to_string()))?;
        let algorithm: ObjectIdentifier = info.algorithm.oid;
        if algorithm == oids::RSA_ENCRYPTION {
            let key = RsaPrivateKey::from_pkcs8_der(der).map_err(|e| DevPkiError::Key(e.to_string()))?;
            Ok(PrivateKey::Rsa(Box::new(key)))
        } else if algorithm == oids::EC_PUBLIC_KEY {
            let key = p256::ecdsa::SigningKey::from_pkcs8_der(der).map_err(|e| DevPkiError::Key(e.to_string()))?;
            Ok(PrivateKey::P256(key))
        } else {
            Err(DevPkiError::Key(format!("unsupported private key algorithm {algorithm}")))
        }
    }
}

/// Writes a PKCS#12 container with the key and its certificate chain (leaf first), alias = SKI hex as in NCA's
/// containers.
pub(crate) fn write_p12(
    key: &PrivateKey,
    chain: &[&[u8]],
    alias: &str,
    password: &str,
) -> Result<Vec<u8>, DevPkiError> {
    let certificates = chain
        .iter()
        .map(|der| p12_keystore::Certificate::from_der(der).map_err(|e| DevPkiError::P12(e.to_string())))
        .collect::<Result<Vec<_>, _>>()?;
    let local_key_id = hex::decode(alias).unwrap_or_else(|_| alias.as_bytes().to_vec());
    let mut store = KeyStore::new();
    store.add_entry(
        alias,
        KeyStoreEntry::PrivateKeyChain(PrivateKeyChain::new(key.to_pkcs8_der()?, local_key_id, certificates)),
    );
    store
        .writer(password)
        .encryption_iterations(P12_ITERATIONS)
        .mac_iterations(P12_ITERATIONS)
        .write()
        .map_err(|e| DevPkiError::P12(e.to_string()))
}

/// A development ESP key: what a citizen's `AUTH_RSA256_….p12` / `RSA256_….p12` holds, plus what the
/// manifest knows about it (profile, file). The NCALayer emulator signs with it through [`crate::sign`].
#[derive(Clone)]
pub struct DevKey {
    pub(crate) id: String,
    pub(crate) iin: String,
    pub(crate) bin: Option<String>,
    pub(crate) purpose: Purpose,
    pub(crate) profile: Option<Profile>,
    pub(crate) file: Option<PathBuf>,
    pub(crate) password: String,
    pub(crate) certificate: ParsedCert,
    pub(crate) chain: Vec<Vec<u8>>,
    pub(crate) key: PrivateKey,
}

impl std::fmt::Debug for DevKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DevKey")
            .field("purpose", &self.purpose)
            .field("profile", &self.profile)
            .field("algorithm", &self.algorithm())
            .finish_non_exhaustive()
    }
}

impl DevKey {
    /// Loads a key from a PKCS#12 container (as the emulator reads the files the development PKI wrote).
    /// IIN, BIN and purpose come from the certificate; the profile is unknown (`None`) without the manifest.
    pub fn from_p12(bytes: &[u8], password: &str) -> Result<Self, DevPkiError> {
        let store = KeyStore::from_pkcs12(bytes, password).map_err(|e| DevPkiError::P12(e.to_string()))?;
        let (_, chain) = store.private_key_chain().ok_or_else(|| DevPkiError::P12("no private key".to_owned()))?;
        let key = PrivateKey::from_pkcs8_der(chain.key())?;
        let public = key.public_key_info()?;
        let mut certificates: Vec<ParsedCert> = chain
            .chain()
            .iter()
            .map(|c| ParsedCert::from_der(c.as_der().to_vec()))
            .collect::<Option<_>>()
            .ok_or_else(|| DevPkiError::P12("unreadable certificate".to_owned()))?;
        let leaf_index = certificates
            .iter()
            .position(|c| *c.spki() == public)
            .ok_or_else(|| DevPkiError::P12("no certificate for the private key".to_owned()))?;
        let certificate = certificates.remove(leaf_index);
        let eku = certificate.extended_key_usage().unwrap_or_default();
        let identity = identity::from_subject(&certificate.cert.tbs_certificate.subject, &eku);
        let purpose = match certificate.key_usage() {
            Some(usage) if usage.0.contains(KeyUsages::NonRepudiation) => Purpose::Signing,
            _ => Purpose::Authentication,
        };
        Ok(DevKey {
            id: format!("p12-{}", certificate.serial_hex()),
            iin: identity.as_ref().map(|i| i.iin.clone()).unwrap_or_default(),
            bin: identity.and_then(|i| i.bin),
            purpose,
            profile: None,
            file: None,
            password: password.to_owned(),
            chain: certificates.into_iter().map(|c| c.der).collect(),
            certificate,
            key,
        })
    }

    /// Writes this key and its chain as a password-protected PKCS#12 container.
    pub fn to_p12(&self, password: &str) -> Result<Vec<u8>, DevPkiError> {
        let mut chain: Vec<&[u8]> = vec![&self.certificate.der];
        chain.extend(self.chain.iter().map(Vec::as_slice));
        write_p12(&self.key, &chain, &self.key_id_hex(), password)
    }

    /// Manifest id, e.g. `AUTH_RSA256_123456789011` (the file name without `.p12`).
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The holder's IIN.
    pub fn iin(&self) -> &str {
        &self.iin
    }

    /// The organisation's BIN for legal-entity keys.
    pub fn bin(&self) -> Option<&str> {
        self.bin.as_deref()
    }

    /// Authentication (AUTH_…) or signing key.
    pub fn purpose(&self) -> Purpose {
        self.purpose
    }

    /// Which case of the test matrix this key is for; `None` when loaded from a bare `.p12`.
    pub fn profile(&self) -> Option<Profile> {
        self.profile
    }

    /// Key algorithm.
    pub fn algorithm(&self) -> KeyAlgorithm {
        self.key.algorithm()
    }

    /// The `.p12` file, when the key came from the development PKI directory.
    pub fn file(&self) -> Option<&Path> {
        self.file.as_deref()
    }

    /// The container password.
    pub fn password(&self) -> &str {
        &self.password
    }

    /// The key's certificate.
    pub fn certificate(&self) -> &Certificate {
        &self.certificate.cert
    }

    /// The key's certificate, DER.
    pub fn certificate_der(&self) -> &[u8] {
        &self.certificate.der
    }

    /// The key's certificate, PEM.
    pub fn certificate_pem(&self) -> String {
        self.certificate.cert.to_pem(der::pem::LineEnding::LF).unwrap_or_default()
    }

    /// The CA certificates above the key's certificate, DER, issuer first.
    pub fn chain_der(&self) -> &[Vec<u8>] {
        &self.chain
    }

    /// The certificate of the CA that issued this key's certificate.
    pub fn issuer_certificate(&self) -> Option<Certificate> {
        use der::Decode;
        Certificate::from_der(self.chain.first()?).ok()
    }

    /// Subject CN ("SURNAME NAME").
    pub fn common_name(&self) -> String {
        self.certificate
            .cert
            .tbs_certificate
            .subject
            .0
            .iter()
            .flat_map(|rdn| rdn.0.iter())
            .find(|atv| atv.oid == oids::AT_COMMON_NAME)
            .and_then(|atv| identity::text(&atv.value))
            .unwrap_or_default()
    }

    /// Subject DN (RFC 4514).
    pub fn subject(&self) -> String {
        self.certificate.cert.tbs_certificate.subject.to_string()
    }

    /// Issuer DN (RFC 4514).
    pub fn issuer(&self) -> String {
        self.certificate.cert.tbs_certificate.issuer.to_string()
    }

    /// Certificate serial number, upper-case hex.
    pub fn serial_hex(&self) -> String {
        self.certificate.serial_hex()
    }

    /// Start of the certificate's validity.
    pub fn not_before(&self) -> OffsetDateTime {
        self.certificate.not_before()
    }

    /// End of the certificate's validity.
    pub fn not_after(&self) -> OffsetDateTime {
        self.certificate.not_after()
    }

    /// Subject key identifier, lower-case hex (NCALayer's key alias).
    pub fn key_id_hex(&self) -> String {
        self.certificate.subject_key_id().map(hex::encode).unwrap_or_else(|| self.serial_hex().to_lowercase())
    }

    /// Signs `message` with SHA-256: RSA PKCS#1 v1.5 bytes, or a DER ECDSA signature.
    pub fn sign_message(&self, message: &[u8]) -> Vec<u8> {
        self.key.sign(message)
    }

    /// The signature algorithm [`Self::sign_message`] produces.
    pub fn signature_algorithm(&self) -> AlgorithmIdentifierOwned {
        self.key.signature_algorithm()
    }

    /// The private key as unencrypted PKCS#8 DER (tests that build unusual signatures need it).
    pub fn private_key_pkcs8_der(&self) -> Vec<u8> {
        self.key.to_pkcs8_der().unwrap_or_default()
    }
}
