//! The frame of every page: skip link, header with navigation and language switcher, main
//! content, footer.

use leptos::prelude::*;
use leptos_router::hooks::use_location;
use shared::Lang;
use shared::ui::Ui;

use super::error_summary::{ErrorSummary, SummaryError};
use super::timeout_warning::TimeoutWarning;
use crate::i18n::{t, use_lang};
use crate::session::use_session;

/// The page frame.
#[component]
pub fn Layout(children: Children) -> impl IntoView {
    let session = use_session();
    let signed_in = session.user.clone();
    view! {
        <a href="#main-content" class="skip-link" rel="external">{t(Ui::SkipToContent)}</a>
        <header class="header">
            <div class="header__inner">
                <a href="/" class="header__brand">
                    <span class="header__logo" aria-hidden="true">"Ө"</span>
                    <span class="header__name">{t(Ui::SiteName)}</span>
                    <span class="header__tagline">{t(Ui::Tagline)}</span>
                </a>
                <LanguageSwitcher />
            </div>
            <nav class="nav" aria-label=t(Ui::MainNavigation)>
                <ul class="nav__list">
                    <li><a class="nav__link" href="/services">{t(Ui::NavServices)}</a></li>
                    <li><a class="nav__link" href="/cabinet">{t(Ui::NavCabinet)}</a></li>
                    {match signed_in {
                        Some(user) => view! {
                            <li class="nav__user">
                                <span class="nav__who">
                                    <span class="visually-hidden">{t(Ui::SignedInAs)} " "</span>
                                    {user.display_name}
                                </span>
                                <form method="post" action="/logout" class="nav__signout">
                                    <input type="hidden" name="csrf" value=session.csrf.clone() />
                                    <button type="submit" class="link-button">{t(Ui::SignOut)}</button>
                                </form>
                            </li>
                        }.into_any(),
                        None => view! {
                            <li class="nav__user">
                                <a class="nav__link" href="/login">{t(Ui::SignIn)}</a>
                            </li>
                        }.into_any(),
                    }}
                </ul>
            </nav>
        </header>
        <div class="width-container">
            <main id="main-content" class="main" tabindex="-1">
                <PageProblem />
                {children()}
            </main>
        </div>
        <footer class="footer">
            <div class="width-container">
                <p>{t(Ui::FooterHelp)}</p>
                <p>{t(Ui::FooterAccessibility)}</p>
                <p>{t(Ui::FooterCookies)}</p>
            </div>
        </footer>
        <TimeoutWarning />
    }
}

/// A refused request that belongs to no form on the page, said above the page.
#[component]
fn PageProblem() -> impl IntoView {
    let posted = Resource::new(|| (), |_| crate::api::load_posted(crate::api::PAGE_TARGET.into()));
    let lang = use_lang();
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                posted.await.ok().flatten().map(|p| {
                    let errors: Vec<SummaryError> = p
                        .errors
                        .iter()
                        .map(|e| SummaryError { target: "main-content".into(), message: e.code.message(lang, &[]) })
                        .collect();
                    view! {
                        <ErrorSummary errors=Signal::stored(errors) />
                        {p.correlation.map(|id| view! {
                            <p class="body">{shared::ui::ui_fill(Ui::CorrelationId, lang, &[("id", &id)])}</p>
                        })}
                    }
                })
            })}
        </Suspense>
    }
}

/// Links to the page in the other languages. A plain link that sets a cookie, so it works without
/// JavaScript and returns to the same page.
#[component]
fn LanguageSwitcher() -> impl IntoView {
    let current = use_lang();
    let location = use_location();
    let here = move || {
        let path = location.pathname.get();
        let query = location.search.get();
        if query.is_empty() { path } else { format!("{path}?{query}") }
    };
    view! {
        <nav class="lang" aria-label=t(Ui::Language)>
            <ul class="lang__list">
                {Lang::ALL
                    .iter()
                    .map(|&lang| {
                        if lang == current {
                            view! {
                                <li>
                                    <span class="lang__current" aria-current="true" lang=lang.code()>
                                        {lang.native_name()}
                                    </span>
                                </li>
                            }
                                .into_any()
                        } else {
                            let href = move || {
                                format!("/lang/{}?next={}", lang.code(), encode_component(&here()))
                            };
                            view! {
                                <li>
                                    <a href=href rel="external" hreflang=lang.code() lang=lang.code() class="lang__link">
                                        {lang.native_name()}
                                    </a>
                                </li>
                            }
                                .into_any()
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}

pub use shared::url::encode_component;
