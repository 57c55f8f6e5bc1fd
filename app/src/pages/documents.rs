//! The documents page: upload slots from the definition and a live completeness checklist.
//!
//! Without JavaScript each slot is a small upload form and the checklist updates after each upload.
//! With it, choosing a file is checked at once (size and type, by the same rule the server applies)
//! and the checklist shows the file as chosen before it is sent.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use shared::definition::{Channel, DocumentSlot, ServiceDefinition};
use shared::form::{self, AttachedFile, ChecklistItem};
use shared::ui::{Ui, ui_fill};
use shared::{FieldError, Lang};

use crate::api::{DraftView, FileView, Notice, load_draft};
use crate::components::back_link::BackLink;
use crate::components::draft_frame::{ServiceCaption, definition_of};
use crate::components::error_summary::{ErrorSummary, SummaryError};
use crate::components::notice::SuccessBanner;
use crate::components::page_title::PageTitle;
use crate::i18n::{t, use_lang};
use crate::pages::load_error::LoadError;
use crate::pages::not_found::NotFound;
use crate::session::use_session;

/// `/apply/:draft/documents`.
#[component]
pub fn Documents() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.read().get("draft").unwrap_or_default();
    let data = Resource::new(id, |draft| {
        let target = format!("documents:{draft}");
        load_draft(draft, target)
    });
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(Some(draft)) => match definition_of(&draft) {
                        Some(def) => view! { <DocumentsForm draft def /> }.into_any(),
                        None => view! { <NotFound /> }.into_any(),
                    },
                    Ok(None) => view! { <NotFound /> }.into_any(),
                    Err(error) => view! { <LoadError error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// The files of a draft as the completeness rule sees them.
pub fn attached(files: &[FileView]) -> Vec<AttachedFile> {
    files.iter().map(|f| AttachedFile { slot: f.slot.clone(), kind: f.kind, size: f.size }).collect()
}

/// The message for an error on the documents page.
pub fn document_message(def: &ServiceDefinition, e: &FieldError, lang: Lang) -> String {
    let slot = e.field.strip_prefix("file-").and_then(|id| def.documents.iter().find(|s| s.id == id));
    let size = slot.map(form::max_megabytes).unwrap_or(10).to_string();
    let message = e.code.message(lang, &[("size", &size)]);
    match slot {
        Some(slot) => format!("{}: {message}", slot.name.get(lang)),
        None => message,
    }
}

/// A file size in kilobytes or megabytes.
pub fn human_size(bytes: u64) -> String {
    if bytes >= 1024 * 1024 {
        format!("{:.1} MB", bytes as f64 / (1024.0 * 1024.0))
    } else {
        format!("{} KB", bytes.div_ceil(1024))
    }
}

#[component]
fn DocumentsForm(draft: DraftView, def: &'static ServiceDefinition) -> impl IntoView {
    let lang = use_lang();
    let session = use_session();
    let files = attached(&draft.files);
    let ctx = crate::pages::question::context_of(&draft);
    let items = form::checklist(def, &draft.answers, &ctx, Channel::Portal, &files);
    let errors = RwSignal::new(draft.posted.as_ref().map(|p| p.errors.clone()).unwrap_or_default());
    // Slots with a file chosen in the browser but not yet uploaded.
    let chosen = RwSignal::new(Vec::<String>::new());
    let summary = Signal::derive(move || {
        errors.with(|e| {
            e.iter()
                .map(|e| SummaryError { target: e.field.clone(), message: document_message(def, e, lang) })
                .collect::<Vec<_>>()
        })
    });
    let has_errors = Signal::derive(move || errors.with(|e| !e.is_empty()));
    let last_page = form::visible_pages(def, &draft.answers, &ctx).last().map(|p| p.id).unwrap_or_default();
    let notice = draft.notice.clone().map(|n| match n {
        Notice::Uploaded(name) => ui_fill(Ui::FileUploaded, lang, &[("name", &name)]),
        Notice::Removed(name) => ui_fill(Ui::FileRemoved, lang, &[("name", &name)]),
    });
    let on_continue = {
        let items = items.clone();
        move |ev: leptos::ev::SubmitEvent| {
            let missing = form::missing_documents(&items);
            if !missing.is_empty() {
                ev.prevent_default();
                errors.set(missing);
            }
        }
    };
    let draft_id = draft.id.clone();
    view! {
        <PageTitle text=t(Ui::DocumentsTitle).to_owned() has_errors />
        <BackLink href=format!("/apply/{}/{last_page}", draft.id) />
        <div class="grid"><div class="grid__two-thirds">
            {notice.map(|text| view! { <SuccessBanner text /> })}
            <ErrorSummary errors=summary />
            <ServiceCaption def />
            <h1 class="heading-l">{t(Ui::DocumentsTitle)}</h1>
            <p class="body">{t(Ui::DocumentsLead)}</p>
            <Checklist items=items.clone() chosen />
            {items
                .iter()
                .map(|item| {
                    let slot_files: Vec<FileView> = draft.files.iter().filter(|f| f.slot == item.slot.id).cloned().collect();
                    view! { <Slot item=item.clone() files=slot_files draft_id=draft_id.clone() csrf=session.csrf.clone() errors chosen /> }
                })
                .collect_view()}
            <form method="post" action=format!("/apply/{}/documents", draft.id) novalidate on:submit=on_continue>
                <input type="hidden" name="csrf" value=session.csrf.clone() />
                <button type="submit" class="button">{t(Ui::Continue)}</button>
            </form>
        </div></div>
    }
}

/// The checklist: every slot that applies, required or optional, attached or not.
#[component]
fn Checklist(items: Vec<ChecklistItem>, chosen: RwSignal<Vec<String>>) -> impl IntoView {
    let lang = use_lang();
    let required_missing = {
        let items = items.clone();
        move || items.iter().filter(|i| !i.done() && !chosen.with(|c| c.iter().any(|s| s == i.slot.id))).count()
    };
    let status = {
        let required_missing = required_missing.clone();
        move || match required_missing() {
            0 => t(Ui::AllRequiredAttached).to_owned(),
            n => ui_fill(Ui::RequiredMissingCount, lang, &[("n", &n.to_string())]),
        }
    };
    view! {
        <section class="checklist" aria-labelledby="checklist-title">
            <h2 class="heading-m" id="checklist-title">{t(Ui::ChecklistTitle)}</h2>
            {items.iter().all(|i| !i.required).then(|| view! { <p class="body-s">{t(Ui::NoDocumentsNeeded)}</p> })}
            <ul class="checklist__list">
                {items
                    .iter()
                    .map(|item| {
                        let slot = item.slot.id;
                        let done = item.files > 0;
                        let required = item.required;
                        let state = move || {
                            if done {
                                ("green", t(Ui::Attached))
                            } else if chosen.with(|c| c.iter().any(|s| s == slot)) {
                                ("yellow", t(Ui::SelectedNotUploaded))
                            } else if required {
                                ("red", t(Ui::NotAttached))
                            } else {
                                ("grey", t(Ui::NotAttached))
                            }
                        };
                        view! {
                            <li class="checklist__item">
                                <span class="checklist__name">
                                    <a href=format!("#slot-{slot}") rel="external">{item.slot.name.get(lang)}</a>
                                    " "
                                    <span class="checklist__kind">
                                        "(" {if required { t(Ui::Required) } else { t(Ui::OptionalTag) }} ")"
                                    </span>
                                </span>
                                <strong class=move || format!("tag tag--{}", state().0)>{move || state().1}</strong>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <p class="body checklist__status" role="status" aria-live="polite">{status}</p>
        </section>
    }
}

/// One document slot: its files (each removable) and an upload form.
#[component]
fn Slot(
    item: ChecklistItem,
    files: Vec<FileView>,
    draft_id: String,
    csrf: String,
    errors: RwSignal<Vec<FieldError>>,
    chosen: RwSignal<Vec<String>>,
) -> impl IntoView {
    let lang = use_lang();
    let slot: &'static DocumentSlot = item.slot;
    let input_id = format!("file-{}", slot.id);
    let error = {
        let input_id = input_id.clone();
        Signal::derive(move || errors.with(|e| e.iter().find(|e| e.field == input_id).cloned()))
    };
    let full = files.len() >= usize::from(slot.max_files);
    let already = files.len();
    let accept = slot.accepted.iter().map(|k| k.mime()).collect::<Vec<_>>().join(",");
    let on_change = {
        let input_id = input_id.clone();
        move |ev: leptos::ev::Event| {
            #[cfg(feature = "hydrate")]
            client::file_chosen(ev, slot, already, input_id.clone(), errors, chosen);
            #[cfg(not(feature = "hydrate"))]
            let _ = (ev, &input_id, already, chosen);
        }
    };
    view! {
        <section class="slot" id=format!("slot-{}", slot.id) aria-labelledby=format!("slot-{}-title", slot.id)>
            <h2 class="heading-s" id=format!("slot-{}-title", slot.id)>{slot.name.get(lang)}</h2>
            {slot.hint.map(|h| view! { <p class="hint" id=format!("slot-{}-hint", slot.id)>{h.get(lang)}</p> })}
            {(!files.is_empty()).then(|| view! {
                <ul class="file-list" aria-label=t(Ui::FilesInSlot)>
                    {files.iter().map(|f| view! {
                        <li class="file-list__item">
                            <a href=format!("/files/{}", f.id) rel="external" class="file-list__name">{f.name.clone()}</a>
                            <span class="file-list__meta">{format!("{} · {}", f.kind.label(), human_size(f.size))}</span>
                            <form method="post" action=format!("/apply/{}/documents/{}/remove", draft_id, f.id) class="file-list__remove">
                                <input type="hidden" name="csrf" value=csrf.clone() />
                                <button type="submit" class="link-button">
                                    {t(Ui::RemoveFile)}
                                    <span class="visually-hidden">" " {f.name.clone()}</span>
                                </button>
                            </form>
                        </li>
                    }).collect_view()}
                </ul>
            })}
            {(!full).then(|| view! {
                <form method="post" action=format!("/apply/{}/documents/upload", draft_id) enctype="multipart/form-data" novalidate>
                    <input type="hidden" name="csrf" value=csrf.clone() />
                    <input type="hidden" name="slot" value=slot.id />
                    <div class=move || if error.with(Option::is_some) { "form-group form-group--error" } else { "form-group" }>
                        <label class="label" for=input_id.clone()>{ui_fill(Ui::UploadTo, lang, &[("slot", slot.name.get(lang))])}</label>
                        {move || error.get().map(|e| view! {
                            <p class="error-message" id=format!("{}-error", e.field)>
                                <span class="visually-hidden">{t(Ui::ErrorPrefix)} ": "</span>
                                {document_message_for(slot, &e, lang)}
                            </p>
                        })}
                        <input
                            class="file-upload"
                            type="file"
                            id=input_id.clone()
                            name="file"
                            accept=accept
                            on:change=on_change
                            aria-invalid=move || error.with(Option::is_some).then_some("true")
                            aria-describedby=move || {
                                let mut ids = Vec::new();
                                if slot.hint.is_some() {
                                    ids.push(format!("slot-{}-hint", slot.id));
                                }
                                if let Some(e) = error.get() {
                                    ids.push(format!("{}-error", e.field));
                                }
                                (!ids.is_empty()).then(|| ids.join(" "))
                            }
                        />
                    </div>
                    <button type="submit" class="button button--secondary">{t(Ui::UploadFile)}</button>
                </form>
            })}
        </section>
    }
}

fn document_message_for(slot: &DocumentSlot, e: &FieldError, lang: Lang) -> String {
    e.code.message(lang, &[("size", &form::max_megabytes(slot).to_string())])
}

#[cfg(feature = "hydrate")]
mod client {
    use leptos::prelude::*;
    use shared::FieldError;
    use shared::definition::DocumentSlot;
    use wasm_bindgen::JsCast;

    /// Checks a chosen file at once: size, then the kind recognised from its first bytes.
    pub fn file_chosen(
        ev: leptos::ev::Event,
        slot: &'static DocumentSlot,
        already: usize,
        input_id: String,
        errors: RwSignal<Vec<FieldError>>,
        chosen: RwSignal<Vec<String>>,
    ) {
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else {
            return;
        };
        let file = input.files().and_then(|f| f.get(0));
        errors.update(|e| e.retain(|e| e.field != input_id));
        chosen.update(|c| c.retain(|s| s != slot.id));
        let Some(file) = file else {
            return;
        };
        let size = file.size() as u64;
        leptos::task::spawn_local(async move {
            let head = match file.slice_with_i32_and_i32(0, 64) {
                Ok(blob) => match wasm_bindgen_futures::JsFuture::from(blob.array_buffer()).await {
                    Ok(buf) => js_sys::Uint8Array::new(&buf).to_vec(),
                    Err(_) => Vec::new(),
                },
                Err(_) => Vec::new(),
            };
            match shared::form::check_upload(slot, size, &head, already) {
                Ok(_) => chosen.update(|c| c.push(slot.id.to_owned())),
                Err(code) => {
                    input.set_value("");
                    errors.update(|e| e.push(FieldError { field: input_id, code }));
                }
            }
        });
    }
}
