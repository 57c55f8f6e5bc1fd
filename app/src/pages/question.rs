//! A question page of any service definition (GOV.UK question-page pattern).

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};
use shared::definition::{DataSource, Page, RegistryAttr, ServiceDefinition};
use shared::form::{self, Answers, Context, field_visible_at, is_prefilled};
use shared::ui::Ui;
use shared::values::date;
use shared::{ErrorCode, Lang};

use crate::api::{DraftView, load_draft};
use crate::components::back_link::BackLink;
use crate::components::draft_frame::{NewerVersionNotice, ServiceCaption, definition_of};
use crate::components::error_summary::{ErrorSummary, SummaryError};
use crate::components::field::FieldInput;
use crate::components::page_title::PageTitle;
use crate::i18n::{t, use_lang};
use crate::pages::load_error::LoadError;
use crate::pages::not_found::NotFound;
use crate::session::use_session;

/// `/apply/:draft/:page`.
#[component]
pub fn QuestionPage() -> impl IntoView {
    let params = use_params_map();
    let key = move || {
        let p = params.read();
        (p.get("draft").unwrap_or_default(), p.get("page").unwrap_or_default())
    };
    let data = Resource::new(key, |(draft, page)| {
        let target = format!("page:{draft}:{page}");
        load_draft(draft, target)
    });
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let (_, page_id) = key();
                match data.await {
                    Ok(Some(draft)) => {
                        let found = definition_of(&draft).and_then(|def| def.page(&page_id).map(|p| (def, p)));
                        match found {
                            Some((def, page)) if form::page_visible(page, &draft.answers, &context_of(&draft)) => {
                                view! { <QuestionForm draft def page /> }.into_any()
                            }
                            _ => view! { <NotFound /> }.into_any(),
                        }
                    }
                    Ok(None) => view! { <NotFound /> }.into_any(),
                    Err(error) => view! { <LoadError error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// The rules' context for a draft: its "today" and its prefilled values.
pub fn context_of(draft: &DraftView) -> Context {
    Context { today: date::parse_iso(&draft.today).unwrap_or(time::Date::MIN), prefill: draft.prefill.clone() }
}

/// A prefilled value written out for people.
pub fn prefill_display(attr: RegistryAttr, value: &str, lang: Lang) -> String {
    match attr {
        RegistryAttr::BirthDate => {
            date::parse_iso(value).map(|d| date::format_date(d, lang)).unwrap_or_else(|| value.to_owned())
        }
        _ => value.to_owned(),
    }
}

/// Summary lines for field errors of a definition.
pub fn summary_for(def: &'static ServiceDefinition, errors: &[shared::FieldError], lang: Lang) -> Vec<SummaryError> {
    errors
        .iter()
        .map(|e| {
            let message = def
                .fields()
                .find(|f| f.input_names().contains(&e.field))
                .map(|f| form::field_message(f, e.code, lang))
                .unwrap_or_else(|| e.code.message(lang, &[]));
            SummaryError { target: e.field.clone(), message }
        })
        .collect()
}

#[component]
fn QuestionForm(draft: DraftView, def: &'static ServiceDefinition, page: &'static Page) -> impl IntoView {
    let lang = use_lang();
    let session = use_session();
    let returning = use_query_map().with_untracked(|q| q.get("return").as_deref() == Some("check"));
    let ctx = context_of(&draft);
    let stored = draft.answers.clone();
    let mut values = stored.clone();
    if let Some(p) = &draft.posted {
        form::store_page(page, &mut values, &Answers::new());
        for (k, v) in &p.values {
            values.set(k.clone(), v.clone());
        }
    }
    let errors = RwSignal::new(draft.posted.as_ref().map(|p| p.errors.clone()).unwrap_or_default());
    let summary = Signal::derive(move || errors.with(|e| summary_for(def, e, lang)));
    let has_errors = Signal::derive(move || errors.with(|e| !e.is_empty()));
    // The answers as typed so far, for revealing questions in place once the page is interactive.
    let live = RwSignal::new(values.clone());
    let interactive = RwSignal::new(false);
    Effect::new(move |_| interactive.set(true));

    let repeat = page.repeat;
    let prefilled: Vec<_> =
        if repeat.is_some() { Vec::new() } else { page.fields.iter().filter(|f| is_prefilled(f, &ctx)).collect() };
    let shown = |f: &&'static shared::definition::Field, prefix: &str| {
        field_visible_at(f, &values, &ctx, prefix) || form::revealed_in_place(page, f)
    };
    let editable: Vec<_> = page.fields.iter().filter(|f| !is_prefilled(f, &ctx) && shown(f, "")).collect();
    let registry_gap =
        !draft.registry_found && page.fields.iter().any(|f| f.prefill.is_some() && !is_prefilled(f, &ctx));
    let single = repeat.is_none() && prefilled.is_empty() && editable.len() == 1 && !registry_gap;
    let title = if single { editable[0].label.get(lang) } else { page.title.get(lang) };

    let back = if returning {
        format!("/apply/{}/check", draft.id)
    } else {
        match form::previous_page(def, &stored, &ctx, page.id) {
            Some(prev) => format!("/apply/{}/{prev}", draft.id),
            None => format!("/services/{}", def.slug),
        }
    };

    let on_submit = {
        let ctx = ctx.clone();
        let stored = stored.clone();
        move |ev: leptos::ev::SubmitEvent| {
            #[cfg(feature = "hydrate")]
            {
                // "Add another" and "Remove" go to the server as they are; Continue is checked here.
                let item_button = ev.submitter().and_then(|b| b.get_attribute("name")).is_some_and(|n| n == "action");
                let posted = crate::components::form_support::form_values(&ev);
                if !item_button
                    && let Err(form::Rejection::Invalid(found)) = form::parse_page(page, &posted, &stored, &ctx)
                {
                    ev.prevent_default();
                    errors.set(found);
                }
            }
            #[cfg(not(feature = "hydrate"))]
            let _ = (&ev, &ctx, &stored);
        }
    };
    let on_change = {
        let stored = stored.clone();
        move |ev: leptos::ev::Event| {
            #[cfg(feature = "hydrate")]
            {
                use wasm_bindgen::JsCast;
                if let Some(form_el) = ev.current_target().and_then(|t| t.dyn_into::<web_sys::HtmlFormElement>().ok())
                    && let Ok(data) = web_sys::FormData::new_with_form(&form_el)
                {
                    let mut now = stored.clone();
                    form::store_page(page, &mut now, &Answers::new());
                    if let Ok(Some(iter)) = js_sys::try_iter(&data) {
                        for entry in iter.flatten() {
                            let pair: js_sys::Array = entry.unchecked_into();
                            if let (Some(k), Some(v)) = (pair.get(0).as_string(), pair.get(1).as_string()) {
                                now.set(k, v);
                            }
                        }
                    }
                    live.set(now);
                }
            }
            #[cfg(not(feature = "hydrate"))]
            let _ = (&ev, &stored);
        }
    };

    // One field, wrapped so that a question revealed by an answer on this page hides when it does
    // not apply (only once the page is interactive: without JavaScript every such question shows).
    let field_view = {
        let (values, ctx) = (values.clone(), ctx.clone());
        move |field: &'static shared::definition::Field, prefix: String, as_heading: bool| {
            let in_place = form::revealed_in_place(page, field);
            let ctx = ctx.clone();
            let p = prefix.clone();
            let hidden = move || in_place && interactive.get() && !live.with(|l| field_visible_at(field, l, &ctx, &p));
            view! {
                <div class="field-wrapper" hidden=hidden>
                    <FieldInput field values=values.clone() errors=errors.into() as_heading prefix />
                </div>
            }
        }
    };

    let body = match repeat {
        None => editable.into_iter().map(|field| field_view(field, String::new(), single)).collect_view().into_any(),
        Some(r) => {
            let count = form::item_count(&values, page.id).max(usize::from(r.min).max(1)).min(usize::from(r.max));
            view! {
                <input type="hidden" name=page.count_input() value=count.to_string() />
                {(1..=count)
                    .map(|n| {
                        let heading = shared::lang::fill(r.item.get(lang), &[("n", &n.to_string())]);
                        let prefix = page.item_prefix(n);
                        view! {
                            <fieldset class="fieldset repeat-item">
                                <legend class="fieldset__legend fieldset__legend--m">
                                    <h2 class="heading-s">{heading.clone()}</h2>
                                </legend>
                                {page
                                    .fields
                                    .iter()
                                    .filter(|f| field_visible_at(f, &values, &ctx, &prefix) || form::revealed_in_place(page, f))
                                    .map(|f| field_view(f, prefix.clone(), false))
                                    .collect_view()}
                                {(count > usize::from(r.min)).then(|| view! {
                                    <button type="submit" name="action" value=format!("remove-{n}") class="button button--secondary button--small">
                                        {t(Ui::RemoveItem)}
                                        <span class="visually-hidden">" " {heading}</span>
                                    </button>
                                })}
                            </fieldset>
                        }
                    })
                    .collect_view()}
                {(count < usize::from(r.max)).then(|| view! {
                    <button type="submit" name="action" value="add" id=format!("{}-add", page.id) class="button button--secondary">
                        {r.add.get(lang)}
                    </button>
                })}
            }
            .into_any()
        }
    };

    view! {
        <PageTitle text=title.to_owned() has_errors />
        <BackLink href=back />
        <div class="grid"><div class="grid__two-thirds">
            <NewerVersionNotice draft=draft.clone() />
            <ErrorSummary errors=summary />
            <ServiceCaption def />
            {(!single).then(|| view! { <h1 class="heading-l">{page.title.get(lang)}</h1> })}
            {page.intro.map(|i| view! { <p class="body">{i.get(lang)}</p> })}
            {registry_gap.then(|| view! {
                <div class="inset inset--warning" role="note">
                    <p class="body">{ErrorCode::PersonNotInRegistry.get(lang)}</p>
                    <p class="body">{t(Ui::RegistryMissingHelp)}</p>
                </div>
            })}
            {(!prefilled.is_empty()).then(|| view! { <Prefilled fields=prefilled.clone() ctx=ctx.clone() /> })}
            <form
                method="post"
                action=format!("/apply/{}/{}", draft.id, page.id)
                novalidate
                on:submit=on_submit
                on:input=on_change.clone()
                on:change=on_change
            >
                // Pressing Enter in a field continues, rather than pressing the first item button.
                {repeat.is_some().then(|| view! {
                    <button type="submit" class="default-submit" tabindex="-1" aria-hidden="true">{t(Ui::Continue)}</button>
                })}
                <input type="hidden" name="csrf" value=session.csrf />
                {returning.then(|| view! { <input type="hidden" name="return" value="check" /> })}
                {body}
                <button type="submit" class="button">{t(Ui::Continue)}</button>
            </form>
        </div></div>
    }
}

/// Values from a state database, read-only, with their source.
#[component]
fn Prefilled(fields: Vec<&'static shared::definition::Field>, ctx: Context) -> impl IntoView {
    let lang = use_lang();
    let source = fields.iter().find_map(|f| f.prefill.map(|(s, _)| s)).unwrap_or(DataSource::IndividualsDb);
    view! {
        <div class="prefilled">
            <p class="body-s prefilled__source">
                {t(Ui::RegistrySource)} ": " <strong>{source.name().get(lang)}</strong>
            </p>
            <p class="hint">{t(Ui::RegistryPrefilledIntro)}</p>
            <dl class="summary-list summary-list--compact">
                {fields
                    .into_iter()
                    .map(|f| {
                        let (_, attr) = f.prefill.unwrap_or((DataSource::IndividualsDb, RegistryAttr::FullName));
                        let value = ctx.prefill.get(attr).map(|v| prefill_display(attr, v, lang)).unwrap_or_default();
                        view! {
                            <div class="summary-list__row">
                                <dt class="summary-list__key">{f.summary_label.unwrap_or(f.label).get(lang)}</dt>
                                <dd class="summary-list__value" id=format!("prefilled-{}", f.id)>{value}</dd>
                            </div>
                        }
                    })
                    .collect_view()}
            </dl>
        </div>
    }
}
