//! The working-day calendar of Kazakhstan and due dates of legal terms.
//!
//! Service terms are counted in working days of the five-day week (standards.md §11.3), so the
//! portal, the back office and the receipt must agree on which days are off. The rules (standards.md
//! §12):
//!
//! - Saturday and Sunday are days off (five-day week only; the six-day week has its own calendar and
//!   is not modelled).
//! - The holidays of the Law «О праздниках в РК» (No. 267-II, art. 5) are days off: 1–2 Jan, 8 Mar,
//!   21–23 Mar, 1 May, 7 May, 9 May, 6 Jul, 30 Aug (until 2025; none in 2026; 15 Mar from 2027),
//!   25 Oct (since 2022), 16 Dec. One that falls on a Saturday or Sunday gives a day off on the next
//!   working day ([`DayOff::MovedHoliday`]).
//! - 7 January and the first day of Kurban ait are days off under the Labour Code (art. 84 p.5) and
//!   are never moved.
//! - Ministerial transfers swap a weekend day (worked) with a weekday (off).
//!
//! Years 2024–2027 come from a data table with the source act of each day ([`day_off_source`]); the
//! date of Kurban ait 2027 is not yet announced and is missing until it is. Any other year is
//! computed from the weekend, the holiday list and the moving rule alone: no Kurban ait and no
//! transfers, and years before 2022 use the 2022 holiday list. No date makes these functions panic;
//! at the last representable date they stop rather than overflow.

mod due;
mod holidays;
mod rules;
mod table;
mod year;

#[cfg(test)]
mod props;
#[cfg(test)]
mod tests;

use time::Date;

use crate::lang::Text;

pub use due::{Due, WORKDAY_END, WORKDAY_START, due, effective_acceptance};
pub use holidays::{Holiday, ReligiousDay};

/// Why a day is not a working day, so that a calendar or a due-date explanation can say why.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DayOff {
    /// Saturday or Sunday.
    Weekend,
    /// A holiday under the Law on holidays, on its own date.
    Holiday(Holiday),
    /// The day off given because `holiday` fell on a weekend day, `from`.
    MovedHoliday { holiday: Holiday, from: Date },
    /// Orthodox Christmas or Kurban ait (Labour Code art. 84 p.5).
    Religious(ReligiousDay),
    /// A day off transferred by a ministerial order; `worked` is the weekend day worked instead.
    Transfer { worked: Date },
}

impl DayOff {
    /// Every kind of day off, one example each, so that tests can check every label.
    pub const KINDS: [DayOff; 5] = [
        DayOff::Weekend,
        DayOff::Holiday(Holiday::NewYear),
        DayOff::MovedHoliday { holiday: Holiday::NewYear, from: Date::MIN },
        DayOff::Religious(ReligiousDay::OrthodoxChristmas),
        DayOff::Transfer { worked: Date::MIN },
    ];

    /// What kind of day off this is, as a calendar legend shows it.
    pub const fn label(self) -> Text {
        match self {
            DayOff::Weekend => Text::new("Демалыс күні", "Выходной день", "Weekend"),
            DayOff::Holiday(_) => Text::new("Мереке күні", "Праздничный день", "Public holiday"),
            DayOff::MovedHoliday { .. } => Text::new(
                "Демалыс күніне сәйкес келген мереке орнына берілетін демалыс күні",
                "Выходной день вместо праздника, совпавшего с выходным",
                "Day off in place of a holiday that fell on a weekend",
            ),
            DayOff::Religious(_) => Text::new(
                "Діни мереке, демалыс күні",
                "Религиозный праздник, выходной день",
                "Religious holiday, day off",
            ),
            DayOff::Transfer { .. } => Text::new(
                "Ауыстырылған демалыс күні",
                "Перенесённый выходной день",
                "Day off transferred from a weekend day",
            ),
        }
    }

    /// The name of the holiday behind this day off, if there is one.
    pub const fn name(self) -> Option<Text> {
        match self {
            DayOff::Holiday(h) | DayOff::MovedHoliday { holiday: h, .. } => Some(h.name()),
            DayOff::Religious(r) => Some(r.name()),
            DayOff::Weekend | DayOff::Transfer { .. } => None,
        }
    }
}

/// Whether `d` is a working day of the five-day week; terms are counted in these days.
pub fn is_working_day(d: Date) -> bool {
    day_off_reason(d).is_none()
}

/// The first working day strictly after `d`: where a term starts when the acceptance day does not
/// count, and where one that ends on a day off ends instead. Returns `Date::MAX` if no later date
/// exists.
pub fn next_working_day(d: Date) -> Date {
    year::Cursor::default().next_working_day(d)
}

/// `d` moved forward by `n` working days; `d` itself need not be a working day, and `n = 0` gives `d`.
/// Stops at `Date::MAX`.
pub fn add_working_days(d: Date, n: u32) -> Date {
    year::Cursor::default().add_working_days(d, n)
}

/// Why `d` is off, for display; `None` on a working day (including a weekend day worked by transfer).
pub fn day_off_reason(d: Date) -> Option<DayOff> {
    year::Cursor::default().lookup(d).map(|(off, _)| off)
}

/// The act that makes `d` a day off (law, code article or ministerial order), for audit; `None` on a
/// working day.
pub fn day_off_source(d: Date) -> Option<&'static str> {
    year::Cursor::default().lookup(d).map(|(_, source)| source)
}

/// Whether `year` comes from the data table (announced days off) rather than from the rules alone,
/// so that a calendar can mark other years as provisional. 2027 is covered but lacks Kurban ait.
pub fn is_covered_year(year: i32) -> bool {
    table::COVERED_YEARS.contains(&year)
}
