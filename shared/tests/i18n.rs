//! Every text a user can read exists in Kazakh, Russian and English.
//!
//! Table keys cannot miss a language (the compiler sees to that); these tests catch blanks,
//! placeholders that differ between languages, and text pasted into the wrong language.

use std::collections::BTreeSet;

use shared::calendar::{DayOff, Holiday, ReligiousDay};
use shared::definition::{Channel, DataSource, FieldKind, Rule, ServiceDefinition};
use shared::error::ErrorCode;
use shared::esp::{EspRefusal, EspUi, NcaLayerProblem};
use shared::lang::{Lang, Text};
use shared::services;
use shared::status::{EventKind, Status};
use shared::ui::Ui;

fn placeholders(s: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = s;
    while let Some(start) = rest.find('{') {
        let Some(end) = rest[start..].find('}') else { break };
        out.insert(rest[start + 1..start + end].to_owned());
        rest = &rest[start + end + 1..];
    }
    out
}

fn has_cyrillic(s: &str) -> bool {
    s.chars().any(|c| ('\u{0400}'..='\u{04ff}').contains(&c))
}

/// Checks one text; `interface` texts are also checked for script (names of places and people in
/// service data legitimately mix scripts, interface texts do not).
fn check(what: &str, text: Text, interface: bool, problems: &mut Vec<String>) {
    for lang in Lang::ALL {
        if text.get(lang).trim().is_empty() {
            problems.push(format!("{what}: no {} text", lang.code()));
        }
    }
    let p = placeholders(text.kk);
    if placeholders(text.ru) != p || placeholders(text.en) != p {
        problems.push(format!("{what}: placeholders differ between languages"));
    }
    if interface {
        if !has_cyrillic(text.kk) {
            problems.push(format!("{what}: the Kazakh text has no Cyrillic"));
        }
        if !has_cyrillic(text.ru) {
            problems.push(format!("{what}: the Russian text has no Cyrillic"));
        }
        if has_cyrillic(text.en) {
            problems.push(format!("{what}: the English text contains Cyrillic"));
        }
        if text.ru.chars().any(|c| "әғқңөұүһіӘҒҚҢӨҰҮҺІ".contains(c)) {
            problems.push(format!("{what}: the Russian text contains Kazakh letters"));
        }
    }
}

#[test]
fn every_interface_key_has_three_translations() {
    let mut problems = Vec::new();
    for key in Ui::ALL {
        // The site name is the same word in every language by design, only its script differs.
        check(&format!("Ui::{key:?}"), key.text(), *key != Ui::SiteName, &mut problems);
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_error_code_has_three_translations() {
    let mut problems = Vec::new();
    for code in ErrorCode::ALL {
        check(&format!("ErrorCode::{code:?}"), code.text(), true, &mut problems);
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn statuses_events_channels_and_calendar_names_have_three_translations() {
    let mut problems = Vec::new();
    for s in Status::ALL {
        check(&format!("Status::{s:?}"), s.text(), true, &mut problems);
    }
    for e in EventKind::ALL {
        check(&format!("EventKind::{e:?}"), e.text(), true, &mut problems);
    }
    for c in Channel::ALL {
        check(&format!("channel {c:?}"), shared::ui::channel_name(c).text(), true, &mut problems);
    }
    check("DataSource", DataSource::IndividualsDb.name(), true, &mut problems);
    for h in Holiday::ALL {
        check(&format!("Holiday::{h:?}"), h.name(), true, &mut problems);
    }
    for r in ReligiousDay::ALL {
        check(&format!("ReligiousDay::{r:?}"), r.name(), true, &mut problems);
    }
    for d in DayOff::KINDS {
        check(&format!("DayOff {d:?}"), d.label(), true, &mut problems);
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Latin words the Kazakh and Russian ESP texts may contain: names of programs, browsers, sites,
/// key files and file types, which keep their spelling in every language.
const LATIN_NAMES: &[&str] = &[
    "NCALayer",
    "eGov",
    "mobile",
    "Chrome",
    "Edge",
    "Chromium",
    "JavaScript",
    "pki.gov.kz",
    "AUTH_",
    "RSA256_",
    "GOST512_",
    ".p7s",
    "QR",
    "Business",
];

/// Latin words of a Kazakh or Russian text that are neither names nor placeholders.
fn stray_latin(s: &str) -> Vec<String> {
    let placeholders = placeholders(s);
    s.split(|c: char| !(c.is_ascii_alphanumeric() || c == '.' || c == '_'))
        .map(|w| w.trim_end_matches('.'))
        .filter(|w| {
            w.chars().any(|c| c.is_ascii_alphabetic()) && !LATIN_NAMES.contains(w) && !placeholders.contains(*w)
        })
        .map(str::to_owned)
        .collect()
}

#[test]
fn every_esp_text_has_three_translations_and_latin_only_in_names() {
    let mut texts: Vec<(String, Text)> = Vec::new();
    texts.extend(EspUi::ALL.iter().map(|k| (format!("EspUi::{k:?}"), k.text())));
    texts.extend(NcaLayerProblem::ALL.iter().map(|k| (format!("NcaLayerProblem::{k:?}"), k.text())));
    texts.extend(EspRefusal::ALL.iter().map(|k| (format!("EspRefusal::{k:?}"), k.text())));
    let mut problems = Vec::new();
    for (what, text) in texts {
        check(&what, text, true, &mut problems);
        for lang in [Lang::Kk, Lang::Ru] {
            let stray = stray_latin(text.get(lang));
            if !stray.is_empty() {
                problems.push(format!("{what}: the {} text has Latin words {stray:?}", lang.code()));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_esp_refusal_with_a_date_reads_it_in_every_language() {
    for refusal in EspRefusal::ALL {
        for lang in Lang::ALL {
            let message = refusal.message(lang, Some("20.11.2026"));
            assert!(!message.contains('{'), "EspRefusal::{refusal:?} ({}): {message}", lang.code());
            assert_eq!(refusal.date_sentence().is_some(), message.contains("20.11.2026"), "EspRefusal::{refusal:?}");
        }
    }
}

fn definition_texts(def: &ServiceDefinition) -> Vec<(String, Text)> {
    let p = &def.passport;
    let mut t: Vec<(String, Text)> = vec![
        ("name".into(), p.name),
        ("summary".into(), p.summary),
        ("provider".into(), p.provider),
        ("recipients".into(), p.recipients),
        ("territory".into(), p.territory),
        ("fee".into(), p.fee),
        ("result_form".into(), p.result_form),
        ("source.act".into(), p.source.act),
    ];
    t.extend(p.other_terms.iter().map(|o| ("term".into(), o.applies_to)));
    t.extend(p.results.iter().map(|r| ("result".into(), r.name)));
    for d in p.documents {
        t.push(("document".into(), d.name));
        t.extend(d.note.map(|n| ("document note".into(), n)));
    }
    t.extend(p.refusal_grounds.iter().map(|g| ("refusal ground".into(), *g)));
    t.extend(p.legal_basis.iter().map(|g| ("legal basis".into(), *g)));
    t.extend(p.notes.iter().map(|g| ("note".into(), *g)));
    for (i, step) in def.steps.iter().enumerate() {
        t.push((format!("step {i}"), step.action));
    }
    for o in def.outputs {
        t.push(("output".into(), o.title));
        t.push(("output signed by".into(), o.signed_by));
        t.extend(o.fields.iter().map(|f| ("output field".into(), *f)));
    }
    t.extend(def.changes.iter().map(|c| ("change".into(), *c)));
    for page in def.pages {
        t.push((format!("page {}", page.id), page.title));
        if let Some(r) = page.repeat {
            t.push((format!("page {} item", page.id), r.item));
            t.push((format!("page {} add", page.id), r.add));
        }
        t.extend(page.intro.map(|i| (format!("page {} intro", page.id), i)));
        for f in page.fields {
            t.push((format!("field {}", f.id), f.label));
            t.extend(f.hint.map(|h| (format!("field {} hint", f.id), h)));
            t.extend(f.summary_label.map(|h| (format!("field {} summary label", f.id), h)));
            t.extend(f.missing.map(|h| (format!("field {} missing", f.id), h)));
            match f.rule {
                Some(
                    Rule::Age { message, .. }
                    | Rule::NotApplicantIin { message }
                    | Rule::MatchesIinBirthDate { message, .. }
                    | Rule::NotPast { message },
                ) => t.push((format!("field {} rule", f.id), message)),
                None => {}
            }
            if let FieldKind::Choice { options, .. } = f.kind {
                for o in options {
                    t.push((format!("option {}/{}", f.id, o.value), o.label));
                    t.extend(o.hint.map(|h| (format!("option {}/{} hint", f.id, o.value), h)));
                }
            }
        }
    }
    for s in def.documents {
        t.push((format!("slot {}", s.id), s.name));
        t.extend(s.hint.map(|h| (format!("slot {} hint", s.id), h)));
    }
    t.extend(def.declaration.map(|d| ("declaration".into(), d)));
    t
}

#[test]
fn every_text_of_every_service_definition_has_three_translations() {
    let mut problems = Vec::new();
    for def in services::ALL {
        for (what, text) in definition_texts(def) {
            check(&format!("{} v{}: {what}", def.slug, def.version), text, false, &mut problems);
        }
        for f in def.fields() {
            if f.required && f.missing.is_none_or(|m| !m.is_complete()) {
                problems
                    .push(format!("{} v{}: required field {} has no 'missing' message", def.slug, def.version, f.id));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
