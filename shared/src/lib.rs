//! The rule core of Otinish.
//!
//! Pure: no I/O, no clock, no async runtime, no UI framework. The same code runs in the browser
//! (compiled to WebAssembly) and on the server, so a form is judged identically in both.

pub mod account;
pub mod calendar;
pub mod definition;
pub mod error;
pub mod esp;
pub mod form;
pub mod lang;
pub mod reference;
pub mod services;
pub mod status;
pub mod territory;
pub mod ui;
pub mod url;
pub mod values;

pub use error::{ErrorCode, FieldError};
pub use lang::{Lang, Text};
