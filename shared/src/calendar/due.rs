//! The due moment of a legal term, counted from the moment an application is accepted.
//!
//! All times are local Kazakhstan time (UTC+5); the caller converts, since this crate has no clock.

use time::macros::time;
use time::{Date, Duration, PrimitiveDateTime, Time};

use super::year::Cursor;
use crate::definition::{Term, TermUnit};

/// Start of the provider's working day: Mon–Fri 9:00–18:30 (standards.md §11.3, working hours).
pub const WORKDAY_START: Time = time!(09:00);

/// End of the provider's working day (standards.md §11.3). The lunch break (13:00–14:30) is not
/// deducted: minute and hour terms belong to automated portal services, which do not stop for lunch.
pub const WORKDAY_END: Time = time!(18:30);

/// When a term ends: the receipt's «дата выдачи результата» and the deadline the back office is
/// measured against.
///
/// Ordered by date, then time; day terms have no time and end with the working day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Due {
    /// The last day of the term, always a working day.
    pub date: Date,
    /// The moment within working hours on `date`; only for minute and hour terms.
    pub time: Option<Time>,
}

/// The moment from which a term runs, given the moment the application was accepted.
///
/// An application made after working hours, on a day off or on a holiday is accepted on the next
/// working day (standard wording: «в случае обращения после окончания рабочего времени, в выходные и
/// праздничные дни … прием заявления … осуществляется следующим рабочим днем», standards.md §11.3),
/// taken here as 09:00 of that day. One made before 09:00 on a working day is not "after the end of
/// working time" of that day, so it counts from 09:00 the same day. 18:30 itself is after hours.
pub fn effective_acceptance(accepted: PrimitiveDateTime) -> PrimitiveDateTime {
    effective(&mut Cursor::default(), accepted)
}

fn effective(cal: &mut Cursor, accepted: PrimitiveDateTime) -> PrimitiveDateTime {
    let day = accepted.date();
    if cal.is_working(day) {
        if accepted.time() < WORKDAY_START {
            return PrimitiveDateTime::new(day, WORKDAY_START);
        }
        if accepted.time() < WORKDAY_END {
            return accepted;
        }
    }
    PrimitiveDateTime::new(cal.next_working_day(day), WORKDAY_START)
}

/// The due moment of a legal term for an application accepted at `accepted` (local time, UTC+5).
///
/// Counting starts from [`effective_acceptance`]; its day is the acceptance day below.
///
/// - **Working days** (the default unit, standards.md §11.3). When the acceptance day does not count
///   («день приема документов не входит в срок», standards.md §11.3, State Corporation), the term ends
///   on the n-th working day after the acceptance day. When it counts, the acceptance day is day 1,
///   so the term ends n − 1 working days after it.
/// - **Calendar days**: the acceptance day plus n calendar days (n − 1 when the acceptance day
///   counts); a term ending on a day off ends on the next working day (the Civil Code's rule on a
///   term ending on a non-working day, general part, calculation of terms; [`TermUnit::CalendarDays`]).
/// - **Minutes and hours**: added to the acceptance moment within working hours; what does not fit
///   before 18:30 carries over to 09:00 of the next working day (standards.md §12.3: "the result is
///   due within working hours"). `acceptance_day_counts` has no meaning for them and is ignored.
/// - **Zero**: a term of 0 (or of 1 when the acceptance day counts) ends on the acceptance day, at
///   the acceptance moment for minute and hour terms. So the result is never due before acceptance.
///
/// Counting stops at the last representable date instead of overflowing.
pub fn due(term: Term, accepted: PrimitiveDateTime) -> Due {
    let mut cal = Cursor::default();
    let start = effective(&mut cal, accepted);
    let days = if term.acceptance_day_counts { term.amount.saturating_sub(1) } else { term.amount };
    match term.unit {
        TermUnit::WorkingDays => Due { date: cal.add_working_days(start.date(), days), time: None },
        TermUnit::CalendarDays => {
            let end = start.date().checked_add(Duration::days(i64::from(days))).unwrap_or(Date::MAX);
            let date = if cal.is_working(end) { end } else { cal.next_working_day(end) };
            Due { date, time: None }
        }
        TermUnit::Minutes => add_working_time(&mut cal, start, Duration::minutes(i64::from(term.amount))),
        TermUnit::Hours => add_working_time(&mut cal, start, Duration::hours(i64::from(term.amount))),
    }
}

/// `start` (within working hours of a working day) moved forward by `length` of working time.
fn add_working_time(cal: &mut Cursor, start: PrimitiveDateTime, length: Duration) -> Due {
    let (mut date, mut at, mut left) = (start.date(), start.time(), length);
    loop {
        let available = WORKDAY_END - at;
        if left <= available {
            return Due { date, time: Some(at + left) };
        }
        let next = cal.next_working_day(date);
        if next == date {
            return Due { date, time: Some(WORKDAY_END) };
        }
        left -= available;
        (date, at) = (next, WORKDAY_START);
    }
}

#[cfg(test)]
mod tests {
    use time::macros::{date, datetime};

    use super::*;

    fn working_days_counting_acceptance(amount: u32) -> Term {
        Term { acceptance_day_counts: true, ..Term::working_days(amount) }
    }

    #[test]
    fn a_portal_application_on_saturday_counts_from_monday() {
        let saturday = datetime!(2025-11-15 11:00);
        assert_eq!(effective_acceptance(saturday), datetime!(2025-11-17 09:00));
        let monday = datetime!(2025-11-17 10:00);
        assert_eq!(due(Term::working_days(3), saturday), due(Term::working_days(3), monday));
        assert_eq!(due(Term::working_days(3), saturday), Due { date: date!(2025 - 11 - 20), time: None });
    }

    #[test]
    fn an_application_after_18_30_counts_from_the_next_working_day() {
        assert_eq!(effective_acceptance(datetime!(2025-11-14 18:30)), datetime!(2025-11-17 09:00));
        assert_eq!(effective_acceptance(datetime!(2025-11-14 18:29)), datetime!(2025-11-14 18:29));
    }

    #[test]
    fn an_application_before_9_00_counts_from_9_00_the_same_day() {
        assert_eq!(effective_acceptance(datetime!(2025-11-14 07:15)), datetime!(2025-11-14 09:00));
    }

    #[test]
    fn an_application_on_a_holiday_counts_from_the_next_working_day() {
        // Nauryz 2026: 21–25 March off.
        assert_eq!(effective_acceptance(datetime!(2026-03-23 10:00)), datetime!(2026-03-26 09:00));
    }

    #[test]
    fn a_working_day_term_skips_the_acceptance_day_at_a_service_centre() {
        // Accepted Thu 30 Apr 2026; 1 May (Fri) is a holiday: Mon 4, Tue 5, Wed 6 May.
        assert_eq!(due(Term::working_days(3), datetime!(2026-04-30 10:00)).date, date!(2026 - 05 - 06));
    }

    #[test]
    fn a_working_day_term_counting_the_acceptance_day_ends_one_day_earlier() {
        let term = working_days_counting_acceptance(3);
        assert_eq!(due(term, datetime!(2026-04-30 10:00)).date, date!(2026 - 05 - 05));
        assert_eq!(due(working_days_counting_acceptance(1), datetime!(2026-04-30 10:00)).date, date!(2026 - 04 - 30));
    }

    #[test]
    fn a_zero_term_ends_on_the_acceptance_day() {
        let saturday = datetime!(2025-11-15 11:00);
        assert_eq!(due(Term::working_days(0), saturday), Due { date: date!(2025 - 11 - 17), time: None });
        assert_eq!(due(Term::calendar_days(0), saturday).date, date!(2025 - 11 - 17));
        let monday = Due { date: date!(2025 - 11 - 17), time: Some(time!(09:00)) };
        assert_eq!(due(Term::minutes(0), saturday), monday);
    }

    #[test]
    fn a_calendar_day_term_ending_on_a_sunday_ends_on_monday() {
        // Accepted Fri 7 Nov 2025 + 15 days = Sat 22 Nov; a working Monday 24 Nov ends it.
        assert_eq!(due(Term::calendar_days(15), datetime!(2025-11-07 12:00)).date, date!(2025 - 11 - 24));
        // Accepted Mon 10 Nov 2025 + 6 days = Sun 16 Nov.
        assert_eq!(due(Term::calendar_days(6), datetime!(2025-11-10 12:00)).date, date!(2025 - 11 - 17));
    }

    #[test]
    fn a_calendar_day_term_ending_in_a_holiday_run_ends_after_it() {
        // Accepted Fri 13 Mar 2026 + 10 days = Mon 23 Mar, Nauryz; 24–25 Mar are moved days off.
        assert_eq!(due(Term::calendar_days(10), datetime!(2026-03-13 12:00)).date, date!(2026 - 03 - 26));
    }

    #[test]
    fn a_calendar_day_term_counting_the_acceptance_day_ends_one_day_earlier() {
        let term = Term { acceptance_day_counts: true, ..Term::calendar_days(15) };
        assert_eq!(due(term, datetime!(2025-11-10 12:00)).date, date!(2025 - 11 - 24));
    }

    #[test]
    fn a_minute_term_within_working_hours_ends_the_same_day() {
        let expected = Due { date: date!(2025 - 11 - 14), time: Some(time!(10:45)) };
        assert_eq!(due(Term::minutes(30), datetime!(2025-11-14 10:15)), expected);
    }

    #[test]
    fn a_minute_term_passing_18_30_carries_over_to_the_next_working_morning() {
        // Fri 18:10 + 30 min: 20 min on Friday, 10 min on Monday.
        let expected = Due { date: date!(2025 - 11 - 17), time: Some(time!(09:10)) };
        assert_eq!(due(Term::minutes(30), datetime!(2025-11-14 18:10)), expected);
    }

    #[test]
    fn a_minute_term_that_exactly_fills_the_day_ends_at_18_30() {
        let expected = Due { date: date!(2025 - 11 - 14), time: Some(WORKDAY_END) };
        assert_eq!(due(Term::minutes(20), datetime!(2025-11-14 18:10)), expected);
    }

    #[test]
    fn an_hour_term_spans_working_days_and_skips_holidays() {
        // Thu 30 Apr 2026 17:30 + 2 h: 1 h on Thursday, then Fri 1 May (holiday) and the weekend.
        let expected = Due { date: date!(2026 - 05 - 04), time: Some(time!(10:00)) };
        assert_eq!(due(Term::hours(2), datetime!(2026-04-30 17:30)), expected);
        // 20 h from Mon 09:00 = 9.5 h + 9.5 h + 1 h.
        let expected = Due { date: date!(2025 - 11 - 19), time: Some(time!(10:00)) };
        assert_eq!(due(Term::hours(20), datetime!(2025-11-17 09:00)), expected);
    }

    #[test]
    fn huge_terms_stop_at_the_last_representable_date() {
        let accepted = datetime!(2025-11-14 10:00);
        assert_eq!(due(Term::calendar_days(u32::MAX), accepted).date, Date::MAX);
        assert_eq!(due(Term::working_days(u32::MAX), accepted).date, Date::MAX);
        assert_eq!(due(Term::hours(u32::MAX), accepted).date, Date::MAX);
    }
}
