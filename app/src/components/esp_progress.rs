//! How a signing with NCALayer is going: a status region that says what is happening, and when it
//! fails, the problem with its help (how to install, start or allow NCALayer) and a retry button,
//! focused as it appears. Used by "Sign in with ESP" and by "Sign and send".

use leptos::html::{Button, Div};
use leptos::prelude::*;
use shared::Lang;
use shared::esp::{EspUi, text::NCALAYER_DOWNLOAD};
use shared::ui::Ui;

use crate::esp::SigningPhase;
use crate::i18n::use_lang;

/// The status region and, after a failure, the problem. `start_failed` says that the server gave
/// nothing to sign, in the words of what was being started.
#[component]
pub fn EspProgress(
    phase: RwSignal<SigningPhase>,
    start_failed: EspUi,
    #[prop(into)] retry: Callback<()>,
) -> impl IntoView {
    let lang = use_lang();
    let problem = NodeRef::<Div>::new();
    Effect::new(move |_| {
        if phase.get().is_problem() {
            focus(problem);
        }
    });
    view! {
        <p class="esp__status" role="status" aria-live="polite">{move || phase.get().status(lang)}</p>
        {move || problem_view(phase.get(), start_failed, lang, problem, retry)}
    }
}

/// The problem, its help and a retry.
fn problem_view(
    phase: SigningPhase,
    start_failed: EspUi,
    lang: Lang,
    node: NodeRef<Div>,
    retry: Callback<()>,
) -> Option<impl IntoView> {
    let (text, help) = match phase {
        SigningPhase::Problem(p) => (p.get(lang), p.help()),
        SigningPhase::StartFailed => (start_failed.get(lang), &[][..]),
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
            <button type="button" class="button button--secondary" on:click=move |_| retry.run(())>
                {EspUi::Retry.get(lang)}
            </button>
        </div>
    })
}

/// Moves focus to the problem once it is in the document.
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

/// Moves focus to the button that started the signing, before the problem holding the focus (and
/// its retry button) goes away.
pub fn focus_button(node: NodeRef<Button>) {
    #[cfg(feature = "hydrate")]
    if let Some(el) = node.get_untracked() {
        let _ = el.focus();
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = node;
}
