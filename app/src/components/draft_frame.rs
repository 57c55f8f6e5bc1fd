//! Pieces every page of a draft shows: the caption naming the service, the notice of a newer
//! version, and the lookup of the draft's definition.

use leptos::prelude::*;
use shared::definition::ServiceDefinition;
use shared::services;
use shared::ui::Ui;

use crate::api::DraftView;
use crate::i18n::{t, use_lang};

/// The definition a draft was started under.
pub fn definition_of(draft: &DraftView) -> Option<&'static ServiceDefinition> {
    services::version(&draft.service, draft.version)
}

/// "Application: <service>" above the heading.
#[component]
pub fn ServiceCaption(def: &'static ServiceDefinition) -> impl IntoView {
    let lang = use_lang();
    view! {
        <span class="caption-l">
            <span class="visually-hidden">{t(Ui::ApplicationFor)} " "</span>
            {def.passport.name.get(lang)}
        </span>
    }
}

/// Tells the applicant that the rules changed after they started, and what changed.
#[component]
pub fn NewerVersionNotice(draft: DraftView) -> impl IntoView {
    let lang = use_lang();
    draft.newer_version.and_then(|v| services::version(&draft.service, v)).map(|newer| {
        view! {
            <div class="inset inset--warning">
                <p class="body">
                    {shared::ui::ui_fill(Ui::NewerVersion, lang, &[("old", &draft.version.to_string()), ("new", &newer.version.to_string())])}
                </p>
                <ul class="list list--bullet">
                    {newer.changes.iter().map(|n| view! { <li class="body-s">{n.get(lang)}</li> }).collect_view()}
                </ul>
            </div>
        }
    })
}
