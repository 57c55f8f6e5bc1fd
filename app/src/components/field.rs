//! Renders any field of a service definition as accessible HTML: label or legend, hint, error
//! message and input(s), with the input modes and autocomplete tokens the definition gives.

use leptos::prelude::*;
use shared::FieldError;
use shared::definition::{ChoiceControl, Field, FieldKind};
use shared::form::{Answers, field_message};
use shared::ui::Ui;

use crate::i18n::{t, use_lang};

/// The error of a field (in item `prefix` of a repeated page) among a page's errors.
pub fn error_for(field: &Field, prefix: &str, errors: &[FieldError]) -> Option<FieldError> {
    let names = field.input_names_at(prefix);
    errors.iter().find(|e| names.contains(&e.field)).cloned()
}

/// Whether one input of a field is the one in error: the missing part of a date, the box of a
/// period the error names, or every box when the whole value is wrong.
fn input_has_error(field: &Field, error: &FieldError, input: &str) -> bool {
    use shared::ErrorCode::*;
    match (field.kind, error.code) {
        (FieldKind::Date { .. }, DateMissingDay) => input.ends_with("-day"),
        (FieldKind::Date { .. }, DateMissingMonth) => input.ends_with("-month"),
        (FieldKind::Date { .. }, DateMissingYear | DateYearFourDigits) => input.ends_with("-year"),
        (FieldKind::YearPeriod { .. }, Required) => true,
        (FieldKind::YearPeriod { .. }, _) => error.field == input,
        _ => true,
    }
}

/// A field with its label, hint, error and input(s).
#[component]
pub fn FieldInput(
    field: &'static Field,
    /// Values shown in the inputs: a refused post's values, else the stored answers.
    values: Answers,
    /// The page's errors; the field shows its own.
    errors: Signal<Vec<FieldError>>,
    /// The field is the page's only question: its label is the page heading.
    #[prop(optional)]
    as_heading: bool,
    /// The item prefix inside a repeated page (`children-2-`), or empty.
    #[prop(optional, into)]
    prefix: String,
) -> impl IntoView {
    let lang = use_lang();
    let id = format!("{prefix}{}", field.id);
    let prefix_for_error = prefix.clone();
    let error = Signal::derive(move || errors.with(|e| error_for(field, &prefix_for_error, e)));
    let message = move || error.get().map(|e| field_message(field, e.code, lang));
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let has_hint = field.hint.is_some();
    let describedby = {
        let hint_id = hint_id.clone();
        let error_id = error_id.clone();
        move || {
            let mut ids = Vec::new();
            if has_hint {
                ids.push(hint_id.clone());
            }
            if error.with(Option::is_some) {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let label_text = field.label.get(lang);
    let hint = field.hint.map(|h| view! { <div class="hint" id=hint_id.clone()>{h.get(lang)}</div> });
    let error_message = move || {
        message().map(|m| {
            view! {
                <p class="error-message" id=error_id.clone()>
                    <span class="visually-hidden">{t(Ui::ErrorPrefix)} ": "</span>
                    {m}
                </p>
            }
        })
    };
    let group_class = move || if error.with(Option::is_some) { "form-group form-group--error" } else { "form-group" };
    let invalid = move |name: &str| {
        let name = name.to_owned();
        move || error.with(|e| e.as_ref().is_some_and(|e| input_has_error(field, e, &name))).then_some("true")
    };
    let value_of = |name: &str| values.get(name).map(str::to_owned);
    let width = field.width.map(|w| format!(" input--width-{w}")).unwrap_or_default();

    match field.kind {
        FieldKind::Date { .. } | FieldKind::YearPeriod { .. } => {
            let is_date = matches!(field.kind, FieldKind::Date { .. });
            let parts: Vec<(String, &'static str, &'static str)> = if is_date {
                vec![
                    (format!("{id}-day"), t(Ui::Day), "2"),
                    (format!("{id}-month"), t(Ui::Month), "2"),
                    (format!("{id}-year"), t(Ui::Year), "4"),
                ]
            } else {
                vec![(format!("{id}-from"), t(Ui::PeriodFrom), "4"), (format!("{id}-to"), t(Ui::PeriodTo), "4")]
            };
            let bday = field.autocomplete == Some("bday");
            view! {
                <div class=group_class>
                    <fieldset class="fieldset" role="group" aria-describedby=describedby>
                        <Legend text=label_text as_heading />
                        {hint}
                        {error_message}
                        <div class="date-input">
                            {parts
                                .into_iter()
                                .map(|(name, label, size)| {
                                    let value = value_of(&name);
                                    let autocomplete = bday.then(|| match &name[name.len() - 3..] {
                                        "day" => "bday-day",
                                        "nth" => "bday-month",
                                        _ => "bday-year",
                                    });
                                    let class = if size == "4" { "input input--width-4" } else { "input input--width-2" };
                                    view! {
                                        <div class="date-input__item">
                                            <label class="label date-input__label" for=name.clone()>{label}</label>
                                            <input
                                                class=class
                                                id=name.clone()
                                                name=name.clone()
                                                type="text"
                                                inputmode="numeric"
                                                autocomplete=autocomplete
                                                value=value
                                                aria-invalid=invalid(&name)
                                            />
                                        </div>
                                    }
                                })
                                .collect_view()}
                        </div>
                    </fieldset>
                </div>
            }
            .into_any()
        }
        FieldKind::Choice { options, control: ChoiceControl::Radios } => {
            let current = value_of(&id);
            view! {
                <div class=group_class>
                    <fieldset class="fieldset" aria-describedby=describedby>
                        <Legend text=label_text as_heading />
                        {hint}
                        {error_message}
                        <div class="radios">
                            {options
                                .iter()
                                .enumerate()
                                .map(|(i, o)| {
                                    let item_id = if i == 0 { id.to_owned() } else { format!("{id}-{}", i + 1) };
                                    let item_hint_id = format!("{item_id}-item-hint");
                                    let checked = current.as_deref() == Some(o.value);
                                    view! {
                                        <div class="radios__item">
                                            <input
                                                class="radios__input"
                                                id=item_id.clone()
                                                name=id.clone()
                                                type="radio"
                                                value=o.value
                                                checked=checked
                                                aria-describedby=o.hint.map(|_| item_hint_id.clone())
                                            />
                                            <label class="label radios__label" for=item_id>{o.label.get(lang)}</label>
                                            {o.hint.map(|h| view! { <div class="hint radios__hint" id=item_hint_id>{h.get(lang)}</div> })}
                                        </div>
                                    }
                                })
                                .collect_view()}
                        </div>
                    </fieldset>
                </div>
            }
            .into_any()
        }
        FieldKind::Choice { options, control: ChoiceControl::Select } => {
            let current = value_of(&id);
            view! {
                <div class=group_class>
                    <Label text=label_text for_id=id.clone() as_heading />
                    {hint}
                    {error_message}
                    <select class="select" id=id.clone() name=id.clone() aria-describedby=describedby aria-invalid=invalid(&id)>
                        <option value="">{t(Ui::SelectPlaceholder)}</option>
                        {options
                            .iter()
                            .map(|o| {
                                let selected = current.as_deref() == Some(o.value);
                                view! { <option value=o.value selected=selected>{o.label.get(lang)}</option> }
                            })
                            .collect_view()}
                    </select>
                </div>
            }
            .into_any()
        }
        FieldKind::Region | FieldKind::District { .. } => {
            let current = value_of(&id);
            let options = territory_options(field, &prefix, &values, lang);
            view! {
                <div class=group_class>
                    <Label text=label_text for_id=id.clone() as_heading />
                    {hint}
                    {error_message}
                    <select class="select" id=id.clone() name=id.clone() aria-describedby=describedby aria-invalid=invalid(&id)>
                        <option value="">{t(Ui::SelectPlaceholder)}</option>
                        {options
                            .into_iter()
                            .map(|(group, items)| {
                                let items = items
                                    .into_iter()
                                    .map(|(value, label)| {
                                        let selected = current.as_deref() == Some(value);
                                        view! { <option value=value selected=selected>{label}</option> }
                                    })
                                    .collect_view();
                                match group {
                                    Some(g) => view! { <optgroup label=g>{items}</optgroup> }.into_any(),
                                    None => items.into_any(),
                                }
                            })
                            .collect_view()}
                    </select>
                </div>
            }
            .into_any()
        }
        FieldKind::Consent => {
            let checked = value_of(&id).is_some();
            view! {
                <div class=group_class>
                    {hint}
                    {error_message}
                    <div class="checkboxes__item">
                        <input
                            class="checkboxes__input"
                            type="checkbox"
                            id=id.clone()
                            name=id.clone()
                            value="yes"
                            checked=checked
                            aria-describedby=describedby
                            aria-invalid=invalid(&id)
                        />
                        <label class="label checkboxes__label" for=id.clone()>{label_text}</label>
                    </div>
                </div>
            }
            .into_any()
        }
        FieldKind::Text { multiline: true, .. } => {
            let value = value_of(&id).unwrap_or_default();
            view! {
                <div class=group_class>
                    <Label text=label_text for_id=id.clone() as_heading />
                    {hint}
                    {error_message}
                    <textarea
                        class="textarea"
                        id=id.clone()
                        name=id.clone()
                        rows="5"
                        autocomplete=field.autocomplete
                        aria-describedby=describedby
                        aria-invalid=invalid(&id)
                    >
                        {value}
                    </textarea>
                </div>
            }
            .into_any()
        }
        kind => {
            let (input_type, inputmode, spellcheck, default_width) = match kind {
                FieldKind::Iin | FieldKind::Bin => ("text", Some("numeric"), Some("false"), " input--width-20"),
                FieldKind::Phone => ("tel", None, Some("false"), " input--width-20"),
                FieldKind::Email => ("email", None, Some("false"), " input--width-30"),
                FieldKind::Number { .. } => ("text", Some("numeric"), Some("false"), " input--width-10"),
                FieldKind::Money { .. } => ("text", Some("decimal"), Some("false"), " input--width-10"),
                FieldKind::Iban => ("text", None, Some("false"), " input--width-30"),
                _ => ("text", None, None, ""),
            };
            let class = format!("input{}", if width.is_empty() { default_width.to_owned() } else { width });
            let value = value_of(&id);
            let input = view! {
                <input
                    class=class
                    id=id.clone()
                    name=id.clone()
                    type=input_type
                    inputmode=inputmode
                    spellcheck=spellcheck
                    autocomplete=field.autocomplete
                    autocapitalize=matches!(kind, FieldKind::Iban).then_some("characters")
                    value=value
                    aria-describedby=describedby
                    aria-invalid=invalid(&id)
                />
            };
            let input = if matches!(kind, FieldKind::Money { .. }) {
                view! {
                    <div class="input-wrapper">
                        {input}
                        <div class="input-suffix" aria-hidden="true">"₸"</div>
                    </div>
                }
                .into_any()
            } else {
                input.into_any()
            };
            view! {
                <div class=group_class>
                    <Label text=label_text for_id=id.clone() as_heading />
                    {hint}
                    {error_message}
                    {input}
                </div>
            }
            .into_any()
        }
    }
}

/// Select options, optionally grouped: (group label, [(value, text)]).
type OptionGroups = Vec<(Option<&'static str>, Vec<(&'static str, &'static str)>)>;

/// The options of a region or district select: regions, or the chosen region's units, or (when
/// no region is chosen yet) every unit grouped by region.
fn territory_options(field: &Field, prefix: &str, values: &Answers, lang: shared::Lang) -> OptionGroups {
    use shared::territory::REGIONS;
    match field.kind {
        FieldKind::District { region_field } => {
            let chosen = values.get(&format!("{prefix}{region_field}")).or_else(|| values.get(region_field));
            match chosen.and_then(shared::territory::region) {
                Some(r) => vec![(None, r.units.iter().map(|u| (u.code, u.name.get(lang))).collect())],
                None => REGIONS
                    .iter()
                    .map(|r| (Some(r.name.get(lang)), r.units.iter().map(|u| (u.code, u.name.get(lang))).collect()))
                    .collect(),
            }
        }
        _ => vec![(None, REGIONS.iter().map(|r| (r.code, r.name.get(lang))).collect())],
    }
}

/// A label, inside the page heading when the field is the page's only question.
#[component]
fn Label(text: &'static str, #[prop(into)] for_id: String, as_heading: bool) -> impl IntoView {
    if as_heading {
        view! {
            <h1 class="label-wrapper">
                <label class="label label--l" for=for_id>{text}</label>
            </h1>
        }
        .into_any()
    } else {
        view! { <label class="label" for=for_id>{text}</label> }.into_any()
    }
}

/// A legend, holding the page heading when the field is the page's only question.
#[component]
fn Legend(text: &'static str, as_heading: bool) -> impl IntoView {
    if as_heading {
        view! {
            <legend class="fieldset__legend fieldset__legend--l">
                <h1 class="fieldset__heading">{text}</h1>
            </legend>
        }
        .into_any()
    } else {
        view! { <legend class="fieldset__legend">{text}</legend> }.into_any()
    }
}
