//! Server functions that load page data, and the views they return.
//!
//! Each server function is thin: it finds the signed-in user, asks the [`Portal`](crate::ssr::Portal)
//! port, and maps failures. Form posts are not server functions but plain HTML form handlers in the
//! server, so every page works without JavaScript.

mod application;
mod cabinet;
mod draft;
mod mobile_sign;
mod posted;

pub use application::*;
pub use cabinet::*;
pub use draft::*;
pub use mobile_sign::*;
pub use posted::*;

use serde::{Deserialize, Serialize};
use shared::definition::FileKind;

/// An uploaded file, as pages list it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileView {
    pub id: String,
    pub slot: String,
    pub name: String,
    pub size: u64,
    pub kind: FileKind,
}

/// The message a server function returns when nobody is signed in.
pub const NOT_SIGNED_IN: &str = "not-signed-in";
