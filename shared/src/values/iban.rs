//! Kazakhstan bank account numbers (IBAN, ИИК/ЖСК).
//!
//! A KZ IBAN has 20 characters: `KZ`, two check digits, a three-digit bank code and a
//! 13-character account number; the ISO 13616 check (move the first four characters to the end,
//! letters to numbers A=10 … Z=35, the whole number modulo 97) must give 1.

use serde::{Deserialize, Serialize};

use crate::error::ErrorCode;

/// Length of a Kazakhstan IBAN.
pub const KZ_IBAN_LEN: usize = 20;

/// A Kazakhstan IBAN that passed its check digits, stored without spaces in capitals.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct IbanKz(String);

/// The ISO 13616 remainder of an IBAN, or `None` when it has characters other than A–Z and 0–9.
fn mod97(iban: &str) -> Option<u32> {
    let rearranged = iban[4..].chars().chain(iban[..4].chars());
    let mut rem = 0u32;
    for c in rearranged {
        let v = c.to_digit(36)?;
        rem = if v >= 10 { (rem * 100 + v) % 97 } else { (rem * 10 + v) % 97 };
    }
    Some(rem)
}

impl IbanKz {
    /// Normalises (spaces and hyphens dropped, capitals) and checks country, length, bank code and
    /// check digits.
    pub fn parse(raw: &str) -> Result<IbanKz, ErrorCode> {
        let s: String = super::iin::digits_only(raw).to_uppercase();
        if s.is_empty() {
            return Err(ErrorCode::Required);
        }
        if !s.chars().all(|c| c.is_ascii_alphanumeric()) {
            return Err(ErrorCode::IbanFormat);
        }
        if !s.starts_with("KZ") {
            return Err(ErrorCode::IbanNotKz);
        }
        if s.len() != KZ_IBAN_LEN || !s[2..7].bytes().all(|b| b.is_ascii_digit()) {
            return Err(ErrorCode::IbanFormat);
        }
        if mod97(&s) != Some(1) {
            return Err(ErrorCode::IbanChecksum);
        }
        Ok(IbanKz(s))
    }

    /// `KZ86125KZT5004100100`.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// In groups of four, as printed on bank documents.
    pub fn display(&self) -> String {
        self.0.as_bytes().chunks(4).map(|c| String::from_utf8_lossy(c).into_owned()).collect::<Vec<_>>().join(" ")
    }
}

impl std::fmt::Debug for IbanKz {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("IbanKz(…)")
    }
}

impl TryFrom<String> for IbanKz {
    type Error = ErrorCode;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        IbanKz::parse(&value)
    }
}

impl From<IbanKz> for String {
    fn from(value: IbanKz) -> Self {
        value.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The example account of the National Bank's IBAN guidance.
    const EXAMPLE: &str = "KZ86125KZT5004100100";

    #[test]
    fn a_valid_kz_iban_is_accepted_with_spaces_and_lowercase() {
        assert_eq!(IbanKz::parse("kz86 125K ZT50 0410 0100").unwrap().as_str(), EXAMPLE);
        assert_eq!(IbanKz::parse(EXAMPLE).unwrap().display(), "KZ86 125K ZT50 0410 0100");
    }

    #[test]
    fn a_changed_character_breaks_the_check_digits() {
        assert_eq!(IbanKz::parse("KZ86125KZT5004100101"), Err(ErrorCode::IbanChecksum));
        assert_eq!(IbanKz::parse("KZ87125KZT5004100100"), Err(ErrorCode::IbanChecksum));
    }

    #[test]
    fn foreign_short_and_odd_ibans_are_refused() {
        assert_eq!(IbanKz::parse("DE89370400440532013000"), Err(ErrorCode::IbanNotKz));
        assert_eq!(IbanKz::parse("KZ86125KZT50041001"), Err(ErrorCode::IbanFormat));
        assert_eq!(IbanKz::parse("KZ86125KZT500410010!"), Err(ErrorCode::IbanFormat));
        assert_eq!(IbanKz::parse(" "), Err(ErrorCode::Required));
    }
}
