//! Helpers shared by the forms of the portal.

use leptos::prelude::*;
use shared::FieldError;

use super::error_summary::SummaryError;

/// The posted input pairs of a form, read in the browser when it is submitted.
#[cfg(feature = "hydrate")]
pub fn form_values(ev: &leptos::ev::SubmitEvent) -> Vec<(String, String)> {
    use wasm_bindgen::JsCast;
    let Some(form) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlFormElement>().ok()) else {
        return Vec::new();
    };
    let Ok(data) = web_sys::FormData::new_with_form(&form) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    if let Ok(Some(iter)) = js_sys::try_iter(&data) {
        for entry in iter.flatten() {
            let pair: js_sys::Array = entry.unchecked_into();
            if let (Some(k), Some(v)) = (pair.get(0).as_string(), pair.get(1).as_string()) {
                out.push((k, v));
            }
        }
    }
    out
}

/// The value of one input in posted pairs.
pub fn posted_value<'a>(values: &'a [(String, String)], name: &str) -> &'a str {
    values.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str()).unwrap_or("")
}

/// Turns field errors into summary lines with a message function.
pub fn summary_of(errors: &[FieldError], message: impl Fn(&FieldError) -> String) -> Vec<SummaryError> {
    errors.iter().map(|e| SummaryError { target: e.field.clone(), message: message(e) }).collect()
}

/// A page's errors: the server's (a refused post) to begin with, then the browser's instant checks.
pub fn error_signal(initial: Vec<FieldError>) -> RwSignal<Vec<FieldError>> {
    RwSignal::new(initial)
}
