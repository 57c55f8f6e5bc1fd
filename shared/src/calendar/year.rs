//! One year's days off, looked up from the data table or computed by the rules, and a cursor that
//! keeps the current year while walking day by day.

use time::Date;

use super::DayOff;
use super::rules::{days_off, fixed_religious_days, is_weekend, law_holidays};
use super::table::{self, TRANSFERS};

/// The days off of one year other than plain weekends, each with its source act.
struct YearDays {
    year: i32,
    days: Vec<(Date, DayOff, &'static str)>,
}

impl YearDays {
    fn of(year: i32) -> YearDays {
        let days = match table::year_table(year) {
            Some(entries) => entries.iter().map(|e| (e.date, e.day_off, e.source)).collect(),
            None => days_off(&law_holidays(year), &fixed_religious_days(year))
                .into_iter()
                .map(|(d, off)| (d, off, table::rule_source(d, off)))
                .collect(),
        };
        YearDays { year, days }
    }

    /// Why `d` (a day of this year) is off, and the act that says so; `None` on a working day.
    ///
    /// Transfers come first, since they turn a weekend day into a working day; then the table (or the
    /// rules); then the weekend.
    fn lookup(&self, d: Date) -> Option<(DayOff, &'static str)> {
        for transfer in TRANSFERS {
            if transfer.worked == d {
                return None;
            }
            if transfer.day_off == d {
                return Some((DayOff::Transfer { worked: transfer.worked }, transfer.source));
            }
        }
        if let Some(&(_, off, source)) = self.days.iter().find(|(day, _, _)| *day == d) {
            return Some((off, source));
        }
        is_weekend(d).then_some((DayOff::Weekend, table::WEEKEND))
    }
}

/// Walks the calendar, building each year's days off once rather than once per day.
#[derive(Default)]
pub(super) struct Cursor {
    year: Option<YearDays>,
}

impl Cursor {
    /// Why `d` is off and the act that says so; `None` on a working day.
    pub(super) fn lookup(&mut self, d: Date) -> Option<(DayOff, &'static str)> {
        let year = match self.year.take() {
            Some(y) if y.year == d.year() => y,
            _ => YearDays::of(d.year()),
        };
        let found = year.lookup(d);
        self.year = Some(year);
        found
    }

    pub(super) fn is_working(&mut self, d: Date) -> bool {
        self.lookup(d).is_none()
    }

    /// The first working day strictly after `d`, or the last representable date if there is none.
    pub(super) fn next_working_day(&mut self, d: Date) -> Date {
        let mut day = d;
        while let Some(next) = day.next_day() {
            if self.is_working(next) {
                return next;
            }
            day = next;
        }
        Date::MAX
    }

    /// `d` moved forward by `n` working days, stopping at the last representable date.
    pub(super) fn add_working_days(&mut self, d: Date, n: u32) -> Date {
        let mut day = d;
        for _ in 0..n {
            let next = self.next_working_day(day);
            if next == day {
                break;
            }
            day = next;
        }
        day
    }
}
