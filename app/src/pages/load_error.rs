//! What a page shows when its data could not be loaded.

use leptos::prelude::*;
use shared::ErrorCode;
use shared::ui::{Ui, ui_fill};

use crate::api::NOT_SIGNED_IN;
use crate::components::page_title::PageTitle;
use crate::i18n::{t, use_lang};

/// A sign-in prompt when the session ended, or the generic problem page with a correlation id.
#[component]
pub fn LoadError(error: ServerFnError) -> impl IntoView {
    let lang = use_lang();
    let text = error.to_string();
    if text.contains(NOT_SIGNED_IN) {
        return view! {
            <PageTitle text=t(Ui::SignIn).to_owned() />
            <h1 class="heading-l">{t(Ui::SignIn)}</h1>
            <p class="body">{ErrorCode::SessionExpired.get(lang)}</p>
            <p class="body"><a href="/login" rel="external">{t(Ui::SignIn)}</a></p>
        }
        .into_any();
    }
    let id = text.split("internal:").nth(1).map(|s| s.trim().to_owned()).unwrap_or_default();
    view! {
        <PageTitle text=t(Ui::ProblemTitle).to_owned() />
        <h1 class="heading-l">{t(Ui::ProblemTitle)}</h1>
        <p class="body">{ErrorCode::Internal.get(lang)}</p>
        {(!id.is_empty()).then(|| view! { <p class="body">{ui_fill(Ui::CorrelationId, lang, &[("id", &id)])}</p> })}
    }
    .into_any()
}
