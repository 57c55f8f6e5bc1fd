//! Creating an account with IIN and password.

use leptos::prelude::*;
use shared::account;
use shared::ui::Ui;

use crate::api::{Posted, load_posted};
use crate::components::error_summary::ErrorSummary;
use crate::components::form_support::summary_of;
use crate::components::page_title::PageTitle;
use crate::components::simple_input::SimpleInput;
use crate::i18n::{t, use_lang};
use crate::session::use_session;

/// The registration page.
#[component]
pub fn Register() -> impl IntoView {
    let posted = Resource::new(|| (), |_| load_posted("register".into()));
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let posted = posted.await.ok().flatten().unwrap_or_default();
                view! { <RegisterForm posted /> }
            })}
        </Suspense>
    }
}

#[component]
fn RegisterForm(posted: Posted) -> impl IntoView {
    let lang = use_lang();
    let session = use_session();
    let errors = RwSignal::new(posted.errors.clone());
    let summary = Signal::derive(move || errors.with(|e| summary_of(e, |e| account::message(e, lang))));
    let error_of = move |field: &'static str| {
        Signal::derive(move || errors.with(|e| e.iter().find(|e| e.field == field).map(|e| account::message(e, lang))))
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        #[cfg(feature = "hydrate")]
        {
            use crate::components::form_support::{form_values, posted_value};
            let v = form_values(&ev);
            let checked = account::validate_registration(
                posted_value(&v, "iin"),
                posted_value(&v, "password"),
                posted_value(&v, "confirm"),
            );
            if let Err(found) = checked {
                ev.prevent_default();
                errors.set(found);
            }
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = ev;
    };
    view! {
        <PageTitle text=t(Ui::RegisterTitle).to_owned() has_errors=Signal::derive(move || errors.with(|e| !e.is_empty())) />
        <div class="grid"><div class="grid__two-thirds">
            <ErrorSummary errors=summary />
            <h1 class="heading-l">{t(Ui::RegisterTitle)}</h1>
            <p class="body">{t(Ui::RegisterLead)}</p>
            <form method="post" action="/register" novalidate on:submit=on_submit>
                <input type="hidden" name="csrf" value=session.csrf />
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
                    label=t(Ui::CreatePassword)
                    hint=t(Ui::PasswordRules)
                    input_type="password"
                    autocomplete="new-password"
                    class="input input--width-30"
                    error=error_of("password")
                />
                <SimpleInput
                    name="confirm"
                    label=t(Ui::ConfirmPassword)
                    input_type="password"
                    autocomplete="new-password"
                    class="input input--width-30"
                    error=error_of("confirm")
                />
                <button type="submit" class="button">{t(Ui::RegisterButton)}</button>
            </form>
            <h2 class="heading-s">{t(Ui::HaveAccount)}</h2>
            <p class="body"><a href="/login">{t(Ui::SignIn)}</a></p>
        </div></div>
    }
}
