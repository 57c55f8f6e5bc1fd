//! A labelled input for forms that are not service definitions (sign-in, registration).

use leptos::prelude::*;
use shared::ui::Ui;

use crate::i18n::t;

/// A text or password input with label, hint and error message.
#[component]
pub fn SimpleInput(
    name: &'static str,
    label: &'static str,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(default = "text")] input_type: &'static str,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional)] inputmode: Option<&'static str>,
    #[prop(into, default = String::new())] value: String,
    #[prop(default = "input input--width-20")] class: &'static str,
    #[prop(into)] error: Signal<Option<String>>,
) -> impl IntoView {
    let hint_id = format!("{name}-hint");
    let error_id = format!("{name}-error");
    let describedby = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            let mut ids = Vec::new();
            if hint.is_some() {
                ids.push(hint_id.clone());
            }
            if error.with(Option::is_some) {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    view! {
        <div class=move || if error.with(Option::is_some) { "form-group form-group--error" } else { "form-group" }>
            <label class="label" for=name>{label}</label>
            {hint.map(|h| view! { <div class="hint" id=hint_id.clone()>{h}</div> })}
            {move || error.get().map(|m| view! {
                <p class="error-message" id=error_id.clone()>
                    <span class="visually-hidden">{t(Ui::ErrorPrefix)} ": "</span>
                    {m}
                </p>
            })}
            <input
                class=class
                id=name
                name=name
                type=input_type
                autocomplete=autocomplete
                inputmode=inputmode
                spellcheck="false"
                value=value
                aria-describedby=describedby
                aria-invalid=move || error.with(Option::is_some).then_some("true")
            />
        </div>
    }
}
