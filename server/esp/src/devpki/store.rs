//! The development PKI on disk: the manifest, writing a generation, and loading it back.

use std::fs;
use std::path::{Path, PathBuf};

use der::EncodePem;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use time::{Duration, OffsetDateTime};

use super::generate::{CA_IDS, CRL_LIFETIME, Ca, Cas, RevokedKey, issue_crls, parallel_map};
use super::key::write_p12;
use super::{
    DEV_P12_PASSWORD, DevKey, DevOrganisation, DevPerson, DevPki, DevPkiError, DevPkiOptions, KeyAlgorithm, Profile,
    io_error,
};
use crate::Purpose;

const MANIFEST: &str = "manifest.json";
/// Bumped when the layout or the certificate profiles change, so old directories are regenerated.
const FORMAT: u32 = 1;
/// Reuse a generation only while its valid certificates cover this much of the future.
const REUSE_HORIZON: Duration = Duration::days(30);
/// Re-sign the CRLs when they are this close to `nextUpdate`.
const CRL_MARGIN: Duration = Duration::days(1);
const SUBDIRECTORIES: [&str; 4] = ["keys", "certs", "ca", "crl"];

mod rfc3339 {
    use serde::{Deserialize, Deserializer, Serializer, de, ser};
    use time::OffsetDateTime;
    use time::format_description::well_known::Rfc3339;

    pub fn serialize<S: Serializer>(time: &OffsetDateTime, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&time.format(&Rfc3339).map_err(ser::Error::custom)?)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<OffsetDateTime, D::Error> {
        OffsetDateTime::parse(&String::deserialize(deserializer)?, &Rfc3339).map_err(de::Error::custom)
    }

    pub mod option {
        use super::*;

        pub fn serialize<S: Serializer>(time: &Option<OffsetDateTime>, serializer: S) -> Result<S::Ok, S::Error> {
            match time {
                Some(time) => super::serialize(time, serializer),
                None => serializer.serialize_none(),
            }
        }

        pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<OffsetDateTime>, D::Error> {
            Option::<String>::deserialize(deserializer)?
                .map(|text| OffsetDateTime::parse(&text, &Rfc3339).map_err(de::Error::custom))
                .transpose()
        }
    }
}

/// CRL numbering and validity of the current CRL set.
#[derive(Serialize, Deserialize)]
pub(super) struct CrlState {
    pub number: u64,
    #[serde(with = "rfc3339")]
    pub this_update: OffsetDateTime,
    #[serde(with = "rfc3339")]
    pub next_update: OffsetDateTime,
}

#[derive(Serialize, Deserialize)]
struct CaEntry {
    id: String,
    name: String,
    file: String,
    certificate: String,
    password: String,
    trusted: bool,
    algorithm: KeyAlgorithm,
}

#[derive(Serialize, Deserialize)]
struct KeyEntry {
    id: String,
    iin: String,
    bin: Option<String>,
    purpose: Purpose,
    profile: Profile,
    algorithm: KeyAlgorithm,
    file: String,
    password: String,
    certificate: String,
    serial_hex: String,
    #[serde(with = "rfc3339")]
    not_before: OffsetDateTime,
    #[serde(with = "rfc3339")]
    not_after: OffsetDateTime,
    #[serde(with = "rfc3339::option", default)]
    revoked_at: Option<OffsetDateTime>,
}

#[derive(Serialize, Deserialize)]
struct Manifest {
    note: String,
    format: u32,
    fingerprint: String,
    #[serde(with = "rfc3339")]
    generated_at: OffsetDateTime,
    public_base_url: String,
    crl: CrlState,
    crl_files: Vec<String>,
    cas: Vec<CaEntry>,
    keys: Vec<KeyEntry>,
}

/// Identifies the inputs of a generation; a different fingerprint means "regenerate".
pub(super) fn fingerprint(people: &[DevPerson], orgs: &[DevOrganisation], options: &DevPkiOptions) -> String {
    let inputs = serde_json::to_vec(&(FORMAT, people, orgs, &options.public_base_url)).unwrap_or_default();
    hex::encode(Sha256::digest(inputs))
}

pub(super) fn key_file(id: &str) -> String {
    format!("keys/{id}.p12")
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), DevPkiError> {
    fs::write(path, bytes).map_err(io_error(path))
}

fn write_manifest(dir: &Path, manifest: &Manifest) -> Result<(), DevPkiError> {
    let json = serde_json::to_vec_pretty(manifest).map_err(|e| DevPkiError::Manifest(e.to_string()))?;
    let temporary = dir.join(format!("{MANIFEST}.tmp"));
    write(&temporary, &json)?;
    let path = dir.join(MANIFEST);
    fs::rename(&temporary, &path).map_err(io_error(&path))
}

fn write_crls(dir: &Path, crls: &[(String, Vec<u8>)]) -> Result<(), DevPkiError> {
    crls.iter().try_for_each(|(name, der)| write(&dir.join("crl").join(name), der))
}

fn pem(cert: &x509_cert::Certificate) -> Result<String, DevPkiError> {
    Ok(cert.to_pem(der::pem::LineEnding::LF)?)
}

/// Writes a whole generation, replacing the previous one (only the files this module owns).
#[allow(clippy::too_many_arguments)]
pub(super) fn write_all(
    dir: &Path,
    cas: &Cas,
    keys: &[DevKey],
    revoked: &[RevokedKey],
    crls: &[(String, Vec<u8>)],
    crl_state: &CrlState,
    now: OffsetDateTime,
    options: &DevPkiOptions,
    fingerprint: &str,
) -> Result<(), DevPkiError> {
    let manifest_path = dir.join(MANIFEST);
    if manifest_path.exists() {
        fs::remove_file(&manifest_path).map_err(io_error(&manifest_path))?;
    }
    for sub in SUBDIRECTORIES {
        let path = dir.join(sub);
        if path.exists() {
            fs::remove_dir_all(&path).map_err(io_error(&path))?;
        }
        fs::create_dir_all(&path).map_err(io_error(&path))?;
    }

    let mut ca_entries = Vec::new();
    for ca in cas.all() {
        let file = format!("ca/{}.p12", ca.id);
        let certificate = format!("ca/{}.pem", ca.id);
        let p12 = write_p12(&ca.key, &[&ca.cert.der], &hex::encode(&ca.key_id), DEV_P12_PASSWORD)?;
        write(&dir.join(&file), &p12)?;
        write(&dir.join(&certificate), pem(&ca.cert.cert)?.as_bytes())?;
        ca_entries.push(CaEntry {
            id: ca.id.to_owned(),
            name: ca.cert.cert.tbs_certificate.subject.to_string(),
            file,
            certificate,
            password: DEV_P12_PASSWORD.to_owned(),
            trusted: ca.trusted,
            algorithm: ca.key.algorithm(),
        });
    }

    let containers = parallel_map(keys, |key| key.to_p12(&key.password));
    let mut key_entries = Vec::with_capacity(keys.len());
    for (key, p12) in keys.iter().zip(containers) {
        let file = key_file(&key.id);
        let certificate = format!("certs/{}.pem", key.id);
        write(&dir.join(&file), &p12?)?;
        write(&dir.join(&certificate), pem(&key.certificate.cert)?.as_bytes())?;
        let serial = &key.certificate.cert.tbs_certificate.serial_number;
        key_entries.push(KeyEntry {
            id: key.id.clone(),
            iin: key.iin.clone(),
            bin: key.bin.clone(),
            purpose: key.purpose,
            profile: key.profile.unwrap_or(Profile::Valid),
            algorithm: key.algorithm(),
            file,
            password: key.password.clone(),
            certificate,
            serial_hex: key.serial_hex(),
            not_before: key.not_before(),
            not_after: key.not_after(),
            revoked_at: revoked.iter().find(|r| &r.serial == serial).map(|r| r.at),
        });
    }

    write_crls(dir, crls)?;
    let manifest = Manifest {
        note: "Development PKI generated by the esp crate: not a real CA, never commit it. Password of every .p12: \
               Qwerty12."
            .to_owned(),
        format: FORMAT,
        fingerprint: fingerprint.to_owned(),
        generated_at: now,
        public_base_url: options.public_base_url.clone(),
        crl: CrlState {
            number: crl_state.number,
            this_update: crl_state.this_update,
            next_update: crl_state.next_update,
        },
        crl_files: crls.iter().map(|(name, _)| name.clone()).collect(),
        cas: ca_entries,
        keys: key_entries,
    };
    write_manifest(dir, &manifest)
}

/// The in-memory view of a generation.
pub(super) fn assemble(dir: &Path, cas: &Cas, keys: Vec<DevKey>, crls: Vec<(String, Vec<u8>)>) -> DevPki {
    let published = [&cas.root, &cas.nca_rsa, &cas.nca_ecdsa];
    DevPki {
        dir: dir.to_path_buf(),
        keys,
        anchors: vec![cas.root.cert.der.clone()],
        intermediates: vec![cas.nca_rsa.cert.der.clone(), cas.nca_ecdsa.cert.der.clone()],
        ca_files: published.iter().map(|ca| (format!("{}.cer", ca.id), ca.cert.der.clone())).collect(),
        crl_files: crls,
        ca_keys: std::sync::OnceLock::new(),
    }
}

/// Loads the generation in `dir` if it is still usable for `now` and was made from the same inputs
/// (any inputs when `fingerprint` is `None`);
/// `Ok(None)` means "generate anew". Re-signs stale CRLs in place.
pub(super) fn load(dir: &Path, fingerprint: Option<&str>, now: OffsetDateTime) -> Result<Option<DevPki>, DevPkiError> {
    let Ok(bytes) = fs::read(dir.join(MANIFEST)) else { return Ok(None) };
    let Ok(mut manifest) = serde_json::from_slice::<Manifest>(&bytes) else { return Ok(None) };
    if manifest.format != FORMAT || fingerprint.is_some_and(|f| manifest.fingerprint != f) {
        return Ok(None);
    }
    let covers =
        |not_before: OffsetDateTime, not_after: OffsetDateTime| not_before <= now && now + REUSE_HORIZON <= not_after;
    if !manifest.keys.iter().filter(|k| k.profile == Profile::Valid).all(|k| covers(k.not_before, k.not_after)) {
        return Ok(None);
    }
    let Some(cas) = load_cas(dir, &manifest) else { return Ok(None) };
    if !cas.all().iter().all(|ca| covers(ca.cert.not_before(), ca.cert.not_after())) {
        return Ok(None);
    }
    let loaded = parallel_map(&manifest.keys, |entry| load_key(dir, entry));
    let Some(keys) = loaded.into_iter().collect::<Option<Vec<_>>>() else { return Ok(None) };

    let fresh = manifest.crl.this_update <= now && now + CRL_MARGIN <= manifest.crl.next_update;
    let stored = fresh
        .then(|| {
            manifest
                .crl_files
                .iter()
                .map(|name| fs::read(dir.join("crl").join(name)).ok().map(|der| (name.clone(), der)))
                .collect::<Option<Vec<_>>>()
        })
        .flatten();
    let crls = match stored {
        Some(crls) => crls,
        None => {
            let revoked: Vec<RevokedKey> = manifest
                .keys
                .iter()
                .zip(&keys)
                .filter_map(|(entry, key)| {
                    Some(RevokedKey {
                        profile: entry.profile,
                        algorithm: entry.algorithm,
                        serial: key.certificate.cert.tbs_certificate.serial_number.clone(),
                        at: entry.revoked_at?,
                    })
                })
                .collect();
            manifest.crl =
                CrlState { number: manifest.crl.number + 2, this_update: now, next_update: now + CRL_LIFETIME };
            let crls = issue_crls(&cas, &revoked, &manifest.crl)?;
            fs::create_dir_all(dir.join("crl")).map_err(io_error(&dir.join("crl")))?;
            write_crls(dir, &crls)?;
            manifest.crl_files = crls.iter().map(|(name, _)| name.clone()).collect();
            write_manifest(dir, &manifest)?;
            crls
        }
    };
    Ok(Some(assemble(dir, &cas, keys, crls)))
}

fn load_cas(dir: &Path, manifest: &Manifest) -> Option<Cas> {
    let load = |id: &'static str| -> Option<Ca> {
        let entry = manifest.cas.iter().find(|ca| ca.id == id)?;
        let bytes = fs::read(dir.join(&entry.file)).ok()?;
        let key = DevKey::from_p12(&bytes, &entry.password).ok()?;
        Ca::new(id, key.key, key.certificate, entry.trusted).ok()
    };
    let [root, nca_rsa, nca_ecdsa, unknown] = CA_IDS;
    Some(Cas { root: load(root)?, nca_rsa: load(nca_rsa)?, nca_ecdsa: load(nca_ecdsa)?, unknown: load(unknown)? })
}

fn load_key(dir: &Path, entry: &KeyEntry) -> Option<DevKey> {
    let path: PathBuf = dir.join(&entry.file);
    let bytes = fs::read(&path).ok()?;
    let mut key = DevKey::from_p12(&bytes, &entry.password).ok()?;
    if key.serial_hex() != entry.serial_hex || key.algorithm() != entry.algorithm {
        return None;
    }
    key.id = entry.id.clone();
    key.iin = entry.iin.clone();
    key.bin = entry.bin.clone();
    key.purpose = entry.purpose;
    key.profile = Some(entry.profile);
    key.file = Some(path);
    Some(key)
}
