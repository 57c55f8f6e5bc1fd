//! "Sign in with ESP": a plain form posting to `/login/esp`; in the browser the button first asks
//! the server for a challenge, has NCALayer sign it, puts the signature into the form and submits it.
//! The server verifies everything; a refusal comes back as the login page with the reason.

use leptos::html::{Button, Div, Form};
use leptos::prelude::*;
use shared::Lang;
use shared::esp::{EspUi, NcaLayerProblem, text::NCALAYER_DOWNLOAD};
use shared::ui::Ui;

use crate::esp::{ESP_FIELD, FORM_ID, ncalayer_url};
use crate::i18n::{t, use_lang};
use crate::session::use_session;

/// Where the sign-in is. The server only ever renders `Idle`; the browser moves through the rest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
enum Phase {
    Idle,
    Connecting,
    Waiting,
    Checking,
    /// The person closed NCALayer's dialog: back to idle with a short note.
    Cancelled,
    Problem(NcaLayerProblem),
    /// The server gave no challenge.
    StartFailed,
}

impl Phase {
    fn busy(self) -> bool {
        matches!(self, Phase::Connecting | Phase::Waiting | Phase::Checking)
    }

    /// What the status region says.
    fn status(self, lang: Lang) -> &'static str {
        match self {
            Phase::Connecting => EspUi::Connecting.get(lang),
            Phase::Waiting => EspUi::WaitingForDialog.get(lang),
            Phase::Checking => EspUi::Checking.get(lang),
            Phase::Cancelled => NcaLayerProblem::Cancelled.get(lang),
            Phase::Idle | Phase::Problem(_) | Phase::StartFailed => "",
        }
    }
}

/// The ESP sign-in section of the login page. `error` is the server's refusal of an earlier try.
#[component]
pub fn EspSignIn(next: String, error: RwSignal<Option<String>>) -> impl IntoView {
    let lang = use_lang();
    let session = use_session();
    let phase = RwSignal::new(Phase::Idle);
    let form = NodeRef::<Form>::new();
    let problem = NodeRef::<Div>::new();
    let button = NodeRef::<Button>::new();
    let begin = move || {
        if !phase.get_untracked().busy() {
            error.set(None);
            start(form, phase, lang);
        }
    };
    // The problem (and its retry button) goes away as the retry starts: focus returns to the button.
    let retry = move || {
        focus_button(button);
        begin();
    };
    Effect::new(move |_| {
        if matches!(phase.get(), Phase::Problem(_) | Phase::StartFailed) {
            focus(problem);
        }
    });
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
            <p class="esp__status" role="status" aria-live="polite">{move || phase.get().status(lang)}</p>
            {move || problem_view(phase.get(), lang, problem, retry)}
        </section>
    }
}

/// The problem, its help and a retry; focused when it appears.
fn problem_view(phase: Phase, lang: Lang, node: NodeRef<Div>, retry: impl Fn() + 'static) -> Option<impl IntoView> {
    let (text, help) = match phase {
        Phase::Problem(p) => (p.get(lang), p.help()),
        Phase::StartFailed => (EspUi::StartFailed.get(lang), &[][..]),
        _ => return None,
    };
    Some(view! {
        <div class="esp__problem" tabindex="-1" node_ref=node>
            <p class="error-message">
                <span class="visually-hidden">{Ui::ErrorPrefix.get(lang)} ": "</span>
                {text}
            </p>
            {help
                .iter()
                .map(|h| view! {
                    <p class="body">
                        {h.get(lang)}
                        {h.links_to_download().then(|| view! { " " <a href=NCALAYER_DOWNLOAD>"ncl.pki.gov.kz"</a> })}
                    </p>
                })
                .collect_view()}
            <button type="button" class="button button--secondary" on:click=move |_| retry()>
                {EspUi::Retry.get(lang)}
            </button>
        </div>
    })
}

fn focus(node: NodeRef<Div>) {
    #[cfg(feature = "hydrate")]
    request_animation_frame(move || {
        if let Some(el) = node.get_untracked() {
            let _ = el.focus();
        }
    });
    #[cfg(not(feature = "hydrate"))]
    let _ = node;
}

fn focus_button(node: NodeRef<Button>) {
    #[cfg(feature = "hydrate")]
    if let Some(el) = node.get_untracked() {
        let _ = el.focus();
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = node;
}

/// Starts signing in: NCALayer, a challenge, the signature, then the form's own submit.
#[cfg(feature = "hydrate")]
fn start(form: NodeRef<Form>, phase: RwSignal<Phase>, lang: Lang) {
    if let Some(form) = form.get_untracked() {
        leptos::task::spawn_local(client::run(form, phase, lang));
    }
}

#[cfg(not(feature = "hydrate"))]
fn start(_: NodeRef<Form>, _: RwSignal<Phase>, _: Lang) {}

#[cfg(feature = "hydrate")]
mod client {
    use leptos::prelude::*;
    use serde::Deserialize;
    use shared::Lang;
    use shared::esp::NcaLayerProblem;
    use shared::esp::ncalayer::DEFAULT_URL;
    use wasm_bindgen::JsCast;
    use web_sys::{HtmlFormElement, HtmlInputElement};

    use super::Phase;
    use crate::esp::NcaLayer;

    /// `POST /login/esp/challenge`'s answer: what to sign, and under which id to send it back.
    #[derive(Deserialize)]
    struct Challenge {
        id: String,
        data: String,
    }

    pub async fn run(form: HtmlFormElement, phase: RwSignal<Phase>, lang: Lang) {
        let input = |name: &str| {
            form.query_selector(&format!("input[name=\"{name}\"]"))
                .ok()
                .flatten()
                .and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
        };
        let url = form.get_attribute("data-ncalayer-url").filter(|u| !u.is_empty());
        let csrf = input("csrf").map(|i| i.value()).unwrap_or_default();
        phase.set(Phase::Connecting);
        let layer = match NcaLayer::connect(url.as_deref().unwrap_or(DEFAULT_URL)).await {
            Ok(layer) => layer,
            Err(problem) => return phase.set(Phase::Problem(problem)),
        };
        let Some(challenge) = challenge(&csrf).await else {
            return phase.set(Phase::StartFailed);
        };
        phase.set(Phase::Waiting);
        match layer.sign_cms(&challenge.data, false, None, lang).await {
            Ok(signature) => {
                drop(layer);
                phase.set(Phase::Checking);
                if let (Some(c), Some(s)) = (input("challenge"), input("signature")) {
                    c.set_value(&challenge.id);
                    s.set_value(&signature);
                }
                if form.submit().is_err() {
                    phase.set(Phase::StartFailed);
                }
            }
            Err(NcaLayerProblem::Cancelled) => phase.set(Phase::Cancelled),
            Err(problem) => phase.set(Phase::Problem(problem)),
        }
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
