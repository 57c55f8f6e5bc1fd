//! Every service definition is internally consistent, and its sample answers (one complete valid
//! application per service, in `vectors/samples/`) pass the rules page by page and ask for exactly
//! the documents they should.

use std::collections::BTreeSet;

use serde_json::Value;
use shared::definition::{
    Channel, Condition, DocumentSlot, FieldKind, Page, RegistryAttr, Requirement, Rule, ServiceDefinition, Term,
};
use shared::form::{self, Answers, Context, Prefill};
use shared::services;
use shared::values::date;

fn field_ids(def: &ServiceDefinition) -> BTreeSet<&'static str> {
    def.fields().map(|f| f.id).collect()
}

fn repeat_pages(def: &ServiceDefinition) -> BTreeSet<&'static str> {
    def.pages.iter().filter(|p| p.repeat.is_some()).map(|p| p.id).collect()
}

/// Problems with a condition: unknown fields, values that no option has.
fn check_condition(def: &ServiceDefinition, c: &Condition, at: &str, problems: &mut Vec<String>) {
    let known = field_ids(def);
    let field_ok = |f: &str, problems: &mut Vec<String>| {
        if !known.contains(f) {
            problems.push(format!("{at}: condition refers to unknown field {f}"));
        }
    };
    match *c {
        Condition::Equals(f, v) | Condition::NotEquals(f, v) => {
            field_ok(f, problems);
            if let Some(FieldKind::Choice { options, .. }) = def.field(f).map(|f| f.kind)
                && !options.iter().any(|o| o.value == v)
            {
                problems.push(format!("{at}: {f} has no option {v:?}"));
            }
        }
        Condition::Answered(f) | Condition::AgeAtLeast(f, _) | Condition::AgeBelow(f, _) => field_ok(f, problems),
        Condition::BornBefore(f, day) => {
            field_ok(f, problems);
            if date::parse_iso(day).is_none() {
                problems.push(format!("{at}: {day:?} is not an ISO date"));
            }
        }
        Condition::AnyItem(page, inner) => {
            if !repeat_pages(def).contains(page) {
                problems.push(format!("{at}: {page} is not a repeated page"));
            }
            check_condition(def, inner, at, problems);
        }
        Condition::Not(inner) => check_condition(def, inner, at, problems),
        Condition::All(all) | Condition::Any(all) => all.iter().for_each(|c| check_condition(def, c, at, problems)),
    }
}

fn check_term(term: Term, at: &str, problems: &mut Vec<String>) {
    if term.amount == 0 {
        problems.push(format!("{at}: a term of zero"));
    }
}

fn consistency_problems(def: &ServiceDefinition) -> Vec<String> {
    let mut problems = Vec::new();
    let name = format!("{} v{}", def.slug, def.version);
    let mut pages = BTreeSet::new();
    let mut inputs = BTreeSet::new();
    for page in def.pages {
        if !pages.insert(page.id) {
            problems.push(format!("{name}: page {} twice", page.id));
        }
        if page.fields.is_empty() {
            problems.push(format!("{name}: page {} asks nothing", page.id));
        }
        if let Some(c) = &page.show_if {
            check_condition(def, c, &format!("{name} page {}", page.id), &mut problems);
        }
        if let Some(r) = page.repeat
            && (r.max == 0 || r.min > r.max)
        {
            problems.push(format!("{name}: page {} repeats {}..{}", page.id, r.min, r.max));
        }
        for f in page.fields {
            let at = format!("{name} field {}", f.id);
            for input in f.input_names_at(&page.repeat.map(|_| page.item_prefix(1)).unwrap_or_default()) {
                if !inputs.insert(input.clone()) {
                    problems.push(format!("{at}: input {input} twice"));
                }
            }
            if let Some(c) = &f.show_if {
                check_condition(def, c, &at, &mut problems);
            }
            if let FieldKind::District { region_field } = f.kind
                && !matches!(def.field(region_field).map(|r| r.kind), Some(FieldKind::Region))
            {
                problems.push(format!("{at}: {region_field} is not a region field"));
            }
            if let FieldKind::Choice { options, .. } = f.kind {
                let values: BTreeSet<_> = options.iter().map(|o| o.value).collect();
                if values.len() != options.len() || options.is_empty() {
                    problems.push(format!("{at}: options are empty or repeated"));
                }
            }
            if let FieldKind::Number { min, max } = f.kind
                && min > max
            {
                problems.push(format!("{at}: number range {min}..{max}"));
            }
            match f.rule {
                Some(Rule::Age { min, max, .. })
                    if min >= max || !matches!(f.kind, FieldKind::Date { .. } | FieldKind::Iin) =>
                {
                    problems.push(format!("{at}: age rule {min}..{max} on a {:?}", f.kind))
                }
                Some(Rule::MatchesIinBirthDate { iin_field, .. })
                    if !matches!(def.field(iin_field).map(|i| i.kind), Some(FieldKind::Iin)) =>
                {
                    problems.push(format!("{at}: {iin_field} is not an IIN field"))
                }
                Some(Rule::NotPast { .. }) if !matches!(f.kind, FieldKind::Date { .. }) => {
                    problems.push(format!("{at}: not-past rule on a non-date field"))
                }
                _ => {}
            }
            if f.prefill.is_some() && page.repeat.is_some() {
                problems.push(format!("{at}: prefilled fields cannot repeat"));
            }
        }
    }
    let mut slots = BTreeSet::new();
    for slot in def.documents {
        let at = format!("{name} document {}", slot.id);
        if !slots.insert(slot.id) {
            problems.push(format!("{at}: twice"));
        }
        if slot.channels.is_empty() || slot.accepted.is_empty() || slot.max_files == 0 || slot.max_bytes == 0 {
            problems.push(format!("{at}: can never be filled (no channel, kind, file or size)"));
        }
        if let Requirement::When(c) | Requirement::OptionalWhen(c) = &slot.requirement {
            check_condition(def, c, &at, &mut problems);
        }
    }
    let p = &def.passport;
    check_term(p.term, &format!("{name} term"), &mut problems);
    p.other_terms.iter().for_each(|t| check_term(t.term, &format!("{name} other term"), &mut problems));
    p.results.iter().filter_map(|r| r.term).for_each(|t| check_term(t, &format!("{name} result term"), &mut problems));
    def.steps.iter().for_each(|s| check_term(s.term, &format!("{name} step"), &mut problems));
    for o in def.outputs {
        if o.result >= p.results.len() {
            problems.push(format!("{name}: output {:?} belongs to no result", o.title.en));
        }
    }
    if p.channels.is_empty() || p.results.is_empty() || p.legal_basis.is_empty() {
        problems.push(format!("{name}: passport lacks channels, results or legal basis"));
    }
    match (date::parse_iso(def.valid_from), def.valid_to.map(date::parse_iso)) {
        (None, _) | (_, Some(None)) => problems.push(format!("{name}: validity dates are not ISO")),
        (Some(from), Some(Some(to))) if to < from => problems.push(format!("{name}: valid to before valid from")),
        _ => {}
    }
    if def.is_online() && def.declaration.is_none() {
        problems.push(format!("{name}: online but no declaration"));
    }
    problems
}

#[test]
fn every_definition_is_internally_consistent() {
    let problems: Vec<String> = services::ALL.iter().flat_map(|d| consistency_problems(d)).collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn versions_of_a_service_are_distinct_and_newer_ones_say_what_changed() {
    for def in services::ALL {
        let versions = services::versions(def.slug);
        let numbers: BTreeSet<u16> = versions.iter().map(|d| d.version).collect();
        assert_eq!(numbers.len(), versions.len(), "{}: repeated version numbers", def.slug);
        if def.version > 1 {
            assert!(!def.changes.is_empty(), "{} v{} does not say what changed", def.slug, def.version);
        }
    }
}

#[test]
fn the_catalogue_holds_the_eleven_regulations_of_the_seeds() {
    assert_eq!(services::ALL.len(), 11);
    assert_eq!(services::catalogue().len(), 10, "S3 and S7 are two versions of one service");
}

/// A sample application, as in `vectors/samples/<slug>-v<version>.json`.
struct Sample {
    def: &'static ServiceDefinition,
    answers: Answers,
    ctx: Context,
    documents: BTreeSet<String>,
}

fn load_samples() -> Vec<(String, Sample)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/vectors/samples");
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("samples folder") {
        let path = entry.expect("entry").path();
        let name = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_owned();
        let (slug, version) = name.rsplit_once("-v").expect("<slug>-v<version>.json");
        let def = services::version(slug, version.parse().expect("version"))
            .unwrap_or_else(|| panic!("{name}: no such definition"));
        let v: Value = serde_json::from_str(&std::fs::read_to_string(&path).expect("read")).expect("json");
        let mut answers = Answers::new();
        let mut prefill = Prefill::none();
        let mut today = None;
        let mut documents = BTreeSet::new();
        for (k, val) in v.as_object().expect("object") {
            match k.as_str() {
                "_prefill" => {
                    for (attr, value) in val.as_object().expect("prefill") {
                        let attr: RegistryAttr =
                            serde_json::from_value(Value::String(attr.clone())).expect("attribute");
                        prefill.insert(attr, value.as_str().unwrap_or_default());
                    }
                }
                "_today" => today = val.as_str().and_then(date::parse_iso),
                "_documents" => {
                    documents = val
                        .as_array()
                        .expect("documents")
                        .iter()
                        .filter_map(|d| d.as_str().map(str::to_owned))
                        .collect()
                }
                _ => answers.set(k.clone(), val.as_str().unwrap_or_default()),
            }
        }
        out.push((name, Sample { def, answers, ctx: Context { today: today.expect("_today"), prefill }, documents }));
    }
    out
}

/// The inputs of a page present in an answer set, as a browser would post them.
fn posted_for(page: &Page, answers: &Answers) -> Vec<(String, String)> {
    answers.iter().filter(|(k, _)| form::is_page_input(page, k)).map(|(k, v)| (k.to_owned(), v.to_owned())).collect()
}

#[test]
fn every_online_service_has_a_sample_application() {
    let samples: BTreeSet<String> = load_samples().into_iter().map(|(n, _)| n).collect();
    for def in services::ALL.iter().filter(|d| d.is_online()) {
        let name = format!("{}-v{}", def.slug, def.version);
        assert!(samples.contains(&name), "no sample for {name}");
    }
}

#[test]
fn every_sample_passes_page_by_page_and_needs_exactly_its_documents() {
    let mut problems = Vec::new();
    for (name, s) in load_samples() {
        let mut stored = Answers::new();
        let mut used = BTreeSet::new();
        for page in s.def.pages {
            if !form::page_visible(page, &stored, &s.ctx) {
                continue;
            }
            let posted = posted_for(page, &s.answers);
            used.extend(posted.iter().map(|(k, _)| k.clone()));
            match form::parse_page(page, &posted, &stored, &s.ctx) {
                Ok(normalised) => form::store_page(page, &mut stored, &normalised),
                Err(e) => problems.push(format!("{name}: page {} refused: {e:?}", page.id)),
            }
        }
        let unused: Vec<_> = s.answers.iter().map(|(k, _)| k).filter(|k| !used.contains(*k)).collect();
        if !unused.is_empty() {
            problems.push(format!("{name}: answers no visible page asks for: {unused:?}"));
        }
        let errors = form::validate_form(s.def, &stored, &s.ctx);
        if !errors.is_empty() {
            problems.push(format!("{name}: the whole form has errors {errors:?}"));
        }
        let required: BTreeSet<String> = form::checklist(s.def, &stored, &s.ctx, Channel::Portal, &[])
            .into_iter()
            .filter(|i| i.required)
            .map(|i| i.slot.id.to_owned())
            .collect();
        if required != s.documents {
            problems.push(format!("{name}: portal asks for {required:?}, the sample expects {:?}", s.documents));
        }
        let _: Option<&DocumentSlot> = None;
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
