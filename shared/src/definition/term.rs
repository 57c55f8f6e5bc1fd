//! Legal terms (сроки) of processing.

use serde::{Deserialize, Serialize};

/// The unit a legal term is counted in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TermUnit {
    Minutes,
    Hours,
    /// Working days of the five-day week, skipping public holidays and days off moved by law.
    WorkingDays,
    /// Calendar days; a term ending on a day off ends on the next working day.
    CalendarDays,
}

/// A legal term: how long a step or the whole service may take.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Term {
    pub amount: u32,
    pub unit: TermUnit,
    /// Whether the day of acceptance counts as the first day. Most regulations say it does not
    /// when the application is accepted at a service centre.
    pub acceptance_day_counts: bool,
}

impl Term {
    /// A term in working days, the day of acceptance not counted.
    pub const fn working_days(amount: u32) -> Term {
        Term { amount, unit: TermUnit::WorkingDays, acceptance_day_counts: false }
    }

    /// A term in calendar days, the day of acceptance not counted.
    pub const fn calendar_days(amount: u32) -> Term {
        Term { amount, unit: TermUnit::CalendarDays, acceptance_day_counts: false }
    }

    /// A term in minutes.
    pub const fn minutes(amount: u32) -> Term {
        Term { amount, unit: TermUnit::Minutes, acceptance_day_counts: true }
    }

    /// A term in hours.
    pub const fn hours(amount: u32) -> Term {
        Term { amount, unit: TermUnit::Hours, acceptance_day_counts: true }
    }
}
