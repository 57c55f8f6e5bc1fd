//! Answers to a form, keyed by input name.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::definition::RegistryAttr;

/// Answers keyed by input name (`phone`, `birth_date-day`, `period-from`). Values are stored in
/// their normalised form once a page has passed validation.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Answers(BTreeMap<String, String>);

impl Answers {
    /// No answers.
    pub fn new() -> Answers {
        Answers::default()
    }

    /// The answer to an input, if given.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0.get(name).map(String::as_str)
    }

    /// The answer to an input, or an empty string.
    pub fn value(&self, name: &str) -> &str {
        self.get(name).unwrap_or("")
    }

    /// Sets an answer; an empty value removes it.
    pub fn set(&mut self, name: impl Into<String>, value: impl Into<String>) {
        let value = value.into();
        let name = name.into();
        if value.is_empty() {
            self.0.remove(&name);
        } else {
            self.0.insert(name, value);
        }
    }

    /// Removes an answer.
    pub fn remove(&mut self, name: &str) {
        self.0.remove(name);
    }

    /// Copies every answer of `other` over these.
    pub fn merge(&mut self, other: &Answers) {
        for (k, v) in &other.0 {
            self.set(k.clone(), v.clone());
        }
    }

    /// Every answer, by input name.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }

    /// Whether nothing is answered.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Number of answered inputs.
    pub fn len(&self) -> usize {
        self.0.len()
    }
}

impl FromIterator<(String, String)> for Answers {
    fn from_iter<T: IntoIterator<Item = (String, String)>>(iter: T) -> Self {
        let mut a = Answers::new();
        for (k, v) in iter {
            a.set(k, v);
        }
        a
    }
}

impl std::fmt::Debug for Answers {
    /// Answers hold personal data: `Debug` shows which inputs are answered, never the values.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_set().entries(self.0.keys()).finish()
    }
}

/// Values a state database returned for the applicant, shown read-only on the form.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Prefill(BTreeMap<RegistryAttr, String>);

impl Prefill {
    /// Nothing prefilled: the person is not in the database, or the form has no such fields.
    pub fn none() -> Prefill {
        Prefill::default()
    }

    /// Records a value from the database.
    pub fn insert(&mut self, attr: RegistryAttr, value: impl Into<String>) {
        self.0.insert(attr, value.into());
    }

    /// The value for an attribute.
    pub fn get(&self, attr: RegistryAttr) -> Option<&str> {
        self.0.get(&attr).map(String::as_str)
    }

    /// Whether the database returned nothing.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl std::fmt::Debug for Prefill {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_set().entries(self.0.keys()).finish()
    }
}
