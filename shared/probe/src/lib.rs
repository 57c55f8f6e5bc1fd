//! Runs the rule core the same way natively and in WebAssembly:
//!
//! * [`bench`]: the time of one full validation of each service's sample application;
//! * [`sweep`]: 10 000 generated answer sets per service (valid ones, and mutations with hostile
//!   strings), each judged page by page, the verdicts folded into one digest per service. The
//!   native and WebAssembly digests must be identical.

mod generate;
mod samples;

pub use generate::Rng;
pub use samples::{Sample, samples};

use shared::definition::Channel;
use shared::form::{self, Answers, Rejection};

/// FNV-1a, 64-bit: a stable fold of verdict text, the same on every target.
#[derive(Debug, Clone, Copy)]
pub struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv {
    /// Folds bytes in.
    pub fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 ^= u64::from(*b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }

    /// The digest so far, as 16 hex digits.
    pub fn hex(self) -> String {
        format!("{:016x}", self.0)
    }
}

/// The verdict on an answer set, as a browser and the server reach it: each visible page posted in
/// turn (accepted, refused with field errors, or refused whole), then the whole form and the
/// documents it needs. Returns the verdict text and whether the application could be sent.
pub fn verdict(sample: &Sample, answers: &Answers) -> (String, bool) {
    let mut out = String::new();
    let mut stored = Answers::new();
    let mut sendable = true;
    for page in sample.def.pages {
        if !form::page_visible(page, &stored, &sample.ctx) {
            continue;
        }
        let posted: Vec<(String, String)> = answers
            .iter()
            .filter(|(k, _)| form::is_page_input(page, k) || k.starts_with("x-"))
            .map(|(k, v)| (k.to_owned(), v.to_owned()))
            .collect();
        out.push_str(page.id);
        match form::parse_page(page, &posted, &stored, &sample.ctx) {
            Ok(normalised) => {
                out.push_str(":ok;");
                form::store_page(page, &mut stored, &normalised);
            }
            Err(Rejection::Invalid(errors)) => {
                sendable = false;
                for e in errors {
                    out.push_str(&format!(":{}={:?}", e.field, e.code));
                }
                out.push(';');
            }
            Err(Rejection::Malformed(code)) => {
                sendable = false;
                out.push_str(&format!(":malformed={code:?};"));
            }
        }
    }
    let items = form::checklist(sample.def, &stored, &sample.ctx, Channel::Portal, &[]);
    for e in form::missing_documents(&items) {
        out.push_str(&format!("doc:{};", e.field));
    }
    let errors = form::submission_errors(sample.def, &stored, &sample.ctx, Channel::Portal, &[], true);
    out.push_str(&format!("submit:{}", errors.len()));
    (out, sendable)
}

/// The parity sweep: for each sample, `n` answer sets from a seeded generator, judged and folded
/// into a digest. Returns JSON `{ "<slug>-v<n>": { "digest": …, "sets": n, "sendable": k } }`.
pub fn sweep(n: u32, seed: u64) -> serde_json::Value {
    let mut out = serde_json::Map::new();
    for sample in samples() {
        let mut rng = Rng::new(seed ^ generate::name_seed(&sample.name));
        let mut digest = Fnv::default();
        let mut sendable = 0u32;
        for _ in 0..n {
            let answers = generate::variant(&sample, &mut rng);
            let (text, ok) = verdict(&sample, &answers);
            digest.write(text.as_bytes());
            digest.write(b"\n");
            sendable += u32::from(ok);
        }
        out.insert(sample.name.clone(), serde_json::json!({ "digest": digest.hex(), "sets": n, "sendable": sendable }));
    }
    serde_json::Value::Object(out)
}

/// One full validation of a sample, as the server does it when the application is sent: every
/// page, every document and the declaration (`submission_errors`).
pub fn validate_once(sample: &Sample, answers: &Answers) -> usize {
    form::submission_errors(sample.def, answers, &sample.ctx, Channel::Portal, &[], true).len()
}

/// Median time of one full validation, in microseconds, for each service's sample (valid) and for
/// the sample with every field spoiled (invalid), as JSON `{ name: { "valid_us", "invalid_us" } }`.
pub fn bench(now_ms: &dyn Fn() -> f64, iterations: u32) -> serde_json::Value {
    let mut out = serde_json::Map::new();
    for sample in samples() {
        let valid = sample.normalised();
        let invalid = generate::spoiled(&sample);
        let mut result = serde_json::Map::new();
        let mut sink = 0usize;
        for (name, answers) in [("valid_us", &valid), ("invalid_us", &invalid)] {
            for _ in 0..iterations / 10 {
                sink = sink.wrapping_add(validate_once(&sample, answers));
            }
            let mut rounds = Vec::new();
            for _ in 0..5 {
                let start = now_ms();
                for _ in 0..iterations {
                    sink = sink.wrapping_add(validate_once(&sample, answers));
                }
                rounds.push((now_ms() - start) * 1000.0 / f64::from(iterations));
            }
            rounds.sort_by(f64::total_cmp);
            result.insert(name.into(), serde_json::json!((rounds[2] * 100.0).round() / 100.0));
        }
        result.insert("errors_found".into(), serde_json::json!(sink % 1000));
        out.insert(sample.name.clone(), serde_json::Value::Object(result));
    }
    serde_json::Value::Object(out)
}

#[cfg(target_arch = "wasm32")]
mod wasm {
    use wasm_bindgen::JsCast;
    use wasm_bindgen::prelude::wasm_bindgen;

    fn clock() -> impl Fn() -> f64 {
        let performance = js_sys::Reflect::get(&js_sys::global(), &"performance".into()).unwrap_or_default();
        let now =
            js_sys::Reflect::get(&performance, &"now".into()).ok().and_then(|f| f.dyn_into::<js_sys::Function>().ok());
        move || {
            now.as_ref()
                .and_then(|f| f.call0(&performance).ok())
                .and_then(|v| v.as_f64())
                .unwrap_or_else(js_sys::Date::now)
        }
    }

    /// The benchmark, timed with `performance.now()`.
    #[wasm_bindgen]
    pub fn run_bench(iterations: u32) -> String {
        super::bench(&clock(), iterations).to_string()
    }

    /// The parity sweep.
    #[wasm_bindgen]
    pub fn run_sweep(n: u32, seed: u32) -> String {
        super::sweep(n, u64::from(seed)).to_string()
    }
}
