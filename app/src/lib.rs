//! Otinish pages and components.
//!
//! Every page is rendered on the server (feature `ssr`) and works as plain HTML with form posts;
//! in the browser (feature `hydrate`) the same components hydrate and add instant checks that
//! run the `shared` rules compiled to WebAssembly.

#![recursion_limit = "256"]

pub mod api;
mod app;
pub mod components;
pub mod esp;
pub mod i18n;
pub mod pages;
pub mod session;
#[cfg(feature = "ssr")]
pub mod ssr;

pub use app::{App, shell};
#[cfg(feature = "ssr")]
pub use app::{CspNonce, Stylesheet};

/// The browser entry point: hydrates the server-rendered page.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_body(App);
}
