//! The rules that turn a year's holidays into its days off.
//!
//! The data table (`table.rs`) is the authority for the years it covers; these rules compute every
//! other year, and a test checks that they reproduce the table.

use time::{Date, Month, Weekday};

use super::{DayOff, Holiday, ReligiousDay};

/// Whether `d` is a Saturday or a Sunday, the two days off of the five-day week.
pub(super) fn is_weekend(d: Date) -> bool {
    matches!(d.weekday(), Weekday::Saturday | Weekday::Sunday)
}

/// The holidays under the Law on holidays (No. 267-II, art. 5) that are days off in `year`, in
/// calendar order.
///
/// The list is the one in force since 2022 (25 October added, 1 December and 17 December removed by
/// the law of 29.09.2022), with Constitution Day on 30 August until 2025, none in 2026 and 15 March
/// from 2027 (standards.md §12.1). Years before 2022 use the same list, so they are not historically
/// exact.
pub(super) fn law_holidays(year: i32) -> Vec<(Date, Holiday)> {
    use Holiday::*;
    use Month::*;
    let mut fixed = vec![(January, 1, NewYear), (January, 2, NewYear), (March, 8, WomensDay)];
    if year >= 2027 {
        fixed.push((March, 15, Constitution));
    }
    fixed.extend([(March, 21, Nauryz), (March, 22, Nauryz), (March, 23, Nauryz)]);
    fixed.extend([(May, 1, Unity), (May, 7, Defender), (May, 9, Victory), (July, 6, Capital)]);
    if year <= 2025 {
        fixed.push((August, 30, Constitution));
    }
    fixed.extend([(October, 25, Republic), (December, 16, Independence)]);
    fixed
        .into_iter()
        .filter_map(|(month, day, holiday)| Date::from_calendar_date(year, month, day).ok().map(|d| (d, holiday)))
        .collect()
}

/// The religious days off whose date is fixed: 7 January (Labour Code art. 84 p.5).
///
/// Kurban ait follows the Muslim calendar, so it comes only from the data table, for the years whose
/// date has been announced.
pub(super) fn fixed_religious_days(year: i32) -> Vec<(Date, ReligiousDay)> {
    Date::from_calendar_date(year, Month::January, 7)
        .ok()
        .map(|d| (d, ReligiousDay::OrthodoxChristmas))
        .into_iter()
        .collect()
}

/// The days off of a year other than weekends and transfers, in calendar order.
///
/// Applies the moving rule of the Law on holidays: a holiday that falls on a Saturday or Sunday gives
/// a day off on the next working day after it. Holidays are handled in calendar order, and a moved
/// day skips weekends, holidays, religious days and days already given to an earlier holiday. So when
/// 21–22 March are a weekend and 23 March a Monday, the moved days are 24 and 25 March (standards.md
/// §12.2, 2026). Religious days are never moved (MLSP explanation, 2019; standards.md §12.1).
pub(super) fn days_off(holidays: &[(Date, Holiday)], religious: &[(Date, ReligiousDay)]) -> Vec<(Date, DayOff)> {
    let mut holidays = holidays.to_vec();
    holidays.sort_by_key(|&(d, _)| d);
    let mut out: Vec<(Date, DayOff)> = holidays.iter().map(|&(d, h)| (d, DayOff::Holiday(h))).collect();
    out.extend(religious.iter().map(|&(d, r)| (d, DayOff::Religious(r))));
    for &(from, holiday) in &holidays {
        if !is_weekend(from) {
            continue;
        }
        let mut candidate = from;
        // Stops at the last representable date, where no later day exists to move to.
        while let Some(next) = candidate.next_day() {
            candidate = next;
            if !is_weekend(candidate) && !out.iter().any(|&(d, _)| d == candidate) {
                out.push((candidate, DayOff::MovedHoliday { holiday, from }));
                break;
            }
        }
    }
    out.sort_by_key(|&(d, _)| d);
    out
}

#[cfg(test)]
mod tests {
    use time::macros::date;

    use super::*;

    fn moved_days(year: i32) -> Vec<Date> {
        days_off(&law_holidays(year), &fixed_religious_days(year))
            .into_iter()
            .filter(|(_, off)| matches!(off, DayOff::MovedHoliday { .. }))
            .map(|(d, _)| d)
            .collect()
    }

    #[test]
    fn kurban_ait_on_a_sunday_is_not_moved() {
        // 17 May 2026 is a Sunday; no Kurban ait falls on it, so the case is built by hand.
        let kurban = [(date!(2026 - 05 - 17), ReligiousDay::KurbanAit)];
        let days = days_off(&[], &kurban);
        assert_eq!(days, vec![(date!(2026 - 05 - 17), DayOff::Religious(ReligiousDay::KurbanAit))]);
    }

    #[test]
    fn orthodox_christmas_on_a_sunday_is_not_moved() {
        // 7 January 2024 was a Sunday; 8 January 2024 was a working day.
        assert!(!moved_days(2024).contains(&date!(2024 - 01 - 08)));
    }

    #[test]
    fn a_moved_holiday_skips_a_religious_day_off() {
        let holidays = [(date!(2026 - 05 - 09), Holiday::Victory)];
        let kurban = [(date!(2026 - 05 - 11), ReligiousDay::KurbanAit)];
        let moved = DayOff::MovedHoliday { holiday: Holiday::Victory, from: date!(2026 - 05 - 09) };
        assert!(days_off(&holidays, &kurban).contains(&(date!(2026 - 05 - 12), moved)));
    }

    #[test]
    fn independence_day_on_a_saturday_moves_within_december() {
        // 16 December 2028 is a Saturday.
        assert!(moved_days(2028).contains(&date!(2028 - 12 - 18)));
    }

    #[test]
    fn constitution_day_is_30_august_until_2025_none_in_2026_and_15_march_from_2027() {
        let constitution = |year: i32| -> Vec<Date> {
            law_holidays(year).into_iter().filter(|&(_, h)| h == Holiday::Constitution).map(|(d, _)| d).collect()
        };
        assert_eq!(constitution(2025), vec![date!(2025 - 08 - 30)]);
        assert_eq!(constitution(2026), vec![]);
        assert_eq!(constitution(2027), vec![date!(2027 - 03 - 15)]);
        assert_eq!(constitution(2030), vec![date!(2030 - 03 - 15)]);
    }

    #[test]
    fn the_rules_never_fail_at_the_ends_of_the_representable_range() {
        for year in [Date::MIN.year(), Date::MAX.year()] {
            let days = days_off(&law_holidays(year), &fixed_religious_days(year));
            assert!(days.len() >= 13);
        }
    }
}
