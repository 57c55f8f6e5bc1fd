//! Check your answers before sending (GOV.UK check-answers pattern): every answer with a Change
//! link, the documents, the declaration and the send button, which signs the application with the
//! applicant's ESP when the page is hydrated.

use leptos::html::Form;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use shared::definition::ServiceDefinition;
use shared::form;
use shared::ui::{Ui, ui_fill};
use shared::{ErrorCode, FieldError, Lang};

use crate::api::{DraftView, load_draft};
use crate::components::back_link::BackLink;
use crate::components::draft_frame::{NewerVersionNotice, ServiceCaption, definition_of};
use crate::components::error_summary::{ErrorSummary, SummaryError};
use crate::components::page_title::PageTitle;
use crate::components::sign_and_send::SignAndSend;
use crate::esp::{ESP_FIELD, SigningPhase, ncalayer_url, signature_refusal};
use crate::i18n::{t, use_lang};
use crate::pages::documents::human_size;
use crate::pages::load_error::LoadError;
use crate::pages::not_found::NotFound;
use crate::pages::question::{context_of, prefill_display};
use crate::session::use_session;

/// `/apply/:draft/check`, and `/apply/:draft/submit` where a refused send is answered.
#[component]
pub fn CheckAnswers() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.read().get("draft").unwrap_or_default();
    let data = Resource::new(id, |draft| {
        let target = format!("check:{draft}");
        load_draft(draft, target)
    });
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(Some(draft)) => match definition_of(&draft) {
                        Some(def) => view! { <CheckForm draft def /> }.into_any(),
                        None => view! { <NotFound /> }.into_any(),
                    },
                    Ok(None) => view! { <NotFound /> }.into_any(),
                    Err(error) => view! { <LoadError error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

fn check_message(def: &ServiceDefinition, e: &FieldError, lang: Lang) -> String {
    match e.field.strip_prefix("change-").and_then(|p| def.page(p)) {
        Some(page) => format!("{}: {}", page.title.get(lang), e.code.message(lang, &[])),
        None => e.code.message(lang, &[]),
    }
}

#[component]
fn CheckForm(draft: DraftView, def: &'static ServiceDefinition) -> impl IntoView {
    let lang = use_lang();
    let session = use_session();
    let ctx = context_of(&draft);
    let rows = form::summary_rows(def, &draft.answers, &ctx, lang);
    // A refused signature has its own message, beside the button; the other errors are the answers'.
    let esp_error = RwSignal::new(draft.posted.as_ref().and_then(|p| signature_refusal(p, lang)));
    // The server checks the signature only once everything else passed, the declaration included.
    let declared = esp_error.with_untracked(Option::is_some);
    let errors = RwSignal::new(
        draft.posted.iter().flat_map(|p| p.errors.iter()).filter(|e| e.field != ESP_FIELD).cloned().collect::<Vec<_>>(),
    );
    let summary = Signal::derive(move || {
        let mut summary = errors.with(|e| {
            e.iter()
                .map(|e| SummaryError { target: e.field.clone(), message: check_message(def, e, lang) })
                .collect::<Vec<_>>()
        });
        summary.extend(esp_error.get().map(|message| SummaryError { target: ESP_FIELD.into(), message }));
        summary
    });
    let has_errors = Signal::derive(move || errors.with(|e| !e.is_empty()) || esp_error.with(Option::is_some));
    let phase = RwSignal::new(SigningPhase::Idle);
    let form_ref = NodeRef::<Form>::new();
    let declaration_error = Signal::derive(move || errors.with(|e| e.iter().any(|e| e.field == "declaration")));
    let has_documents = !def.documents.is_empty();
    let back = if has_documents {
        format!("/apply/{}/documents", draft.id)
    } else {
        let last = form::visible_pages(def, &draft.answers, &ctx).last().map(|p| p.id).unwrap_or_default();
        format!("/apply/{}/{last}", draft.id)
    };
    let on_submit = {
        let (answers, files, ctx, draft_id) =
            (draft.answers.clone(), draft.files.clone(), ctx.clone(), draft.id.clone());
        move |ev: leptos::ev::SubmitEvent| {
            #[cfg(feature = "hydrate")]
            {
                use wasm_bindgen::JsCast;
                // "Sign with eGov mobile" posts the form as it is once the checks pass.
                let by_egov = ev.submitter().is_some_and(|b| b.id() == crate::components::sign_and_send::EGOV_BUTTON);
                let values = crate::components::form_support::form_values(&ev);
                let declared = crate::components::form_support::posted_value(&values, "declaration") == "yes";
                let files = crate::pages::documents::attached(&files);
                let portal = shared::definition::Channel::Portal;
                let found = form::submission_errors(def, &answers, &ctx, portal, &files, declared);
                if !found.is_empty() {
                    ev.prevent_default();
                    esp_error.set(None);
                    errors.set(found);
                } else if by_egov {
                    errors.set(Vec::new());
                } else if let Some(form) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlFormElement>().ok()) {
                    // The form is sent by the signing once NCALayer has signed the application.
                    ev.prevent_default();
                    if !phase.get_untracked().busy() {
                        errors.set(Vec::new());
                        esp_error.set(None);
                    }
                    crate::components::sign_and_send::start(form, draft_id.clone(), phase, lang);
                }
            }
            #[cfg(not(feature = "hydrate"))]
            let _ = (&ev, &answers, &files, &ctx, &draft_id, phase);
        }
    };
    let id = draft.id.clone();
    view! {
        <PageTitle text=t(Ui::CheckTitle).to_owned() has_errors />
        <BackLink href=back />
        <div class="grid"><div class="grid__two-thirds">
            <NewerVersionNotice draft=draft.clone() />
            <ErrorSummary errors=summary />
            <ServiceCaption def />
            <h1 class="heading-l">{t(Ui::CheckTitle)}</h1>
            <h2 class="heading-m">{t(Ui::CheckApplication)}</h2>
            <dl class="summary-list">
                {rows.into_iter().scan(std::collections::BTreeSet::new(), |seen, row| {
                    // The first row of each page carries the anchor the error summary links to.
                    let anchor = seen.insert(row.page).then(|| format!("change-{}", row.page));
                    Some((anchor, row))
                }).map(|(anchor, row)| {
                    let value = if row.from_registry {
                        def.field(row.field).and_then(|f| f.prefill).map(|(_, attr)| prefill_display(attr, &row.value, lang)).unwrap_or(row.value.clone())
                    } else {
                        row.value.clone()
                    };
                    view! {
                        <div class="summary-list__row" id=anchor>
                            <dt class="summary-list__key">{row.label.clone()}</dt>
                            <dd class="summary-list__value summary-list__value--pre">{value}</dd>
                            <dd class="summary-list__actions">
                                {(!row.from_registry).then(|| view! {
                                    <a href=format!("/apply/{}/{}?return=check", id, row.page)>
                                        {t(Ui::Change)}
                                        <span class="visually-hidden">" " {row.label}</span>
                                    </a>
                                })}
                            </dd>
                        </div>
                    }
                }).collect_view()}
            </dl>
            {has_documents.then(|| view! {
                <h2 class="heading-m">{t(Ui::CheckDocuments)}</h2>
                <dl class="summary-list" id="change-documents">
                    <div class="summary-list__row">
                        <dt class="summary-list__key">{t(Ui::SummaryOfDocuments)}</dt>
                        <dd class="summary-list__value">
                            {if draft.files.is_empty() {
                                view! { <span>{t(Ui::CheckNoDocuments)}</span> }.into_any()
                            } else {
                                view! {
                                    <ul class="list">
                                        {draft.files.iter().map(|f| {
                                            let slot = def.documents.iter().find(|s| s.id == f.slot).map(|s| s.name.get(lang)).unwrap_or_default();
                                            view! { <li>{slot} ": " {f.name.clone()} " (" {human_size(f.size)} ")"</li> }
                                        }).collect_view()}
                                    </ul>
                                }.into_any()
                            }}
                        </dd>
                        <dd class="summary-list__actions">
                            <a href=format!("/apply/{}/documents", draft.id)>{t(Ui::ChangeDocuments)}</a>
                        </dd>
                    </div>
                </dl>
            })}
            <form
                method="post"
                action=format!("/apply/{}/submit", draft.id)
                novalidate
                data-ncalayer-url=ncalayer_url()
                node_ref=form_ref
                on:submit=on_submit
            >
                <input type="hidden" name="csrf" value=session.csrf />
                {def.declaration.map(|d| view! {
                    <h2 class="heading-m">{t(Ui::DeclarationTitle)}</h2>
                    <div class=move || if declaration_error.get() { "form-group form-group--error" } else { "form-group" }>
                        <p class="body">{d.get(lang)}</p>
                        {move || declaration_error.get().then(|| view! {
                            <p class="error-message" id="declaration-error">
                                <span class="visually-hidden">{t(Ui::ErrorPrefix)} ": "</span>
                                {ErrorCode::DeclarationRequired.get(lang)}
                            </p>
                        })}
                        <div class="checkboxes__item">
                            <input class="checkboxes__input" type="checkbox" id="declaration" name="declaration" value="yes"
                                checked=declared
                                aria-describedby=move || declaration_error.get().then_some("declaration-error") />
                            <label class="label checkboxes__label" for="declaration">{t(Ui::DeclarationCheckbox)}</label>
                        </div>
                    </div>
                })}
                <p class="body">{t(Ui::NothingSentYet)}</p>
                <SignAndSend phase error=esp_error form=form_ref egov=crate::pages::mobile_sign::start_path(&draft.id) />
            </form>
        </div></div>
    }
}

/// For other pages: "3 files".
pub fn file_count(n: usize, lang: Lang) -> String {
    ui_fill(Ui::FileCount, lang, &[("n", &n.to_string())])
}
