//! Signing in with IIN and password, or with an ESP.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use shared::account;
use shared::ui::Ui;

use crate::api::{Posted, load_posted};
use crate::components::error_summary::{ErrorSummary, SummaryError};
use crate::components::esp_sign_in::EspSignIn;
use crate::components::form_support::summary_of;
use crate::components::notice::InfoBanner;
use crate::components::page_title::PageTitle;
use crate::components::simple_input::SimpleInput;
use crate::esp::{ESP_FIELD, ESP_TARGET, refusal_message};
use crate::i18n::{t, use_lang};
use crate::session::use_session;

/// The sign-in page.
#[component]
pub fn Login() -> impl IntoView {
    let posted = Resource::new(|| (), |_| load_posted("login".into()));
    let esp = Resource::new(|| (), |_| load_posted(ESP_TARGET.into()));
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let posted = posted.await.ok().flatten().unwrap_or_default();
                let esp = esp.await.ok().flatten().unwrap_or_default();
                view! { <LoginForm posted esp /> }
            })}
        </Suspense>
    }
}

#[component]
fn LoginForm(posted: Posted, esp: Posted) -> impl IntoView {
    let lang = use_lang();
    let session = use_session();
    let query = use_query_map();
    let next = query.with_untracked(|q| q.get("next")).unwrap_or_default();
    let expired = query.with_untracked(|q| q.get("expired").is_some());
    let signed_out = query.with_untracked(|q| q.get("signed_out").is_some());
    let errors = RwSignal::new(posted.errors.clone());
    let esp_error = RwSignal::new(refusal_message(&esp, lang));
    let summary = Signal::derive(move || {
        let mut summary = errors.with(|e| summary_of(e, |e| account::message(e, lang)));
        summary.extend(esp_error.get().map(|message| SummaryError { target: ESP_FIELD.into(), message }));
        summary
    });
    let has_errors = Signal::derive(move || errors.with(|e| !e.is_empty()) || esp_error.with(Option::is_some));
    let error_of = move |field: &'static str| {
        Signal::derive(move || errors.with(|e| e.iter().find(|e| e.field == field).map(|e| account::message(e, lang))))
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        #[cfg(feature = "hydrate")]
        {
            use crate::components::form_support::{form_values, posted_value};
            let values = form_values(&ev);
            if let Err(found) = account::validate_login(posted_value(&values, "iin"), posted_value(&values, "password"))
            {
                ev.prevent_default();
                esp_error.set(None);
                errors.set(found);
            }
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = ev;
    };
    view! {
        <PageTitle text=t(Ui::LoginTitle).to_owned() has_errors />
        <div class="grid"><div class="grid__two-thirds">
            {expired.then(|| view! { <InfoBanner text=shared::ErrorCode::SessionExpired.get(lang) /> })}
            {signed_out.then(|| view! { <InfoBanner text=t(Ui::SignedOut) /> })}
            <ErrorSummary errors=summary />
            <h1 class="heading-l">{t(Ui::LoginTitle)}</h1>
            <p class="body">{t(Ui::LoginLead)}</p>
            <form method="post" action="/login" novalidate on:submit=on_submit>
                <input type="hidden" name="csrf" value=session.csrf />
                <input type="hidden" name="next" value=next.clone() />
                <SimpleInput
                    name="iin"
                    label=t(Ui::IinLabel)
                    hint=t(Ui::IinHint)
                    autocomplete="username"
                    inputmode="numeric"
                    value=posted.value("iin").unwrap_or_default().to_owned()
                    error=error_of("iin")
                />
                <SimpleInput
                    name="password"
                    label=t(Ui::PasswordLabel)
                    input_type="password"
                    autocomplete="current-password"
                    class="input input--width-30"
                    error=error_of("password")
                />
                <button type="submit" class="button">{t(Ui::LoginButton)}</button>
            </form>
            <EspSignIn next=next error=esp_error />
            <h2 class="heading-s">{t(Ui::NoAccountYet)}</h2>
            <p class="body"><a href="/register">{t(Ui::CreateAccount)}</a></p>
        </div></div>
    }
}
