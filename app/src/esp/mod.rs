//! ESP in the portal's pages: where NCALayer listens, how a refused ESP signature comes back to the
//! page that sent it, and (in the browser) the NCALayer client and the signing of a form.
//!
//! The contract with the server's `POST /login/esp` and `POST /apply/{draft}/submit` handlers lives
//! here, in one place: the server answers a refusal with [`refusal_posted`] (under the form target
//! [`ESP_TARGET`] for the login page, `check:{draft}` for check answers), and the page reads it back
//! with [`refusal_message`].

#[cfg(feature = "hydrate")]
mod client;
mod phase;
#[cfg(feature = "hydrate")]
pub mod sign_form;

#[cfg(feature = "hydrate")]
pub use client::{NcaLayer, sign_cms};
pub use phase::SigningPhase;

use shared::esp::EspRefusal;
use shared::esp::ncalayer::DEFAULT_URL;
use shared::ui::{Ui, ui_fill};
use shared::{ErrorCode, FieldError, Lang};

use crate::api::Posted;

/// The form target of a refused ESP sign-in (`FormPost::target`).
pub const ESP_TARGET: &str = "esp";

/// The field a refusal belongs to: the id of the "Sign in with ESP" and "Sign and send" buttons, so
/// the error summary links to them.
pub const ESP_FIELD: &str = "esp";

/// The id of the ESP sign-in form.
pub const FORM_ID: &str = "esp-sign-in";

/// The posted value naming the [`EspRefusal`] (its [`EspRefusal::code`]).
pub const REFUSAL_KEY: &str = "refusal";

/// The posted value with the date an expired, not yet valid or revoked certificate's message gives.
pub const DATE_KEY: &str = "date";

/// Where the browser finds NCALayer, when the server configures something other than
/// `wss://127.0.0.1:13579` (tests use an emulator). The server provides it as a Leptos context or a
/// request extension.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NcaLayerUrl(pub String);

/// The refused post that says why an ESP signature was not accepted; `date` (`dd.mm.yyyy`) for
/// [`EspRefusal::Expired`], [`EspRefusal::NotYetValid`] and [`EspRefusal::Revoked`].
pub fn refusal_posted(refusal: EspRefusal, date: Option<&str>) -> Posted {
    let mut values = vec![(REFUSAL_KEY.to_owned(), refusal.code())];
    if let Some(date) = date {
        values.push((DATE_KEY.to_owned(), date.to_owned()));
    }
    Posted::new(values, vec![FieldError { field: ESP_FIELD.into(), code: ErrorCode::RuleNotMet }])
}

/// The message of a refused ESP post: the refusal's if it names one, otherwise the first error's
/// (a stale CSRF token, an internal failure with its correlation id).
pub fn refusal_message(posted: &Posted, lang: Lang) -> Option<String> {
    if let Some(refusal) = posted.value(REFUSAL_KEY).and_then(EspRefusal::from_code) {
        return Some(refusal.message(lang, posted.value(DATE_KEY)));
    }
    let mut message = posted.errors.first()?.code.message(lang, &[]);
    if let Some(id) = &posted.correlation {
        message.push(' ');
        message.push_str(&ui_fill(Ui::CorrelationId, lang, &[("id", id)]));
    }
    Some(message)
}

/// The message of a post refused for its signature, on a page whose form has other fields too:
/// `None` unless the refusal is the signature's ([`ESP_FIELD`]).
pub fn signature_refusal(posted: &Posted, lang: Lang) -> Option<String> {
    posted.errors.iter().any(|e| e.field == ESP_FIELD).then(|| refusal_message(posted, lang)).flatten()
}

/// The NCALayer address of the page being rendered.
#[cfg(feature = "ssr")]
pub fn ncalayer_url() -> String {
    use leptos::prelude::use_context;
    use_context::<NcaLayerUrl>()
        .or_else(|| use_context::<http::request::Parts>().and_then(|p| p.extensions.get::<NcaLayerUrl>().cloned()))
        .map(|u| u.0)
        .filter(|u| !u.is_empty())
        .unwrap_or_else(|| DEFAULT_URL.to_owned())
}

/// The NCALayer address the server rendered into the page's signing form.
#[cfg(all(feature = "hydrate", not(feature = "ssr")))]
pub fn ncalayer_url() -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("[data-ncalayer-url]").ok().flatten())
        .and_then(|f| f.get_attribute("data-ncalayer-url"))
        .filter(|u| !u.is_empty())
        .unwrap_or_else(|| DEFAULT_URL.to_owned())
}

/// Without a renderer feature the default address applies.
#[cfg(not(any(feature = "ssr", feature = "hydrate")))]
pub fn ncalayer_url() -> String {
    DEFAULT_URL.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refusal_travels_by_name_and_comes_back_with_its_date() {
        let posted = refusal_posted(EspRefusal::Expired, Some("20.11.2026"));
        let message = refusal_message(&posted, Lang::En).unwrap_or_default();
        assert!(message.starts_with(EspRefusal::Expired.get(Lang::En)));
        assert!(message.ends_with("20.11.2026."));
    }

    #[test]
    fn only_a_refused_signature_is_a_signature_refusal() {
        let refused = refusal_posted(EspRefusal::IinMismatch, None);
        assert_eq!(signature_refusal(&refused, Lang::Kk).as_deref(), Some(EspRefusal::IinMismatch.get(Lang::Kk)));
        let declaration = Posted::new(
            Vec::new(),
            vec![FieldError { field: "declaration".into(), code: ErrorCode::DeclarationRequired }],
        );
        assert_eq!(signature_refusal(&declaration, Lang::Kk), None);
    }

    #[test]
    fn a_rejected_esp_post_shows_its_error_code() {
        let posted =
            Posted::new(Vec::new(), vec![FieldError { field: "main-content".into(), code: ErrorCode::CsrfFailed }]);
        assert_eq!(refusal_message(&posted, Lang::Ru).as_deref(), Some(ErrorCode::CsrfFailed.get(Lang::Ru)));
        assert_eq!(refusal_message(&Posted::default(), Lang::Ru), None);
    }
}
