//! The passport of a service: everything to know before applying, and the way in.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use shared::Lang;
use shared::definition::{Channel, ServiceDefinition, Term};
use shared::services;
use shared::ui::{Ui, channel_name, term_text, ui_fill};
use shared::values::date;

use crate::components::page_title::PageTitle;
use crate::i18n::{t, use_lang};
use crate::pages::not_found::NotFound;
use crate::session::use_session;

/// The passport page of `/services/:slug` (latest version) or `/services/:slug/v/:version`.
#[component]
pub fn PassportPage() -> impl IntoView {
    let params = use_params_map();
    let def = move || {
        let p = params.read();
        let slug = p.get("slug").unwrap_or_default();
        match p.get("version") {
            Some(v) => v.parse().ok().and_then(|v| services::version(&slug, v)),
            None => services::latest(&slug),
        }
    };
    move || match def() {
        Some(def) => view! { <Passport def /> }.into_any(),
        None => view! { <NotFound /> }.into_any(),
    }
}

fn term_line(term: Term, lang: Lang) -> String {
    let mut s = term_text(term, lang);
    if !term.acceptance_day_counts
        && matches!(term.unit, shared::definition::TermUnit::WorkingDays | shared::definition::TermUnit::CalendarDays)
    {
        s.push_str(&format!(" ({})", Ui::AcceptanceDayNotCounted.get(lang)));
    }
    s
}

#[component]
fn Passport(def: &'static ServiceDefinition) -> impl IntoView {
    let lang = use_lang();
    let session = use_session();
    let p = &def.passport;
    let latest = services::latest(def.slug).map(|l| l.version) == Some(def.version);
    let others: Vec<_> = services::versions(def.slug).into_iter().filter(|d| d.version != def.version).collect();
    let channels = p.channels.iter().map(|c| channel_name(*c).get(lang)).collect::<Vec<_>>().join("; ");
    let row = |key: Ui, value: String| {
        view! {
            <div class="summary-list__row">
                <dt class="summary-list__key">{t(key)}</dt>
                <dd class="summary-list__value">{value}</dd>
            </div>
        }
    };
    let start = if def.is_online() && latest {
        if session.user.is_some() {
            view! {
                <form method="post" action=format!("/services/{}/start", def.slug)>
                    <input type="hidden" name="csrf" value=session.csrf.clone() />
                    <button type="submit" class="button button--start">{t(Ui::StartNow)}</button>
                </form>
            }
            .into_any()
        } else {
            view! {
                <a href=format!("/login?next=/services/{}", def.slug) class="button button--start" role="button" draggable="false">
                    {t(Ui::StartNow)}
                </a>
                <p class="hint">{t(Ui::StartSignInNote)}</p>
            }
            .into_any()
        }
    } else {
        view! { <div class="inset">{t(Ui::NotOnlineYet)}</div> }.into_any()
    };
    let seed_label = {
        let mut s = ui_fill(Ui::PassportSeed, lang, &[("seed", p.source.seed)]);
        if let Some(n) = p.source.regulation {
            s.push_str(", ");
            s.push_str(&ui_fill(Ui::PassportRegulationNo, lang, &[("n", &n.to_string())]));
        }
        s
    };
    let version_label = ui_fill(
        Ui::PassportVersion,
        lang,
        &[
            ("n", &def.version.to_string()),
            ("date", &date::parse_iso(def.valid_from).map(|d| date::format_date(d, lang)).unwrap_or_default()),
        ],
    );
    view! {
        <PageTitle text=p.name.get(lang).to_owned() />
        <span class="caption-l">{p.territory.get(lang)}</span>
        <h1 class="heading-xl">{p.name.get(lang)}</h1>
        <p class="lead">{p.summary.get(lang)}</p>
        <dl class="summary-list">
            {row(Ui::PassportProvider, p.provider.get(lang).to_owned())}
            {row(Ui::PassportRecipients, p.recipients.get(lang).to_owned())}
            {row(Ui::PassportChannels, channels)}
            {row(Ui::PassportTerm, term_line(p.term, lang))}
            {row(Ui::PassportFee, p.fee.get(lang).to_owned())}
            {row(Ui::PassportResult, p.results.iter().map(|r| {
                match r.term { Some(term) => format!("{} ({})", r.name.get(lang), term_text(term, lang)), None => r.name.get(lang).to_owned() }
            }).collect::<Vec<_>>().join("; "))}
            {row(Ui::PassportResultForm, p.result_form.get(lang).to_owned())}
        </dl>
        {start}
        {(!p.other_terms.is_empty()).then(|| view! {
            <h2 class="heading-m">{t(Ui::PassportOtherTerms)}</h2>
            <ul class="list list--bullet">
                {p.other_terms.iter().map(|o| view! {
                    <li>{o.applies_to.get(lang)} ": " {term_line(o.term, lang)}</li>
                }).collect_view()}
            </ul>
        })}
        <ProcessSteps def />
        <h2 class="heading-m">{t(Ui::PassportDocuments)}</h2>
        <ul class="list list--bullet">
            {p.documents.iter().map(|d| {
                let only = (!d.channels.is_empty() && d.channels.len() < Channel::ALL.len()).then(|| {
                    format!(" ({} {})", t(Ui::PassportOnlyIn), d.channels.iter().map(|c| channel_name(*c).get(lang)).collect::<Vec<_>>().join(", "))
                });
                view! {
                    <li>
                        {d.name.get(lang)}
                        {only}
                        {d.from_state_systems.then(|| view! { " – " <em>{t(Ui::PassportFromStateSystems)}</em> })}
                        {d.note.map(|n| view! { <span class="hint list__note">{n.get(lang)}</span> })}
                    </li>
                }
            }).collect_view()}
        </ul>
        {(!p.refusal_grounds.is_empty()).then(|| view! {
            <h2 class="heading-m">{t(Ui::PassportRefusal)}</h2>
            <ul class="list list--bullet">
                {p.refusal_grounds.iter().map(|g| view! { <li>{g.get(lang)}</li> }).collect_view()}
            </ul>
        })}
        <h2 class="heading-m">{t(Ui::PassportLegalBasis)}</h2>
        <ul class="list list--bullet">
            {p.legal_basis.iter().map(|g| view! { <li>{g.get(lang)}</li> }).collect_view()}
        </ul>
        <h2 class="heading-m">{t(Ui::PassportSource)}</h2>
        <p class="body">{p.source.act.get(lang)} " (" {seed_label} ")"</p>
        <p class="body-s">{version_label}</p>
        {(!p.notes.is_empty()).then(|| view! {
            <h2 class="heading-m">{t(Ui::PassportNotes)}</h2>
            <ul class="list list--bullet">
                {p.notes.iter().map(|n| view! { <li class="body-s">{n.get(lang)}</li> }).collect_view()}
            </ul>
        })}
        {(!others.is_empty()).then(|| view! {
            <h2 class="heading-m">{t(Ui::PassportOtherVersions)}</h2>
            <ul class="list">
                {others.into_iter().map(|o| {
                    let label = ui_fill(Ui::PassportVersion, lang, &[
                        ("n", &o.version.to_string()),
                        ("date", &date::parse_iso(o.valid_from).map(|d| date::format_date(d, lang)).unwrap_or_default()),
                    ]);
                    view! { <li><a href=format!("/services/{}/v/{}", o.slug, o.version)>{label}</a></li> }
                }).collect_view()}
            </ul>
        })}
    }
}

/// The steps an application made on the portal goes through, with who takes them and their
/// legal terms, and the document the applicant receives.
#[component]
fn ProcessSteps(def: &'static ServiceDefinition) -> impl IntoView {
    let lang = use_lang();
    let steps: Vec<_> =
        def.steps.iter().filter(|s| s.channels.is_empty() || s.channels.contains(&Channel::Portal)).collect();
    let outputs = def.outputs.iter().filter(|o| o.result == 0).collect::<Vec<_>>();
    (!steps.is_empty()).then(|| {
        view! {
            <h2 class="heading-m">{t(Ui::PassportSteps)}</h2>
            <ol class="steps">
                {steps.into_iter().map(|s| view! {
                    <li class="steps__item">
                        <span class="steps__actor">{shared::ui::actor_name(s.actor).get(lang)}</span>
                        " – " {s.action.get(lang)}
                        <span class="steps__term">{term_line(s.term, lang)}</span>
                    </li>
                }).collect_view()}
            </ol>
            {outputs.into_iter().map(|o| view! {
                <h3 class="heading-s">{t(Ui::PassportOutputs)} ": " {o.title.get(lang)}</h3>
                <ul class="list list--bullet">
                    {o.fields.iter().map(|f| view! { <li>{f.get(lang)}</li> }).collect_view()}
                </ul>
                <p class="body-s">{t(Ui::PassportSignedBy)} " " {o.signed_by.get(lang)}</p>
            }).collect_view()}
        }
    })
}
