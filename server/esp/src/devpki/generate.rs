//! Generating the development PKI: CAs, personal and legal-entity keys, the negative-case keys, CRLs.

use std::path::Path;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use der::flagset::FlagSet;
use time::{Duration, OffsetDateTime};
use x509_cert::ext::pkix::{CrlReason, KeyUsages};
use x509_cert::name::Name;
use x509_cert::serial_number::SerialNumber;

use super::issue::{self, DnValue, Issuer, Publication, Revocation};
use super::key::PrivateKey;
use super::store::{self, CrlState};
use super::{
    DEV_P12_PASSWORD, DevKey, DevOrganisation, DevPerson, DevPki, DevPkiError, DevPkiOptions, KeyAlgorithm, Profile,
    StaffRole,
};
use crate::Purpose;
use crate::certificate::ParsedCert;
use crate::oids;

/// How long the CRLs are valid (`nextUpdate − thisUpdate`).
pub(super) const CRL_LIFETIME: Duration = Duration::days(7);

const CA_ORGANISATION: &str = "OTINISH DEV PKI (NOT A REAL CA)";

/// A development CA with its key.
pub(super) struct Ca {
    pub id: &'static str,
    pub key: PrivateKey,
    pub cert: ParsedCert,
    pub key_id: Vec<u8>,
    pub trusted: bool,
}

impl Ca {
    pub fn new(id: &'static str, key: PrivateKey, cert: ParsedCert, trusted: bool) -> Result<Self, DevPkiError> {
        let key_id = issue::key_identifier(cert.spki())?;
        Ok(Self { id, key, cert, key_id, trusted })
    }

    pub fn issuer(&self) -> Issuer<'_> {
        Issuer { name: &self.cert.cert.tbs_certificate.subject, key_id: &self.key_id, key: &self.key }
    }
}

/// The four development CAs.
pub(super) struct Cas {
    pub root: Ca,
    pub nca_rsa: Ca,
    pub nca_ecdsa: Ca,
    pub unknown: Ca,
}

/// Manifest ids of the CAs, which are also their file names.
pub(super) const CA_IDS: [&str; 4] = ["root-rsa", "nca-rsa", "nca-ecdsa", "unknown-root"];

impl Cas {
    pub fn all(&self) -> [&Ca; 4] {
        [&self.root, &self.nca_rsa, &self.nca_ecdsa, &self.unknown]
    }

    /// The intermediate that issues keys of this algorithm.
    pub fn intermediate_for(&self, algorithm: KeyAlgorithm) -> &Ca {
        match algorithm {
            KeyAlgorithm::Rsa2048 => &self.nca_rsa,
            KeyAlgorithm::EcdsaP256 => &self.nca_ecdsa,
        }
    }
}

/// A revoked development key, for the CRLs.
pub(super) struct RevokedKey {
    pub profile: Profile,
    pub algorithm: KeyAlgorithm,
    pub serial: SerialNumber,
    pub at: OffsetDateTime,
}

/// One key to generate.
struct Plan {
    id: String,
    person: DevPerson,
    organisation: Option<(String, String, StaffRole)>,
    purpose: Purpose,
    profile: Profile,
    algorithm: KeyAlgorithm,
}

fn file_prefix(purpose: Purpose, algorithm: KeyAlgorithm) -> &'static str {
    match (purpose, algorithm) {
        (Purpose::Authentication, KeyAlgorithm::Rsa2048) => "AUTH_RSA256",
        (Purpose::Signing, KeyAlgorithm::Rsa2048) => "RSA256",
        (Purpose::Authentication, KeyAlgorithm::EcdsaP256) => "AUTH_ECDSA256",
        (Purpose::Signing, KeyAlgorithm::EcdsaP256) => "ECDSA256",
    }
}

fn plans(people: &[DevPerson], orgs: &[DevOrganisation]) -> Vec<Plan> {
    const PURPOSES: [Purpose; 2] = [Purpose::Authentication, Purpose::Signing];
    let mut plans = Vec::new();
    let mut add = |person: &DevPerson, org: Option<(&DevOrganisation, StaffRole)>, profile, algorithm| {
        for purpose in PURPOSES {
            let mut id = format!("{}_{}", file_prefix(purpose, algorithm), person.iin);
            if let Some((org, _)) = org {
                id.push_str(&format!("_BIN{}", org.bin));
            }
            if profile != Profile::Valid {
                id.push('_');
                id.push_str(Profile::as_str(profile));
            }
            plans.push(Plan {
                id,
                person: person.clone(),
                organisation: org.map(|(o, role)| (o.name.clone(), o.bin.clone(), role)),
                purpose,
                profile,
                algorithm,
            });
        }
    };
    for (index, person) in people.iter().enumerate() {
        // RSA keys take a while to generate; past the first few people everyone gets ECDSA keys.
        let algorithm = if index < super::RSA_KEY_HOLDERS { KeyAlgorithm::Rsa2048 } else { KeyAlgorithm::EcdsaP256 };
        add(person, None, Profile::Valid, algorithm);
        if index == 0 {
            add(person, None, Profile::Valid, KeyAlgorithm::EcdsaP256);
            for profile in Profile::NEGATIVE {
                add(person, None, profile, KeyAlgorithm::Rsa2048);
            }
        }
    }
    for org in orgs {
        for (person, role) in &org.staff {
            add(person, Some((org, *role)), Profile::Valid, KeyAlgorithm::Rsa2048);
        }
    }
    plans
}

/// Runs `f` over `items` on all cores (RSA key generation and PKCS#12 encryption dominate generation time).
pub(super) fn parallel_map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).min(items.len()).max(1);
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<R>>> = Mutex::new((0..items.len()).map(|_| None).collect());
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| {
                loop {
                    let index = next.fetch_add(1, Ordering::Relaxed);
                    let Some(item) = items.get(index) else { break };
                    let result = f(item);
                    results.lock().unwrap_or_else(|e| e.into_inner())[index] = Some(result);
                }
            });
        }
    });
    results
        .into_inner()
        .unwrap_or_else(|e| e.into_inner())
        .into_iter()
        .map(|r| r.expect("every item is processed"))
        .collect()
}

fn parse(der: Vec<u8>) -> Result<ParsedCert, DevPkiError> {
    ParsedCert::from_der(der).ok_or_else(|| DevPkiError::Key("a generated certificate does not parse".to_owned()))
}

fn ca_name(common_name: &str) -> Result<Name, DevPkiError> {
    issue::name(&[
        (oids::AT_COMMON_NAME, DnValue::Utf8(common_name)),
        (oids::AT_ORGANISATION, DnValue::Utf8(CA_ORGANISATION)),
        (oids::AT_COUNTRY, DnValue::Printable("KZ")),
    ])
}

fn person_name(person: &DevPerson, organisation: Option<&(String, String, StaffRole)>) -> Result<Name, DevPkiError> {
    let surname = person.surname.to_uppercase();
    let common_name = format!("{surname} {}", person.given_name.to_uppercase());
    let serial = format!("IIN{}", person.iin);
    let patronymic = person.patronymic.as_ref().map(|p| p.to_uppercase());
    let unit = organisation.map(|(_, bin, _)| format!("BIN{bin}"));
    let mut attributes = vec![
        (oids::AT_COMMON_NAME, DnValue::Utf8(&common_name)),
        (oids::AT_SURNAME, DnValue::Utf8(&surname)),
        (oids::AT_SERIAL_NUMBER, DnValue::Printable(&serial)),
        (oids::AT_COUNTRY, DnValue::Printable("KZ")),
    ];
    if let (Some((name, _, _)), Some(unit)) = (organisation, &unit) {
        attributes.push((oids::AT_ORGANISATION, DnValue::Utf8(name)));
        attributes.push((oids::AT_ORGANISATIONAL_UNIT, DnValue::Utf8(unit)));
    }
    if let Some(patronymic) = &patronymic {
        attributes.push((oids::AT_GIVEN_NAME, DnValue::Utf8(patronymic)));
    }
    issue::name(&attributes)
}

fn ca_profile() -> issue::Profile {
    issue::Profile {
        ca: true,
        key_usage: KeyUsages::KeyCertSign | KeyUsages::CRLSign,
        extended_key_usage: Vec::new(),
        policies: vec![oids::POLICY_CA],
    }
}

fn leaf_profile(plan: &Plan) -> issue::Profile {
    let auth = plan.purpose == Purpose::Authentication;
    let key_usage: FlagSet<KeyUsages> = match (auth, plan.algorithm) {
        (true, KeyAlgorithm::Rsa2048) => KeyUsages::DigitalSignature | KeyUsages::KeyEncipherment,
        (true, KeyAlgorithm::EcdsaP256) => KeyUsages::DigitalSignature | KeyUsages::KeyAgreement,
        (false, _) => KeyUsages::DigitalSignature | KeyUsages::NonRepudiation,
    };
    let mut extended_key_usage = vec![if auth { oids::EKU_CLIENT_AUTH } else { oids::EKU_EMAIL_PROTECTION }];
    let policy = match &plan.organisation {
        Some((_, _, role)) => {
            extended_key_usage.extend([oids::ROLE_ORGANISATION, role.role().oid()]);
            if auth { oids::POLICY_LEGAL_AUTH } else { oids::POLICY_LEGAL_SIGN }
        }
        None => {
            extended_key_usage.push(oids::ROLE_INDIVIDUAL);
            if auth { oids::POLICY_INDIVIDUAL_AUTH } else { oids::POLICY_INDIVIDUAL_SIGN }
        }
    };
    issue::Profile { ca: false, key_usage, extended_key_usage, policies: vec![policy] }
}

fn publication(base: &str, ca: &str) -> Publication {
    Publication {
        crl_url: Some(format!("{base}/{ca}.crl")),
        delta_crl_url: (ca != "root-rsa").then(|| format!("{base}/{ca}-delta.crl")),
        ca_issuers_url: Some(format!("{base}/{ca}.cer")),
    }
}

fn build_cas(keys: [PrivateKey; 4], now: OffsetDateTime, base: &str) -> Result<Cas, DevPkiError> {
    let [root_key, rsa_key, ecdsa_key, unknown_key] = keys;
    let (not_before, not_after) = (now - Duration::days(730), now + Duration::days(3650));
    let none = Publication { crl_url: None, delta_crl_url: None, ca_issuers_url: None };
    let self_signed = |id: &'static str, cn: &str, key: PrivateKey, trusted: bool| -> Result<Ca, DevPkiError> {
        let (_, der) = issue::certificate(
            ca_name(cn)?,
            key.public_key_info()?,
            not_before,
            not_after,
            &ca_profile(),
            &none,
            None,
            &key,
        )?;
        Ca::new(id, key, parse(der)?, trusted)
    };
    let root = self_signed(CA_IDS[0], "OTINISH DEV НЕГІЗГІ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (RSA)", root_key, true)?;
    let intermediate = |id: &'static str, cn: &str, key: PrivateKey| -> Result<Ca, DevPkiError> {
        let (_, der) = issue::certificate(
            ca_name(cn)?,
            key.public_key_info()?,
            not_before,
            not_after - Duration::days(1),
            &ca_profile(),
            &publication(base, CA_IDS[0]),
            Some(root.issuer()),
            &key,
        )?;
        Ca::new(id, key, parse(der)?, true)
    };
    let nca_rsa = intermediate(CA_IDS[1], "OTINISH DEV ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (RSA)", rsa_key)?;
    let nca_ecdsa = intermediate(CA_IDS[2], "OTINISH DEV ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (ECDSA P-256)", ecdsa_key)?;
    let unknown = self_signed(CA_IDS[3], "OTINISH DEV UNTRUSTED CA (NOT IN THE TRUST STORE)", unknown_key, false)?;
    Ok(Cas { root, nca_rsa, nca_ecdsa, unknown })
}

fn validity(profile: Profile, now: OffsetDateTime) -> (OffsetDateTime, OffsetDateTime) {
    match profile {
        Profile::Expired => (now - Duration::days(400), now - Duration::days(35)),
        Profile::NotYetValid => (now + Duration::days(30), now + Duration::days(395)),
        _ => (now - Duration::days(30), now - Duration::days(30) + Duration::days(365)),
    }
}

/// Issues the CRLs: the root's (full only), and full + delta for each intermediate. Keys with profile
/// `revoked` go on the full CRL, `revoked_delta` on the delta only.
pub(super) fn issue_crls(
    cas: &Cas,
    revoked: &[RevokedKey],
    state: &CrlState,
) -> Result<Vec<(String, Vec<u8>)>, DevPkiError> {
    let (number, this_update, next_update) = (state.number, state.this_update, state.next_update);
    let mut files = vec![(
        format!("{}.crl", cas.root.id),
        issue::crl(&cas.root.issuer(), number, None, this_update, next_update, &[])?,
    )];
    for ca in [&cas.nca_rsa, &cas.nca_ecdsa] {
        let entries = |profile: Profile| -> Vec<Revocation> {
            revoked
                .iter()
                .filter(|r| r.profile == profile && cas.intermediate_for(r.algorithm).id == ca.id)
                .map(|r| Revocation { serial: r.serial.clone(), at: r.at, reason: CrlReason::KeyCompromise })
                .collect()
        };
        let full = issue::crl(&ca.issuer(), number, None, this_update, next_update, &entries(Profile::Revoked))?;
        let delta = issue::crl(
            &ca.issuer(),
            number + 1,
            Some(number),
            this_update,
            next_update,
            &entries(Profile::RevokedDelta),
        )?;
        files.push((format!("{}.crl", ca.id), full));
        files.push((format!("{}-delta.crl", ca.id), delta));
    }
    Ok(files)
}

/// Generates everything into `dir` (replacing a previous generation) and returns it.
pub(super) fn generate(
    dir: &Path,
    people: &[DevPerson],
    orgs: &[DevOrganisation],
    now: OffsetDateTime,
    options: &DevPkiOptions,
    fingerprint: &str,
) -> Result<DevPki, DevPkiError> {
    let plans = plans(people, orgs);
    let mut algorithms =
        vec![KeyAlgorithm::Rsa2048, KeyAlgorithm::Rsa2048, KeyAlgorithm::EcdsaP256, KeyAlgorithm::Rsa2048];
    algorithms.extend(plans.iter().map(|p| p.algorithm));
    let mut private_keys = parallel_map(&algorithms, |algorithm| PrivateKey::generate(*algorithm))
        .into_iter()
        .collect::<Result<Vec<_>, _>>()?;
    let leaf_keys = private_keys.split_off(4);
    let ca_keys: [PrivateKey; 4] = private_keys.try_into().unwrap_or_else(|_| unreachable!("four CA keys"));
    let base = options.public_base_url.trim_end_matches('/');
    let cas = build_cas(ca_keys, now, base)?;

    let mut keys = Vec::with_capacity(plans.len());
    let mut revoked = Vec::new();
    for (plan, key) in plans.into_iter().zip(leaf_keys) {
        let (not_before, not_after) = validity(plan.profile, now);
        let issuer_ca = match plan.profile {
            Profile::SelfSigned => None,
            Profile::UnknownCa => Some(&cas.unknown),
            _ => Some(cas.intermediate_for(plan.algorithm)),
        };
        let publication = match issuer_ca {
            Some(ca) => publication(base, ca.id),
            None => Publication { crl_url: None, delta_crl_url: None, ca_issuers_url: None },
        };
        let (_, der) = issue::certificate(
            person_name(&plan.person, plan.organisation.as_ref())?,
            key.public_key_info()?,
            not_before,
            not_after,
            &leaf_profile(&plan),
            &publication,
            issuer_ca.map(Ca::issuer),
            &key,
        )?;
        let certificate = parse(der)?;
        let chain = match issuer_ca {
            Some(ca) if ca.trusted => vec![ca.cert.der.clone(), cas.root.cert.der.clone()],
            Some(ca) => vec![ca.cert.der.clone()],
            None => Vec::new(),
        };
        if matches!(plan.profile, Profile::Revoked | Profile::RevokedDelta) {
            revoked.push(RevokedKey {
                profile: plan.profile,
                algorithm: plan.algorithm,
                serial: certificate.cert.tbs_certificate.serial_number.clone(),
                at: now - Duration::days(1),
            });
        }
        keys.push(DevKey {
            file: Some(dir.join(store::key_file(&plan.id))),
            id: plan.id,
            iin: plan.person.iin.clone(),
            bin: plan.organisation.map(|(_, bin, _)| bin),
            purpose: plan.purpose,
            profile: Some(plan.profile),
            password: DEV_P12_PASSWORD.to_owned(),
            certificate,
            chain,
            key,
        });
    }

    let crl_state = CrlState { number: 1, this_update: now, next_update: now + CRL_LIFETIME };
    let crls = issue_crls(&cas, &revoked, &crl_state)?;
    store::write_all(dir, &cas, &keys, &revoked, &crls, &crl_state, now, options, fingerprint)?;
    Ok(store::assemble(dir, &cas, keys, crls))
}
