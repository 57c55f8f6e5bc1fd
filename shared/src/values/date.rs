//! Dates as people type them: day, month and year in three boxes (the GOV.UK date pattern), with
//! month names accepted in Kazakh, Russian and English.

use time::{Date, Month};

use crate::error::ErrorCode;
use crate::lang::Lang;

/// The earliest year any form accepts; archives hold records from the 19th century on.
pub const MIN_YEAR: i32 = 1800;
/// The latest year any form accepts.
pub const MAX_YEAR: i32 = 2200;

const MONTH_NAMES: [[&str; 3]; 12] = [
    ["қаңтар", "январь", "january"],
    ["ақпан", "февраль", "february"],
    ["наурыз", "март", "march"],
    ["сәуір", "апрель", "april"],
    ["мамыр", "май", "may"],
    ["маусым", "июнь", "june"],
    ["шілде", "июль", "july"],
    ["тамыз", "август", "august"],
    ["қыркүйек", "сентябрь", "september"],
    ["қазан", "октябрь", "october"],
    ["қараша", "ноябрь", "november"],
    ["желтоқсан", "декабрь", "december"],
];

/// Russian month names in the genitive case, as dates are written ("27 марта 2007").
const RU_GENITIVE: [&str; 12] = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
];

fn parse_month(raw: &str) -> Option<u8> {
    let s = raw.trim().trim_end_matches('.').to_lowercase();
    if let Ok(n) = s.parse::<u8>() {
        return (1..=12).contains(&n).then_some(n);
    }
    if s.chars().count() < 3 {
        return None;
    }
    for (i, names) in MONTH_NAMES.iter().enumerate() {
        let matches = names.iter().any(|n| n.starts_with(&s)) || RU_GENITIVE[i].starts_with(&s);
        if matches {
            return Some(i as u8 + 1);
        }
    }
    None
}

fn parse_number(raw: &str) -> Option<i32> {
    let s = raw.trim();
    if s.is_empty() || s.len() > 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// Parses a year typed on its own.
pub fn parse_year(raw: &str) -> Result<i32, ErrorCode> {
    if raw.trim().is_empty() {
        return Err(ErrorCode::Required);
    }
    let year = parse_number(raw).ok_or(ErrorCode::YearFormat)?;
    if raw.trim().len() != 4 || !(MIN_YEAR..=MAX_YEAR).contains(&year) {
        return Err(ErrorCode::YearFormat);
    }
    Ok(year)
}

/// Parses a date from its three boxes, reporting the most useful problem first: nothing entered,
/// a missing part, then an impossible date.
pub fn parse_date_parts(day: &str, month: &str, year: &str) -> Result<Date, ErrorCode> {
    let parts = [day.trim(), month.trim(), year.trim()];
    if parts.iter().all(|p| p.is_empty()) {
        return Err(ErrorCode::Required);
    }
    if parts[0].is_empty() {
        return Err(ErrorCode::DateMissingDay);
    }
    if parts[1].is_empty() {
        return Err(ErrorCode::DateMissingMonth);
    }
    if parts[2].is_empty() {
        return Err(ErrorCode::DateMissingYear);
    }
    let d = parse_number(day).ok_or(ErrorCode::DateInvalid)?;
    let m = parse_month(month).ok_or(ErrorCode::DateInvalid)?;
    let y = parse_number(year).ok_or(ErrorCode::DateInvalid)?;
    if parts[2].len() != 4 || !(MIN_YEAR..=MAX_YEAR).contains(&y) {
        return Err(ErrorCode::DateYearFourDigits);
    }
    let month = Month::try_from(m).map_err(|_| ErrorCode::DateInvalid)?;
    let day = u8::try_from(d).map_err(|_| ErrorCode::DateInvalid)?;
    Date::from_calendar_date(y, month, day).map_err(|_| ErrorCode::DateInvalid)
}

/// A date written out for people: "27 наурыз 2007 ж.", "27 марта 2007 г.", "27 March 2007".
pub fn format_date(date: Date, lang: Lang) -> String {
    let m = usize::from(u8::from(date.month())) - 1;
    match lang {
        Lang::Kk => format!("{} ж. {} {}", date.year(), date.day(), MONTH_NAMES[m][0]),
        Lang::Ru => format!("{} {} {} г.", date.day(), RU_GENITIVE[m], date.year()),
        Lang::En => {
            let name = MONTH_NAMES[m][2];
            let mut chars = name.chars();
            let first = chars.next().map(|c| c.to_ascii_uppercase()).unwrap_or_default();
            format!("{} {first}{} {}", date.day(), chars.as_str(), date.year())
        }
    }
}

/// A date in ISO 8601 form (`2007-03-27`), the form stored and exchanged.
pub fn iso(date: Date) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), u8::from(date.month()), date.day())
}

/// Parses an ISO 8601 calendar date (`2007-03-27`).
pub fn parse_iso(raw: &str) -> Option<Date> {
    let mut it = raw.trim().splitn(3, '-');
    let y: i32 = it.next()?.parse().ok()?;
    let m: u8 = it.next()?.parse().ok()?;
    let d: u8 = it.next()?.parse().ok()?;
    Date::from_calendar_date(y, Month::try_from(m).ok()?, d).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn month_names_and_abbreviations_are_accepted_in_three_languages() {
        let want = Date::from_calendar_date(2007, Month::March, 27).unwrap();
        for m in ["3", "03", "mar", "March", "наурыз", "мар", "марта", "Март."] {
            assert_eq!(parse_date_parts("27", m, "2007"), Ok(want), "{m}");
        }
    }

    #[test]
    fn missing_parts_are_reported_before_impossible_dates() {
        assert_eq!(parse_date_parts("", "", ""), Err(ErrorCode::Required));
        assert_eq!(parse_date_parts("", "3", "2007"), Err(ErrorCode::DateMissingDay));
        assert_eq!(parse_date_parts("31", "", "x"), Err(ErrorCode::DateMissingMonth));
        assert_eq!(parse_date_parts("31", "2", ""), Err(ErrorCode::DateMissingYear));
        assert_eq!(parse_date_parts("31", "2", "2007"), Err(ErrorCode::DateInvalid));
        assert_eq!(parse_date_parts("1", "2", "07"), Err(ErrorCode::DateYearFourDigits));
    }

    #[test]
    fn dates_are_written_in_each_language() {
        let d = Date::from_calendar_date(2007, Month::March, 27).unwrap();
        assert_eq!(format_date(d, Lang::En), "27 March 2007");
        assert_eq!(format_date(d, Lang::Ru), "27 марта 2007 г.");
        assert_eq!(format_date(d, Lang::Kk), "2007 ж. 27 наурыз");
        assert_eq!(parse_iso(&iso(d)), Some(d));
    }
}
