//! A form post the server refused, sent back to the page that made it.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use shared::FieldError;

/// What a refused post carried and what is wrong with it. The page shows the values again, keeping
/// everything the person typed, with an error summary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Posted {
    pub values: Vec<(String, String)>,
    pub errors: Vec<FieldError>,
    /// For an unexpected failure: the id under which the server logged it, for the call centre.
    #[serde(default)]
    pub correlation: Option<String>,
}

impl Posted {
    /// A refused post: what was sent, and what is wrong with it.
    pub fn new(values: Vec<(String, String)>, errors: Vec<FieldError>) -> Posted {
        Posted { values, errors, correlation: None }
    }

    /// The value posted for an input.
    pub fn value(&self, name: &str) -> Option<&str> {
        self.values.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }
}

/// The target of refusals that belong to no form on the page (a refused sign-out, a start that
/// failed): the layout shows them above the page.
pub const PAGE_TARGET: &str = "page";

/// The refused post for a form of the current request, if the request is one.
#[server]
pub async fn load_posted(target: String) -> Result<Option<Posted>, ServerFnError> {
    Ok(crate::ssr::take_posted(&target))
}
