//! Revocation by OCSP: the client's checks of the development responder's answers (status, signature,
//! nonce, freshness), the fallback to the CRLs, and the whole verification pipeline with OCSP as the
//! revocation source.

mod common;

use std::sync::{Arc, Mutex};

use common::{NOW, TESTOV, application, fixture, sign_now};
use esp::devpki::Profile;
use esp::ocsp::{OcspSource, OcspTransport};
use esp::{Certificate, Purpose, Refusal, RevocationStatus, Verifier};
use time::{Duration, OffsetDateTime};

/// The development responder, answering as of `at`, reached in process; `tamper` flips the last
/// byte of its answer (the signature's), `silent` answers nothing; `replay` answers every request
/// with the first answer it gave.
#[derive(Default)]
struct Responder {
    at: Option<OffsetDateTime>,
    tamper: bool,
    silent: bool,
    replay: bool,
    first: Mutex<Option<Vec<u8>>>,
}

impl OcspTransport for Responder {
    fn post(&self, url: &str, request: &[u8]) -> Option<Vec<u8>> {
        assert_eq!(url, "http://ocsp.test/pki/ocsp");
        if self.silent {
            return None;
        }
        let mut answer = fixture().pki.ocsp_response(request, self.at.unwrap_or(NOW));
        if self.tamper {
            let last = answer.len() - 1;
            answer[last] ^= 0x01;
        }
        let mut first = self.first.lock().unwrap();
        if self.replay && first.is_some() {
            return first.clone();
        }
        first.get_or_insert_with(|| answer.clone());
        Some(answer)
    }
}

fn source(responder: Responder) -> OcspSource {
    OcspSource::new("http://ocsp.test/pki/ocsp", Arc::new(responder))
}

/// A signing key's certificate and its issuer.
fn cert_and_issuer(profile: Profile) -> (Certificate, Certificate) {
    let key = fixture().pki.find(TESTOV, Purpose::Signing, profile).expect("key");
    let issuer = key.issuer_certificate().expect("issuer");
    (key.certificate().clone(), issuer)
}

#[test]
fn the_responder_says_good_for_a_valid_certificate_and_revoked_for_a_revoked_one() {
    let ocsp = source(Responder::default());
    let (cert, issuer) = cert_and_issuer(Profile::Valid);
    assert_eq!(ocsp.ask(&cert, &issuer, NOW), RevocationStatus::Good);
    for profile in [Profile::Revoked, Profile::RevokedDelta] {
        let (cert, issuer) = cert_and_issuer(profile);
        assert!(matches!(ocsp.ask(&cert, &issuer, NOW), RevocationStatus::Revoked { .. }), "{profile:?}");
    }
}

#[test]
fn a_tampered_stale_replayed_or_missing_answer_is_unavailable() {
    let (cert, issuer) = cert_and_issuer(Profile::Valid);
    let tampered = source(Responder { tamper: true, ..Responder::default() });
    assert_eq!(tampered.ask(&cert, &issuer, NOW), RevocationStatus::Unavailable, "bad signature");
    let stale = source(Responder { at: Some(NOW - Duration::hours(3)), ..Responder::default() });
    assert_eq!(stale.ask(&cert, &issuer, NOW), RevocationStatus::Unavailable, "nextUpdate passed");
    let future = source(Responder { at: Some(NOW + Duration::hours(3)), ..Responder::default() });
    assert_eq!(future.ask(&cert, &issuer, NOW), RevocationStatus::Unavailable, "thisUpdate ahead");
    let silent = source(Responder { silent: true, ..Responder::default() });
    assert_eq!(silent.ask(&cert, &issuer, NOW), RevocationStatus::Unavailable, "no answer");

    let replaying = source(Responder { replay: true, ..Responder::default() });
    assert_eq!(replaying.ask(&cert, &issuer, NOW), RevocationStatus::Good, "the first answer is genuine");
    assert_eq!(replaying.ask(&cert, &issuer, NOW), RevocationStatus::Unavailable, "a replay has another nonce");
    let (other, other_issuer) = cert_and_issuer(Profile::Revoked);
    let replaying = source(Responder { replay: true, ..Responder::default() });
    assert!(matches!(replaying.ask(&other, &other_issuer, NOW), RevocationStatus::Revoked { .. }));
    assert_eq!(replaying.ask(&cert, &issuer, NOW), RevocationStatus::Unavailable, "another certificate's answer");
}

#[test]
fn without_a_usable_answer_the_crls_decide_when_they_are_the_fallback() {
    let (cert, issuer) = cert_and_issuer(Profile::Revoked);
    let ocsp =
        source(Responder { silent: true, ..Responder::default() }).with_fallback(Arc::new(fixture().pki.crl_source()));
    assert!(matches!(esp::RevocationSource::status(&ocsp, &cert, &issuer, NOW), RevocationStatus::Revoked { .. }));
}

#[test]
fn the_pipeline_with_ocsp_accepts_a_valid_signature_and_refuses_revoked_or_unchecked_ones() {
    let pki = &fixture().pki;
    let content = application();
    let verifier = Verifier::new(pki.trust_store(), Arc::new(source(Responder::default())));
    let valid = pki.find(TESTOV, Purpose::Signing, Profile::Valid).expect("key");
    let ok = verifier.verify_cms(&sign_now(valid, &content, true), &content, Purpose::Signing, NOW);
    assert_eq!(ok.expect("valid").identity.iin, TESTOV);
    let revoked = pki.find(TESTOV, Purpose::Signing, Profile::Revoked).expect("key");
    let refused = verifier.verify_cms(&sign_now(revoked, &content, true), &content, Purpose::Signing, NOW);
    assert!(matches!(refused, Err(Refusal::Revoked { .. })), "{refused:?}");

    let unreachable =
        Verifier::new(pki.trust_store(), Arc::new(source(Responder { silent: true, ..Responder::default() })));
    let refused = unreachable.verify_cms(&sign_now(valid, &content, true), &content, Purpose::Signing, NOW);
    assert!(matches!(refused, Err(Refusal::RevocationUnavailable)), "fails closed: {refused:?}");
}
