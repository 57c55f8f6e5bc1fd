//! Kazakhstan phone numbers.

use serde::{Deserialize, Serialize};

use crate::error::ErrorCode;

/// A Kazakhstan phone number, stored as `+7` and ten digits starting with 7.
///
/// Accepts the ways people write them: `8 701 234 56 78`, `+7 (701) 234-56-78`, `87012345678`.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct PhoneKz(String);

impl PhoneKz {
    /// Normalises and checks a phone number.
    pub fn parse(raw: &str) -> Result<PhoneKz, ErrorCode> {
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            return Err(ErrorCode::Required);
        }
        let mut plus = false;
        let mut digits = String::new();
        for (i, c) in trimmed.chars().enumerate() {
            match c {
                '+' if i == 0 => plus = true,
                '0'..='9' => digits.push(c),
                ' ' | '-' | '(' | ')' | '.' | '\u{a0}' | '‐' | '‑' | '–' => {}
                _ => return Err(ErrorCode::PhoneFormat),
            }
        }
        let national = match (plus, digits.len()) {
            (true, 11) if digits.starts_with('7') => &digits[1..],
            (false, 11) if digits.starts_with('8') || digits.starts_with('7') => &digits[1..],
            (false, 10) => &digits[..],
            _ => return Err(ErrorCode::PhoneFormat),
        };
        if !national.starts_with('7') {
            return Err(ErrorCode::PhoneNotKz);
        }
        Ok(PhoneKz(format!("+7{national}")))
    }

    /// `+77012345678`.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// `+7 701 234 56 78`, as shown to people.
    pub fn display(&self) -> String {
        let n = &self.0[2..];
        format!("+7 {} {} {} {}", &n[..3], &n[3..6], &n[6..8], &n[8..])
    }
}

impl std::fmt::Debug for PhoneKz {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PhoneKz(…)")
    }
}

impl TryFrom<String> for PhoneKz {
    type Error = ErrorCode;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        PhoneKz::parse(&value)
    }
}

impl From<PhoneKz> for String {
    fn from(value: PhoneKz) -> Self {
        value.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_ways_of_writing_a_mobile_number_are_normalised() {
        for raw in ["8 701 234 56 78", "+7 (701) 234-56-78", "87012345678", "7012345678", "+77012345678"] {
            assert_eq!(PhoneKz::parse(raw).unwrap().as_str(), "+77012345678", "{raw}");
        }
    }

    #[test]
    fn a_landline_with_area_code_is_accepted() {
        assert_eq!(PhoneKz::parse("8 (7242) 27-32-90").unwrap().as_str(), "+77242273290");
    }

    #[test]
    fn a_russian_number_is_refused_as_not_kazakh() {
        assert_eq!(PhoneKz::parse("+7 912 345 67 89"), Err(ErrorCode::PhoneNotKz));
    }

    #[test]
    fn letters_and_short_numbers_are_refused() {
        assert_eq!(PhoneKz::parse("8 701 ABC"), Err(ErrorCode::PhoneFormat));
        assert_eq!(PhoneKz::parse("12345"), Err(ErrorCode::PhoneFormat));
        assert_eq!(PhoneKz::parse(""), Err(ErrorCode::Required));
    }

    #[test]
    fn display_groups_the_digits() {
        assert_eq!(PhoneKz::parse("87012345678").unwrap().display(), "+7 701 234 56 78");
    }
}
