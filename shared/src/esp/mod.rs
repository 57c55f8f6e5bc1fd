//! Electronic digital signature (ESP; ЭЦҚ in Kazakh, ЭЦП in Russian): the NCALayer protocol the
//! browser speaks, and every text a person reads about signing in or signing with an ESP.
//!
//! Pure like the rest of `shared`: the browser client in `app` does the I/O, the server verifies;
//! both use the types here so a refusal means the same thing on each side.

pub mod document;
pub mod egov;
pub mod ncalayer;
pub mod text;

pub use text::{EspRefusal, EspUi, NcaLayerProblem};
