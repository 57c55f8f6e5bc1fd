//! The error summary: at the top of the page, focused when it appears, each error linking to its
//! field (GOV.UK error summary pattern).

use leptos::html::Div;
use leptos::prelude::*;
use shared::ui::Ui;

use crate::i18n::t;

/// One line of the summary: the id of the input to jump to and the message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SummaryError {
    pub target: String,
    pub message: String,
}

/// The error summary. Rendered by the server it is focused by `autofocus`; shown by the browser
/// after an instant check it is focused by script.
#[component]
pub fn ErrorSummary(#[prop(into)] errors: Signal<Vec<SummaryError>>) -> impl IntoView {
    let node = NodeRef::<Div>::new();
    Effect::new(move |previous: Option<usize>| {
        let count = errors.with(Vec::len);
        if count > 0 && previous.is_some() {
            focus_when_ready(node);
        }
        count
    });
    view! {
        <Show when=move || errors.with(|e| !e.is_empty())>
            <div class="error-summary" tabindex="-1" autofocus="" node_ref=node aria-labelledby="error-summary-title">
                <h2 class="error-summary__title" id="error-summary-title">
                    {t(Ui::ErrorSummaryTitle)}
                </h2>
                <ul class="error-summary__list">
                    {move || {
                        errors
                            .get()
                            .into_iter()
                            .map(|e| {
                                view! {
                                    <li>
                                        <a href=format!("#{}", e.target) rel="external">{e.message}</a>
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
            </div>
        </Show>
    }
}

/// Moves focus to the summary once it is in the document.
fn focus_when_ready(node: NodeRef<Div>) {
    #[cfg(feature = "hydrate")]
    request_animation_frame(move || {
        if let Some(el) = node.get_untracked() {
            let _ = el.focus();
            el.scroll_into_view();
        }
    });
    #[cfg(not(feature = "hydrate"))]
    let _ = node;
}
