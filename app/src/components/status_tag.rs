//! A coloured status tag.

use leptos::prelude::*;
use shared::status::Status;

use crate::i18n::use_lang;

/// The status of an application as a tag.
#[component]
pub fn StatusTag(status: Status) -> impl IntoView {
    let lang = use_lang();
    view! { <strong class=format!("tag tag--{}", status.tone())>{status.get(lang)}</strong> }
}
