//! The back link at the top of question pages.

use leptos::prelude::*;
use shared::ui::Ui;

use crate::i18n::t;

/// A link back to the previous step.
#[component]
pub fn BackLink(#[prop(into)] href: String) -> impl IntoView {
    view! { <a href=href class="back-link">{t(Ui::Back)}</a> }
}
