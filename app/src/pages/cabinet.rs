//! The personal cabinet: the history of services and unfinished applications.

use leptos::prelude::*;
use shared::reference::Reference;
use shared::services;
use shared::ui::{Ui, ui_fill};
use shared::values::date;

use crate::api::{CabinetView, load_cabinet};
use crate::components::page_title::PageTitle;
use crate::components::status_tag::StatusTag;
use crate::i18n::{t, use_lang};
use crate::pages::load_error::LoadError;

/// `/cabinet`.
#[component]
pub fn Cabinet() -> impl IntoView {
    let data = Resource::new(|| (), |_| load_cabinet());
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(cabinet) => view! { <CabinetBody cabinet /> }.into_any(),
                    Err(error) => view! { <LoadError error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// A local date-time (`2026-11-23T10:15`) written out for people.
pub fn local_datetime(raw: &str, lang: shared::Lang) -> String {
    let (d, time) = raw.split_once('T').unwrap_or((raw, ""));
    let day = date::parse_iso(d).map(|d| date::format_date(d, lang)).unwrap_or_else(|| d.to_owned());
    if time.is_empty() { day } else { format!("{day}, {time}") }
}

fn service_name(slug: &str, version: u16, lang: shared::Lang) -> String {
    services::version(slug, version).map(|d| d.passport.name.get(lang).to_owned()).unwrap_or_else(|| slug.to_owned())
}

#[component]
fn CabinetBody(cabinet: CabinetView) -> impl IntoView {
    let lang = use_lang();
    view! {
        <PageTitle text=t(Ui::CabinetTitle).to_owned() />
        <h1 class="heading-xl">{t(Ui::CabinetTitle)}</h1>
        <section aria-labelledby="drafts-title">
            <h2 class="heading-m" id="drafts-title">{t(Ui::DraftsTitle)}</h2>
            {if cabinet.drafts.is_empty() {
                view! { <p class="body">{t(Ui::NoDrafts)}</p> }.into_any()
            } else {
                view! {
                    <ul class="card-list">
                        {cabinet.drafts.into_iter().map(|d| {
                            let name = service_name(&d.service, d.version, lang);
                            view! {
                                <li class="card">
                                    <h3 class="heading-s card__title">{name.clone()}</h3>
                                    <p class="body-s">{ui_fill(Ui::DraftSaved, lang, &[("date", &local_datetime(&d.updated_at, lang))])}</p>
                                    <a href=d.resume_path class="button button--secondary">
                                        {t(Ui::ContinueDraft)}
                                        <span class="visually-hidden">": " {name}</span>
                                    </a>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
        <section aria-labelledby="history-title">
            <h2 class="heading-m" id="history-title">{t(Ui::HistoryTitle)}</h2>
            {if cabinet.applications.is_empty() {
                view! { <p class="body">{t(Ui::NoApplications)}</p> }.into_any()
            } else {
                view! {
                    <table class="table">
                        <caption class="visually-hidden">{t(Ui::HistoryTitle)}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{t(Ui::ColumnService)}</th>
                                <th scope="col">{t(Ui::ColumnReference)}</th>
                                <th scope="col">{t(Ui::ColumnSubmitted)}</th>
                                <th scope="col">{t(Ui::ColumnDue)}</th>
                                <th scope="col">{t(Ui::ColumnStatus)}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {cabinet.applications.into_iter().map(|a| {
                                let reference = Reference::parse(&a.reference).map(|r| r.display()).unwrap_or(a.reference.clone());
                                view! {
                                    <tr>
                                        <td data-label=t(Ui::ColumnService)>
                                            <a href=format!("/applications/{}", a.id)>{service_name(&a.service, a.version, lang)}</a>
                                        </td>
                                        <td data-label=t(Ui::ColumnReference)><span class="mono">{reference}</span></td>
                                        <td data-label=t(Ui::ColumnSubmitted)>{local_datetime(&a.submitted_at, lang)}</td>
                                        <td data-label=t(Ui::ColumnDue)>{local_datetime(&a.due_date, lang)}</td>
                                        <td data-label=t(Ui::ColumnStatus)><StatusTag status=a.status /></td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                }.into_any()
            }}
        </section>
    }
}
