//! The verification pipeline against real signatures from the development PKI: every refusal of the matrix.

mod common;

use std::sync::Arc;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use common::*;
use esp::devpki::{KeyAlgorithm, Profile};
use esp::{CrlSource, Purpose, Refusal, Role, Verifier};
use time::Duration;

fn verify(cms: &[u8], expected: &[u8], purpose: Purpose) -> Result<esp::Verified, Refusal> {
    fixture().verifier.verify_cms(cms, expected, purpose, NOW)
}

fn key(iin: &str, purpose: Purpose, profile: Profile) -> &'static esp::devpki::DevKey {
    fixture().pki.find(iin, purpose, profile).expect("key in the development PKI")
}

#[test]
fn valid_authentication_signature_logs_the_person_in_with_the_right_identity() {
    let key = key(TESTOV, Purpose::Authentication, Profile::Valid);
    let cms = sign_now(key, &challenge(), true);
    let verified = verify(&cms, &challenge(), Purpose::Authentication).expect("valid login");
    let identity = &verified.identity;
    assert_eq!(identity.iin, TESTOV);
    assert_eq!(identity.surname, "ТЕСТОВ");
    assert_eq!(identity.given_name, "ТЕСТ");
    assert_eq!(identity.patronymic.as_deref(), Some("ТЕСТОВИЧ"));
    assert_eq!(identity.common_name, "ТЕСТОВ ТЕСТ");
    assert_eq!(identity.bin, None);
    assert_eq!(identity.organisation, None);
    assert_eq!(identity.roles, vec![Role::Individual]);
    assert_eq!(verified.content, challenge());
    assert_eq!(verified.signing_time, Some(NOW));
    assert_eq!(verified.certificate_der, key.certificate_der());
    assert_eq!(verified.certificate.serial_hex, key.serial_hex());
    assert_eq!(verified.certificate.algorithm, "RSA-2048");
    assert!(verified.certificate.issuer.contains("ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (RSA)"));
}

#[test]
fn names_with_kazakh_letters_and_without_patronymic_are_split_correctly() {
    let cms = sign_now(key(SARSENOVA, Purpose::Authentication, Profile::Valid), &challenge(), true);
    let identity = verify(&cms, &challenge(), Purpose::Authentication).unwrap().identity;
    assert_eq!(identity.surname, "СӘРСЕНОВА");
    assert_eq!(identity.given_name, "ӘЙГЕРІМ");
    assert_eq!(identity.patronymic.as_deref(), Some("ҚАЙРАТҚЫЗЫ"));

    let cms = sign_now(key(SMITH, Purpose::Authentication, Profile::Valid), &challenge(), true);
    let identity = verify(&cms, &challenge(), Purpose::Authentication).unwrap().identity;
    assert_eq!((identity.surname.as_str(), identity.given_name.as_str()), ("SMITH", "JOHN"));
    assert_eq!(identity.patronymic, None);
}

#[test]
fn valid_detached_signature_of_an_application_is_accepted() {
    let cms = sign_now(key(TESTOV, Purpose::Signing, Profile::Valid), &application(), false);
    let verified = verify(&cms, &application(), Purpose::Signing).expect("valid signature");
    assert_eq!(verified.identity.iin, TESTOV);
    assert_eq!(verified.content, application());
}

#[test]
fn valid_attached_signature_of_an_application_is_accepted() {
    let cms = sign_now(key(SARSENOVA, Purpose::Signing, Profile::Valid), &application(), true);
    assert!(verify(&cms, &application(), Purpose::Signing).is_ok());
}

#[test]
fn ecdsa_keys_are_accepted_for_login_and_signing() {
    let pki = &fixture().pki;
    let auth = pki
        .find_with_algorithm(TESTOV, Purpose::Authentication, Profile::Valid, KeyAlgorithm::EcdsaP256)
        .expect("ECDSA auth key");
    let verified = verify(&sign_now(auth, &challenge(), true), &challenge(), Purpose::Authentication).unwrap();
    assert_eq!(verified.certificate.algorithm, "ECDSA-P256");
    assert_eq!(verified.identity.iin, TESTOV);

    let sign =
        pki.find_with_algorithm(TESTOV, Purpose::Signing, Profile::Valid, KeyAlgorithm::EcdsaP256).expect("ECDSA key");
    assert!(verify(&sign_now(sign, &application(), false), &application(), Purpose::Signing).is_ok());
}

#[test]
fn legal_entity_certificate_gives_the_bin_organisation_and_roles() {
    let key = fixture().pki.find_legal(SARSENOVA, BIN, Purpose::Signing).expect("CEO key");
    let identity = verify(&sign_now(key, &application(), false), &application(), Purpose::Signing).unwrap().identity;
    assert_eq!(identity.iin, SARSENOVA);
    assert_eq!(identity.bin.as_deref(), Some(BIN));
    assert_eq!(identity.organisation.as_deref(), Some(ORGANISATION));
    assert_eq!(identity.roles, vec![Role::Organisation, Role::Ceo]);

    let key = fixture().pki.find_legal(SMITH, BIN, Purpose::Authentication).expect("employee key");
    let identity = verify(&sign_now(key, &challenge(), true), &challenge(), Purpose::Authentication).unwrap().identity;
    assert_eq!(identity.roles, vec![Role::Organisation, Role::Employee]);
}

#[test]
fn tampered_attached_content_is_a_content_mismatch() {
    let cms = sign_now(key(TESTOV, Purpose::Authentication, Profile::Valid), &challenge(), true);
    let tampered = replace_once(&cms, b"q3Jx7dVY", b"q3Jx7dVZ");
    assert_eq!(verify(&tampered, &challenge(), Purpose::Authentication), Err(Refusal::ContentMismatch));
}

#[test]
fn signature_over_other_content_is_a_content_mismatch() {
    let key = key(TESTOV, Purpose::Authentication, Profile::Valid);
    let other = b"<login><nonce>an older challenge</nonce></login>";
    for attached in [true, false] {
        let cms = sign_now(key, other, attached);
        assert_eq!(verify(&cms, &challenge(), Purpose::Authentication), Err(Refusal::ContentMismatch));
    }
}

#[test]
fn tampered_signature_byte_is_a_bad_signature() {
    let mut cms = sign_now(key(TESTOV, Purpose::Authentication, Profile::Valid), &challenge(), true);
    *cms.last_mut().unwrap() ^= 0x01; // the SignerInfo's signature value ends the encoding
    assert_eq!(verify(&cms, &challenge(), Purpose::Authentication), Err(Refusal::BadSignature));
}

#[test]
fn tampered_signed_attribute_is_a_bad_signature() {
    let cms = sign_now(key(TESTOV, Purpose::Signing, Profile::Valid), &application(), false);
    let tampered = replace_once(&cms, b"261120101500Z", b"261120101501Z"); // signingTime
    assert_eq!(verify(&tampered, &application(), Purpose::Signing), Err(Refusal::BadSignature));
}

#[test]
fn expired_certificate_is_refused_as_expired() {
    let key = key(TESTOV, Purpose::Authentication, Profile::Expired);
    let refusal = verify(&sign_now(key, &challenge(), true), &challenge(), Purpose::Authentication).unwrap_err();
    assert_eq!(refusal, Refusal::Expired { not_after: key.not_after() });
}

#[test]
fn not_yet_valid_certificate_is_refused_as_not_yet_valid() {
    let key = key(TESTOV, Purpose::Signing, Profile::NotYetValid);
    let refusal = verify(&sign_now(key, &application(), false), &application(), Purpose::Signing).unwrap_err();
    assert_eq!(refusal, Refusal::NotYetValid { not_before: key.not_before() });
}

#[test]
fn certificate_in_the_full_crl_is_revoked() {
    let key = key(TESTOV, Purpose::Authentication, Profile::Revoked);
    let refusal = verify(&sign_now(key, &challenge(), true), &challenge(), Purpose::Authentication).unwrap_err();
    assert_eq!(refusal, Refusal::Revoked { at: NOW - Duration::days(1), reason: Some("keyCompromise".to_owned()) });
}

#[test]
fn certificate_only_in_the_delta_crl_is_revoked() {
    let key = key(TESTOV, Purpose::Signing, Profile::RevokedDelta);
    let refusal = verify(&sign_now(key, &application(), false), &application(), Purpose::Signing).unwrap_err();
    assert!(matches!(refusal, Refusal::Revoked { .. }), "{refusal:?}");
}

#[test]
fn stale_crl_makes_revocation_unavailable() {
    let key = key(TESTOV, Purpose::Authentication, Profile::Valid);
    let later = NOW + Duration::days(8);
    let cms = esp::sign::sign_cms(key, &challenge(), true, later);
    let refusal = fixture().verifier.verify_cms(&cms, &challenge(), Purpose::Authentication, later).unwrap_err();
    assert_eq!(refusal, Refusal::RevocationUnavailable);
}

fn verifier_with_crls(edit: impl Fn(&str, Vec<u8>) -> Option<Vec<u8>>) -> Verifier {
    let pki = &fixture().pki;
    let crls = pki.crl_files().into_iter().filter_map(|(name, der)| edit(&name, der));
    Verifier::new(pki.trust_store(), Arc::new(CrlSource::from_der_list(crls).unwrap()))
}

#[test]
fn crl_with_an_invalid_signature_makes_revocation_unavailable() {
    let verifier = verifier_with_crls(|name, mut der| {
        if name == "nca-rsa.crl" {
            *der.last_mut().unwrap() ^= 0x01;
        }
        Some(der)
    });
    let cms = sign_now(key(TESTOV, Purpose::Authentication, Profile::Valid), &challenge(), true);
    let refusal = verifier.verify_cms(&cms, &challenge(), Purpose::Authentication, NOW).unwrap_err();
    assert_eq!(refusal, Refusal::RevocationUnavailable);
}

#[test]
fn missing_crl_or_delta_crl_makes_revocation_unavailable() {
    let cms = sign_now(key(TESTOV, Purpose::Authentication, Profile::Valid), &challenge(), true);
    for missing in ["nca-rsa.crl", "nca-rsa-delta.crl", "root-rsa.crl"] {
        let verifier = verifier_with_crls(|name, der| (name != missing).then_some(der));
        let refusal = verifier.verify_cms(&cms, &challenge(), Purpose::Authentication, NOW).unwrap_err();
        assert_eq!(refusal, Refusal::RevocationUnavailable, "without {missing}");
    }
}

#[test]
fn certificate_from_an_unknown_ca_is_an_unknown_issuer() {
    let key = key(TESTOV, Purpose::Authentication, Profile::UnknownCa);
    let refusal = verify(&sign_now(key, &challenge(), true), &challenge(), Purpose::Authentication).unwrap_err();
    assert_eq!(refusal, Refusal::UnknownIssuer);
}

#[test]
fn self_signed_certificate_is_refused_as_self_signed() {
    let key = key(TESTOV, Purpose::Signing, Profile::SelfSigned);
    let refusal = verify(&sign_now(key, &application(), false), &application(), Purpose::Signing).unwrap_err();
    assert_eq!(refusal, Refusal::SelfSigned);
}

#[test]
fn authentication_key_used_for_signing_is_the_wrong_key_usage() {
    let cms = sign_now(key(TESTOV, Purpose::Authentication, Profile::Valid), &application(), false);
    assert_eq!(verify(&cms, &application(), Purpose::Signing), Err(Refusal::WrongKeyUsage));
}

#[test]
fn signing_key_used_to_log_in_is_the_wrong_key_usage() {
    let cms = sign_now(key(TESTOV, Purpose::Signing, Profile::Valid), &challenge(), true);
    assert_eq!(verify(&cms, &challenge(), Purpose::Authentication), Err(Refusal::WrongKeyUsage));
}

#[test]
fn sha1_signature_is_an_unsupported_algorithm() {
    use cms::content_info::ContentInfo;
    use cms::signed_data::{SignedData, SignerInfos};
    use der::asn1::{Any, OctetString, SetOfVec};
    use der::{Decode, Encode, Tag};
    use rsa::pkcs8::DecodePrivateKey;
    use sha1::{Digest, Sha1};
    use spki::AlgorithmIdentifierOwned;

    let key = key(TESTOV, Purpose::Authentication, Profile::Valid);
    let content = challenge();
    let info = ContentInfo::from_der(&sign_now(key, &content, true)).unwrap();
    let mut signed_data: SignedData = info.content.decode_as().unwrap();
    let sha1 = AlgorithmIdentifierOwned { oid: esp::oids::SHA1, parameters: None };
    signed_data.digest_algorithms = SetOfVec::try_from(vec![sha1.clone()]).unwrap();
    let mut signer = signed_data.signer_infos.0.into_vec().pop().unwrap();
    signer.digest_alg = sha1;
    let attributes: Vec<_> = signer
        .signed_attrs
        .take()
        .unwrap()
        .into_vec()
        .into_iter()
        .map(|mut attribute| {
            if attribute.oid == esp::oids::ATTR_MESSAGE_DIGEST {
                let digest = Any::new(Tag::OctetString, Sha1::digest(&content).as_slice()).unwrap();
                attribute.values = SetOfVec::try_from(vec![digest]).unwrap();
            }
            attribute
        })
        .collect();
    let attributes = SetOfVec::try_from(attributes).unwrap();
    let private = rsa::RsaPrivateKey::from_pkcs8_der(&key.private_key_pkcs8_der()).unwrap();
    let digest = Sha1::digest(attributes.to_der().unwrap());
    let signature = private.sign(rsa::Pkcs1v15Sign::new::<Sha1>(), &digest).unwrap();
    signer.signed_attrs = Some(attributes);
    signer.signature_algorithm =
        AlgorithmIdentifierOwned { oid: esp::oids::SHA1_WITH_RSA, parameters: Some(Any::null()) };
    signer.signature = OctetString::new(signature).unwrap();
    signed_data.signer_infos = SignerInfos(SetOfVec::try_from(vec![signer]).unwrap());
    let cms = ContentInfo { content_type: esp::oids::ID_SIGNED_DATA, content: Any::encode_from(&signed_data).unwrap() }
        .to_der()
        .unwrap();

    assert_eq!(verify(&cms, &content, Purpose::Authentication), Err(Refusal::UnsupportedAlgorithm));
}

#[test]
fn ber_indefinite_length_re_encoding_of_a_valid_signature_verifies() {
    let der = sign_now(key(TESTOV, Purpose::Authentication, Profile::Valid), &challenge(), true);
    let ber = to_indefinite_ber(&der);
    assert_ne!(ber, der);
    assert_eq!(esp::ber::ber_to_der(&ber).unwrap(), der);
    assert!(verify(&ber, &challenge(), Purpose::Authentication).is_ok());
}

#[test]
fn base64_and_pem_armoured_signatures_verify() {
    let der = sign_now(key(TESTOV, Purpose::Signing, Profile::Valid), &application(), false);
    let encoded = STANDARD.encode(&der);
    let wrapped: Vec<&str> =
        encoded.as_bytes().chunks(76).map(|line| std::str::from_utf8(line).unwrap()).collect::<Vec<_>>();
    let with_breaks = wrapped.join("\r\n");
    let pem = format!("-----BEGIN CMS-----\n{}\n-----END CMS-----\n", wrapped.join("\n"));
    for input in [encoded.as_bytes(), with_breaks.as_bytes(), pem.as_bytes()] {
        assert!(verify(input, &application(), Purpose::Signing).is_ok());
    }
}

#[test]
fn input_that_is_not_a_cms_is_malformed() {
    for input in [&b""[..], b"not a signature", b"\x30\x03\x02\x01\x01", b"MAMCAQE="] {
        assert_eq!(verify(input, &challenge(), Purpose::Authentication), Err(Refusal::Malformed));
    }
}

#[test]
fn debug_output_carries_no_personal_data() {
    let cms = sign_now(key(TESTOV, Purpose::Authentication, Profile::Valid), &challenge(), true);
    let verified = verify(&cms, &challenge(), Purpose::Authentication).unwrap();
    let debug = format!("{verified:?}");
    assert!(!debug.contains(TESTOV) && !debug.contains("ТЕСТОВ"), "{debug}");
    let refusal = verify(
        &sign_now(key(TESTOV, Purpose::Authentication, Profile::Revoked), &challenge(), true),
        &challenge(),
        Purpose::Authentication,
    )
    .unwrap_err();
    assert!(!format!("{refusal:?} {refusal}").contains(TESTOV));
    assert!(!format!("{:?}", fixture().pki.keys()).contains(TESTOV));
}

#[test]
fn verifier_can_be_shared_between_request_handlers() {
    fn shareable<T: Send + Sync>() {}
    shareable::<Verifier>();
    shareable::<CrlSource>();
    shareable::<esp::devpki::DevPki>();
}
