//! The development PKI on disk: reuse, CRL re-signing, regeneration, the manifest and the PKCS#12 files.

mod common;

use common::*;
use esp::devpki::{self, DEV_P12_PASSWORD, DevKey, Profile};
use esp::{Purpose, Verifier};
use std::sync::Arc;
use time::Duration;

fn serials(pki: &devpki::DevPki) -> Vec<String> {
    pki.keys().iter().map(|k| k.serial_hex()).collect()
}

#[test]
fn generation_is_skipped_while_the_manifest_is_valid_and_redone_when_it_expires() {
    let dir = tempfile::tempdir().unwrap();
    let people = vec![person(TESTOV, "Тестов", "Тест", Some("Тестович"))];
    let first = devpki::load_or_generate(dir.path(), &people, &[], NOW).unwrap();

    let reloaded = devpki::load_or_generate(dir.path(), &people, &[], NOW + Duration::days(2)).unwrap();
    assert_eq!(serials(&reloaded), serials(&first), "keys are reused");
    assert_eq!(reloaded.crl_files(), first.crl_files(), "fresh CRLs are reused");
    assert_eq!(reloaded.key("AUTH_RSA256_880515300111_revoked").unwrap().profile(), Some(Profile::Revoked));

    // Close to nextUpdate the CRLs are re-signed, with the same keys and the same revocations.
    let later = NOW + Duration::days(6) + Duration::hours(12);
    let resigned = devpki::load_or_generate(dir.path(), &people, &[], later).unwrap();
    assert_eq!(serials(&resigned), serials(&first));
    assert_ne!(resigned.crl_files(), first.crl_files());
    let verifier = resigned.verifier();
    let revoked = resigned.find(TESTOV, Purpose::Authentication, Profile::Revoked).unwrap();
    let cms = esp::sign::sign_cms(revoked, &challenge(), true, later);
    assert!(matches!(
        verifier.verify_cms(&cms, &challenge(), Purpose::Authentication, later),
        Err(esp::Refusal::Revoked { .. })
    ));
    let valid = resigned.find(TESTOV, Purpose::Authentication, Profile::Valid).unwrap();
    let cms = esp::sign::sign_cms(valid, &challenge(), true, later);
    assert!(verifier.verify_cms(&cms, &challenge(), Purpose::Authentication, later).is_ok());

    // When the valid certificates no longer cover the next 30 days, everything is generated anew.
    let renewed = devpki::load_or_generate(dir.path(), &people, &[], NOW + Duration::days(320)).unwrap();
    assert!(serials(&renewed).iter().all(|s| !serials(&first).contains(s)));
}

#[test]
fn different_people_cause_a_new_generation() {
    let dir = tempfile::tempdir().unwrap();
    let one = vec![person(SMITH, "Smith", "John", None)];
    let first = devpki::load_or_generate(dir.path(), &one, &[], NOW).unwrap();
    let two = vec![person(SMITH, "Smith", "John", None), person(SARSENOVA, "Сәрсенова", "Әйгерім", None)];
    let second = devpki::load_or_generate(dir.path(), &two, &[], NOW).unwrap();
    assert!(second.find(SARSENOVA, Purpose::Signing, Profile::Valid).is_some());
    assert_ne!(
        first.find(SMITH, Purpose::Signing, Profile::Valid).unwrap().serial_hex(),
        second.find(SMITH, Purpose::Signing, Profile::Valid).unwrap().serial_hex()
    );
}

#[test]
fn manifest_lists_every_key_with_file_password_and_profile() {
    let pki = &fixture().pki;
    let manifest: serde_json::Value =
        serde_json::from_slice(&std::fs::read(pki.dir().join("manifest.json")).unwrap()).unwrap();
    let keys = manifest["keys"].as_array().unwrap();
    assert_eq!(keys.len(), pki.keys().len());
    let revoked = keys.iter().find(|k| k["id"] == "AUTH_RSA256_880515300111_revoked").unwrap();
    assert_eq!(revoked["purpose"], "auth");
    assert_eq!(revoked["profile"], "revoked");
    assert_eq!(revoked["algorithm"], "rsa-2048");
    assert_eq!(revoked["password"], DEV_P12_PASSWORD);
    assert_eq!(revoked["file"], "keys/AUTH_RSA256_880515300111_revoked.p12");
    let legal = keys.iter().find(|k| k["id"] == format!("RSA256_{SARSENOVA}_BIN{BIN}")).unwrap();
    assert_eq!(legal["bin"], BIN);
    assert_eq!(legal["purpose"], "sign");
    for profile in ["valid", "revoked", "revoked_delta", "expired", "not_yet_valid", "unknown_ca", "self_signed"] {
        assert!(keys.iter().any(|k| k["profile"] == profile), "{profile}");
    }
    assert!(pki.dir().join("keys/AUTH_ECDSA256_880515300111.p12").exists());
    assert!(pki.dir().join("certs/RSA256_880515300111.pem").exists());
}

#[test]
fn p12_files_load_back_with_the_documented_password_and_sign_valid_cms() {
    let pki = &fixture().pki;
    let original = pki.find(TESTOV, Purpose::Signing, Profile::Valid).unwrap();
    let bytes = std::fs::read(original.file().unwrap()).unwrap();
    let loaded = DevKey::from_p12(&bytes, DEV_P12_PASSWORD).unwrap();
    assert_eq!(loaded.serial_hex(), original.serial_hex());
    assert_eq!(loaded.iin(), TESTOV);
    assert_eq!(loaded.purpose(), Purpose::Signing);
    assert_eq!(loaded.profile(), None);
    assert_eq!(loaded.common_name(), "ТЕСТОВ ТЕСТ");
    assert_eq!(loaded.chain_der().len(), 2);
    let cms = esp::sign::sign_cms(&loaded, &application(), false, NOW);
    assert!(fixture().verifier.verify_cms(&cms, &application(), Purpose::Signing, NOW).is_ok());

    assert!(DevKey::from_p12(&bytes, "wrong password").is_err());
}

#[test]
fn published_files_are_named_like_the_distribution_points() {
    let pki = &fixture().pki;
    let crls: Vec<String> = pki.crl_files().into_iter().map(|(name, _)| name).collect();
    assert_eq!(crls, ["root-rsa.crl", "nca-rsa.crl", "nca-rsa-delta.crl", "nca-ecdsa.crl", "nca-ecdsa-delta.crl"]);
    let cas: Vec<String> = pki.ca_certificate_files().into_iter().map(|(name, _)| name).collect();
    assert_eq!(cas, ["root-rsa.cer", "nca-rsa.cer", "nca-ecdsa.cer"]);
    let pem = pki.find(TESTOV, Purpose::Authentication, Profile::Valid).unwrap().certificate_pem();
    assert!(pem.starts_with("-----BEGIN CERTIFICATE-----"));
}

#[test]
fn trust_store_loads_from_the_pem_files_on_disk() {
    let pki = &fixture().pki;
    let dir = pki.dir();
    let trust = esp::TrustStore::from_files(&[dir.join("ca/root-rsa.pem")], &[dir.join("ca/nca-rsa.pem")]).unwrap();
    let crls = esp::CrlSource::from_files(&[
        dir.join("crl/root-rsa.crl"),
        dir.join("crl/nca-rsa.crl"),
        dir.join("crl/nca-rsa-delta.crl"),
    ])
    .unwrap();
    let verifier = Verifier::new(trust, Arc::new(crls));
    let key = pki.find(TESTOV, Purpose::Authentication, Profile::Valid).unwrap();
    let cms = esp::sign::sign_cms(key, &challenge(), true, NOW);
    assert!(verifier.verify_cms(&cms, &challenge(), Purpose::Authentication, NOW).is_ok());
}
