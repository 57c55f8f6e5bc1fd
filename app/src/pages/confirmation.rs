//! The confirmation page (GOV.UK pattern): reference number, due date, what happens next.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use shared::reference::Reference;
use shared::services;
use shared::ui::{Ui, ui_fill};
use shared::values::date;

use crate::api::{ApplicationView, load_application};
use crate::components::page_title::PageTitle;
use crate::i18n::{t, use_lang};
use crate::pages::load_error::LoadError;
use crate::pages::not_found::NotFound;

/// `/applications/:id/confirmation`.
#[component]
pub fn Confirmation() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.read().get("id").unwrap_or_default();
    let data = Resource::new(id, load_application);
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(Some(app)) => view! { <ConfirmationBody app /> }.into_any(),
                    Ok(None) => view! { <NotFound /> }.into_any(),
                    Err(error) => view! { <LoadError error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// The provider named in an application: the chosen institution when the form asks for one.
pub fn provider_name(app: &ApplicationView, lang: shared::Lang) -> String {
    let def = services::version(&app.service, app.version);
    let chosen = def.and_then(|d| {
        d.fields().find_map(|f| match f.kind {
            shared::definition::FieldKind::Choice { options, .. } if f.id == "archive" => {
                let v = app.answers.get(f.id)?;
                options.iter().find(|o| o.value == v).map(|o| o.label.get(lang).to_owned())
            }
            _ => None,
        })
    });
    chosen.or_else(|| def.map(|d| d.passport.provider.get(lang).to_owned())).unwrap_or_default()
}

#[component]
fn ConfirmationBody(app: ApplicationView) -> impl IntoView {
    let lang = use_lang();
    let reference = Reference::parse(&app.reference).map(|r| r.display()).unwrap_or(app.reference.clone());
    let due = date::parse_iso(&app.due_date).map(|d| date::format_date(d, lang)).unwrap_or_default();
    let provider = provider_name(&app, lang);
    let print_ready = RwSignal::new(false);
    Effect::new(move |_| print_ready.set(true));
    view! {
        <PageTitle text=t(Ui::ConfirmationTitle).to_owned() />
        <div class="grid"><div class="grid__two-thirds">
            <div class="panel panel--confirmation">
                <h1 class="panel__title">{t(Ui::ConfirmationTitle)}</h1>
                <div class="panel__body">
                    {t(Ui::YourReference)}
                    <br />
                    <strong class="panel__reference" id="reference">{reference}</strong>
                </div>
            </div>
            <p class="body">
                <strong>{ui_fill(Ui::DueBy, lang, &[("date", &due)])}</strong>
            </p>
            <p class="body">{t(Ui::KeepReference)}</p>
            <h2 class="heading-m">{t(Ui::WhatHappensNext)}</h2>
            <p class="body">{ui_fill(Ui::NextStepsBody, lang, &[("provider", &provider)])}</p>
            <ul class="list">
                <li><a href=format!("/applications/{}", app.id)>{t(Ui::ViewThisApplication)}</a></li>
                <li><a href="/cabinet">{t(Ui::GoToCabinet)}</a></li>
            </ul>
            <p class="body no-print" hidden=move || !print_ready.get()>
                <button type="button" class="link-button" on:click=move |_| {
                    #[cfg(feature = "hydrate")]
                    if let Some(w) = web_sys::window() { let _ = w.print(); }
                }>{t(Ui::PrintPage)}</button>
            </p>
        </div></div>
    }
}
