//! An application in the cabinet: status, timeline, answers, documents and the ESP signature.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use shared::form::{self, Context};
use shared::reference::Reference;
use shared::services;
use shared::ui::Ui;
use shared::values::date;

use crate::api::{ApplicationView, load_application};
use crate::components::back_link::BackLink;
use crate::components::page_title::PageTitle;
use crate::components::signature_details::{SignatureDetails, SignatureVerdict};
use crate::components::status_tag::StatusTag;
use crate::i18n::{t, use_lang};
use crate::pages::cabinet::local_datetime;
use crate::pages::documents::human_size;
use crate::pages::load_error::LoadError;
use crate::pages::not_found::NotFound;
use crate::pages::question::prefill_display;

/// `/applications/:id`.
#[component]
pub fn ApplicationPage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.read().get("id").unwrap_or_default();
    let data = Resource::new(id, load_application);
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(Some(app)) => view! { <ApplicationBody app /> }.into_any(),
                    Ok(None) => view! { <NotFound /> }.into_any(),
                    Err(error) => view! { <LoadError error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn ApplicationBody(app: ApplicationView) -> impl IntoView {
    let lang = use_lang();
    let def = services::version(&app.service, app.version);
    let name = def.map(|d| d.passport.name.get(lang)).unwrap_or_default();
    let reference = Reference::parse(&app.reference).map(|r| r.display()).unwrap_or(app.reference.clone());
    let ctx =
        Context { today: date::parse_iso(&app.due_date).unwrap_or(time::Date::MIN), prefill: app.prefill.clone() };
    let rows = def.map(|d| form::summary_rows(d, &app.answers, &ctx, lang)).unwrap_or_default();
    view! {
        <PageTitle text=format!("{name} – {reference}") />
        <BackLink href="/cabinet" />
        <SignatureVerdict />
        <span class="caption-l">{name}</span>
        <h1 class="heading-l">{reference.clone()}</h1>
        <dl class="summary-list">
            <div class="summary-list__row">
                <dt class="summary-list__key">{t(Ui::ColumnStatus)}</dt>
                <dd class="summary-list__value"><StatusTag status=app.status /></dd>
            </div>
            <div class="summary-list__row">
                <dt class="summary-list__key">{t(Ui::SubmittedOn)}</dt>
                <dd class="summary-list__value">{local_datetime(&app.submitted_at, lang)}</dd>
            </div>
            <div class="summary-list__row">
                <dt class="summary-list__key">{t(Ui::DueDate)}</dt>
                <dd class="summary-list__value">{local_datetime(&app.due_date, lang)}</dd>
            </div>
        </dl>
        <h2 class="heading-m">{t(Ui::TimelineTitle)}</h2>
        <ol class="timeline">
            {app.timeline.iter().rev().map(|e| view! {
                <li class="timeline__item">
                    <h3 class="heading-s timeline__title">{e.kind.get(lang)}</h3>
                    <p class="body-s timeline__date">{local_datetime(&e.at, lang)}</p>
                </li>
            }).collect_view()}
        </ol>
        <h2 class="heading-m">{t(Ui::ApplicationAnswers)}</h2>
        <dl class="summary-list">
            {rows.into_iter().map(|row| {
                let value = if row.from_registry {
                    def.and_then(|d| d.field(row.field)).and_then(|f| f.prefill).map(|(_, a)| prefill_display(a, &row.value, lang)).unwrap_or(row.value.clone())
                } else {
                    row.value.clone()
                };
                view! {
                    <div class="summary-list__row">
                        <dt class="summary-list__key">{row.label.clone()}</dt>
                        <dd class="summary-list__value summary-list__value--pre">{value}</dd>
                    </div>
                }
            }).collect_view()}
        </dl>
        {(!app.files.is_empty()).then(|| view! {
            <h2 class="heading-m">{t(Ui::SummaryOfDocuments)}</h2>
            <ul class="list">
                {app.files.iter().map(|f| view! {
                    <li><a href=format!("/files/{}", f.id) rel="external">{f.name.clone()}</a> " (" {human_size(f.size)} ")"</li>
                }).collect_view()}
            </ul>
        })}
        {app.signature.map(|signature| view! { <SignatureDetails application=app.id.clone() signature /> })}
    }
}
