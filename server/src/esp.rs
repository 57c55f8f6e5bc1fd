//! ESP (ЭЦП/ЭЦҚ) in the server: the verifier the portal trusts, the files it publishes (CRLs and CA
//! certificates under `/pki/`), and the development PKI it generates when no trust store is
//! configured.
//!
//! With `OTINISH_ESP_TRUST_DIR` set, the portal trusts exactly the certificates in its `anchors/`
//! and `intermediates/` folders and checks revocation against the CRLs in its `crl/` folder (full
//! and delta; stale or missing lists make the status unavailable and signing in fails closed).
//! Without it, the portal generates a development PKI shaped like НУЦ РК under the data directory
//! (`esp::devpki`; never committed) and trusts only that, and answers OCSP for it at `/pki/ocsp`.
//!
//! With `OTINISH_ESP_OCSP_URL` set, revocation is asked of that OCSP responder first; when it gives
//! no usable answer (unreachable, unsigned, stale, `unknown`), the CRLs decide, and without fresh
//! CRLs either the check fails closed.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use esp::devpki::{self, DevOrganisation, DevPerson, DevPki, DevPkiOptions, StaffRole};
use esp::{CrlSource, Purpose, Refusal, TrustStore, Verified, Verifier};

use crate::config::Config;
use crate::registry::{DEMO_PEOPLE, parse_people};

/// How many people at the top of the demo registry are key holders for the negative cases and
/// RSA keys (`esp::devpki::RSA_KEY_HOLDERS`); everyone in the registry gets development keys, the
/// rest ECDSA ones. The person after the last one not in a demo organisation heads it.
pub const DEV_KEY_HOLDERS: usize = esp::devpki::RSA_KEY_HOLDERS;

/// The demo organisation whose head holds legal-entity keys.
pub const DEMO_ORGANISATION_BIN: &str = "070340000002";

/// What the server needs for ESP.
pub struct EspState {
    pub verifier: Verifier,
    /// Files served under `/pki/`: CRLs and CA certificates, by name.
    pub published: HashMap<String, Vec<u8>>,
    /// The development PKI, when the portal generated one.
    pub dev_pki: Option<Arc<DevPki>>,
}

impl std::fmt::Debug for EspState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EspState").field("published", &self.published.len()).finish_non_exhaustive()
    }
}

impl EspState {
    /// Verifies a signature of `expected` for `purpose` at `now` (Unix seconds), off the async
    /// threads (RSA verification takes a fraction of a millisecond of CPU).
    pub async fn verify(
        self: &Arc<Self>,
        signature: &[u8],
        expected: &[u8],
        purpose: Purpose,
        now: i64,
    ) -> Result<Verified, Refusal> {
        let (esp, signature, expected) = (self.clone(), signature.to_vec(), expected.to_vec());
        let at = time::OffsetDateTime::from_unix_timestamp(now).unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
        tokio::task::spawn_blocking(move || esp.verifier.verify_cms(&signature, &expected, purpose, at))
            .await
            .unwrap_or_else(|e| {
                tracing::error!(error = %e, "signature verification did not finish");
                Err(Refusal::Malformed)
            })
    }
}

/// The people of the demo registry who get development keys, and the demo organisation.
pub fn dev_key_holders() -> Result<(Vec<DevPerson>, Vec<DevOrganisation>), String> {
    let people = parse_people(DEMO_PEOPLE)?;
    let person = |p: &crate::registry::Person| DevPerson {
        iin: p.iin.clone(),
        surname: p.surname.clone(),
        given_name: p.given_name.clone(),
        patronymic: p.patronymic.clone(),
    };
    let holders = people.iter().map(person).collect();
    let head = people.get(DEV_KEY_HOLDERS).map(person).ok_or("the demo registry is too small")?;
    let org = DevOrganisation {
        bin: DEMO_ORGANISATION_BIN.into(),
        name: "«ҚЫЗЫЛОРДА ОБЛЫСЫНЫҢ МЕМЛЕКЕТТІК АРХИВІ» КММ".into(),
        staff: vec![(head, StaffRole::Ceo)],
    };
    Ok((holders, vec![org]))
}

fn files_in(dir: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.is_file()).collect())
        .unwrap_or_default();
    out.sort();
    out
}

/// OCSP over HTTP (`POST`, `application/ocsp-request`), from the blocking verification thread.
pub struct HttpOcsp {
    agent: ureq::Agent,
}

impl HttpOcsp {
    /// A client that gives up after five seconds (the verifier then falls back to the CRLs).
    pub fn new() -> HttpOcsp {
        HttpOcsp { agent: ureq::AgentBuilder::new().timeout(std::time::Duration::from_secs(5)).build() }
    }
}

impl Default for HttpOcsp {
    fn default() -> Self {
        HttpOcsp::new()
    }
}

impl esp::ocsp::OcspTransport for HttpOcsp {
    fn post(&self, url: &str, request: &[u8]) -> Option<Vec<u8>> {
        let response = self.agent.post(url).set("content-type", "application/ocsp-request").send_bytes(request);
        let response = match response {
            Ok(r) => r,
            Err(e) => {
                tracing::warn!(error = %e, "OCSP responder unreachable");
                return None;
            }
        };
        let mut body = Vec::new();
        std::io::Read::read_to_end(&mut std::io::Read::take(response.into_reader(), 1024 * 1024), &mut body).ok()?;
        Some(body)
    }
}

/// The revocation source: the CRLs, asked after the OCSP responder when `OTINISH_ESP_OCSP_URL` names one.
fn revocation(config: &Config, crls: CrlSource) -> Arc<dyn esp::RevocationSource> {
    match &config.esp.ocsp_url {
        Some(url) => Arc::new(esp::ocsp::OcspSource::new(url, Arc::new(HttpOcsp::new())).with_fallback(Arc::new(crls))),
        None => Arc::new(crls),
    }
}

/// Sets ESP up from the configuration (see the module docs).
pub fn setup(config: &Config, now: time::OffsetDateTime) -> Result<EspState, Box<dyn std::error::Error>> {
    if let Some(dir) = &config.esp.trust_dir {
        let trust = TrustStore::from_files(&files_in(&dir.join("anchors")), &files_in(&dir.join("intermediates")))?;
        let crl_files = files_in(&dir.join("crl"));
        let crls = CrlSource::from_files(&crl_files)?;
        let published = crl_files
            .iter()
            .filter_map(|p| Some((p.file_name()?.to_str()?.to_owned(), std::fs::read(p).ok()?)))
            .collect();
        return Ok(EspState { verifier: Verifier::new(trust, revocation(config, crls)), published, dev_pki: None });
    }
    let (people, orgs) = dev_key_holders()?;
    let dir = config.esp.pki_dir.clone().unwrap_or_else(|| config.data_dir.join("pki"));
    let public_base_url = config.esp.dev_pki_url.clone().unwrap_or_else(|| format!("{}/pki", config.public_url()));
    let options = DevPkiOptions { public_base_url };
    let pki = devpki::load_or_generate_with(&dir, &people, &orgs, now, &options)?;
    let published = pki.crl_files().into_iter().chain(pki.ca_certificate_files()).collect();
    let verifier = Verifier::new(pki.trust_store(), revocation(config, pki.crl_source()));
    Ok(EspState { verifier, published, dev_pki: Some(Arc::new(pki)) })
}
