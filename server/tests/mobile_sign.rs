//! Signing an application in the eGov mobile app by QR code, through the HTTP interface: the
//! citizen's pages (no JavaScript needed) and the app's API №1 / API №2, with the app's part played
//! by a client here that signs with the development PKI's keys. Nothing is sent without a valid
//! signature, through either way.

mod common;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use esp::Purpose;
use esp::devpki::{DevKey, Profile};
use reqwest::{Method, StatusCode};
use shared::Lang;
use shared::esp::egov::{Documents, SigningRequest, api1_of};
use shared::esp::{EspRefusal, EspUi};

use common::{Browser, DEMO_USER_1, DEMO_USER_2, TestApp};

/// A filled archival draft at check-answers.
async fn draft_at_check(browser: &Browser) -> String {
    let draft = browser.start_archival().await;
    browser.fill_archival(&draft).await;
    let docs = format!("/apply/{draft}/documents");
    assert_eq!(browser.post_with_csrf(&docs, &docs, &[]).await.see_other(), format!("/apply/{draft}/check"));
    draft
}

/// "Sign with eGov mobile" on check-answers; returns the signing page's path.
async fn start_signing(browser: &Browser, draft: &str) -> String {
    let check = format!("/apply/{draft}/check");
    let res = browser.post_with_csrf(&check, &format!("/apply/{draft}/egov"), &[("declaration", "yes")]).await;
    let page = res.see_other().to_owned();
    assert!(page.starts_with(&format!("/apply/{draft}/egov/")), "{page}");
    page
}

/// The deep link on the signing page, which holds API №1's address.
async fn api1_on(browser: &Browser, page: &str) -> String {
    let html =
        browser.get(page).await.assert_status(StatusCode::OK).assert_says(EspUi::EgovTitle.get(Lang::En)).body.clone();
    let href = html.split("href=\"").find(|h| h.starts_with("https://m.egov.kz/mobileSign/?link=")).expect("deep link");
    let href = href.split('"').next().expect("end of the link").replace("&amp;", "&");
    api1_of(&href).expect("API №1 in the deep link")
}

/// The app: reads API №1 and API №2.
async fn app_fetches(app: &TestApp, api1: &str) -> (SigningRequest, Documents) {
    let http = reqwest::Client::new();
    let res = http.get(api1).header("accept-language", "ru").send().await.expect("API №1");
    assert_eq!(res.status(), StatusCode::OK);
    let request: SigningRequest = res.json().await.expect("API №1 JSON");
    assert!(request.document.uri.starts_with(&app.base), "API №2 is the portal's own: {}", request.document.uri);
    let unauthorised = http.get(&request.document.uri).send().await.expect("API №2");
    assert_eq!(unauthorised.status(), StatusCode::UNAUTHORIZED, "API №2 needs the token");
    let res = http.get(&request.document.uri).bearer_auth(&request.document.auth_token).send().await.expect("API №2");
    assert_eq!(res.status(), StatusCode::OK);
    (request, res.json().await.expect("API №2 JSON"))
}

/// The app: signs every document with `key` (detached, as `CMS_SIGN_ONLY` asks) and sends them.
async fn app_signs(request: &SigningRequest, mut documents: Documents, key: &DevKey) -> (StatusCode, String) {
    for doc in &mut documents.documents_to_sign {
        let bytes = STANDARD.decode(&doc.document.file.data).expect("base64 document");
        doc.document.file.data = common::cms_at_start(key, &bytes, false);
    }
    let res = reqwest::Client::new()
        .put(&request.document.uri)
        .header("accept-language", "ru")
        .bearer_auth(&request.document.auth_token)
        .json(&documents)
        .send()
        .await
        .expect("PUT");
    let status = res.status();
    let body: serde_json::Value = res.json().await.expect("JSON answer");
    (status, body["message"].as_str().unwrap_or_default().to_owned())
}

async fn state_of(browser: &Browser, page: &str) -> String {
    let res = browser.get(&format!("{page}/status")).await;
    res.assert_status(StatusCode::OK);
    let body: serde_json::Value = serde_json::from_str(&res.body).expect("JSON");
    body["state"].as_str().expect("state").to_owned()
}

async fn proceed(browser: &Browser, page: &str) -> common::Reply {
    browser.post_with_csrf(page, page, &[]).await
}

async fn an_application_signed_in_egov_mobile_is_sent_with_its_signature(app: &TestApp) {
    let browser = app.browser();
    browser.login_demo(DEMO_USER_1.0).await;
    let draft = draft_at_check(&browser).await;
    let page = start_signing(&browser, &draft).await;
    let api1 = api1_on(&browser, &page).await;
    assert!(api1.starts_with(&format!("{}/api/egov/mgovSign/", app.base)), "{api1}");
    let (status, headers, svg) = browser.send_for_bytes(browser.request(Method::GET, &format!("{page}/qr.svg"))).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers.get("content-type").and_then(|v| v.to_str().ok()), Some("image/svg+xml"));
    assert!(String::from_utf8_lossy(&svg).contains("<svg"), "an SVG QR code");
    assert_eq!(state_of(&browser, &page).await, "waiting");

    // "Continue" before the app has signed sends nothing.
    let early = proceed(&browser, &page).await;
    early.assert_status(StatusCode::UNPROCESSABLE_ENTITY).assert_says(EspRefusal::MobileNotSignedYet.get(Lang::En));

    let (request, documents) = app_fetches(app, &api1).await;
    assert_eq!(request.document.auth_type, "Token");
    assert!(request.expiry_date.ends_with("+0500") && request.expiry_date.contains('T'), "{}", request.expiry_date);
    assert!(
        request.description.starts_with("Заявление на получение государственной услуги"),
        "{}",
        request.description
    );
    assert_eq!(documents.sign_method, "CMS_SIGN_ONLY");
    let [doc] = documents.documents_to_sign.as_slice() else { panic!("one document") };
    assert!(doc.meta.iter().any(|m| m.name == "ИИН" && m.value == DEMO_USER_1.0), "{:?}", doc.meta);
    let shown = String::from_utf8(STANDARD.decode(&doc.document.file.data).expect("base64")).expect("UTF-8");
    let expected: serde_json::Value =
        serde_json::from_str(&browser.get(&format!("/apply/{draft}/signing-document")).await.body).expect("JSON");
    assert_eq!(shown, expected["data"].as_str().expect("data"), "the app signs exactly the application");
    assert_eq!(state_of(&browser, &page).await, "fetched");

    let signing = app.dev_key(DEMO_USER_1.0, Purpose::Signing, Profile::Valid);
    let (status, message) = app_signs(&request, documents.clone(), &signing).await;
    assert_eq!((status, message.as_str()), (StatusCode::OK, "success"));
    assert_eq!(state_of(&browser, &page).await, "signed");
    let (again, _) = app_signs(&request, documents, &signing).await;
    assert_eq!(again, StatusCode::GONE, "a code takes one signature");

    let res = proceed(&browser, &page).await;
    let id = res.see_other().strip_prefix("/applications/").and_then(|r| r.strip_suffix("/confirmation"));
    let id = id.expect("the confirmation").to_owned();
    let application = browser.get(&format!("/applications/{id}")).await;
    application.assert_status(StatusCode::OK).assert_says(&signing.common_name());
    let stored = app.state.store.signature_of(&app.user_id(DEMO_USER_1.0).await, &id).await.expect("store");
    assert_eq!(stored.expect("a stored signature").signer_iin, DEMO_USER_1.0);

    let signing_id = page.rsplit('/').next().expect("signing id");
    let trail = app.state.store.mobile_signing_events(signing_id).await.expect("trail");
    let events: Vec<&str> = trail.iter().map(|(e, _)| e.as_str()).collect();
    assert_eq!(events, ["created", "fetched", "signed", "used"]);
    assert_eq!(trail[3].1.as_deref(), Some(id.as_str()), "the trail names the application");
}

async fn egov_mobile_signatures_are_refused_for_each_condition_of_the_seeds(app: &TestApp) {
    let browser = app.browser();
    browser.login_demo(DEMO_USER_1.0).await;
    let draft = draft_at_check(&browser).await;
    let cases = [
        (app.dev_key(DEMO_USER_1.0, Purpose::Signing, Profile::Expired), EspRefusal::Expired),
        (app.dev_key(DEMO_USER_1.0, Purpose::Signing, Profile::Revoked), EspRefusal::Revoked),
        (app.dev_key(DEMO_USER_2.0, Purpose::Signing, Profile::Valid), EspRefusal::IinMismatch),
        (app.dev_key(DEMO_USER_1.0, Purpose::Authentication, Profile::Valid), EspRefusal::SignKeyExpected),
    ];
    let mut page = start_signing(&browser, &draft).await;
    for (key, refusal) in &cases {
        let api1 = api1_on(&browser, &page).await;
        let (request, documents) = app_fetches(app, &api1).await;
        let (status, message) = app_signs(&request, documents, key).await;
        assert_eq!(status, StatusCode::FORBIDDEN);
        assert!(message.starts_with(refusal.get(Lang::Ru)), "the app reads the refusal in its language: {message}");
        assert_eq!(state_of(&browser, &page).await, "refused");
        browser.get(&page).await.assert_says(refusal.get(Lang::En));
        proceed(&browser, &page)
            .await
            .assert_status(StatusCode::UNPROCESSABLE_ENTITY)
            .assert_says(refusal.get(Lang::En));
        // "Get a new code" keeps the declaration made on check-answers.
        let signing_id = page.rsplit('/').next().expect("signing id").to_owned();
        let res = browser.post_with_csrf(&page, &format!("/apply/{draft}/egov"), &[("renew", &signing_id)]).await;
        let next = res.see_other().to_owned();
        assert_ne!(next, page, "a new code");
        page = next;
    }
    assert_eq!(app.count("applications").await, 0, "nothing was sent");
}

async fn a_code_expires_and_belongs_to_its_owner_alone(app: &TestApp) {
    let browser = app.browser();
    browser.login_demo(DEMO_USER_1.0).await;
    let draft = draft_at_check(&browser).await;
    let page = start_signing(&browser, &draft).await;
    let api1 = api1_on(&browser, &page).await;

    let other = app.browser();
    other.login_demo(DEMO_USER_2.0).await;
    other.get(&page).await.assert_status(StatusCode::NOT_FOUND);
    other.get(&format!("{page}/status")).await.assert_status(StatusCode::NOT_FOUND);
    other.get(&format!("{page}/qr.svg")).await.assert_status(StatusCode::NOT_FOUND);
    let token = other.csrf("/cabinet").await;
    other.post_form(&page, &[("csrf", token.as_str())]).await.assert_status(StatusCode::NOT_FOUND);

    let (request, documents) = app_fetches(app, &api1).await;
    let wrong = reqwest::Client::new()
        .put(&request.document.uri)
        .bearer_auth("not-the-token")
        .json(&documents)
        .send()
        .await
        .expect("PUT");
    assert_eq!(wrong.status(), StatusCode::UNAUTHORIZED);

    app.advance(10 * 60 + 1);
    let late = reqwest::Client::new().get(&api1).send().await.expect("API №1");
    assert_eq!(late.status(), StatusCode::GONE);
    let signing = app.dev_key(DEMO_USER_1.0, Purpose::Signing, Profile::Valid);
    let (status, _) = app_signs(&request, documents, &signing).await;
    assert_eq!(status, StatusCode::GONE, "no signature after the code expired");
    assert_eq!(state_of(&browser, &page).await, "expired");
    proceed(&browser, &page)
        .await
        .assert_status(StatusCode::UNPROCESSABLE_ENTITY)
        .assert_says(EspRefusal::MobileCodeExpired.get(Lang::En));
    assert_eq!(app.count("applications").await, 0);
}

async fn nothing_is_sent_unsigned_and_the_declaration_comes_first(app: &TestApp) {
    let browser = app.browser();
    browser.login_demo(DEMO_USER_1.0).await;
    let draft = draft_at_check(&browser).await;
    let check = format!("/apply/{draft}/check");
    let res = browser.post_with_csrf(&check, &format!("/apply/{draft}/submit"), &[("declaration", "yes")]).await;
    res.assert_status(StatusCode::UNPROCESSABLE_ENTITY).assert_says(EspRefusal::NotSigned.get(Lang::En));
    let forged = [("declaration", "yes"), ("signature", "MIIB")];
    let res = browser.post_with_csrf(&check, &format!("/apply/{draft}/submit"), &forged).await;
    res.assert_status(StatusCode::UNPROCESSABLE_ENTITY).assert_says(EspRefusal::Malformed.get(Lang::En));
    let res = browser.post_with_csrf(&check, &format!("/apply/{draft}/egov"), &[]).await;
    res.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    res.assert_says(shared::ErrorCode::DeclarationRequired.get(Lang::En));
    assert_eq!(app.count("mobile_signings").await, 0, "no code before the answers pass");
    assert_eq!(app.count("applications").await, 0);
}

async fn a_signature_of_answers_changed_since_is_refused(app: &TestApp) {
    let browser = app.browser();
    browser.login_demo(DEMO_USER_1.0).await;
    let draft = draft_at_check(&browser).await;
    let page = start_signing(&browser, &draft).await;
    let api1 = api1_on(&browser, &page).await;
    let (request, documents) = app_fetches(app, &api1).await;
    let signing = app.dev_key(DEMO_USER_1.0, Purpose::Signing, Profile::Valid);
    assert_eq!(app_signs(&request, documents, &signing).await.0, StatusCode::OK);
    // Another tab changes an answer after the app signed.
    let res = browser.answer(&draft, "purpose", &[("purpose", "Банкке ұсыну үшін"), ("return", "check")]).await;
    res.see_other();
    proceed(&browser, &page)
        .await
        .assert_status(StatusCode::UNPROCESSABLE_ENTITY)
        .assert_says(EspRefusal::ContentMismatch.get(Lang::En));
    assert_eq!(app.count("applications").await, 0);
}

on_both_engines!(
    an_application_signed_in_egov_mobile_is_sent_with_its_signature,
    egov_mobile_signatures_are_refused_for_each_condition_of_the_seeds,
    a_code_expires_and_belongs_to_its_owner_alone,
    nothing_is_sent_unsigned_and_the_declaration_comes_first,
    a_signature_of_answers_changed_since_is_refused,
);
