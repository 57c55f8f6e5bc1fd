//! Individual and business identification numbers (ЖСН/ИИН, БСН/БИН).
//!
//! Layout and check digit per the national registers of identification numbers: 12 digits; the
//! 12th is Σ dᵢ·i (i = 1..11) mod 11, recomputed with weights 3,4,…,11,1,2 when the first sum gives
//! 10; a second 10 means the number cannot exist.

use serde::{Deserialize, Serialize};
use time::{Date, Month};

use crate::error::ErrorCode;

const WEIGHTS_1: [u32; 11] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const WEIGHTS_2: [u32; 11] = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

/// Strips the characters people and dictation software put inside numbers.
pub(crate) fn digits_only(raw: &str) -> String {
    raw.chars()
        .filter(|c| !(c.is_whitespace() || matches!(c, '-' | '‐' | '‑' | '–' | '—' | '\u{200b}' | '\u{feff}')))
        .collect()
}

/// Checks length, digits and the check digit of a 12-digit identification number.
fn check_12(raw: &str, length: ErrorCode, digits: ErrorCode, checksum: ErrorCode) -> Result<[u32; 12], ErrorCode> {
    let s = digits_only(raw);
    if s.is_empty() {
        return Err(ErrorCode::Required);
    }
    if !s.chars().all(|c| c.is_ascii_digit()) {
        return Err(digits);
    }
    if s.len() != 12 {
        return Err(length);
    }
    let mut d = [0u32; 12];
    for (i, c) in s.bytes().enumerate() {
        d[i] = u32::from(c - b'0');
    }
    let sum = |w: &[u32; 11]| d.iter().zip(w).map(|(a, b)| a * b).sum::<u32>() % 11;
    let mut control = sum(&WEIGHTS_1);
    if control == 10 {
        control = sum(&WEIGHTS_2);
        if control == 10 {
            return Err(checksum);
        }
    }
    if control != d[11] {
        return Err(checksum);
    }
    Ok(d)
}

/// Computes the check digit for 11 leading digits, or `None` when no valid number has them.
pub fn check_digit(first_11: &[u8; 11]) -> Option<u8> {
    let d: Vec<u32> = first_11.iter().map(|&x| u32::from(x)).collect();
    let sum = |w: &[u32; 11]| d.iter().zip(w).map(|(a, b)| a * b).sum::<u32>() % 11;
    let mut control = sum(&WEIGHTS_1);
    if control == 10 {
        control = sum(&WEIGHTS_2);
    }
    (control < 10).then_some(control as u8)
}

/// The sex encoded in the 7th digit of an IIN.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Sex {
    Male,
    Female,
}

/// An individual identification number (ЖСН / ИИН) that passed every check.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Iin(String);

impl Iin {
    /// Normalises (drops spaces and hyphens) and checks length, digits, date of birth, century digit
    /// and check digit.
    pub fn parse(raw: &str) -> Result<Iin, ErrorCode> {
        let d = check_12(raw, ErrorCode::IinLength, ErrorCode::IinDigits, ErrorCode::IinChecksum)?;
        let iin = Iin(d.iter().map(|x| char::from(b'0' + *x as u8)).collect());
        if iin.century_digit().is_none() || iin.birth_date().is_none() {
            return Err(ErrorCode::IinBirthDate);
        }
        Ok(iin)
    }

    /// The twelve digits.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    fn century_digit(&self) -> Option<u8> {
        let c = self.0.as_bytes()[6] - b'0';
        (1..=6).contains(&c).then_some(c)
    }

    /// The date of birth encoded in the first six digits and the 7th.
    pub fn birth_date(&self) -> Option<Date> {
        let b = self.0.as_bytes();
        let n = |i: usize| i32::from(b[i] - b'0');
        let yy = n(0) * 10 + n(1);
        let month = u8::try_from(n(2) * 10 + n(3)).ok()?;
        let day = u8::try_from(n(4) * 10 + n(5)).ok()?;
        let century = match self.century_digit()? {
            1 | 2 => 1800,
            3 | 4 => 1900,
            _ => 2000,
        };
        Date::from_calendar_date(century + yy, Month::try_from(month).ok()?, day).ok()
    }

    /// The sex encoded in the 7th digit.
    pub fn sex(&self) -> Sex {
        if self.0.as_bytes()[6] % 2 == 1 { Sex::Male } else { Sex::Female }
    }

    /// The number with only the last four digits visible, for screens that need no more.
    pub fn masked(&self) -> String {
        format!("••••••••{}", &self.0[8..])
    }
}

impl std::fmt::Debug for Iin {
    /// Personal data: `Debug` never prints the number.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Iin(…)")
    }
}

impl std::fmt::Display for Iin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for Iin {
    type Error = ErrorCode;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Iin::parse(&value)
    }
}

impl From<Iin> for String {
    fn from(value: Iin) -> Self {
        value.0
    }
}

/// A business identification number (БСН / БИН) that passed every check.
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Bin(String);

impl Bin {
    /// Normalises and checks length, digits, registration month, entity type digit and check digit.
    pub fn parse(raw: &str) -> Result<Bin, ErrorCode> {
        let d = check_12(raw, ErrorCode::BinLength, ErrorCode::BinDigits, ErrorCode::BinChecksum)?;
        let month = d[2] * 10 + d[3];
        if !(1..=12).contains(&month) || !(4..=6).contains(&d[4]) {
            return Err(ErrorCode::BinStructure);
        }
        Ok(Bin(d.iter().map(|x| char::from(b'0' + *x as u8)).collect()))
    }

    /// The twelve digits.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Bin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Bin({})", self.0)
    }
}

impl TryFrom<String> for Bin {
    type Error = ErrorCode;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Bin::parse(&value)
    }
}

impl From<Bin> for String {
    fn from(value: Bin) -> Self {
        value.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn with_check(prefix: &str) -> String {
        let mut d = [0u8; 11];
        for (i, c) in prefix.bytes().enumerate() {
            d[i] = c - b'0';
        }
        format!("{prefix}{}", check_digit(&d).expect("valid prefix"))
    }

    #[test]
    fn a_well_formed_iin_is_accepted_and_decoded() {
        let iin = Iin::parse(&with_check("90051530012")).unwrap();
        assert_eq!(iin.birth_date(), Date::from_calendar_date(1990, Month::May, 15).ok());
        assert_eq!(iin.sex(), Sex::Male);
    }

    #[test]
    fn spaces_and_hyphens_inside_an_iin_are_ignored() {
        let raw = with_check("85032140055");
        let spaced = format!("{} {}-{}", &raw[..4], &raw[4..8], &raw[8..]);
        assert_eq!(Iin::parse(&spaced).unwrap().as_str(), raw);
    }

    #[test]
    fn iin_with_wrong_checksum_is_rejected() {
        let good = with_check("90051530012");
        let last = good.as_bytes()[11] - b'0';
        let bad = format!("{}{}", &good[..11], (last + 1) % 10);
        assert_eq!(Iin::parse(&bad), Err(ErrorCode::IinChecksum));
    }

    #[test]
    fn iin_of_wrong_length_or_with_letters_is_rejected() {
        assert_eq!(Iin::parse("12345"), Err(ErrorCode::IinLength));
        assert_eq!(Iin::parse("9005153001a2"), Err(ErrorCode::IinDigits));
        assert_eq!(Iin::parse("   "), Err(ErrorCode::Required));
    }

    #[test]
    fn the_nca_test_iin_with_month_34_is_rejected() {
        assert!(Iin::parse("123456789011").is_err());
    }

    #[test]
    fn iin_with_impossible_birth_date_is_rejected() {
        assert_eq!(Iin::parse(&with_check("90023130012")), Err(ErrorCode::IinBirthDate));
        assert_eq!(Iin::parse(&with_check("90051570012")), Err(ErrorCode::IinBirthDate));
    }

    #[test]
    fn debug_output_hides_the_number() {
        let iin = Iin::parse(&with_check("90051530012")).unwrap();
        assert!(!format!("{iin:?}").contains("9005"));
    }

    #[test]
    fn a_well_formed_bin_is_accepted() {
        let bin = with_check("08014000123");
        assert!(Bin::parse(&bin).is_ok());
        assert_eq!(Bin::parse(&with_check("08134000123")), Err(ErrorCode::BinStructure));
    }

    proptest! {
        #[test]
        fn parsing_never_panics(s in "\\PC{0,40}") {
            let _ = Iin::parse(&s);
            let _ = Bin::parse(&s);
        }

        /// The 11th digit has weight 11 ≡ 0 (mod 11) in the first pass, so the algorithm cannot see a
        /// change there; every other single-digit change is caught.
        #[test]
        fn changing_one_digit_other_than_the_eleventh_breaks_a_valid_iin(
            pos in prop_oneof![0usize..10, Just(11usize)],
            delta in 1u8..10,
        ) {
            let good = with_check("90051530012");
            let mut b = good.into_bytes();
            b[pos] = b'0' + (b[pos] - b'0' + delta) % 10;
            let s = String::from_utf8(b).unwrap();
            prop_assert!(Iin::parse(&s).is_err());
        }
    }
}
