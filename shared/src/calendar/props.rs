//! Properties of the calendar and of due dates over 2023–2028 and over every representable date.

use proptest::prelude::*;
use time::{Date, PrimitiveDateTime, Time};

use super::*;
use crate::definition::{Term, TermUnit};

fn date_2023_to_2028() -> impl Strategy<Value = Date> {
    (2023i32..=2028, 1u16..=366).prop_filter_map("no 366th day", |(y, day)| Date::from_ordinal_date(y, day).ok())
}

fn any_date() -> impl Strategy<Value = Date> {
    (Date::MIN.to_julian_day()..=Date::MAX.to_julian_day()).prop_filter_map("valid", |j| Date::from_julian_day(j).ok())
}

fn accepted() -> impl Strategy<Value = PrimitiveDateTime> {
    (date_2023_to_2028(), 0u8..24, 0u8..60, 0u8..60).prop_filter_map("valid time", |(d, h, m, s)| {
        Time::from_hms(h, m, s).ok().map(|t| PrimitiveDateTime::new(d, t))
    })
}

fn unit() -> impl Strategy<Value = TermUnit> {
    prop_oneof![
        Just(TermUnit::Minutes),
        Just(TermUnit::Hours),
        Just(TermUnit::WorkingDays),
        Just(TermUnit::CalendarDays),
    ]
}

fn term() -> impl Strategy<Value = Term> {
    (0u32..200, unit(), any::<bool>()).prop_map(|(amount, unit, acceptance_day_counts)| Term {
        amount,
        unit,
        acceptance_day_counts,
    })
}

proptest! {
    #[test]
    fn a_due_date_is_never_a_day_off(term in term(), accepted in accepted()) {
        let due = due(term, accepted);
        prop_assert!(is_working_day(due.date), "{due:?} for {term:?} at {accepted}");
        prop_assert!(due.date >= effective_acceptance(accepted).date());
        if let Some(t) = due.time {
            prop_assert!((WORKDAY_START..=WORKDAY_END).contains(&t));
        }
    }

    #[test]
    fn a_longer_term_never_ends_earlier(
        a in 0u32..200, b in 0u32..200, unit in unit(), counts in any::<bool>(), accepted in accepted()
    ) {
        let (n, m) = (a.min(b), a.max(b));
        let term = |amount| Term { amount, unit, acceptance_day_counts: counts };
        prop_assert!(due(term(n), accepted) <= due(term(m), accepted));
    }

    #[test]
    fn a_later_acceptance_never_gives_an_earlier_due_date(term in term(), a in accepted(), b in accepted()) {
        let (earlier, later) = (a.min(b), a.max(b));
        prop_assert!(due(term, earlier) <= due(term, later));
    }

    #[test]
    fn the_next_working_day_is_later_and_working(d in date_2023_to_2028()) {
        let next = next_working_day(d);
        prop_assert!(next > d);
        prop_assert!(is_working_day(next));
        let mut between = d.next_day();
        while let Some(day) = between.filter(|&day| day < next) {
            prop_assert!(!is_working_day(day));
            between = day.next_day();
        }
    }

    #[test]
    fn adding_n_working_days_passes_exactly_n_working_days(d in date_2023_to_2028(), n in 0u32..60) {
        let end = add_working_days(d, n);
        let passed = std::iter::successors(d.next_day(), |day| day.next_day())
            .take_while(|&day| day <= end)
            .filter(|&day| is_working_day(day))
            .count();
        prop_assert_eq!(passed, n as usize);
    }

    #[test]
    fn no_representable_date_makes_the_calendar_panic(d in any_date(), term in term()) {
        let reason = day_off_reason(d);
        prop_assert_eq!(reason.is_none(), is_working_day(d));
        prop_assert_eq!(reason.is_some(), day_off_source(d).is_some());
        prop_assert!(next_working_day(d) >= d);
        let due = due(term, PrimitiveDateTime::new(d, Time::MIDNIGHT));
        prop_assert!(due.date >= d);
    }
}
