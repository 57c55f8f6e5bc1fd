//! ESP sign-in through the HTTP interface, with signatures made by the development PKI's keys: the
//! first sign-in creates the account, and every refusal of the negative matrix comes back as the
//! sign-in page with its own message, nothing signed in, and a line in the audit trail.

mod common;

use esp::Purpose;
use esp::devpki::{DevKey, KeyAlgorithm, Profile};
use reqwest::{Method, StatusCode};
use shared::Lang;
use shared::esp::EspRefusal;

use common::{Browser, DEMO_USER_1, START, TestApp};

/// A challenge as the browser gets it.
#[derive(serde::Deserialize)]
struct Challenge {
    id: String,
    data: String,
}

fn sign(key: &DevKey, content: &[u8]) -> String {
    common::cms_at_start(key, content, true)
}

/// Asks for a challenge as the sign-in page's script does; returns it with the page's CSRF token.
async fn challenge(browser: &Browser) -> (Challenge, String) {
    let csrf = browser.csrf("/login").await;
    let res = browser.send(browser.request(Method::POST, "/login/esp/challenge").header("x-csrf-token", &csrf)).await;
    res.assert_status(StatusCode::OK);
    assert_eq!(res.header("cache-control"), Some("no-store"));
    (serde_json::from_str(&res.body).expect("challenge JSON"), csrf)
}

async fn post_signature(browser: &Browser, csrf: &str, id: &str, signature: &str) -> common::Reply {
    browser.post_form("/login/esp", &[("csrf", csrf), ("next", ""), ("challenge", id), ("signature", signature)]).await
}

/// Signs a fresh challenge with `key` and posts it.
async fn sign_in_with(browser: &Browser, key: &DevKey) -> common::Reply {
    let (c, csrf) = challenge(browser).await;
    post_signature(browser, &csrf, &c.id, &sign(key, c.data.as_bytes())).await
}

/// The refusal page: 422, the refusal's English message, and still signed out.
async fn assert_refused(browser: &Browser, res: &common::Reply, refusal: EspRefusal) {
    res.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    res.assert_says(refusal.get(Lang::En));
    assert!(browser.get("/cabinet").await.status.is_redirection(), "not signed in after {refusal:?}");
}

async fn the_authentication_key_signs_in_and_the_first_sign_in_creates_the_account(app: &TestApp) {
    // The fourth key holder of the demo registry has no account yet.
    let pki = app.state.esp.dev_pki.as_ref().expect("PKI");
    let newcomer = pki
        .keys()
        .iter()
        .map(|k| k.iin().to_owned())
        .find(|iin| iin != DEMO_USER_1.0 && !["790208481016", "940827326302"].contains(&iin.as_str()))
        .expect("a key holder without an account");
    assert!(app.state.store.user_by_iin(&newcomer).await.expect("store").is_none());
    let browser = app.browser();
    let res = sign_in_with(&browser, &app.dev_key(&newcomer, Purpose::Authentication, Profile::Valid)).await;
    assert_eq!(res.see_other(), "/cabinet");
    browser.get("/cabinet").await.assert_status(StatusCode::OK);
    let account = app.state.store.user_by_iin(&newcomer).await.expect("store").expect("the account was created");
    assert!(account.password_hash.is_none(), "an ESP account has no password");

    // A demo account signs in with ESP too, and its password keeps working.
    let other = app.browser();
    let res = sign_in_with(&other, &app.dev_key(DEMO_USER_1.0, Purpose::Authentication, Profile::Valid)).await;
    assert_eq!(res.see_other(), "/cabinet");
    app.browser().login_demo(DEMO_USER_1.0).await;

    let audit = app.state.store.esp_login_audit(10).await.expect("audit");
    assert_eq!(audit.len(), 2);
    assert!(audit.iter().all(|r| r.outcome == "signed_in" && r.certificate_serial.is_some() && r.iin.is_some()));
    assert!(audit.iter().all(|r| r.certificate_issuer.as_deref().is_some_and(|i| i.contains("ОРТАЛЫҚ"))));
}

async fn ecdsa_keys_sign_in_too(app: &TestApp) {
    let pki = app.state.esp.dev_pki.as_ref().expect("PKI");
    let key = pki
        .find_with_algorithm(DEMO_USER_1.0, Purpose::Authentication, Profile::Valid, KeyAlgorithm::EcdsaP256)
        .expect("an ECDSA key")
        .clone();
    let browser = app.browser();
    assert_eq!(sign_in_with(&browser, &key).await.see_other(), "/cabinet");
}

async fn every_refusal_of_the_negative_matrix_has_its_message_and_an_audit_line(app: &TestApp) {
    let (iin, auth, sign_) = (DEMO_USER_1.0, Purpose::Authentication, Purpose::Signing);
    let cases = [
        (app.dev_key(iin, auth, Profile::Expired), EspRefusal::Expired),
        (app.dev_key(iin, auth, Profile::NotYetValid), EspRefusal::NotYetValid),
        (app.dev_key(iin, auth, Profile::Revoked), EspRefusal::Revoked),
        (app.dev_key(iin, auth, Profile::RevokedDelta), EspRefusal::Revoked),
        (app.dev_key(iin, auth, Profile::UnknownCa), EspRefusal::UnknownIssuer),
        (app.dev_key(iin, auth, Profile::SelfSigned), EspRefusal::SelfSigned),
        (app.dev_key(iin, sign_, Profile::Valid), EspRefusal::AuthKeyExpected),
    ];
    for (key, refusal) in &cases {
        let browser = app.browser();
        let res = sign_in_with(&browser, key).await;
        assert_refused(&browser, &res, *refusal).await;
    }
    // The date the message gives: when the revoked certificate was revoked, the expired one ended.
    let browser = app.browser();
    let res = sign_in_with(&browser, &app.dev_key(iin, auth, Profile::Expired)).await;
    let ended =
        app.dev_key(iin, auth, Profile::Expired).not_after().to_offset(time::UtcOffset::from_hms(5, 0, 0).unwrap());
    res.assert_says(&format!("{:02}.{:02}.{}", ended.day(), u8::from(ended.month()), ended.year()));

    let audit = app.state.store.esp_login_audit(50).await.expect("audit");
    assert_eq!(audit.len(), cases.len() + 1);
    assert!(audit.iter().all(|r| r.outcome == "refused" && r.refusal.is_some()));
    assert_eq!(app.count("sessions").await, 0, "no session was started");
}

async fn tampered_signatures_and_content_are_refused(app: &TestApp) {
    use base64::Engine;
    let engine = base64::engine::general_purpose::STANDARD;
    let good = app.dev_key(DEMO_USER_1.0, Purpose::Authentication, Profile::Valid);

    // Another text than the challenge, signed properly.
    let browser = app.browser();
    let (c, csrf) = challenge(&browser).await;
    let other = c.data.replace("<nonce>", "<nonce>x");
    let res = post_signature(&browser, &csrf, &c.id, &sign(&good, other.as_bytes())).await;
    assert_refused(&browser, &res, EspRefusal::ContentMismatch).await;

    // The right text with one byte of the signature value changed.
    let browser = app.browser();
    let (c, csrf) = challenge(&browser).await;
    let mut der = engine.decode(sign(&good, c.data.as_bytes())).expect("base64");
    let last = der.len() - 1;
    der[last] ^= 0x01;
    let res = post_signature(&browser, &csrf, &c.id, &engine.encode(&der)).await;
    assert_refused(&browser, &res, EspRefusal::BadSignature).await;

    // The empty form a browser without JavaScript posts.
    let browser = app.browser();
    let csrf = browser.csrf("/login").await;
    let res = post_signature(&browser, &csrf, "", "").await;
    assert_refused(&browser, &res, EspRefusal::SignatureMissing).await;

    // Not a signature at all, and no signature with a challenge.
    let browser = app.browser();
    let (c, csrf) = challenge(&browser).await;
    let res = post_signature(&browser, &csrf, &c.id, "bm90IGEgc2lnbmF0dXJl").await;
    assert_refused(&browser, &res, EspRefusal::Malformed).await;
    let (c, csrf) = challenge(&browser).await;
    let res = post_signature(&browser, &csrf, &c.id, "").await;
    assert_refused(&browser, &res, EspRefusal::SignatureMissing).await;
}

async fn a_challenge_is_single_use_short_lived_and_bound_to_its_browser(app: &TestApp) {
    let good = app.dev_key(DEMO_USER_1.0, Purpose::Authentication, Profile::Valid);

    // Replayed: the same challenge and signature a second time.
    let first = app.browser();
    let (c, csrf) = challenge(&first).await;
    let signature = sign(&good, c.data.as_bytes());
    assert_eq!(post_signature(&first, &csrf, &c.id, &signature).await.see_other(), "/cabinet");
    let replay = app.browser();
    let replay_csrf = replay.csrf("/login").await;
    let res = post_signature(&replay, &replay_csrf, &c.id, &signature).await;
    assert_refused(&replay, &res, EspRefusal::ChallengeUsed).await;

    // Expired: signed after the five minutes.
    let late = app.browser();
    let (c, csrf) = challenge(&late).await;
    app.advance(5 * 60 + 1);
    let res = post_signature(&late, &csrf, &c.id, &sign(&good, c.data.as_bytes())).await;
    assert_refused(&late, &res, EspRefusal::ChallengeExpired).await;

    // Another browser's challenge: refused, and used up for its own browser too.
    let owner = app.browser();
    let thief = app.browser();
    let (c, _) = challenge(&owner).await;
    let thief_csrf = thief.csrf("/login").await;
    let res = post_signature(&thief, &thief_csrf, &c.id, &sign(&good, c.data.as_bytes())).await;
    assert_refused(&thief, &res, EspRefusal::ChallengeUnknown).await;

    // A made-up id.
    let res = post_signature(&thief, &thief_csrf, "no-such-challenge", &sign(&good, b"anything")).await;
    assert_refused(&thief, &res, EspRefusal::ChallengeUnknown).await;
}

async fn challenges_and_sign_in_need_the_csrf_token(app: &TestApp) {
    let browser = app.browser();
    let _ = browser.get("/login").await;
    let res = browser.send(browser.request(Method::POST, "/login/esp/challenge")).await;
    res.assert_status(StatusCode::FORBIDDEN);
    let res =
        browser.send(browser.request(Method::POST, "/login/esp/challenge").header("x-csrf-token", "forged")).await;
    res.assert_status(StatusCode::FORBIDDEN);
    let (c, _) = challenge(&browser).await;
    let good = app.dev_key(DEMO_USER_1.0, Purpose::Authentication, Profile::Valid);
    let res = post_signature(&browser, "forged", &c.id, &sign(&good, c.data.as_bytes())).await;
    res.assert_status(StatusCode::FORBIDDEN);
    assert_eq!(app.count("sessions").await, 0);
}

async fn the_portal_publishes_its_crls_and_ca_certificates(app: &TestApp) {
    let browser = app.browser();
    let (status, headers, crl) = browser.send_for_bytes(browser.request(Method::GET, "/pki/nca-rsa.crl")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers.get("content-type").and_then(|v| v.to_str().ok()), Some("application/pkix-crl"));
    assert_eq!(crl.first(), Some(&0x30), "a DER CRL");
    let (status, _, _) = browser.send_for_bytes(browser.request(Method::GET, "/pki/root-rsa.cer")).await;
    assert_eq!(status, StatusCode::OK);
    browser.get("/pki/keys.p12").await.assert_status(StatusCode::NOT_FOUND);
}

/// A filled archival draft at check-answers and the document its owner signs.
async fn draft_to_sign(browser: &Browser) -> (String, String) {
    let draft = browser.start_archival().await;
    browser.fill_archival(&draft).await;
    let docs = format!("/apply/{draft}/documents");
    assert_eq!(browser.post_with_csrf(&docs, &docs, &[]).await.see_other(), format!("/apply/{draft}/check"));
    let res = browser.get(&format!("/apply/{draft}/signing-document")).await;
    res.assert_status(StatusCode::OK);
    let doc: serde_json::Value = serde_json::from_str(&res.body).expect("JSON");
    assert_eq!(doc["iin"], DEMO_USER_1.0);
    (draft, doc["data"].as_str().expect("data").to_owned())
}

async fn send_signed(browser: &Browser, draft: &str, signature: &str) -> common::Reply {
    let check = format!("/apply/{draft}/check");
    let fields = [("declaration", "yes"), ("signature", signature)];
    browser.post_with_csrf(&check, &format!("/apply/{draft}/submit"), &fields).await
}

async fn a_signed_application_keeps_its_signature_which_can_be_downloaded_and_checked_again(app: &TestApp) {
    let browser = app.browser();
    browser.login_demo(DEMO_USER_1.0).await;
    let (draft, document) = draft_to_sign(&browser).await;
    assert!(document.starts_with(r#"{"format":"otinish-application/1","service":"archival-certificate""#));
    assert!(document.contains(DEMO_USER_1.0));
    let signing = app.dev_key(DEMO_USER_1.0, Purpose::Signing, Profile::Valid);
    let res = send_signed(&browser, &draft, &sign(&signing, document.as_bytes())).await;
    let id = res.see_other().strip_prefix("/applications/").and_then(|r| r.strip_suffix("/confirmation"));
    let id = id.expect("the confirmation").to_owned();

    let page = browser.get(&format!("/applications/{id}")).await;
    page.assert_status(StatusCode::OK);
    page.assert_says(&signing.common_name());
    let (status, headers, p7s) =
        browser.send_for_bytes(browser.request(Method::GET, &format!("/applications/{id}/signature"))).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers.get("content-type").and_then(|v| v.to_str().ok()), Some("application/pkcs7-signature"));
    let now = time::OffsetDateTime::from_unix_timestamp(START).expect("time");
    let again = app.state.esp.verifier.verify_cms(&p7s, document.as_bytes(), Purpose::Signing, now);
    assert_eq!(again.expect("the download verifies").identity.iin, DEMO_USER_1.0);

    let res = browser
        .post_with_csrf(&format!("/applications/{id}"), &format!("/applications/{id}/signature/verify"), &[])
        .await;
    assert_eq!(res.see_other(), format!("/applications/{id}?signature=valid"));

    // Another person sees neither the signature nor its check.
    let other = app.browser();
    other.login_demo("790208481016").await;
    other.get(&format!("/applications/{id}/signature")).await.assert_status(StatusCode::NOT_FOUND);
}

async fn application_signatures_are_refused_for_each_condition_of_the_seeds(app: &TestApp) {
    let browser = app.browser();
    browser.login_demo(DEMO_USER_1.0).await;
    let (draft, document) = draft_to_sign(&browser).await;
    let pki = app.state.esp.dev_pki.as_ref().expect("PKI");
    let someone_else = pki
        .keys()
        .iter()
        .find(|k| k.iin() != DEMO_USER_1.0 && k.bin().is_none() && k.purpose() == Purpose::Signing)
        .expect("another person's signing key")
        .clone();
    let cases = [
        (app.dev_key(DEMO_USER_1.0, Purpose::Signing, Profile::Expired), EspRefusal::Expired),
        (app.dev_key(DEMO_USER_1.0, Purpose::Signing, Profile::Revoked), EspRefusal::Revoked),
        (someone_else, EspRefusal::IinMismatch),
        (app.dev_key(DEMO_USER_1.0, Purpose::Authentication, Profile::Valid), EspRefusal::SignKeyExpected),
        (app.dev_key(DEMO_USER_1.0, Purpose::Signing, Profile::UnknownCa), EspRefusal::UnknownIssuer),
    ];
    for (key, refusal) in &cases {
        let res = send_signed(&browser, &draft, &sign(key, document.as_bytes())).await;
        res.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
        res.assert_says(refusal.get(Lang::En));
    }
    // A signature of the application before an answer changed does not cover what would be sent.
    let good = app.dev_key(DEMO_USER_1.0, Purpose::Signing, Profile::Valid);
    let stale = sign(&good, document.replace(DEMO_USER_1.0, "860412394423").as_bytes());
    let res = send_signed(&browser, &draft, &stale).await;
    res.assert_says(EspRefusal::ContentMismatch.get(Lang::En));
    assert_eq!(app.count("applications").await, 0, "nothing was sent");
    assert_eq!(app.count("application_signatures").await, 0);

    // The right key then sends it.
    let res = send_signed(&browser, &draft, &sign(&good, document.as_bytes())).await;
    assert!(res.see_other().ends_with("/confirmation"));
    assert_eq!(app.count("application_signatures").await, 1);
}

/// The development PKI's OCSP responder, asked over HTTP by the client the portal uses when
/// `OTINISH_ESP_OCSP_URL` is set.
async fn the_portal_answers_ocsp_for_its_development_pki(app: &TestApp) {
    let pki = app.state.esp.dev_pki.clone().expect("PKI");
    let url = format!("{}/pki/ocsp", app.base);
    let now = time::OffsetDateTime::from_unix_timestamp(START).expect("time");
    let statuses = tokio::task::spawn_blocking(move || {
        let ocsp = esp::ocsp::OcspSource::new(url, std::sync::Arc::new(server::esp::HttpOcsp::new()));
        [Profile::Valid, Profile::Revoked, Profile::RevokedDelta].map(|profile| {
            let key = pki.find(DEMO_USER_1.0, Purpose::Signing, profile).expect("key");
            ocsp.ask(key.certificate(), &key.issuer_certificate().expect("issuer"), now)
        })
    })
    .await
    .expect("OCSP queries");
    assert_eq!(statuses[0], esp::RevocationStatus::Good);
    assert!(matches!(statuses[1], esp::RevocationStatus::Revoked { .. }), "{:?}", statuses[1]);
    assert!(matches!(statuses[2], esp::RevocationStatus::Revoked { .. }), "{:?}", statuses[2]);
    let browser = app.browser();
    let junk = browser.request(Method::POST, "/pki/ocsp").body(b"not a request".to_vec());
    let (status, headers, body) = browser.send_for_bytes(junk).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers.get("content-type").and_then(|v| v.to_str().ok()), Some("application/ocsp-response"));
    assert_eq!(body, [0x30, 0x03, 0x0a, 0x01, 0x01], "malformedRequest");
}

on_both_engines!(
    the_portal_answers_ocsp_for_its_development_pki,
    a_signed_application_keeps_its_signature_which_can_be_downloaded_and_checked_again,
    application_signatures_are_refused_for_each_condition_of_the_seeds,
    the_authentication_key_signs_in_and_the_first_sign_in_creates_the_account,
    ecdsa_keys_sign_in_too,
    every_refusal_of_the_negative_matrix_has_its_message_and_an_audit_line,
    tampered_signatures_and_content_are_refused,
    a_challenge_is_single_use_short_lived_and_bound_to_its_browser,
    challenges_and_sign_in_need_the_csrf_token,
    the_portal_publishes_its_crls_and_ca_certificates,
);
