//! Notification banner for something that just happened.

use leptos::prelude::*;

/// A success banner, announced to screen readers.
#[component]
pub fn SuccessBanner(#[prop(into)] text: String) -> impl IntoView {
    view! {
        <div class="banner banner--success" role="status">
            <p class="banner__text">{text}</p>
        </div>
    }
}

/// An important message that is not an error.
#[component]
pub fn InfoBanner(#[prop(into)] text: String) -> impl IntoView {
    view! {
        <div class="banner" role="region" aria-label="!">
            <p class="banner__text">{text}</p>
        </div>
    }
}
