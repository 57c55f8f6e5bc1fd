//! The page for an address that leads nowhere (or to someone else's data).

use leptos::prelude::*;
use shared::ui::Ui;

use crate::components::page_title::PageTitle;
use crate::i18n::t;

/// "Page not found", with the 404 status on the server.
#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    crate::ssr::not_found();
    view! {
        <PageTitle text=t(Ui::NotFoundTitle).to_owned() />
        <h1 class="heading-l">{t(Ui::NotFoundTitle)}</h1>
        <p class="body">{t(Ui::NotFoundBody)}</p>
        <p class="body">
            <a href="/services">{t(Ui::NavServices)}</a>
        </p>
    }
}
