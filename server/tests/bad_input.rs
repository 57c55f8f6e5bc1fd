//! Bad input: oversized, empty or disguised files, malformed IINs, tampered form posts and
//! oversized bodies. Each gets a clear page in the visitor's language, and nothing is stored.

mod common;

use reqwest::{Method, StatusCode};
use shared::definition::MAX_UPLOAD_BYTES;
use shared::form::Answers;

use common::{DEMO_USER_1, TestApp, UNREGISTERED_IIN, pdf, png};

/// Signs in as the first demo account and brings a draft to its documents page.
async fn draft_at_documents(app: &TestApp) -> String {
    app.login_demo(DEMO_USER_1.0).await;
    let draft = app.start_archival().await;
    app.fill_archival(&draft).await;
    draft
}

async fn answers(app: &TestApp, draft: &str) -> Answers {
    let user = app.user_id(DEMO_USER_1.0).await;
    app.state.store.draft_of(&user, draft).await.unwrap().expect("draft").answers
}

async fn a_file_over_ten_megabytes_is_refused_and_not_stored(app: &TestApp) {
    let draft = draft_at_documents(app).await;
    let too_big = pdf(usize::try_from(MAX_UPLOAD_BYTES).unwrap() + 1);
    let res = app.upload(&draft, "supporting", "scan.pdf", too_big).await;
    res.assert_status(StatusCode::UNPROCESSABLE_ENTITY).assert_says("The selected file must be smaller than 10 MB");
    assert_eq!(app.count("attachments").await, 0);
    assert_eq!(app.blobs(), 0);
}

async fn a_file_that_is_not_a_pdf_jpg_or_png_is_refused_whatever_its_name(app: &TestApp) {
    let draft = draft_at_documents(app).await;
    let zip = b"PK\x03\x04\x14\x00\x00\x00\x08\x00scan.pdf and more bytes of an archive".to_vec();
    let res = app.upload(&draft, "supporting", "scan.pdf", zip).await;
    res.assert_status(StatusCode::UNPROCESSABLE_ENTITY).assert_says("The selected file must be a PDF, JPG or PNG");
    let token = app.csrf(&format!("/apply/{draft}/documents")).await;
    let text = b"This is only text pretending to be a PDF.\n".to_vec();
    let request =
        app.request(Method::POST, &format!("/apply/{draft}/documents/upload")).header("accept-language", "ru");
    let form = reqwest::multipart::Form::new()
        .text("csrf", token)
        .text("slot", "supporting")
        .part("file", reqwest::multipart::Part::bytes(text).file_name("scan.pdf"));
    let russian = app.send(request.multipart(form)).await;
    russian.assert_status(StatusCode::UNPROCESSABLE_ENTITY).assert_says("Файл должен быть в формате PDF, JPG или PNG");
    assert_eq!(app.count("attachments").await, 0);
    assert_eq!(app.blobs(), 0);

    let accepted = app.upload(&draft, "supporting", "scan.png", png()).await;
    assert!(accepted.see_other().starts_with(&format!("/apply/{draft}/documents?uploaded=")));
    let user = app.user_id(DEMO_USER_1.0).await;
    let files = app.state.store.draft_attachments(&draft).await.unwrap();
    assert_eq!(files.len(), 1);
    assert_eq!((files[0].kind.as_str(), files[0].file_name.as_str()), ("png", "scan.png"));
    assert!(app.state.store.attachment_of(&user, &files[0].id).await.unwrap().is_some());
    assert_eq!(app.blobs(), 1);
}

async fn an_empty_file_is_refused(app: &TestApp) {
    let draft = draft_at_documents(app).await;
    let res = app.upload(&draft, "supporting", "scan.pdf", Vec::new()).await;
    res.assert_status(StatusCode::UNPROCESSABLE_ENTITY).assert_says("The selected file is empty");
    assert_eq!(app.count("attachments").await, 0);
}

async fn a_slot_not_offered_online_is_refused(app: &TestApp) {
    let draft = draft_at_documents(app).await;
    let res = app.upload(&draft, "identity", "passport.png", png()).await;
    res.assert_status(StatusCode::BAD_REQUEST).assert_says("The form contained a field that is not part of it");
    assert_eq!(app.count("attachments").await, 0);
}

async fn a_malformed_iin_is_refused_on_sign_in_and_registration(app: &TestApp) {
    let login = app.post_with_csrf("/login", "/login", &[("iin", "86041239442"), ("password", "whatever")]).await;
    login.assert_status(StatusCode::UNPROCESSABLE_ENTITY).assert_says("IIN must be 12 digits");
    let fields = [("iin", "860412394423"), ("password", "correct horse battery"), ("confirm", "correct horse battery")];
    let register = app.post_with_csrf("/register", "/register", &fields).await;
    register.assert_status(StatusCode::UNPROCESSABLE_ENTITY).assert_says("The IIN check digit does not match");
    let letters =
        [("iin", "86041239442X"), ("password", "correct horse battery"), ("confirm", "correct horse battery")];
    let register = app.post_with_csrf("/register", "/register", &letters).await;
    register.assert_status(StatusCode::UNPROCESSABLE_ENTITY).assert_says("IIN must only include numbers 0 to 9");
    assert_eq!(app.count("users").await, 3, "only the demo accounts");
    assert_eq!(app.count("sessions").await, 0);
    assert_eq!(app.count("login_attempts").await, 0, "a malformed IIN is not an attempt on an account");
    assert!(app.state.store.user_by_iin("860412394423").await.unwrap().is_none());
    assert!(app.state.store.user_by_iin(UNREGISTERED_IIN).await.unwrap().is_none());
}

async fn tampered_question_pages_are_refused_and_change_nothing(app: &TestApp) {
    app.login_demo(DEMO_USER_1.0).await;
    let draft = app.start_archival().await;
    app.answer(&draft, "archive", &[("archive", "city-archive")]).await.see_other();
    app.answer(&draft, "applicant", &[("phone", "87012345678"), ("email", "")]).await.see_other();
    let before = answers(app, &draft).await;

    let unknown = app.answer(&draft, "archive", &[("archive", "aral"), ("admin", "1")]).await;
    unknown.assert_status(StatusCode::BAD_REQUEST).assert_says("The form contained a field that is not part of it");
    let read_only = [("applicant_name", "Басқа Адам"), ("phone", "87012345678"), ("email", "")];
    app.answer(&draft, "applicant", &read_only).await.assert_status(StatusCode::BAD_REQUEST);
    let address = [("applicant_address", "Астана"), ("phone", "87012345678"), ("email", "")];
    app.answer(&draft, "applicant", &address).await.assert_status(StatusCode::BAD_REQUEST);
    let not_an_option = app.answer(&draft, "archive", &[("archive", "nope")]).await;
    not_an_option.assert_status(StatusCode::UNPROCESSABLE_ENTITY).assert_says("Select one of the options");
    let twice = app.answer(&draft, "archive", &[("archive", "aral"), ("archive", "kazaly")]).await;
    twice.assert_status(StatusCode::BAD_REQUEST);
    let hidden_page = app.answer(&draft, "subject-person", &[("subject_name", "Басқа Адам")]).await;
    hidden_page.assert_status(StatusCode::NOT_FOUND);
    let no_page = app.answer(&draft, "admin", &[("archive", "aral")]).await;
    no_page.assert_status(StatusCode::NOT_FOUND);

    assert_eq!(answers(app, &draft).await, before, "no tampered post changed the answers");
    assert_eq!(before.get("archive"), Some("city-archive"));
}

async fn an_oversized_form_body_is_refused_with_a_page(app: &TestApp) {
    let token = app.csrf("/login").await;
    let padding = "x".repeat(300 * 1024);
    let fields = [("csrf", token.as_str()), ("iin", DEMO_USER_1.0), ("password", padding.as_str())];
    let res = app.post_form("/login", &fields).await;
    res.assert_status(StatusCode::PAYLOAD_TOO_LARGE).assert_says("The data sent is too large");
    assert_eq!(app.count("sessions").await, 0);

    app.login_demo(DEMO_USER_1.0).await;
    let draft = app.start_archival().await;
    let token = app.csrf(&format!("/apply/{draft}/archive")).await;
    let path = format!("/apply/{draft}/archive");
    let res = app.post_form(&path, &[("csrf", token.as_str()), ("archive", "aral"), ("x", padding.as_str())]).await;
    res.assert_status(StatusCode::PAYLOAD_TOO_LARGE);
    assert!(answers(app, &draft).await.is_empty());
}

on_both_engines!(
    a_file_over_ten_megabytes_is_refused_and_not_stored,
    a_file_that_is_not_a_pdf_jpg_or_png_is_refused_whatever_its_name,
    an_empty_file_is_refused,
    a_slot_not_offered_online_is_refused,
    a_malformed_iin_is_refused_on_sign_in_and_registration,
    tampered_question_pages_are_refused_and_change_nothing,
    an_oversized_form_body_is_refused_with_a_page,
);
