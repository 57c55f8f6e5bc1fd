//! Application reference numbers: 8 characters from an alphabet without look-alikes.

use serde::{Deserialize, Serialize};

/// Digits and capital letters without I, O, Q, 0 and 1, which people confuse when reading a
/// number aloud to a call centre or copying it from paper.
pub const ALPHABET: &[u8; 31] = b"23456789ABCDEFGHJKLMNPRSTUVWXYZ";

/// Length of a reference.
pub const LENGTH: usize = 8;

/// A reference number such as `K7RM-4X2B` (stored without the hyphen).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Reference(String);

impl Reference {
    /// Builds a reference from random bytes, drawing each character by rejection sampling so every
    /// character is equally likely. Returns `None` when the bytes run out first.
    pub fn from_random(bytes: &[u8]) -> Option<Reference> {
        let limit = (256 / ALPHABET.len() * ALPHABET.len()) as u8;
        let s: String = bytes
            .iter()
            .filter(|b| **b < limit)
            .take(LENGTH)
            .map(|b| char::from(ALPHABET[usize::from(*b) % ALPHABET.len()]))
            .collect();
        (s.len() == LENGTH).then_some(Reference(s))
    }

    /// Parses a reference typed by a person: case, spaces and hyphens do not matter.
    pub fn parse(raw: &str) -> Option<Reference> {
        let s: String =
            raw.chars().filter(|c| !c.is_whitespace() && *c != '-').map(|c| c.to_ascii_uppercase()).collect();
        (s.len() == LENGTH && s.bytes().all(|b| ALPHABET.contains(&b))).then_some(Reference(s))
    }

    /// The eight characters.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// `K7RM-4X2B`, easier to read aloud.
    pub fn display(&self) -> String {
        format!("{}-{}", &self.0[..4], &self.0[4..])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_never_contain_look_alike_characters() {
        let bytes: Vec<u8> = (0..=255).cycle().take(4096).collect();
        for chunk in bytes.chunks(16) {
            if let Some(r) = Reference::from_random(chunk) {
                assert_eq!(r.as_str().len(), 8);
                assert!(!r.as_str().contains(['I', 'O', 'Q', '0', '1']));
            }
        }
    }

    #[test]
    fn typed_references_are_normalised() {
        assert_eq!(Reference::parse("k7rm-4x2b").unwrap().as_str(), "K7RM4X2B");
        assert!(Reference::parse("K7RM-4X2O").is_none());
        assert!(Reference::parse("K7RM4X2").is_none());
    }
}
