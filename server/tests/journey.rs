//! Journeys through the portal as a browser without JavaScript makes them: plain form posts, each
//! answered with a 303 to the next page.

mod common;

use reqwest::{Method, StatusCode};

use common::{DEMO_USER_1, START, TestApp, UNREGISTERED_IIN, png, text_of};

const REFERENCE_ALPHABET: &str = "23456789ABCDEFGHJKLMNPRSTUVWXYZ";

/// The reference number shown on a confirmation page, as displayed (`XXXX-XXXX`).
fn reference_on(html: &str) -> String {
    let after = html.split("id=\"reference\"").nth(1).expect("a reference on the page");
    let inner = after.split_once('>').map(|(_, rest)| rest).unwrap_or("");
    let inner = inner.split("</strong>").next().unwrap_or("");
    text_of(&format!("<main>{inner}")).replace(' ', "")
}

fn is_displayed_reference(r: &str) -> bool {
    let parts: Vec<&str> = r.split('-').collect();
    parts.len() == 2 && parts.iter().all(|p| p.len() == 4 && p.chars().all(|c| REFERENCE_ALPHABET.contains(c)))
}

async fn a_demo_applicant_sends_an_archival_application_without_javascript(app: &TestApp) {
    app.login_demo(DEMO_USER_1.0).await;
    let user = app.user_id(DEMO_USER_1.0).await;
    let draft = app.start_archival().await;
    let documents = app.fill_archival(&draft).await;
    app.get(&documents).await.assert_status(StatusCode::OK).assert_says("Supporting documents (optional)");

    let uploaded = app.upload(&draft, "supporting", "трудовая книжка.png", png()).await;
    let back = uploaded.see_other().to_owned();
    assert!(back.starts_with(&format!("{documents}?uploaded=")), "{back}");
    app.get(&back).await.assert_status(StatusCode::OK).assert_says("трудовая книжка.png");

    let id = app.submit(&draft).await;
    let confirmation = app.get(&format!("/applications/{id}/confirmation")).await;
    confirmation.assert_status(StatusCode::OK).assert_says("8 December 2026");
    let reference = reference_on(&confirmation.body);
    assert!(is_displayed_reference(&reference), "reference {reference:?} is not XXXX-XXXX from the alphabet");

    let stored = app.state.store.application_of(&user, &id).await.unwrap().expect("the application is stored");
    assert_eq!(stored.reference, reference.replace('-', ""));
    assert_eq!(stored.due_date, "2026-12-08");
    assert_eq!(stored.status, "received");
    assert_eq!(stored.submitted_at, START);
    assert_eq!(stored.answers.get("archive"), Some("oblast-state-archive"));
    assert_eq!(stored.answers.get("period-from"), Some("1985"));
    assert_eq!(stored.answers.get("period-to"), Some("1992"));
    let information = common::ARCHIVAL_PAGES.iter().find(|(page, _)| *page == "information").unwrap().1[0].1;
    assert_eq!(stored.answers.get("information"), Some(information), "Kazakh text is kept as typed");
    assert_eq!(stored.answers.get("phone").map(|p| p.chars().filter(char::is_ascii_digit).count()), Some(11));
    let events = app.state.store.application_events(&id).await.unwrap();
    assert_eq!(events.iter().map(|e| e.kind.as_str()).collect::<Vec<_>>(), ["submitted"]);
    assert_eq!(app.count("applications").await, 1);
    assert_eq!(app.count("drafts").await, 0);
    let files = app.state.store.application_attachments(&id).await.unwrap();
    assert_eq!(files.len(), 1);
    assert_eq!(files[0].kind, "png");

    let cabinet = app.get("/cabinet").await;
    cabinet.assert_status(StatusCode::OK).assert_says(&reference).assert_says("Received");
    app.get(&format!("/applications/{id}")).await.assert_status(StatusCode::OK).assert_says(&reference);

    let (status, headers, bytes) =
        app.send_for_bytes(app.request(Method::GET, &format!("/files/{}", files[0].id))).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers["content-type"], "image/png");
    assert!(headers["content-disposition"].to_str().unwrap().starts_with("attachment"));
    assert_eq!(bytes, png());
}

async fn a_person_in_the_registry_sees_their_name_filled_in(app: &TestApp) {
    app.login_demo(DEMO_USER_1.0).await;
    let draft = app.start_archival().await;
    app.answer(&draft, "archive", &[("archive", "oblast-state-archive")]).await.see_other();
    let page = app.get(&format!("/apply/{draft}/applicant")).await;
    page.assert_status(StatusCode::OK).assert_says(DEMO_USER_1.1).assert_says("860412394422");
    assert!(!page.body.contains("name=\"applicant_name\""), "a prefilled name must not be an input");
    assert!(!page.body.contains("cannot be obtained"));
}

async fn a_person_missing_from_the_registry_is_told_and_types_their_name(app: &TestApp) {
    app.register(UNREGISTERED_IIN, "correct horse battery").await;
    let draft = app.start_archival().await;
    let user = app.user_id(UNREGISTERED_IIN).await;
    app.answer(&draft, "archive", &[("archive", "oblast-state-archive")]).await.see_other();
    let before = app.state.store.draft_of(&user, &draft).await.unwrap().unwrap();
    assert!(!before.registry_found);

    let page = app.get(&format!("/apply/{draft}/applicant")).await;
    page.assert_status(StatusCode::OK).assert_says("cannot be obtained");
    assert!(page.body.contains("name=\"applicant_name\""), "the name must be asked");
    assert!(page.body.contains("name=\"applicant_address\""), "the address must be asked");
    assert!(!page.body.contains("name=\"applicant_iin\""), "the IIN is known from the account");

    let russian =
        app.send(app.request(Method::GET, &format!("/apply/{draft}/applicant")).header("accept-language", "ru")).await;
    russian.assert_says("Получение данных невозможно");

    let blank = [("applicant_name", ""), ("applicant_address", ""), ("phone", "87012345678"), ("email", "")];
    let refused = app.answer(&draft, "applicant", &blank).await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY).assert_says("Enter your full name");
    let after = app.state.store.draft_of(&user, &draft).await.unwrap().unwrap();
    assert_eq!(after.answers, before.answers, "a refused page stores nothing");

    let typed = [
        ("applicant_name", "Жақыпов Ерлан Бекұлы"),
        ("applicant_address", "120000, Қызылорда қ., Әйтеке би к., 12"),
        ("phone", "87012345678"),
        ("email", ""),
    ];
    assert_eq!(app.answer(&draft, "applicant", &typed).await.see_other(), format!("/apply/{draft}/subject"));
    let saved = app.state.store.draft_of(&user, &draft).await.unwrap().unwrap();
    assert_eq!(saved.answers.get("applicant_name"), Some("Жақыпов Ерлан Бекұлы"));
    assert!(saved.answers.get("applicant_address").is_some_and(|a| a.contains("Әйтеке би")));
}

/// A state database that does not answer.
struct RegistryDown;

#[async_trait::async_trait]
impl server::registry::Registry for RegistryDown {
    async fn person(
        &self,
        _: &shared::values::Iin,
    ) -> Result<Option<server::registry::Person>, server::registry::RegistryError> {
        Err(server::registry::RegistryError::Corrupt("the gateway timed out".into()))
    }
}

async fn when_the_registry_is_down_starting_says_so_and_stores_nothing(app: &TestApp) {
    app.login_demo(DEMO_USER_1.0).await;
    let page = "/services/archival-certificate";
    let res = app.post_with_csrf(page, "/services/archival-certificate/start", &[]).await;
    res.assert_status(StatusCode::SERVICE_UNAVAILABLE);
    assert!(!res.body.contains("the gateway timed out"), "no internal error text reaches the page");
    assert_eq!(app.count("drafts").await, 0);
    res.assert_says("Sorry, there is a problem with the service");
}

mod when_the_registry_is_down_starting_says_so_and_stores_nothing {
    use super::*;

    #[tokio::test]
    async fn sqlite() {
        let down = |s: &mut server::state::AppState| s.registry = std::sync::Arc::new(RegistryDown);
        let app = TestApp::spawn_with(common::Engine::Sqlite, down).await.expect("SQLite");
        when_the_registry_is_down_starting_says_so_and_stores_nothing(&app).await;
    }

    #[tokio::test]
    async fn postgres() {
        let down = |s: &mut server::state::AppState| s.registry = std::sync::Arc::new(RegistryDown);
        if let Some(app) = TestApp::spawn_with(common::Engine::Postgres, down).await {
            when_the_registry_is_down_starting_says_so_and_stores_nothing(&app).await;
        }
    }
}

on_both_engines!(
    a_demo_applicant_sends_an_archival_application_without_javascript,
    a_person_in_the_registry_sees_their_name_filled_in,
    a_person_missing_from_the_registry_is_told_and_types_their_name,
);
