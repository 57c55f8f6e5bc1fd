//! Numbers people type: whole numbers (counts, areas) and sums of money in tenge.

use serde::{Deserialize, Serialize};

use crate::error::ErrorCode;

/// Strips the separators people put into numbers: spaces (also non-breaking), apostrophes, and
/// a thousands separator.
fn compact(raw: &str) -> String {
    raw.chars().filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\'' | '’' | '_')).collect()
}

/// Parses a whole number within `min..=max`.
pub fn parse_whole(raw: &str, min: i64, max: i64) -> Result<i64, ErrorCode> {
    let s = compact(raw.trim());
    if s.is_empty() {
        return Err(ErrorCode::Required);
    }
    let digits = s.strip_prefix('-').unwrap_or(&s);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) || digits.len() > 15 {
        return Err(ErrorCode::NumberFormat);
    }
    let n: i64 = s.parse().map_err(|_| ErrorCode::NumberFormat)?;
    if n < min {
        return Err(ErrorCode::NumberTooSmall);
    }
    if n > max {
        return Err(ErrorCode::NumberTooLarge);
    }
    Ok(n)
}

/// A sum of money in tiyn (1/100 tenge), never negative.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Tenge(pub i64);

impl Tenge {
    /// Parses "1 250 000", "1250000,50", "1 250 000.5 ₸" up to `max_tenge`.
    pub fn parse(raw: &str, max_tenge: i64) -> Result<Tenge, ErrorCode> {
        let mut s = compact(raw.trim());
        for suffix in ["₸", "тг", "тенге", "теңге", "KZT", "kzt"] {
            if let Some(rest) = s.strip_suffix(suffix) {
                s = rest.to_owned();
            }
        }
        if s.is_empty() {
            return Err(ErrorCode::Required);
        }
        let (whole, frac) = match s.find([',', '.']) {
            Some(i) => (&s[..i], &s[i + 1..]),
            None => (&s[..], ""),
        };
        let ok = !whole.is_empty()
            && whole.len() <= 13
            && whole.bytes().all(|b| b.is_ascii_digit())
            && frac.len() <= 2
            && frac.bytes().all(|b| b.is_ascii_digit());
        if !ok {
            return Err(ErrorCode::MoneyFormat);
        }
        let whole: i64 = whole.parse().map_err(|_| ErrorCode::MoneyFormat)?;
        let frac: i64 =
            if frac.is_empty() { 0 } else { format!("{frac:0<2}").parse().map_err(|_| ErrorCode::MoneyFormat)? };
        if whole > max_tenge {
            return Err(ErrorCode::NumberTooLarge);
        }
        Ok(Tenge(whole * 100 + frac))
    }

    /// "1 250 000,50 ₸".
    pub fn display(self) -> String {
        let whole = (self.0 / 100).to_string();
        let mut grouped = String::new();
        for (i, c) in whole.chars().enumerate() {
            if i > 0 && (whole.len() - i).is_multiple_of(3) {
                grouped.push('\u{a0}');
            }
            grouped.push(c);
        }
        match self.0 % 100 {
            0 => format!("{grouped} ₸"),
            f => format!("{grouped},{f:02} ₸"),
        }
    }

    /// The stored form: tiyn as a decimal string.
    pub fn stored(self) -> String {
        self.0.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_numbers_accept_spaces_and_respect_limits() {
        assert_eq!(parse_whole("1 250", 0, 10_000), Ok(1250));
        assert_eq!(parse_whole("-3", 0, 10), Err(ErrorCode::NumberTooSmall));
        assert_eq!(parse_whole("11", 0, 10), Err(ErrorCode::NumberTooLarge));
        assert_eq!(parse_whole("1.5", 0, 10), Err(ErrorCode::NumberFormat));
        assert_eq!(parse_whole("", 0, 10), Err(ErrorCode::Required));
    }

    #[test]
    fn sums_of_money_are_read_the_ways_people_write_them() {
        assert_eq!(Tenge::parse("1 250 000", 10_000_000), Ok(Tenge(125_000_000)));
        assert_eq!(Tenge::parse("1250000,5", 10_000_000), Ok(Tenge(125_000_050)));
        assert_eq!(Tenge::parse("99.99 ₸", 100), Ok(Tenge(9_999)));
        assert_eq!(Tenge::parse("1,234", 100), Err(ErrorCode::MoneyFormat));
        assert_eq!(Tenge::parse("-5", 100), Err(ErrorCode::MoneyFormat));
        assert_eq!(Tenge::parse("101", 100), Err(ErrorCode::NumberTooLarge));
    }

    #[test]
    fn money_is_written_with_grouped_thousands() {
        assert_eq!(Tenge(125_000_050).display(), "1\u{a0}250\u{a0}000,50 ₸");
        assert_eq!(Tenge(100).display(), "1 ₸");
    }
}
