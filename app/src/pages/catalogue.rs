//! The list of services.

use leptos::prelude::*;
use shared::services;
use shared::ui::{Ui, term_text};

use crate::components::page_title::PageTitle;
use crate::i18n::{t, use_lang};

/// Every service of the catalogue, with its provider, term and whether it is online.
#[component]
pub fn Catalogue() -> impl IntoView {
    let lang = use_lang();
    view! {
        <PageTitle text=t(Ui::CatalogueTitle).to_owned() />
        <h1 class="heading-xl">{t(Ui::CatalogueTitle)}</h1>
        <p class="lead">{t(Ui::CatalogueLead)}</p>
        <ul class="service-list">
            {services::catalogue()
                .into_iter()
                .map(|d| {
                    let p = &d.passport;
                    let online = d.is_online();
                    view! {
                        <li class="service-list__item">
                            <h2 class="heading-s service-list__name">
                                <a href=format!("/services/{}", d.slug)>{p.name.get(lang)}</a>
                            </h2>
                            <p class="body-s service-list__summary">{p.summary.get(lang)}</p>
                            <p class="body-s service-list__meta">
                                <span>{p.territory.get(lang)}</span>
                                " · "
                                <span>{term_text(p.term, lang)}</span>
                                " · "
                                {if online {
                                    view! { <strong class="tag tag--green">{t(Ui::OnlineAvailable)}</strong> }.into_any()
                                } else {
                                    view! { <strong class="tag tag--grey">{t(Ui::OfficeOnly)}</strong> }.into_any()
                                }}
                            </p>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
