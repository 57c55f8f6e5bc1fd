//! Signing into a form: NCALayer signs what the server gave to sign, the signature goes into the
//! form's hidden `signature` input and the form is submitted as a browser without JavaScript would
//! submit it. The server verifies everything; a refusal comes back as the same page with the reason.

use std::future::Future;

use leptos::prelude::*;
use shared::Lang;
use shared::esp::NcaLayerProblem;
use shared::esp::ncalayer::{DEFAULT_URL, SignRequest};
use wasm_bindgen::JsCast;
use web_sys::{HtmlFormElement, HtmlInputElement};

use super::{NcaLayer, SigningPhase};

/// The name of the hidden input that carries the signature (base64 CMS).
pub const SIGNATURE_INPUT: &str = "signature";

/// What the server gave to sign, and how.
pub struct ToSign {
    /// The text to sign as it is (UTF-8), in an attached CMS.
    pub data: String,
    /// Only this person's keys are offered.
    pub iin: Option<String>,
    /// Only keys with these extended key usages are offered (empty: any key).
    pub key_usage: &'static [&'static str],
    /// Further hidden inputs to fill before submitting (a challenge's id).
    pub fields: Vec<(&'static str, String)>,
}

/// One input of a form, by name.
pub fn form_input(form: &HtmlFormElement, name: &str) -> Option<HtmlInputElement> {
    form.query_selector(&format!("input[name=\"{name}\"]")).ok().flatten().and_then(|e| e.dyn_into().ok())
}

/// Connects to NCALayer at the form's `data-ncalayer-url`, then asks `prepare` what to sign (so
/// nothing is asked of the server while NCALayer is not there), has it signed and submits the form.
pub async fn sign_and_submit(
    form: HtmlFormElement,
    phase: RwSignal<SigningPhase>,
    lang: Lang,
    prepare: impl Future<Output = Option<ToSign>>,
) {
    let url = form.get_attribute("data-ncalayer-url").filter(|u| !u.is_empty());
    phase.set(SigningPhase::Connecting);
    let layer = match NcaLayer::connect(url.as_deref().unwrap_or(DEFAULT_URL)).await {
        Ok(layer) => layer,
        Err(problem) => return phase.set(SigningPhase::Problem(problem)),
    };
    let Some(to_sign) = prepare.await else {
        return phase.set(SigningPhase::StartFailed);
    };
    phase.set(SigningPhase::Waiting);
    let request =
        SignRequest::cms(&to_sign.data, false, to_sign.iin.as_deref(), lang).with_key_usage(to_sign.key_usage);
    match layer.sign(&request).await {
        Ok(signature) => {
            drop(layer);
            phase.set(SigningPhase::Checking);
            let filled = to_sign
                .fields
                .iter()
                .map(|(name, value)| (*name, value.as_str()))
                .chain([(SIGNATURE_INPUT, signature.as_str())])
                .all(|(name, value)| form_input(&form, name).map(|i| i.set_value(value)).is_some());
            if !filled || form.submit().is_err() {
                phase.set(SigningPhase::StartFailed);
            }
        }
        Err(NcaLayerProblem::Cancelled) => phase.set(SigningPhase::Cancelled),
        Err(problem) => phase.set(SigningPhase::Problem(problem)),
    }
}
