//! The document title, with the "Error:" prefix when the page shows errors.

use leptos::prelude::*;
use leptos_meta::Title;
use shared::ui::Ui;

use crate::i18n::t;

/// Sets `<title>` to "[Error: ]page – Otinish".
///
/// The server writes `<head>` after the page body, when the page's reactive values may already be
/// disposed; so the text is captured as a plain string and the error flag is read with `try_get`.
#[component]
pub fn PageTitle(#[prop(into)] text: String, #[prop(into, optional)] has_errors: Signal<bool>) -> impl IntoView {
    let site = t(Ui::SiteName);
    let prefix = t(Ui::ErrorPrefix);
    let full = move || {
        let base = format!("{text} – {site}");
        if has_errors.try_get().unwrap_or(false) { format!("{prefix}: {base}") } else { base }
    };
    view! { <Title text=full /> }
}
