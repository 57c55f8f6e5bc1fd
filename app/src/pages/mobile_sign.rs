//! `/apply/:draft/egov/:signing`: sign the application in the eGov mobile app. The page shows the
//! QR code to scan (and, for a phone, deep links into the app), until when it can be used and
//! where the signing stands; "Continue" sends the application once the app has signed. Without
//! JavaScript the person presses "Continue" after signing on the phone; hydrated, the page follows
//! the signing and continues by itself.

use leptos::html::Form;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use shared::esp::egov::MobileSigningState;
use shared::esp::{EspRefusal, EspUi};
use shared::lang::fill;
use shared::services;

use crate::api::{MobileSigningView, load_mobile_signing};
use crate::components::back_link::BackLink;
use crate::components::draft_frame::ServiceCaption;
use crate::components::error_summary::{ErrorSummary, SummaryError};
use crate::components::page_title::PageTitle;
use crate::esp::{ESP_FIELD, refusal_message};
use crate::i18n::use_lang;
use crate::pages::load_error::LoadError;
use crate::pages::not_found::NotFound;
use crate::session::use_session;

/// The id of "Continue", which a refused continue's error links to.
pub const CONTINUE_ID: &str = "egov-continue";

/// `/apply/:draft/egov/:signing`.
#[component]
pub fn MobileSigning() -> impl IntoView {
    let params = use_params_map();
    let ids = move || {
        let p = params.read();
        (p.get("draft").unwrap_or_default(), p.get("signing").unwrap_or_default())
    };
    let data = Resource::new(ids, |(draft, signing)| load_mobile_signing(draft, signing));
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(Some(signing)) => view! { <SigningBody signing /> }.into_any(),
                    Ok(None) => view! { <NotFound /> }.into_any(),
                    Err(error) => view! { <LoadError error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// Why the app's signature was refused (`EspRefusal::code`), and the date its message names.
type Refusal = (Option<String>, Option<String>);

/// Where the signing stands, in words.
fn status_text(state: MobileSigningState, refusal: &Refusal, lang: shared::Lang) -> String {
    match state {
        MobileSigningState::Waiting => EspUi::EgovWaiting.get(lang).to_owned(),
        MobileSigningState::Fetched => EspUi::EgovFetched.get(lang).to_owned(),
        MobileSigningState::Signed | MobileSigningState::Used => EspUi::EgovSigned.get(lang).to_owned(),
        MobileSigningState::Expired => EspRefusal::MobileCodeExpired.get(lang).to_owned(),
        MobileSigningState::Refused => {
            let reason = refusal.0.as_deref().and_then(EspRefusal::from_code).unwrap_or(EspRefusal::BadSignature);
            format!("{} {}", EspUi::EgovRefused.get(lang), reason.message(lang, refusal.1.as_deref()))
        }
    }
}

#[component]
fn SigningBody(signing: MobileSigningView) -> impl IntoView {
    let lang = use_lang();
    let session = use_session();
    let def = services::version(&signing.service, signing.version);
    let state = RwSignal::new(signing.state);
    let refusal = RwSignal::new((signing.refusal.clone(), signing.refusal_date.clone()));
    let summary: Vec<SummaryError> = signing
        .posted
        .iter()
        .flat_map(|p| {
            let esp = refusal_message(p, lang).filter(|_| p.errors.iter().any(|e| e.field == ESP_FIELD));
            let others = p
                .errors
                .iter()
                .filter(|e| e.field != ESP_FIELD)
                .map(|e| SummaryError { target: "main-content".into(), message: e.code.message(lang, &[]) });
            esp.map(|message| SummaryError { target: CONTINUE_ID.into(), message }).into_iter().chain(others)
        })
        .collect();
    let has_errors = !summary.is_empty();
    let check = format!("/apply/{}/check", signing.draft_id);
    let path = signing.path();
    let qr = format!("{path}/qr.svg");
    let continue_form = NodeRef::<Form>::new();
    follow(&signing, state, refusal, continue_form);
    let status = move || refusal.with(|r| status_text(state.get(), r, lang));
    let open = move || state.get().open();
    let can_continue = move || !matches!(state.get(), MobileSigningState::Expired | MobileSigningState::Refused);
    let (mobile_link, business_link) = (signing.mobile_link.clone(), signing.business_link.clone());
    let csrf = session.csrf.clone();
    let valid_until = fill(EspUi::EgovValidUntil.get(lang), &[("time", &signing.valid_until)]);
    view! {
        <PageTitle text=EspUi::EgovTitle.get(lang).to_owned() has_errors />
        <BackLink href=check.clone() />
        <div class="grid"><div class="grid__two-thirds">
            <ErrorSummary errors=Signal::stored(summary) />
            {def.map(|def| view! { <ServiceCaption def /> })}
            <h1 class="heading-l">{EspUi::EgovTitle.get(lang)}</h1>
            <ol class="list list--number">
                <li>{EspUi::EgovStepOpen.get(lang)}</li>
                <li>{EspUi::EgovStepScan.get(lang)}</li>
                <li>{EspUi::EgovStepConfirm.get(lang)}</li>
                <li>{EspUi::EgovStepContinue.get(lang)}</li>
            </ol>
            <Show when=open>
                <p class="qr"><img src=qr.clone() alt=EspUi::EgovQrAlt.get(lang) width="240" height="240" /></p>
                <p class="body">{valid_until.clone()}</p>
                <p class="body">{EspUi::EgovOnThisPhone.get(lang)}</p>
                <div class="button-group">
                    <a class="button button--secondary" href=mobile_link.clone()>{EspUi::EgovOpenMobile.get(lang)}</a>
                    <a class="button button--secondary" href=business_link.clone()>{EspUi::EgovOpenBusiness.get(lang)}</a>
                </div>
            </Show>
            <div class="inset" id="egov-status" role="status" aria-live="polite">
                <p class="body">{status}</p>
            </div>
            <Show when=can_continue>
                <form method="post" action=path.clone() node_ref=continue_form>
                    <input type="hidden" name="csrf" value=csrf.clone() />
                    <button type="submit" class="button" id=CONTINUE_ID>{EspUi::EgovContinue.get(lang)}</button>
                </form>
            </Show>
            <form method="post" action=format!("/apply/{}/egov", signing.draft_id)>
                <input type="hidden" name="csrf" value=session.csrf />
                <input type="hidden" name="renew" value=signing.signing_id.clone() />
                <button type="submit" class=move || if can_continue() { "button button--secondary" } else { "button" }>
                    {EspUi::EgovNewCode.get(lang)}
                </button>
            </form>
            <p class="body"><a href=check>{EspUi::EgovOtherWays.get(lang)}</a></p>
        </div></div>
    }
}

/// In the browser: asks the server where the signing stands every two seconds while the code is
/// open, and continues by itself once the app has signed.
fn follow(
    signing: &MobileSigningView,
    state: RwSignal<MobileSigningState>,
    refusal: RwSignal<Refusal>,
    form: NodeRef<Form>,
) {
    #[cfg(feature = "hydrate")]
    {
        let url = format!("{}/status", signing.path());
        let polling = signing.state.open() && signing.posted.is_none();
        Effect::new(move |_| {
            if !polling {
                return;
            }
            let url = url.clone();
            let handle = set_interval_with_handle(
                move || {
                    let url = url.clone();
                    leptos::task::spawn_local(async move {
                        if !state.get_untracked().open() {
                            return;
                        }
                        let Some((next, reason)) = poll(&url).await else { return };
                        if next != state.get_untracked() {
                            refusal.set(reason);
                            state.set(next);
                            if next == MobileSigningState::Signed
                                && let Some(form) = form.get_untracked()
                            {
                                let _ = form.request_submit();
                            }
                        }
                    });
                },
                std::time::Duration::from_secs(2),
            );
            if let Ok(handle) = handle {
                on_cleanup(move || handle.clear());
            }
        });
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = (signing, state, refusal, form);
}

#[cfg(feature = "hydrate")]
async fn poll(url: &str) -> Option<(MobileSigningState, Refusal)> {
    #[derive(serde::Deserialize)]
    struct Status {
        state: String,
        refusal: Option<String>,
        date: Option<String>,
    }
    let response = gloo_net::http::Request::get(url).send().await.ok()?;
    if !response.ok() {
        return None;
    }
    let status = response.json::<Status>().await.ok()?;
    Some((MobileSigningState::from_key(&status.state)?, (status.refusal, status.date)))
}

/// The check-answers button that starts a signing in eGov mobile.
pub fn start_path(draft: &str) -> String {
    format!("/apply/{draft}/egov")
}
