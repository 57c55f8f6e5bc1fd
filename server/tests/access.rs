//! Who may do what: another user's drafts, applications and files are as good as missing, and every
//! state-changing post needs this session's CSRF token from this site.

mod common;

use reqwest::{Method, StatusCode};
use shared::form::Answers;

use common::{Browser, DEMO_USER_1, DEMO_USER_2, Reply, TestApp, UNREGISTERED_IIN, png};

/// What the first demo account has: a sent application with a file, and a draft with an answer
/// and a file.
struct Belongings {
    application: String,
    application_file: String,
    draft: String,
    draft_file: String,
}

async fn first_user_applies(app: &TestApp, owner: &Browser) -> Belongings {
    owner.login_demo(DEMO_USER_1.0).await;
    let sent = owner.start_archival().await;
    owner.fill_archival(&sent).await;
    owner.upload(&sent, "supporting", "sent.png", png()).await.see_other();
    let application = owner.submit(&sent).await;
    let draft = owner.start_archival().await;
    owner.fill_archival(&draft).await;
    let mut other_png = png();
    other_png.push(0);
    owner.upload(&draft, "supporting", "draft.png", other_png).await.see_other();
    let store = &app.state.store;
    let application_file = store.application_attachments(&application).await.unwrap()[0].id.clone();
    let draft_file = store.draft_attachments(&draft).await.unwrap()[0].id.clone();
    Belongings { application, application_file, draft, draft_file }
}

async fn draft_answers(app: &TestApp, draft: &str) -> Answers {
    let owner = app.user_id(DEMO_USER_1.0).await;
    app.state.store.draft_of(&owner, draft).await.unwrap().expect("the draft is still there").answers
}

async fn another_users_draft_application_and_file_are_not_found(app: &TestApp) {
    let owner = app.browser();
    let mine = first_user_applies(app, &owner).await;
    let before = draft_answers(app, &mine.draft).await;
    let intruder = app.browser();
    intruder.login_demo(DEMO_USER_2.0).await;
    let token = intruder.csrf("/cabinet").await;
    let d = &mine.draft;

    for path in [
        format!("/apply/{d}/archive"),
        format!("/apply/{d}/documents"),
        format!("/apply/{d}/check"),
        format!("/applications/{}", mine.application),
        format!("/applications/{}/confirmation", mine.application),
        format!("/files/{}", mine.application_file),
        format!("/files/{}", mine.draft_file),
    ] {
        let res = intruder.get(&path).await;
        assert_eq!(res.status, StatusCode::NOT_FOUND, "GET {path}");
        assert!(!res.body.contains(DEMO_USER_1.1), "GET {path} shows the owner's name");
    }
    let posts: [(String, Vec<(&str, &str)>); 5] = [
        (format!("/apply/{d}/archive"), vec![("archive", "aral")]),
        (format!("/apply/{d}/documents"), vec![]),
        (format!("/apply/{d}/documents/{}/remove", mine.draft_file), vec![]),
        (format!("/apply/{d}/submit"), vec![("declaration", "yes")]),
        (format!("/apply/{d}/documents/{}/remove", mine.application_file), vec![]),
    ];
    for (path, fields) in posts {
        let mut all = vec![("csrf", token.as_str())];
        all.extend(fields);
        assert_eq!(intruder.post_form(&path, &all).await.status, StatusCode::NOT_FOUND, "POST {path}");
    }
    let upload = intruder.upload_with_token(d, &token, "supporting", "mine.png", png()).await;
    assert_eq!(upload.status, StatusCode::NOT_FOUND, "upload to another user's draft");

    assert_eq!(draft_answers(app, d).await, before);
    assert_eq!(app.state.store.draft_attachments(d).await.unwrap().len(), 1);
    assert_eq!(app.count("applications").await, 1);
    assert_eq!(app.count("attachments").await, 2);
    let owner_sees = owner.get(&format!("/apply/{d}/documents")).await;
    owner_sees.assert_status(StatusCode::OK).assert_says("draft.png");
}

/// Posts `fields` to `path` four ways: without a token, with another visitor's token, and with the
/// right token from a foreign origin or a cross-site page. Each must be refused with 403 and the
/// page must say why.
async fn refused_four_ways(app: &TestApp, who: &Browser, page: &str, path: &str, fields: &[(&str, &str)]) {
    for res in refusals(app, who, page, path, fields).await {
        res.assert_says("This page has expired");
    }
}

/// How a post is forged: a description, the token sent, and an extra header.
type Attempt<'a> = (&'a str, Option<&'a str>, Option<(&'a str, &'a str)>);

/// The four refused posts of [`refused_four_ways`], checked for their status only.
async fn refusals(app: &TestApp, who: &Browser, page: &str, path: &str, fields: &[(&str, &str)]) -> Vec<Reply> {
    let mut replies = Vec::new();
    let stranger_token = app.browser().csrf("/login").await;
    let right = who.csrf(page).await;
    let attempts: [Attempt<'_>; 4] = [
        ("no token", None, None),
        ("another visitor's token", Some(stranger_token.as_str()), None),
        ("a foreign origin", Some(right.as_str()), Some(("origin", "https://evil.example"))),
        ("a cross-site page", Some(right.as_str()), Some(("sec-fetch-site", "cross-site"))),
    ];
    for (how, token, header) in attempts {
        let mut all: Vec<(&str, &str)> = token.map(|t| ("csrf", t)).into_iter().collect();
        all.extend_from_slice(fields);
        let mut request = who.request(Method::POST, path).form(&all);
        if let Some((name, value)) = header {
            request = request.header(name, value);
        }
        let res = who.send(request).await;
        assert_eq!(res.status, StatusCode::FORBIDDEN, "POST {path} with {how}");
        replies.push(res);
    }
    replies
}

async fn sign_in_and_registration_need_the_csrf_token(app: &TestApp) {
    let visitor = app.browser();
    let login = [("iin", DEMO_USER_1.0), ("password", server::demo::DEMO_PASSWORD)];
    refused_four_ways(app, &visitor, "/login", "/login", &login).await;
    let password = "correct horse battery";
    let register = [("iin", UNREGISTERED_IIN), ("password", password), ("confirm", password)];
    refused_four_ways(app, &visitor, "/register", "/register", &register).await;
    assert_eq!(app.count("sessions").await, 0);
    assert!(app.state.store.user_by_iin(UNREGISTERED_IIN).await.unwrap().is_none());
    visitor.get("/cabinet").await.see_other();
}

async fn signing_out_and_starting_need_the_csrf_token(app: &TestApp) {
    let who = app.browser();
    who.login_demo(DEMO_USER_1.0).await;
    refusals(app, &who, "/cabinet", "/logout", &[]).await;
    who.get("/cabinet").await.assert_status(StatusCode::OK);
    assert_eq!(app.count("sessions").await, 1);
    let page = "/services/archival-certificate";
    refusals(app, &who, page, "/services/archival-certificate/start", &[]).await;
    assert_eq!(app.count("drafts").await, 0);

    let token = who.csrf("/cabinet").await;
    assert_eq!(who.post_form("/logout", &[("csrf", &token)]).await.see_other(), "/login?signed_out=1");
    assert_eq!(app.count("sessions").await, 0);
    assert!(who.get("/cabinet").await.see_other().starts_with("/login?next=/cabinet"));
}

async fn a_refused_sign_out_says_why(app: &TestApp) {
    let who = app.browser();
    who.login_demo(DEMO_USER_1.0).await;
    refused_four_ways(app, &who, "/cabinet", "/logout", &[]).await;
}

async fn a_refused_start_says_why(app: &TestApp) {
    let who = app.browser();
    who.login_demo(DEMO_USER_1.0).await;
    let page = "/services/archival-certificate";
    refused_four_ways(app, &who, page, "/services/archival-certificate/start", &[]).await;
}

async fn draft_posts_need_the_csrf_token(app: &TestApp) {
    let who = app.browser();
    who.login_demo(DEMO_USER_1.0).await;
    let draft = who.start_archival().await;
    who.fill_archival(&draft).await;
    who.upload(&draft, "supporting", "kept.png", png()).await.see_other();
    let file = app.state.store.draft_attachments(&draft).await.unwrap()[0].id.clone();
    let before = draft_answers(app, &draft).await;
    let docs = format!("/apply/{draft}/documents");
    let check = format!("/apply/{draft}/check");

    refused_four_ways(app, &who, &check, &format!("/apply/{draft}/archive"), &[("archive", "aral")]).await;
    refused_four_ways(app, &who, &docs, &docs, &[]).await;
    refused_four_ways(app, &who, &docs, &format!("/apply/{draft}/documents/{file}/remove"), &[]).await;
    refused_four_ways(app, &who, &check, &format!("/apply/{draft}/submit"), &[("declaration", "yes")]).await;

    let stranger_token = app.browser().csrf("/login").await;
    for token in ["", stranger_token.as_str()] {
        let res = who.upload_with_token(&draft, token, "supporting", "evil.png", png()).await;
        res.assert_status(StatusCode::FORBIDDEN);
    }
    let right = who.csrf(&docs).await;
    let form = reqwest::multipart::Form::new()
        .text("csrf", right)
        .text("slot", "supporting")
        .part("file", reqwest::multipart::Part::bytes(png()).file_name("evil.png"));
    let foreign = who.request(Method::POST, &format!("{docs}/upload")).header("origin", "https://evil.example");
    who.send(foreign.multipart(form)).await.assert_status(StatusCode::FORBIDDEN);

    assert_eq!(draft_answers(app, &draft).await, before);
    let files = app.state.store.draft_attachments(&draft).await.unwrap();
    assert_eq!(files.iter().map(|f| f.file_name.as_str()).collect::<Vec<_>>(), ["kept.png"]);
    assert_eq!(app.count("applications").await, 0);
}

on_both_engines!(
    another_users_draft_application_and_file_are_not_found,
    sign_in_and_registration_need_the_csrf_token,
    signing_out_and_starting_need_the_csrf_token,
    a_refused_sign_out_says_why,
    a_refused_start_says_why,
    draft_posts_need_the_csrf_token,
);
