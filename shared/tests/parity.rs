//! Browser/server parity of verdicts.
//!
//! One vector file of valid and invalid inputs, with the verdict expected for each, field by field.
//! This file is compiled twice: natively (`cargo test -p shared --test parity`) and to wasm32
//! (`cargo test -p shared --target wasm32-unknown-unknown --test parity`, run under Node by
//! wasm-bindgen-test). Both builds must reach exactly the expected verdicts, so they reach identical
//! verdicts: the instant check in the browser and the authoritative check on the server agree.

#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;

use serde_json::{Value, json};
use shared::definition::RegistryAttr;
use shared::form::{self, Answers, AttachedFile, Context, Prefill, Rejection};
use shared::services;
use shared::values::date;

const VECTORS: &str = include_str!("vectors/archival.json");

fn answers(v: &Value) -> Answers {
    v.as_object()
        .map(|o| o.iter().map(|(k, v)| (k.clone(), v.as_str().unwrap_or_default().to_owned())).collect())
        .unwrap_or_default()
}

fn prefill(v: &Value) -> Prefill {
    let mut p = Prefill::none();
    for (k, v) in v.as_object().into_iter().flatten() {
        let attr: RegistryAttr = serde_json::from_value(json!(k)).expect("registry attribute");
        p.insert(attr, v.as_str().unwrap_or_default());
    }
    p
}

fn posted(v: &Value) -> Vec<(String, String)> {
    v.as_array()
        .into_iter()
        .flatten()
        .map(|pair| (pair[0].as_str().unwrap_or_default().to_owned(), pair[1].as_str().unwrap_or_default().to_owned()))
        .collect()
}

/// The verdict on one posted page, as a JSON value: the normalised answers, or the field errors
/// in order, or the reason the post is refused whole.
fn page_verdict(case: &Value, ctx: &Context) -> Value {
    let def = services::latest("archival-certificate").expect("definition");
    let page = def.page(case["page"].as_str().unwrap_or_default()).expect("page");
    match form::parse_page(page, &posted(&case["posted"]), &answers(&case["stored"]), ctx) {
        Ok(a) => json!({ "ok": a }),
        Err(Rejection::Invalid(errors)) => json!({ "invalid": errors }),
        Err(Rejection::Malformed(code)) => json!({ "malformed": code }),
    }
}

fn documents_verdict(case: &Value, ctx: &Context) -> Value {
    let def = services::latest("archival-certificate").expect("definition");
    let files: Vec<AttachedFile> = serde_json::from_value(case["files"].clone()).expect("files");
    let items = form::checklist(def, &answers(&case["answers"]), ctx, shared::definition::Channel::Portal, &files);
    let missing: Vec<String> = form::missing_documents(&items).into_iter().map(|e| e.field).collect();
    let required: Vec<&str> = items.iter().filter(|i| i.required).map(|i| i.slot.id).collect();
    json!({ "required": required, "missing": missing })
}

fn upload_verdict(case: &Value) -> Value {
    let def = services::latest("archival-certificate").expect("definition");
    let slot = def.documents.iter().find(|s| Some(s.id) == case["slot"].as_str()).expect("slot");
    let hex = case["head_hex"].as_str().unwrap_or_default();
    let head: Vec<u8> =
        (0..hex.len() / 2).filter_map(|i| u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).ok()).collect();
    let size = case["size"].as_u64().unwrap_or_default();
    let already = case["already"].as_u64().unwrap_or_default() as usize;
    match form::check_upload(slot, size, &head, already) {
        Ok(kind) => json!({ "ok": kind }),
        Err(code) => json!({ "error": code }),
    }
}

#[test]
fn every_vector_gets_its_expected_verdict_field_by_field() {
    let v: Value = serde_json::from_str(VECTORS).expect("vector file");
    let ctx = Context {
        today: date::parse_iso(v["today"].as_str().unwrap_or_default()).expect("today"),
        prefill: prefill(&v["prefill"]),
    };
    let ctx_unregistered = Context { today: ctx.today, prefill: prefill(&v["prefill_unregistered"]) };
    let mut failures = Vec::new();
    let mut checked = 0;
    for case in v["pages"].as_array().expect("pages") {
        let c = if case["registry"] == json!(false) { &ctx_unregistered } else { &ctx };
        let got = page_verdict(case, c);
        checked += 1;
        if got != case["expect"] {
            failures.push(format!("{}: expected {} got {}", case["name"], case["expect"], got));
        }
    }
    for case in v["documents"].as_array().expect("documents") {
        let got = documents_verdict(case, &ctx);
        checked += 1;
        if got != case["expect"] {
            failures.push(format!("{}: expected {} got {}", case["name"], case["expect"], got));
        }
    }
    for case in v["uploads"].as_array().expect("uploads") {
        let got = upload_verdict(case);
        checked += 1;
        if got != case["expect"] {
            failures.push(format!("{}: expected {} got {}", case["name"], case["expect"], got));
        }
    }
    assert!(checked >= 50, "the vector file should hold at least 50 cases, has {checked}");
    assert!(failures.is_empty(), "{} of {checked} vectors differ:\n{}", failures.len(), failures.join("\n"));
}
