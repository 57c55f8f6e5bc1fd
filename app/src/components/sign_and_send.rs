//! Signing and sending on the check-answers page. Nothing is sent unsigned, so the two ways to
//! sign are offered:
//!
//! * "Sign with eGov mobile" (a plain form post to `/apply/{draft}/egov`): a QR code the eGov
//!   mobile app scans and signs; it works on any device and without JavaScript, so it is the only
//!   button the server renders.
//! * "Sign and send" with NCALayer, once hydrated: the browser asks the server for the application
//!   as it will be sent, has NCALayer sign it with the applicant's signing key, puts the signature
//!   into the form and submits it. eGov mobile stays offered beside it.
//!
//! The server verifies the signature; a refusal comes back as the check-answers page with the
//! reason beside the button.

use leptos::html::{Button, Form};
use leptos::prelude::*;
use shared::esp::EspUi;
use shared::ui::Ui;

use crate::components::esp_progress::{EspProgress, focus_button};
use crate::esp::{ESP_FIELD, SigningPhase};
use crate::i18n::{t, use_lang};

/// The hidden signature input, the server's refusal of an earlier signature, the button and the
/// signing's progress. `form` is the check-answers form: a retry submits it again, so the
/// declaration and the other checks run first.
#[component]
pub fn SignAndSend(
    phase: RwSignal<SigningPhase>,
    error: RwSignal<Option<String>>,
    form: NodeRef<Form>,
    /// Where "Sign with eGov mobile" posts.
    egov: String,
) -> impl IntoView {
    let lang = use_lang();
    let button = NodeRef::<Button>::new();
    let hydrated = RwSignal::new(false);
    Effect::new(move |_| hydrated.set(true));
    let retry = move |()| {
        focus_button(button);
        resubmit(form);
    };
    let label = move || if hydrated.get() { EspUi::SignAndSend.get(lang) } else { EspUi::SignWithEgov.get(lang) };
    let main_action = {
        let egov = egov.clone();
        move || (!hydrated.get()).then(|| egov.clone())
    };
    view! {
        <input type="hidden" name="signature" value="" />
        {move || hydrated.get().then(|| view! { <p class="hint">{EspUi::SignApplicationHint.get(lang)}</p> })}
        <div class=move || if error.with(Option::is_some) { "form-group form-group--error" } else { "form-group" }>
            {move || error.get().map(|m| view! {
                <p class="error-message" id="esp-error">
                    <span class="visually-hidden">{t(Ui::ErrorPrefix)} ": "</span>
                    {m}
                </p>
            })}
            <button
                type="submit"
                class="button"
                id=ESP_FIELD
                formaction=main_action
                node_ref=button
                aria-disabled=move || phase.get().busy().then_some("true")
                aria-describedby=move || error.with(Option::is_some).then_some("esp-error")
            >
                {label}
            </button>
        </div>
        <EspProgress phase start_failed=EspUi::SigningStartFailed retry />
        {move || hydrated.get().then(|| view! {
            <p class="hint">{EspUi::EgovHint.get(lang)}</p>
            <button type="submit" class="button button--secondary" id=EGOV_BUTTON formaction=egov.clone()>
                {EspUi::SignWithEgov.get(lang)}
            </button>
        })}
    }
}

/// The id of the hydrated page's "Sign with eGov mobile", beside "Sign and send".
pub const EGOV_BUTTON: &str = "egov";

/// Submits the form as a press of its button would, running its checks.
fn resubmit(form: NodeRef<Form>) {
    #[cfg(feature = "hydrate")]
    if let Some(form) = form.get_untracked() {
        let _ = form.request_submit();
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = form;
}

/// Signs the application of `draft` into `form` and submits it, unless a signing is under way. The
/// check-answers form calls it from its submit handler once the browser's own checks pass.
#[cfg(feature = "hydrate")]
pub fn start(form: web_sys::HtmlFormElement, draft: String, phase: RwSignal<SigningPhase>, lang: shared::Lang) {
    if !phase.get_untracked().busy() {
        leptos::task::spawn_local(client::run(form, draft, phase, lang));
    }
}

#[cfg(feature = "hydrate")]
mod client {
    use leptos::prelude::*;
    use serde::Deserialize;
    use shared::Lang;
    use shared::esp::ncalayer::SIGNING_KEY_USAGE;
    use web_sys::HtmlFormElement;

    use crate::esp::SigningPhase;
    use crate::esp::sign_form::{ToSign, sign_and_submit};

    /// `GET /apply/{draft}/signing-document`'s answer: the application as it will be sent, and the
    /// applicant's IIN.
    #[derive(Deserialize)]
    struct DocumentToSign {
        data: String,
        iin: String,
    }

    pub async fn run(form: HtmlFormElement, draft: String, phase: RwSignal<SigningPhase>, lang: Lang) {
        let prepare = async move {
            let document = document(&draft).await?;
            Some(ToSign {
                data: document.data,
                iin: Some(document.iin),
                key_usage: SIGNING_KEY_USAGE,
                fields: Vec::new(),
            })
        };
        sign_and_submit(form, phase, lang, prepare).await;
    }

    async fn document(draft: &str) -> Option<DocumentToSign> {
        let response = gloo_net::http::Request::get(&format!("/apply/{draft}/signing-document")).send().await.ok()?;
        if !response.ok() {
            return None;
        }
        response.json::<DocumentToSign>().await.ok()
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;
    use shared::Lang;

    #[test]
    fn the_server_renders_the_egov_mobile_button_with_the_refusal_beside_it() {
        let html = Owner::new().with(|| {
            provide_context(Lang::En);
            let error = RwSignal::new(Some("Refused".to_owned()));
            let (phase, form) = (RwSignal::new(SigningPhase::Idle), NodeRef::<Form>::new());
            view! { <SignAndSend phase error form egov="/apply/d1/egov".into() /> }.to_html()
        });
        for part in [
            r#"<input type="hidden" name="signature" value="""#,
            r#"<div class="form-group form-group--error"><p id="esp-error" class="error-message">"#,
            r#"<button type="submit" id="esp" formaction="/apply/d1/egov" aria-describedby="esp-error" class="button">Sign with eGov mobile"#,
            r#"role="status" aria-live="polite""#,
        ] {
            assert!(html.contains(part), "missing {part} in {html}");
        }
        assert!(!html.contains(EspUi::SignAndSend.get(Lang::En)), "signing is the browser's: {html}");
    }
}
