//! The start page.

use leptos::prelude::*;
use shared::services;
use shared::ui::Ui;

use crate::components::page_title::PageTitle;
use crate::i18n::{t, use_lang};

/// The start page: what the portal is, a way into the catalogue and the cabinet.
#[component]
pub fn Home() -> impl IntoView {
    let lang = use_lang();
    let online: Vec<_> = services::catalogue().into_iter().filter(|d| d.is_online()).collect();
    view! {
        <PageTitle text=t(Ui::HomeTitle).to_owned() />
        <div class="hero">
            <h1 class="heading-xl">{t(Ui::HomeTitle)}</h1>
            <p class="lead">{t(Ui::HomeLead)}</p>
            <a href="/services" class="button button--start" role="button" draggable="false">
                {t(Ui::HomeBrowse)}
            </a>
        </div>
        <div class="grid">
            <section class="grid__half">
                <h2 class="heading-m">{t(Ui::OnlineAvailable)}</h2>
                <ul class="list">
                    {online
                        .into_iter()
                        .map(|d| {
                            view! {
                                <li>
                                    <a href=format!("/services/{}", d.slug)>{d.passport.name.get(lang)}</a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </section>
            <section class="grid__half">
                <h2 class="heading-m">
                    <a href="/cabinet">{t(Ui::NavCabinet)}</a>
                </h2>
                <p class="body">{t(Ui::HomeCabinetLead)}</p>
            </section>
        </div>
    }
}
