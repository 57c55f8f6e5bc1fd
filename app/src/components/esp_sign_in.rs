//! "Sign in with ESP": a plain form posting to `/login/esp`; in the browser the button first asks
//! the server for a challenge, has NCALayer sign it, puts the signature into the form and submits it.
//! The server verifies everything; a refusal comes back as the login page with the reason.

use leptos::html::{Button, Form};
use leptos::prelude::*;
use shared::Lang;
use shared::esp::EspUi;
use shared::ui::Ui;

use crate::components::esp_progress::{EspProgress, focus_button};
use crate::esp::{ESP_FIELD, FORM_ID, SigningPhase, ncalayer_url};
use crate::i18n::{t, use_lang};
use crate::session::use_session;

/// The ESP sign-in section of the login page. `error` is the server's refusal of an earlier try.
#[component]
pub fn EspSignIn(next: String, error: RwSignal<Option<String>>) -> impl IntoView {
    let lang = use_lang();
    let session = use_session();
    let phase = RwSignal::new(SigningPhase::Idle);
    let form = NodeRef::<Form>::new();
    let button = NodeRef::<Button>::new();
    let begin = move || {
        if !phase.get_untracked().busy() {
            error.set(None);
            start(form, phase, lang);
        }
    };
    // The problem (and its retry button) goes away as the retry starts: focus returns to the button.
    let retry = move |()| {
        focus_button(button);
        begin();
    };
    let busy = move || phase.get().busy().then_some("true");
    view! {
        <section class="esp" aria-labelledby="esp-title">
            <h2 class="heading-m" id="esp-title">{EspUi::SignIn.get(lang)}</h2>
            <p class="body">{EspUi::Lead.get(lang)}</p>
            <p class="hint">{EspUi::LocalNetworkNote.get(lang)}</p>
            <p class="hint">{EspUi::MobileNote.get(lang)}</p>
            <p class="body"><noscript>{EspUi::NeedsJavaScript.get(lang)}</noscript></p>
            {move || error.get().map(|m| view! {
                <p class="error-message" id="esp-error">
                    <span class="visually-hidden">{t(Ui::ErrorPrefix)} ": "</span>
                    {m}
                </p>
            })}
            <form
                id=FORM_ID
                method="post"
                action="/login/esp"
                data-ncalayer-url=ncalayer_url()
                node_ref=form
                on:submit=move |ev: leptos::ev::SubmitEvent| {
                    ev.prevent_default();
                    begin();
                }
            >
                <input type="hidden" name="csrf" value=session.csrf />
                <input type="hidden" name="next" value=next />
                <input type="hidden" name="challenge" value="" />
                <input type="hidden" name="signature" value="" />
                <button
                    type="submit"
                    class="button button--secondary"
                    id=ESP_FIELD
                    node_ref=button
                    aria-disabled=busy
                    aria-describedby=move || error.with(Option::is_some).then_some("esp-error")
                >
                    {EspUi::SignIn.get(lang)}
                </button>
            </form>
            <EspProgress phase start_failed=EspUi::StartFailed retry />
        </section>
    }
}

/// Starts signing in: NCALayer, a challenge, the signature, then the form's own submit.
#[cfg(feature = "hydrate")]
fn start(form: NodeRef<Form>, phase: RwSignal<SigningPhase>, lang: Lang) {
    if let Some(form) = form.get_untracked() {
        leptos::task::spawn_local(client::run(form, phase, lang));
    }
}

#[cfg(not(feature = "hydrate"))]
fn start(_: NodeRef<Form>, _: RwSignal<SigningPhase>, _: Lang) {}

#[cfg(feature = "hydrate")]
mod client {
    use leptos::prelude::*;
    use serde::Deserialize;
    use shared::Lang;
    use web_sys::HtmlFormElement;

    use crate::esp::SigningPhase;
    use crate::esp::sign_form::{ToSign, form_input, sign_and_submit};

    /// `POST /login/esp/challenge`'s answer: what to sign, and under which id to send it back.
    #[derive(Deserialize)]
    struct Challenge {
        id: String,
        data: String,
    }

    pub async fn run(form: HtmlFormElement, phase: RwSignal<SigningPhase>, lang: Lang) {
        let csrf = form_input(&form, "csrf").map(|i| i.value()).unwrap_or_default();
        // Any key may sign in: GOST-2015 authentication keys carry no key usage to filter on, so the
        // server checks the purpose.
        let prepare = async move {
            let challenge = challenge(&csrf).await?;
            Some(ToSign { data: challenge.data, iin: None, key_usage: &[], fields: vec![("challenge", challenge.id)] })
        };
        sign_and_submit(form, phase, lang, prepare).await;
    }

    async fn challenge(csrf: &str) -> Option<Challenge> {
        let response =
            gloo_net::http::Request::post("/login/esp/challenge").header("X-CSRF-Token", csrf).send().await.ok()?;
        if !response.ok() {
            return None;
        }
        response.json::<Challenge>().await.ok()
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    #[test]
    fn the_server_renders_the_form_the_login_esp_handler_reads() {
        let html = Owner::new().with(|| {
            provide_context(Lang::En);
            let error = RwSignal::new(Some("Refused".to_owned()));
            view! { <EspSignIn next="/cabinet".to_owned() error /> }.to_html()
        });
        for part in [
            r#"<section aria-labelledby="esp-title""#,
            r#"<form id="esp-sign-in" method="post" action="/login/esp" data-ncalayer-url="wss://127.0.0.1:13579""#,
            r#"<input type="hidden" name="csrf""#,
            r#"<input type="hidden" name="next" value="/cabinet""#,
            r#"<input type="hidden" name="challenge" value="""#,
            r#"<input type="hidden" name="signature" value="""#,
            r#"<button type="submit" id="esp" aria-describedby="esp-error""#,
            r#"role="status" aria-live="polite""#,
            "<noscript>Signing in with ESP needs JavaScript",
            r#"<p id="esp-error""#,
        ] {
            assert!(html.contains(part), "missing {part} in {html}");
        }
    }
}
