//! The document shell and the routes.

use leptos::prelude::*;
use leptos_meta::provide_meta_context;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{SsrMode, path};

use crate::components::layout::Layout;
use crate::i18n::request_lang;
use crate::pages;
use crate::session::request_session;

/// The HTML document around the app, rendered on the server only.
#[cfg(feature = "ssr")]
pub fn shell(options: LeptosOptions) -> impl IntoView {
    use crate::session::SESSION_META;
    use leptos_meta::MetaTags;
    if let Some(nonce) = use_context::<http::request::Parts>().and_then(|p| p.extensions.get::<CspNonce>().cloned()) {
        provide_context(leptos::nonce::Nonce::from_value(nonce.0));
    }
    let stylesheet = use_context::<http::request::Parts>()
        .and_then(|p| p.extensions.get::<Stylesheet>().map(|s| s.0.clone()))
        .unwrap_or_else(|| "/pkg/otinish.css".into());
    let lang = request_lang();
    let session = serde_json::to_string(&request_session()).unwrap_or_default();
    view! {
        <!DOCTYPE html>
        <html lang=lang.code()>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="theme-color" content="#0b4f8a" />
                <meta name=SESSION_META content=session />
                <link rel="stylesheet" href=stylesheet />
                <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
                <HydrationScripts options />
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

/// The per-request CSP nonce the security middleware chose; inline scripts carry it.
#[cfg(feature = "ssr")]
#[derive(Debug, Clone)]
pub struct CspNonce(pub String);

/// The address of the stylesheet, versioned by its content.
#[cfg(feature = "ssr")]
#[derive(Debug, Clone)]
pub struct Stylesheet(pub String);

/// Without the server renderer the shell is never used.
#[cfg(not(feature = "ssr"))]
pub fn shell(_options: LeptosOptions) -> impl IntoView {}

/// The application: layout and routes. Every route renders completely on the server before the
/// response is sent (`SsrMode::Async`), so pages are whole without JavaScript.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    provide_context(request_lang());
    provide_context(request_session());
    let a = SsrMode::Async;
    view! {
        <Router>
            <Layout>
                <Routes fallback=pages::not_found::NotFound>
                    <Route path=path!("/") view=pages::home::Home ssr=a.clone() />
                    <Route path=path!("/services") view=pages::catalogue::Catalogue ssr=a.clone() />
                    <Route path=path!("/services/:slug") view=pages::passport::PassportPage ssr=a.clone() />
                    <Route path=path!("/services/:slug/v/:version") view=pages::passport::PassportPage ssr=a.clone() />
                    <Route path=path!("/login") view=pages::login::Login ssr=a.clone() />
                    <Route path=path!("/login/esp") view=pages::login::Login ssr=a.clone() />
                    <Route path=path!("/register") view=pages::register::Register ssr=a.clone() />
                    <Route path=path!("/cabinet") view=pages::cabinet::Cabinet ssr=a.clone() />
                    <Route path=path!("/apply/:draft/documents") view=pages::documents::Documents ssr=a.clone() />
                    <Route path=path!("/apply/:draft/check") view=pages::check::CheckAnswers ssr=a.clone() />
                    // A refused send answers its POST with the check-answers page at this address.
                    <Route path=path!("/apply/:draft/submit") view=pages::check::CheckAnswers ssr=a.clone() />
                    <Route path=path!("/apply/:draft/egov") view=pages::check::CheckAnswers ssr=a.clone() />
                    <Route path=path!("/apply/:draft/egov/:signing") view=pages::mobile_sign::MobileSigning ssr=a.clone() />
                    <Route path=path!("/apply/:draft/:page") view=pages::question::QuestionPage ssr=a.clone() />
                    <Route path=path!("/applications/:id/confirmation") view=pages::confirmation::Confirmation ssr=a.clone() />
                    <Route path=path!("/applications/:id") view=pages::application::ApplicationPage ssr=a />
                </Routes>
            </Layout>
        </Router>
    }
}
