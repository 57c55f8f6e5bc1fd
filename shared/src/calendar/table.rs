//! The data table of non-working days of the five-day week, 2024–2027, with the source act of each
//! entry (standards.md §12.2–12.3: "keep a data table … do not derive the year from a formula alone").
//!
//! Kurban ait and transfers are announced yearly and the holiday list itself changed in 2022 and
//! 2026, so a covered year is written out day by day. When a new year is announced, add its table
//! here and its range to [`COVERED_YEARS`].

use std::ops::RangeInclusive;

use time::Date;
use time::macros::date;

use super::DayOff;
use super::holidays::{Holiday, Holiday::*, ReligiousDay};

/// The years the data table covers. Other years use the rules alone (no Kurban ait, no transfers).
pub(super) const COVERED_YEARS: RangeInclusive<i32> = 2024..=2027;

/// A non-working day of a covered year and the act that makes it one.
#[derive(Debug, Clone, Copy)]
pub(super) struct Entry {
    pub date: Date,
    pub day_off: DayOff,
    pub source: &'static str,
}

/// A transfer of a day off "for rational use of working time" (Labour Code art. 85 p.3): a weekend
/// day that is worked and a weekday that is off instead. Five-day week only.
#[derive(Debug, Clone, Copy)]
pub(super) struct Transfer {
    pub worked: Date,
    pub day_off: Date,
    pub source: &'static str,
}

pub(super) const WEEKEND: &str =
    "Labour Code of RK, art. 84: two days off a week (Saturday, Sunday) in the five-day week";
pub(super) const LAW: &str = "Law of RK «О праздниках в Республике Казахстан» 13.12.2001 No. 267-II, art. 5";
pub(super) const REPUBLIC: &str = "Law of RK of 29.09.2022 on cinematography, culture and holidays, amending Law No. 267-II \
     art. 5: 25 October, Republic Day";
pub(super) const MOVED: &str = "Law of RK No. 267-II: a holiday that falls on a day off gives a day off on the next \
     working day";
pub(super) const CHRISTMAS: &str = "Labour Code of RK, art. 84 p.5: 7 January, Orthodox Christmas (never moved)";
pub(super) const CONSTITUTION_2027: &str = "New Constitution adopted at the referendum of 15.03.2026: Constitution Day \
     on 15 March from 2027, none in 2026 (MLSP, taspanews.kz 18.03.2026; confirm with the amended Law No. 267-II)";
const KURBAN_2024: &str = "Labour Code of RK, art. 84 p.5: first day of Kurban ait, 16.06.2024 (never moved)";
const KURBAN_2025: &str = "Labour Code of RK, art. 84 p.5: first day of Kurban ait, 06.06.2025 (standards.md §12.2)";
const KURBAN_2026: &str = "Labour Code of RK, art. 84 p.5: first day of Kurban ait, 27.05.2026 (alau.kz calendar 2026)";

/// Every transfer in force in the covered years.
pub(super) const TRANSFERS: &[Transfer] = &[
    Transfer {
        worked: date!(2024 - 05 - 04),
        day_off: date!(2024 - 05 - 08),
        source: "Order of the Minister of Labour and Social Protection of RK (2024): Saturday 4 May 2024 worked, \
                 Wednesday 8 May 2024 off (standards.md §12.1)",
    },
    Transfer {
        worked: date!(2025 - 01 - 05),
        day_off: date!(2025 - 01 - 03),
        source: "Order of the Minister of Labour and Social Protection of RK of 21.11.2024: Sunday 5 January 2025 \
                 worked, Friday 3 January 2025 off",
    },
];

const fn holiday(date: Date, holiday: Holiday) -> Entry {
    Entry { date, day_off: DayOff::Holiday(holiday), source: LAW }
}

const fn republic_day(date: Date) -> Entry {
    Entry { date, day_off: DayOff::Holiday(Republic), source: REPUBLIC }
}

const fn moved(date: Date, holiday: Holiday, from: Date) -> Entry {
    Entry { date, day_off: DayOff::MovedHoliday { holiday, from }, source: MOVED }
}

const fn christmas(date: Date) -> Entry {
    Entry { date, day_off: DayOff::Religious(ReligiousDay::OrthodoxChristmas), source: CHRISTMAS }
}

const fn kurban_ait(date: Date, source: &'static str) -> Entry {
    Entry { date, day_off: DayOff::Religious(ReligiousDay::KurbanAit), source }
}

const Y2024: &[Entry] = &[
    holiday(date!(2024 - 01 - 01), NewYear),
    holiday(date!(2024 - 01 - 02), NewYear),
    christmas(date!(2024 - 01 - 07)),
    holiday(date!(2024 - 03 - 08), WomensDay),
    holiday(date!(2024 - 03 - 21), Nauryz),
    holiday(date!(2024 - 03 - 22), Nauryz),
    holiday(date!(2024 - 03 - 23), Nauryz),
    moved(date!(2024 - 03 - 25), Nauryz, date!(2024 - 03 - 23)),
    holiday(date!(2024 - 05 - 01), Unity),
    holiday(date!(2024 - 05 - 07), Defender),
    holiday(date!(2024 - 05 - 09), Victory),
    kurban_ait(date!(2024 - 06 - 16), KURBAN_2024),
    holiday(date!(2024 - 07 - 06), Capital),
    moved(date!(2024 - 07 - 08), Capital, date!(2024 - 07 - 06)),
    holiday(date!(2024 - 08 - 30), Constitution),
    republic_day(date!(2024 - 10 - 25)),
    holiday(date!(2024 - 12 - 16), Independence),
];

const Y2025: &[Entry] = &[
    holiday(date!(2025 - 01 - 01), NewYear),
    holiday(date!(2025 - 01 - 02), NewYear),
    christmas(date!(2025 - 01 - 07)),
    holiday(date!(2025 - 03 - 08), WomensDay),
    moved(date!(2025 - 03 - 10), WomensDay, date!(2025 - 03 - 08)),
    holiday(date!(2025 - 03 - 21), Nauryz),
    holiday(date!(2025 - 03 - 22), Nauryz),
    holiday(date!(2025 - 03 - 23), Nauryz),
    moved(date!(2025 - 03 - 24), Nauryz, date!(2025 - 03 - 22)),
    moved(date!(2025 - 03 - 25), Nauryz, date!(2025 - 03 - 23)),
    holiday(date!(2025 - 05 - 01), Unity),
    holiday(date!(2025 - 05 - 07), Defender),
    holiday(date!(2025 - 05 - 09), Victory),
    kurban_ait(date!(2025 - 06 - 06), KURBAN_2025),
    holiday(date!(2025 - 07 - 06), Capital),
    moved(date!(2025 - 07 - 07), Capital, date!(2025 - 07 - 06)),
    holiday(date!(2025 - 08 - 30), Constitution),
    moved(date!(2025 - 09 - 01), Constitution, date!(2025 - 08 - 30)),
    republic_day(date!(2025 - 10 - 25)),
    moved(date!(2025 - 10 - 27), Republic, date!(2025 - 10 - 25)),
    holiday(date!(2025 - 12 - 16), Independence),
];

/// 2026: 30 August is no longer Constitution Day, so neither it nor 31 August is a day off, although
/// calendars published before March 2026 show 31 August (MLSP, taspanews.kz 18.03.2026).
const Y2026: &[Entry] = &[
    holiday(date!(2026 - 01 - 01), NewYear),
    holiday(date!(2026 - 01 - 02), NewYear),
    christmas(date!(2026 - 01 - 07)),
    holiday(date!(2026 - 03 - 08), WomensDay),
    moved(date!(2026 - 03 - 09), WomensDay, date!(2026 - 03 - 08)),
    holiday(date!(2026 - 03 - 21), Nauryz),
    holiday(date!(2026 - 03 - 22), Nauryz),
    holiday(date!(2026 - 03 - 23), Nauryz),
    moved(date!(2026 - 03 - 24), Nauryz, date!(2026 - 03 - 21)),
    moved(date!(2026 - 03 - 25), Nauryz, date!(2026 - 03 - 22)),
    holiday(date!(2026 - 05 - 01), Unity),
    holiday(date!(2026 - 05 - 07), Defender),
    holiday(date!(2026 - 05 - 09), Victory),
    moved(date!(2026 - 05 - 11), Victory, date!(2026 - 05 - 09)),
    kurban_ait(date!(2026 - 05 - 27), KURBAN_2026),
    holiday(date!(2026 - 07 - 06), Capital),
    republic_day(date!(2026 - 10 - 25)),
    moved(date!(2026 - 10 - 26), Republic, date!(2026 - 10 - 25)),
    holiday(date!(2026 - 12 - 16), Independence),
];

/// 2027, provisional. The date of Kurban ait 2027 has not been announced (about mid-May 2027,
/// standards.md §12.2), so it is left out rather than guessed; add it here when it is announced.
const Y2027: &[Entry] = &[
    holiday(date!(2027 - 01 - 01), NewYear),
    holiday(date!(2027 - 01 - 02), NewYear),
    moved(date!(2027 - 01 - 04), NewYear, date!(2027 - 01 - 02)),
    christmas(date!(2027 - 01 - 07)),
    holiday(date!(2027 - 03 - 08), WomensDay),
    Entry { date: date!(2027 - 03 - 15), day_off: DayOff::Holiday(Constitution), source: CONSTITUTION_2027 },
    holiday(date!(2027 - 03 - 21), Nauryz),
    holiday(date!(2027 - 03 - 22), Nauryz),
    holiday(date!(2027 - 03 - 23), Nauryz),
    moved(date!(2027 - 03 - 24), Nauryz, date!(2027 - 03 - 21)),
    holiday(date!(2027 - 05 - 01), Unity),
    moved(date!(2027 - 05 - 03), Unity, date!(2027 - 05 - 01)),
    holiday(date!(2027 - 05 - 07), Defender),
    holiday(date!(2027 - 05 - 09), Victory),
    moved(date!(2027 - 05 - 10), Victory, date!(2027 - 05 - 09)),
    holiday(date!(2027 - 07 - 06), Capital),
    republic_day(date!(2027 - 10 - 25)),
    holiday(date!(2027 - 12 - 16), Independence),
];

/// The table of a covered year, or `None` outside [`COVERED_YEARS`].
pub(super) fn year_table(year: i32) -> Option<&'static [Entry]> {
    match year {
        2024 => Some(Y2024),
        2025 => Some(Y2025),
        2026 => Some(Y2026),
        2027 => Some(Y2027),
        _ => None,
    }
}

/// The source act of a day off computed by the rules for a year outside the table.
pub(super) fn rule_source(date: Date, day_off: DayOff) -> &'static str {
    match day_off {
        DayOff::Weekend => WEEKEND,
        DayOff::Holiday(Republic) => REPUBLIC,
        DayOff::Holiday(Constitution) if date.year() >= 2027 => CONSTITUTION_2027,
        DayOff::Holiday(_) => LAW,
        DayOff::MovedHoliday { .. } => MOVED,
        DayOff::Religious(ReligiousDay::OrthodoxChristmas) => CHRISTMAS,
        DayOff::Religious(ReligiousDay::KurbanAit) => "Labour Code of RK, art. 84 p.5: first day of Kurban ait",
        DayOff::Transfer { .. } => "Labour Code of RK, art. 85 p.3: transfer of a day off",
    }
}
