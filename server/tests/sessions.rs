//! Sessions and the headers that protect pages: the content security policy and its nonce, cookie
//! flags, the idle limit and the sign-in throttle.

mod common;

use reqwest::StatusCode;

use common::{DEMO_USER_1, DEMO_USER_2, TestApp};

/// The value of every `nonce="…"` attribute on a page's script elements, and how many script
/// elements there are.
fn script_nonces(html: &str) -> (Vec<String>, usize) {
    let scripts: Vec<&str> = html.split("<script").skip(1).map(|s| s.split('>').next().unwrap_or("")).collect();
    let nonces = scripts
        .iter()
        .filter_map(|attrs| attrs.split("nonce=\"").nth(1).and_then(|n| n.split('"').next()).map(str::to_owned))
        .collect();
    (nonces, scripts.len())
}

async fn pages_carry_a_nonce_policy_and_are_not_cached(app: &TestApp) {
    app.login_demo(DEMO_USER_1.0).await;
    for path in ["/", "/login", "/cabinet", "/services/archival-certificate"] {
        let page = app.get(path).await;
        page.assert_status(StatusCode::OK);
        let csp = page.header("content-security-policy").expect("a content security policy");
        let nonce = csp.split("'nonce-").nth(1).and_then(|n| n.split('\'').next()).expect("a nonce in the policy");
        assert!(nonce.len() >= 16, "{path}: a nonce of {} characters", nonce.len());
        assert!(csp.contains("default-src 'self'") && csp.contains("object-src 'none'"), "{path}: {csp}");
        assert!(csp.contains("frame-ancestors 'none'"), "{path}: {csp}");
        let (nonces, scripts) = script_nonces(&page.body);
        assert!(scripts > 0, "{path}: the page has inline scripts to check");
        assert_eq!(nonces.len(), scripts, "{path}: every script element carries the nonce");
        assert!(nonces.iter().all(|n| n == nonce), "{path}: script nonces {nonces:?}, policy {nonce}");
        assert_eq!(page.header("x-content-type-options"), Some("nosniff"), "{path}");
        assert_eq!(page.header("x-frame-options"), Some("DENY"), "{path}");
        assert_eq!(page.header("cache-control"), Some("no-store"), "{path}");
    }
    let again = app.get("/").await;
    let first = app.get("/").await;
    assert_ne!(
        again.header("content-security-policy"),
        first.header("content-security-policy"),
        "a fresh nonce on every response"
    );
}

async fn the_session_cookie_is_http_only_and_same_site_lax(app: &TestApp) {
    let visitor = app.browser();
    let token = visitor.csrf("/login").await;
    let fields = [("csrf", token.as_str()), ("iin", DEMO_USER_2.0), ("password", server::demo::DEMO_PASSWORD)];
    let res = visitor.post_form("/login", &fields).await;
    assert_eq!(res.see_other(), "/cabinet");
    let cookies: Vec<&str> = res.headers.get_all("set-cookie").iter().filter_map(|v| v.to_str().ok()).collect();
    let session = cookies.iter().find(|c| c.starts_with("otinish_session=")).expect("a session cookie");
    let attributes: Vec<String> = session.split(';').map(|a| a.trim().to_ascii_lowercase()).collect();
    assert!(attributes.iter().any(|a| a == "httponly"), "{session}");
    assert!(attributes.iter().any(|a| a == "samesite=lax"), "{session}");
    assert!(attributes.iter().any(|a| a == "path=/"), "{session}");
    let token_value = session.split(';').next().unwrap().trim_start_matches("otinish_session=");
    assert!(token_value.len() >= 40, "a long random token");
    let hash = server::web::context::token_hash(token_value);
    assert!(app.state.store.session(&hash).await.unwrap().is_some(), "only the token's hash is stored");
    assert!(app.state.store.session(token_value).await.unwrap().is_none(), "the token itself is not stored");
}

async fn a_session_idle_for_over_thirty_minutes_is_signed_out(app: &TestApp) {
    app.login_demo(DEMO_USER_1.0).await;
    app.advance(29 * 60);
    app.get("/cabinet").await.assert_status(StatusCode::OK);
    app.advance(29 * 60);
    app.get("/cabinet").await.assert_status(StatusCode::OK);
    assert_eq!(app.count("sessions").await, 1, "activity keeps the session alive");
    app.advance(31 * 60);
    let res = app.get("/cabinet").await;
    assert_eq!(res.see_other(), "/login?next=/cabinet&expired=1");
    assert_eq!(app.count("sessions").await, 0, "the ended session is deleted");
    let login = app.get("/login?next=/cabinet&expired=1").await;
    login.assert_status(StatusCode::OK).assert_says("For your security, you were signed out");
}

async fn a_session_ends_twelve_hours_after_sign_in_whatever_the_activity(app: &TestApp) {
    app.login_demo(DEMO_USER_1.0).await;
    for _ in 0..24 {
        app.advance(29 * 60);
        app.get("/cabinet").await.assert_status(StatusCode::OK);
    }
    app.advance(29 * 60);
    assert!(app.get("/cabinet").await.see_other().ends_with("&expired=1"));
}

async fn five_wrong_passwords_lock_the_account_even_for_the_right_one(app: &TestApp) {
    for attempt in 1..=5 {
        let res =
            app.post_with_csrf("/login", "/login", &[("iin", DEMO_USER_1.0), ("password", "wrong password")]).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "attempt {attempt}");
        res.assert_says("The IIN or password is not right");
    }
    let fields = [("iin", DEMO_USER_1.0), ("password", server::demo::DEMO_PASSWORD)];
    let res = app.post_with_csrf("/login", "/login", &fields).await;
    res.assert_status(StatusCode::TOO_MANY_REQUESTS).assert_says("Too many sign-in attempts");
    assert_eq!(app.count("sessions").await, 0);

    let other = app.browser();
    other.login_demo(DEMO_USER_2.0).await;
    app.advance(16 * 60);
    app.login_demo(DEMO_USER_1.0).await;
}

async fn sign_in_returns_only_to_pages_of_this_site(app: &TestApp) {
    let password = server::demo::DEMO_PASSWORD;
    for (next, expected) in [
        ("/apply/x/archive", "/apply/x/archive"),
        ("https://evil.example/", "/cabinet"),
        ("//evil.example/", "/cabinet"),
        ("/\\evil.example/", "/cabinet"),
    ] {
        let visitor = app.browser();
        let fields = [("iin", DEMO_USER_2.0), ("password", password), ("next", next)];
        let res = visitor.post_with_csrf("/login", "/login", &fields).await;
        assert_eq!(res.see_other(), expected, "next={next}");
    }
}

async fn after_signing_in_again_the_applicant_returns_to_their_draft(app: &TestApp) {
    app.login_demo(DEMO_USER_1.0).await;
    let draft = app.start_archival().await;
    app.answer(&draft, "archive", &[("archive", "aral")]).await.see_other();
    app.advance(31 * 60);
    let here = format!("/apply/{draft}/applicant");
    let login = app.get(&here).await.see_other().to_owned();
    assert_eq!(login, format!("/login?next={here}&expired=1"));
    let fields = [("iin", DEMO_USER_1.0), ("password", server::demo::DEMO_PASSWORD), ("next", here.as_str())];
    let res = app.post_with_csrf(&login, "/login", &fields).await;
    assert_eq!(res.see_other(), here);
    app.get(&here).await.assert_status(StatusCode::OK).assert_says(DEMO_USER_1.1);
    let user = app.user_id(DEMO_USER_1.0).await;
    let saved = app.state.store.draft_of(&user, &draft).await.unwrap().unwrap();
    assert_eq!(saved.answers.get("archive"), Some("aral"), "the draft was kept");
}

async fn extending_a_session_needs_the_token_and_keeps_it_alive(app: &TestApp) {
    let extend = |token: Option<String>| {
        let mut request = app.request(reqwest::Method::POST, "/session/extend");
        if let Some(t) = token {
            request = request.header("x-csrf-token", t);
        }
        request
    };
    let anonymous = app.csrf("/login").await;
    assert_eq!(app.send(extend(Some(anonymous))).await.status, StatusCode::UNAUTHORIZED);
    app.login_demo(DEMO_USER_1.0).await;
    let token = app.csrf("/cabinet").await;
    app.advance(25 * 60);
    assert_eq!(app.send(extend(None)).await.status, StatusCode::FORBIDDEN);
    assert_eq!(app.send(extend(Some(token.clone()))).await.status, StatusCode::NO_CONTENT);
    app.advance(25 * 60);
    app.get("/cabinet").await.assert_status(StatusCode::OK);
}

on_both_engines!(
    sign_in_returns_only_to_pages_of_this_site,
    after_signing_in_again_the_applicant_returns_to_their_draft,
    extending_a_session_needs_the_token_and_keeps_it_alive,
    pages_carry_a_nonce_policy_and_are_not_cached,
    the_session_cookie_is_http_only_and_same_site_lax,
    a_session_idle_for_over_thirty_minutes_is_signed_out,
    a_session_ends_twelve_hours_after_sign_in_whatever_the_activity,
    five_wrong_passwords_lock_the_account_even_for_the_right_one,
);
