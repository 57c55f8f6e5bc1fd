//! The sample applications, embedded at build time.

use shared::definition::{RegistryAttr, ServiceDefinition};
use shared::form::{self, Answers, Context, Prefill};
use shared::services;
use shared::values::date;

include!(concat!(env!("OUT_DIR"), "/samples.rs"));

/// A sample application: its definition, its answers as typed, and the context it is judged in.
#[derive(Debug, Clone)]
pub struct Sample {
    pub name: String,
    pub def: &'static ServiceDefinition,
    pub answers: Answers,
    pub ctx: Context,
}

impl Sample {
    /// The answers as the server stores them after every page was accepted.
    pub fn normalised(&self) -> Answers {
        let mut stored = Answers::new();
        for page in self.def.pages {
            if !form::page_visible(page, &stored, &self.ctx) {
                continue;
            }
            let posted: Vec<(String, String)> = self
                .answers
                .iter()
                .filter(|(k, _)| form::is_page_input(page, k))
                .map(|(k, v)| (k.to_owned(), v.to_owned()))
                .collect();
            if let Ok(n) = form::parse_page(page, &posted, &stored, &self.ctx) {
                form::store_page(page, &mut stored, &n);
            }
        }
        stored
    }
}

/// Every sample whose definition exists.
pub fn samples() -> Vec<Sample> {
    SAMPLES
        .iter()
        .filter_map(|(name, json)| {
            let (slug, version) = name.rsplit_once("-v")?;
            let def = services::version(slug, version.parse().ok()?)?;
            let v: serde_json::Value = serde_json::from_str(json).ok()?;
            let mut answers = Answers::new();
            let mut prefill = Prefill::none();
            let mut today = None;
            for (k, val) in v.as_object()? {
                match k.as_str() {
                    "_prefill" => {
                        for (attr, value) in val.as_object()? {
                            let attr: RegistryAttr =
                                serde_json::from_value(serde_json::Value::String(attr.clone())).ok()?;
                            prefill.insert(attr, value.as_str().unwrap_or_default());
                        }
                    }
                    "_today" => today = val.as_str().and_then(date::parse_iso),
                    k if k.starts_with('_') => {}
                    _ => answers.set(k.to_owned(), val.as_str().unwrap_or_default()),
                }
            }
            Some(Sample { name: (*name).to_owned(), def, answers, ctx: Context { today: today?, prefill } })
        })
        .collect()
}
