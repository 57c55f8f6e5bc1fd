//! A development PKI shaped like НУЦ РК, generated on first use and never committed.
//!
//! ```text
//! OTINISH DEV НЕГІЗГІ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (RSA)            root, RSA-2048, 10 years, root-rsa.crl
//! ├── OTINISH DEV ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (RSA)          RSA-2048, nca-rsa.crl + nca-rsa-delta.crl
//! │   └── AUTH_RSA256_<iin>, RSA256_<iin>, legal-entity keys, revoked / expired / … keys
//! └── OTINISH DEV ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (ECDSA P-256)  nca-ecdsa.crl + nca-ecdsa-delta.crl
//!     └── AUTH_ECDSA256_<iin>, ECDSA256_<iin> (first person only)
//! OTINISH DEV UNTRUSTED CA                                   not in the trust store (unknown_ca keys)
//! ```
//!
//! Layout of the directory: `manifest.json`; `keys/<id>.p12` (password [`DEV_P12_PASSWORD`]) and
//! `certs/<id>.pem`; `ca/<ca>.p12` and `ca/<ca>.pem`; `crl/<name>.crl` (DER). The manifest lists every key
//! as `{id, iin, bin, purpose: auth|sign, profile, algorithm, file, password, …}`.
//!
//! [`load_or_generate`] reuses the directory while every `valid` certificate covers `now` + 30 days and the
//! people and organisations are unchanged; CRLs are re-signed when they are within a day of `nextUpdate`.

mod generate;
mod issue;
mod key;
mod responder;
mod store;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use crate::{CrlSource, Purpose, TrustStore, Verifier};

pub use key::{DevKey, KeyAlgorithm};

/// The password of every development `.p12` file (NCA's test packs use the same one).
pub const DEV_P12_PASSWORD: &str = "Qwerty12";

/// Where the development server publishes CRLs and CA certificates by default.
pub const DEFAULT_PUBLIC_BASE_URL: &str = "http://127.0.0.1:3000/pki";

/// A person to issue keys for. Names are upper-cased in certificates, as НУЦ РК writes them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DevPerson {
    /// ИИН, 12 digits.
    pub iin: String,
    /// Surname.
    pub surname: String,
    /// Given name.
    pub given_name: String,
    /// Patronymic (the certificate's `GIVENNAME`).
    pub patronymic: Option<String>,
}

/// A staff member's role in a legal entity, as НУЦ РК role OIDs express it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StaffRole {
    /// First head (`1.2.398.3.3.4.1.2.1`).
    Ceo,
    /// Right to sign (`1.2.398.3.3.4.1.2.2`).
    CanSign,
    /// Right to sign financial documents (`1.2.398.3.3.4.1.2.3`).
    CanSignFinancial,
    /// HR officer (`1.2.398.3.3.4.1.2.4`).
    Hr,
    /// Employee without a signing right (`1.2.398.3.3.4.1.2.5`).
    Employee,
}

impl StaffRole {
    pub(crate) fn role(self) -> crate::Role {
        match self {
            StaffRole::Ceo => crate::Role::Ceo,
            StaffRole::CanSign => crate::Role::CanSign,
            StaffRole::CanSignFinancial => crate::Role::CanSignFinancial,
            StaffRole::Hr => crate::Role::Hr,
            StaffRole::Employee => crate::Role::Employee,
        }
    }
}

/// A legal entity whose staff get legal-entity keys (`O=<name>`, `OU=BIN<bin>`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DevOrganisation {
    /// БИН, 12 digits.
    pub bin: String,
    /// Organisation name, e.g. `ТОО "OTINISH DEMO"`.
    pub name: String,
    /// Staff members and their roles.
    pub staff: Vec<(DevPerson, StaffRole)>,
}

/// Which case of the verification matrix a key exercises.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Profile {
    /// Valid and trusted.
    Valid,
    /// Revoked in the full CRL (reason keyCompromise).
    Revoked,
    /// Revoked only in the delta CRL.
    RevokedDelta,
    /// `notAfter` in the past.
    Expired,
    /// `notBefore` in the future.
    NotYetValid,
    /// Issued by a CA that is not in the trust store.
    UnknownCa,
    /// Self-signed.
    SelfSigned,
}

impl Profile {
    /// The negative profiles generated for the first person.
    pub const NEGATIVE: [Profile; 6] = [
        Profile::Revoked,
        Profile::RevokedDelta,
        Profile::Expired,
        Profile::NotYetValid,
        Profile::UnknownCa,
        Profile::SelfSigned,
    ];

    /// The manifest spelling (`revoked_delta`, …), also used as the file-name suffix.
    pub fn as_str(self) -> &'static str {
        match self {
            Profile::Valid => "valid",
            Profile::Revoked => "revoked",
            Profile::RevokedDelta => "revoked_delta",
            Profile::Expired => "expired",
            Profile::NotYetValid => "not_yet_valid",
            Profile::UnknownCa => "unknown_ca",
            Profile::SelfSigned => "self_signed",
        }
    }
}

/// Settings of the development PKI.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DevPkiOptions {
    /// Base URL written into CRL distribution points and AIA (`<base>/nca-rsa.crl`, `<base>/nca-rsa.cer`).
    pub public_base_url: String,
}

impl Default for DevPkiOptions {
    fn default() -> Self {
        Self { public_base_url: DEFAULT_PUBLIC_BASE_URL.to_owned() }
    }
}

/// Why the development PKI could not be loaded or generated.
#[derive(Debug, thiserror::Error)]
pub enum DevPkiError {
    /// Reading or writing a file failed.
    #[error("development PKI file {path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// The cause.
        source: std::io::Error,
    },
    /// ASN.1 encoding failed.
    #[error("ASN.1 encoding: {0}")]
    Encoding(#[from] der::Error),
    /// Key generation or key encoding failed.
    #[error("key: {0}")]
    Key(String),
    /// A PKCS#12 container could not be written or read.
    #[error("PKCS#12: {0}")]
    P12(String),
    /// The manifest could not be written.
    #[error("manifest: {0}")]
    Manifest(String),
}

impl From<spki::Error> for DevPkiError {
    fn from(error: spki::Error) -> Self {
        DevPkiError::Key(error.to_string())
    }
}

pub(crate) fn io_error(path: &Path) -> impl FnOnce(std::io::Error) -> DevPkiError + '_ {
    move |source| DevPkiError::Io { path: path.display().to_string(), source }
}

/// The development PKI on disk and in memory: trust store, CRLs and keys for the server, the NCALayer
/// emulator and the tests.
pub struct DevPki {
    pub(crate) dir: PathBuf,
    pub(crate) keys: Vec<DevKey>,
    pub(crate) anchors: Vec<Vec<u8>>,
    pub(crate) intermediates: Vec<Vec<u8>>,
    pub(crate) ca_files: Vec<(String, Vec<u8>)>,
    pub(crate) crl_files: Vec<(String, Vec<u8>)>,
    /// The CAs' keys, for the OCSP responder (read on first use).
    pub(crate) ca_keys: std::sync::OnceLock<Vec<DevKey>>,
}

impl std::fmt::Debug for DevPki {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DevPki").field("dir", &self.dir).field("keys", &self.keys.len()).finish_non_exhaustive()
    }
}

/// How many people (the first ones given) get RSA-2048 keys; the rest get ECDSA P-256 keys.
pub const RSA_KEY_HOLDERS: usize = 6;

/// Loads the development PKI from `dir`, or generates it there (see the module docs for when).
pub fn load_or_generate(
    dir: &Path,
    people: &[DevPerson],
    orgs: &[DevOrganisation],
    now: OffsetDateTime,
) -> Result<DevPki, DevPkiError> {
    load_or_generate_with(dir, people, orgs, now, &DevPkiOptions::default())
}

/// [`load_or_generate`] with explicit options (e.g. the public base URL of the running server).
pub fn load_or_generate_with(
    dir: &Path,
    people: &[DevPerson],
    orgs: &[DevOrganisation],
    now: OffsetDateTime,
    options: &DevPkiOptions,
) -> Result<DevPki, DevPkiError> {
    let now = crate::time_conv::whole_seconds(now);
    std::fs::create_dir_all(dir).map_err(io_error(dir))?;
    // The server and the NCALayer emulator may start together on the same directory: one generates, the
    // other waits and loads. The OS releases the lock if a process dies.
    let lock_path = dir.join(".lock");
    let lock = std::fs::File::options().create(true).truncate(false).write(true).open(&lock_path);
    let lock = lock.map_err(io_error(&lock_path))?;
    lock.lock().map_err(io_error(&lock_path))?;
    let fingerprint = store::fingerprint(people, orgs, options);
    if let Some(pki) = store::load(dir, Some(&fingerprint), now)? {
        return Ok(pki);
    }
    generate::generate(dir, people, orgs, now, options, &fingerprint)
}

/// Loads the development PKI another process generated in `dir`, whatever it was generated for (the
/// NCALayer emulator run on its own reads the portal's); `Ok(None)` when there is none usable at `now`.
pub fn load_existing(dir: &Path, now: OffsetDateTime) -> Result<Option<DevPki>, DevPkiError> {
    let now = crate::time_conv::whole_seconds(now);
    let lock_path = dir.join(".lock");
    let lock = std::fs::File::options().create(true).truncate(false).write(true).open(&lock_path);
    let lock = lock.map_err(io_error(&lock_path))?;
    lock.lock().map_err(io_error(&lock_path))?;
    store::load(dir, None, now)
}

impl DevPki {
    /// The directory the PKI lives in.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The development root as anchor and both development intermediates (not the untrusted CA).
    pub fn trust_store(&self) -> TrustStore {
        let mut trust = TrustStore::new();
        for der in &self.anchors {
            trust.add_anchors(der).expect("the development root parses");
        }
        for der in &self.intermediates {
            trust.add_intermediates(der).expect("development intermediates parse");
        }
        trust
    }

    /// A CRL source over the current development CRLs.
    pub fn crl_source(&self) -> CrlSource {
        CrlSource::from_der_list(self.crl_files.iter().map(|(_, der)| der)).expect("development CRLs parse")
    }

    /// A verifier over [`Self::trust_store`] and [`Self::crl_source`].
    pub fn verifier(&self) -> Verifier {
        Verifier::new(self.trust_store(), Arc::new(self.crl_source()))
    }

    /// CRL files as `(name, DER)`, e.g. `("nca-rsa.crl", …)`; the development server publishes them at
    /// `/pki/<name>` (the distribution points in the certificates).
    pub fn crl_files(&self) -> Vec<(String, Vec<u8>)> {
        self.crl_files.clone()
    }

    /// CA certificates as `(name, DER)`, e.g. `("nca-rsa.cer", …)`, for `/pki/<name>` (the AIA URLs).
    pub fn ca_certificate_files(&self) -> Vec<(String, Vec<u8>)> {
        self.ca_files.clone()
    }

    /// All keys, in manifest order.
    pub fn keys(&self) -> &[DevKey] {
        &self.keys
    }

    /// The key with this manifest id (e.g. `AUTH_RSA256_123456789011_revoked`).
    pub fn key(&self, id: &str) -> Option<&DevKey> {
        self.keys.iter().find(|k| k.id == id)
    }

    /// A personal (non-legal-entity) key of this person, purpose and profile; RSA before ECDSA.
    pub fn find(&self, iin: &str, purpose: Purpose, profile: Profile) -> Option<&DevKey> {
        self.keys.iter().find(|k| k.iin == iin && k.bin.is_none() && k.purpose == purpose && k.profile == Some(profile))
    }

    /// Like [`Self::find`], for a given algorithm.
    pub fn find_with_algorithm(
        &self,
        iin: &str,
        purpose: Purpose,
        profile: Profile,
        algorithm: KeyAlgorithm,
    ) -> Option<&DevKey> {
        self.keys.iter().find(|k| {
            k.iin == iin
                && k.bin.is_none()
                && k.purpose == purpose
                && k.profile == Some(profile)
                && k.algorithm() == algorithm
        })
    }

    /// The legal-entity key of a staff member of organisation `bin`.
    pub fn find_legal(&self, iin: &str, bin: &str, purpose: Purpose) -> Option<&DevKey> {
        self.keys.iter().find(|k| k.iin == iin && k.bin.as_deref() == Some(bin) && k.purpose == purpose)
    }
}
