//! The parser of submitted answers never panics, whatever is posted to any page of any service,
//! and what it accepts it accepts again unchanged (normalised answers are a fixed point).
//!
//! `cargo test -p shared --test fuzz_answers` runs proptest's default number of cases;
//! `scripts/fuzz.sh` runs 100 000 (`PROPTEST_CASES`).

use proptest::prelude::*;
use shared::definition::RegistryAttr;
use shared::form::{self, Answers, Context, Prefill};
use shared::services;
use shared::values::date;

/// Input names of a page as a browser may post them, plus stray ones.
fn names(service: usize, page: usize) -> Vec<String> {
    let def = services::ALL[service % services::ALL.len()];
    if def.pages.is_empty() {
        return vec!["x".into()];
    }
    let page = &def.pages[page % def.pages.len()];
    let mut names: Vec<String> = match page.repeat {
        None => page.fields.iter().flat_map(|f| f.input_names()).collect(),
        Some(_) => {
            let mut n: Vec<String> = (1..=3)
                .flat_map(|i| page.fields.iter().flat_map(move |f| f.input_names_at(&page.item_prefix(i))))
                .collect();
            n.push(page.count_input());
            n
        }
    };
    names.extend(["csrf", "action", "return", "unknown", ""].map(String::from));
    names
}

fn value() -> impl Strategy<Value = String> {
    prop_oneof![
        ".{0,40}",
        "[0-9 +()-]{0,24}",
        "\\PC{0,300}",
        Just(String::new()),
        Just("\u{202e}\u{0}\u{7}".to_owned()),
        Just("ә".repeat(70_000)),
        "[a-z-]{1,16}",
    ]
}

fn context(service: usize) -> Context {
    let mut prefill = Prefill::none();
    if !service.is_multiple_of(3) {
        prefill.insert(RegistryAttr::FullName, "Әбенов Нұрлан Серікұлы");
        prefill.insert(RegistryAttr::Address, "120014, Қызылорда");
    }
    prefill.insert(RegistryAttr::Iin, "860412394422");
    Context { today: date::parse_iso("2026-11-23").unwrap_or(time::Date::MIN), prefill }
}

proptest! {
    #[test]
    fn posting_anything_to_any_page_never_panics_and_accepted_answers_are_stable(
        service in 0usize..64,
        page in 0usize..64,
        picks in proptest::collection::vec((0usize..64, value()), 0..12),
        stored_picks in proptest::collection::vec((0usize..64, value()), 0..6),
    ) {
        let def = services::ALL[service % services::ALL.len()];
        prop_assume!(!def.pages.is_empty());
        let p = &def.pages[page % def.pages.len()];
        let names = names(service, page);
        let posted: Vec<(String, String)> = picks.into_iter().map(|(i, v)| (names[i % names.len()].clone(), v)).collect();
        let stored: Answers = stored_picks.into_iter().map(|(i, v)| (names[i % names.len()].clone(), v)).collect();
        let ctx = context(service);
        if let Ok(normalised) = form::parse_page(p, &posted, &stored, &ctx) {
            let again: Vec<(String, String)> = normalised.iter().map(|(k, v)| (k.to_owned(), v.to_owned())).collect();
            let reparsed = form::parse_page(p, &again, &stored, &ctx);
            prop_assert_eq!(reparsed, Ok(normalised));
        }
    }
}
