//! The language of the current page.
//!
//! The server decides it per request (cookie, then `Accept-Language`, then Kazakh) and writes it into
//! `<html lang>`; the browser reads it back from there, so both render the same text.

use leptos::prelude::*;
use shared::Lang;
use shared::ui::Ui;

/// The language of the page being rendered.
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or_default()
}

/// The text of an interface key in the page's language.
pub fn t(key: Ui) -> &'static str {
    key.get(use_lang())
}

/// Works out the language on the server from the request, as the session middleware left it.
#[cfg(feature = "ssr")]
pub fn request_lang() -> Lang {
    use_context::<http::request::Parts>().and_then(|p| p.extensions.get::<Lang>().copied()).unwrap_or_default()
}

/// Reads the language the server rendered into `<html lang>`.
#[cfg(all(feature = "hydrate", not(feature = "ssr")))]
pub fn request_lang() -> Lang {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.get_attribute("lang"))
        .and_then(|l| Lang::from_code(&l))
        .unwrap_or_default()
}

/// Without a renderer feature (unit tests, tools) the default language applies.
#[cfg(not(any(feature = "ssr", feature = "hydrate")))]
pub fn request_lang() -> Lang {
    Lang::default()
}
