//! The calendar against the tables of standards.md §12.2 and the rules of §12.1.

use time::macros::date;
use time::{Date, Month, Weekday};

use super::rules::{days_off, fixed_religious_days, law_holidays};
use super::table::{COVERED_YEARS, TRANSFERS, year_table};
use super::*;

fn days_of(year: i32) -> Vec<Date> {
    let first = Date::from_calendar_date(year, Month::January, 1).ok();
    std::iter::successors(first, |d| d.next_day()).take_while(|d| d.year() == year).collect()
}

fn is_weekend(d: Date) -> bool {
    matches!(d.weekday(), Weekday::Saturday | Weekday::Sunday)
}

/// Weekdays (Mon–Fri) of `year` that are not working days.
fn weekdays_off(year: i32) -> Vec<Date> {
    days_of(year).into_iter().filter(|&d| !is_weekend(d) && !is_working_day(d)).collect()
}

/// Saturdays and Sundays of `year` that are working days.
fn weekends_worked(year: i32) -> Vec<Date> {
    days_of(year).into_iter().filter(|&d| is_weekend(d) && is_working_day(d)).collect()
}

fn moved(holiday: Holiday, from: Date) -> Option<DayOff> {
    Some(DayOff::MovedHoliday { holiday, from })
}

#[test]
fn every_day_of_2025_matches_the_table_in_standards_md() {
    let expected = [
        date!(2025 - 01 - 01),
        date!(2025 - 01 - 02),
        date!(2025 - 01 - 03),
        date!(2025 - 01 - 07),
        date!(2025 - 03 - 10),
        date!(2025 - 03 - 21),
        date!(2025 - 03 - 24),
        date!(2025 - 03 - 25),
        date!(2025 - 05 - 01),
        date!(2025 - 05 - 07),
        date!(2025 - 05 - 09),
        date!(2025 - 06 - 06),
        date!(2025 - 07 - 07),
        date!(2025 - 09 - 01),
        date!(2025 - 10 - 27),
        date!(2025 - 12 - 16),
    ];
    assert_eq!(weekdays_off(2025), expected);
    assert_eq!(weekends_worked(2025), [date!(2025 - 01 - 05)]);
    assert_eq!(day_off_reason(date!(2025 - 03 - 10)), moved(Holiday::WomensDay, date!(2025 - 03 - 08)));
    assert_eq!(day_off_reason(date!(2025 - 07 - 07)), moved(Holiday::Capital, date!(2025 - 07 - 06)));
    assert_eq!(day_off_reason(date!(2025 - 09 - 01)), moved(Holiday::Constitution, date!(2025 - 08 - 30)));
    assert_eq!(day_off_reason(date!(2025 - 10 - 27)), moved(Holiday::Republic, date!(2025 - 10 - 25)));
    assert_eq!(day_off_reason(date!(2025 - 06 - 06)), Some(DayOff::Religious(ReligiousDay::KurbanAit)));
}

#[test]
fn every_day_of_2026_matches_the_table_in_standards_md() {
    let expected = [
        date!(2026 - 01 - 01),
        date!(2026 - 01 - 02),
        date!(2026 - 01 - 07),
        date!(2026 - 03 - 09),
        date!(2026 - 03 - 23),
        date!(2026 - 03 - 24),
        date!(2026 - 03 - 25),
        date!(2026 - 05 - 01),
        date!(2026 - 05 - 07),
        date!(2026 - 05 - 11),
        date!(2026 - 05 - 27),
        date!(2026 - 07 - 06),
        date!(2026 - 10 - 26),
        date!(2026 - 12 - 16),
    ];
    assert_eq!(weekdays_off(2026), expected);
    assert_eq!(weekends_worked(2026), []);
    assert_eq!(day_off_reason(date!(2026 - 03 - 09)), moved(Holiday::WomensDay, date!(2026 - 03 - 08)));
    assert_eq!(day_off_reason(date!(2026 - 05 - 11)), moved(Holiday::Victory, date!(2026 - 05 - 09)));
    assert_eq!(day_off_reason(date!(2026 - 10 - 26)), moved(Holiday::Republic, date!(2026 - 10 - 25)));
}

#[test]
fn every_day_of_2027_matches_the_provisional_table_in_standards_md() {
    let expected = [
        date!(2027 - 01 - 01),
        date!(2027 - 01 - 04),
        date!(2027 - 01 - 07),
        date!(2027 - 03 - 08),
        date!(2027 - 03 - 15),
        date!(2027 - 03 - 22),
        date!(2027 - 03 - 23),
        date!(2027 - 03 - 24),
        date!(2027 - 05 - 03),
        date!(2027 - 05 - 07),
        date!(2027 - 05 - 10),
        date!(2027 - 07 - 06),
        date!(2027 - 10 - 25),
        date!(2027 - 12 - 16),
    ];
    assert_eq!(weekdays_off(2027), expected);
    assert_eq!(weekends_worked(2027), []);
}

#[test]
fn every_day_of_2024_matches_the_rules_and_the_may_transfer() {
    let expected = [
        date!(2024 - 01 - 01),
        date!(2024 - 01 - 02),
        date!(2024 - 03 - 08),
        date!(2024 - 03 - 21),
        date!(2024 - 03 - 22),
        date!(2024 - 03 - 25),
        date!(2024 - 05 - 01),
        date!(2024 - 05 - 07),
        date!(2024 - 05 - 08),
        date!(2024 - 05 - 09),
        date!(2024 - 07 - 08),
        date!(2024 - 08 - 30),
        date!(2024 - 10 - 25),
        date!(2024 - 12 - 16),
    ];
    assert_eq!(weekdays_off(2024), expected);
    assert_eq!(weekends_worked(2024), [date!(2024 - 05 - 04)]);
}

#[test]
fn nauryz_2026_moves_to_24_and_25_march() {
    assert_eq!(day_off_reason(date!(2026 - 03 - 23)), Some(DayOff::Holiday(Holiday::Nauryz)));
    assert_eq!(day_off_reason(date!(2026 - 03 - 24)), moved(Holiday::Nauryz, date!(2026 - 03 - 21)));
    assert_eq!(day_off_reason(date!(2026 - 03 - 25)), moved(Holiday::Nauryz, date!(2026 - 03 - 22)));
    assert!(is_working_day(date!(2026 - 03 - 26)));
}

#[test]
fn nauryz_2025_on_saturday_and_sunday_moves_to_24_and_25_march() {
    assert_eq!(day_off_reason(date!(2025 - 03 - 24)), moved(Holiday::Nauryz, date!(2025 - 03 - 22)));
    assert_eq!(day_off_reason(date!(2025 - 03 - 25)), moved(Holiday::Nauryz, date!(2025 - 03 - 23)));
}

#[test]
fn nauryz_2027_on_sunday_moves_past_22_and_23_march_to_24_march() {
    assert_eq!(day_off_reason(date!(2027 - 03 - 24)), moved(Holiday::Nauryz, date!(2027 - 03 - 21)));
    assert!(is_working_day(date!(2027 - 03 - 25)));
}

#[test]
fn new_year_2027_on_saturday_moves_to_monday_4_january() {
    assert_eq!(day_off_reason(date!(2027 - 01 - 04)), moved(Holiday::NewYear, date!(2027 - 01 - 02)));
    assert!(is_working_day(date!(2027 - 01 - 05)));
}

#[test]
fn new_year_2023_on_sunday_moves_to_tuesday_3_january_by_the_rules() {
    assert!(!is_covered_year(2023));
    assert_eq!(day_off_reason(date!(2023 - 01 - 03)), moved(Holiday::NewYear, date!(2023 - 01 - 01)));
}

#[test]
fn kurban_ait_2024_on_a_sunday_is_not_moved() {
    assert_eq!(day_off_reason(date!(2024 - 06 - 16)), Some(DayOff::Religious(ReligiousDay::KurbanAit)));
    assert!(is_working_day(date!(2024 - 06 - 17)));
}

#[test]
fn orthodox_christmas_2024_on_a_sunday_is_not_moved() {
    assert!(is_working_day(date!(2024 - 01 - 08)));
}

#[test]
fn kurban_ait_2027_is_not_guessed() {
    let kurban = DayOff::Religious(ReligiousDay::KurbanAit);
    assert!(days_of(2027).into_iter().all(|d| day_off_reason(d) != Some(kurban)));
}

#[test]
fn the_transfer_of_2025_makes_3_january_off_and_5_january_working() {
    assert_eq!(day_off_reason(date!(2025 - 01 - 03)), Some(DayOff::Transfer { worked: date!(2025 - 01 - 05) }));
    assert!(is_working_day(date!(2025 - 01 - 05)));
    assert_eq!(day_off_reason(date!(2025 - 01 - 05)), None);
}

#[test]
fn the_transfer_of_2024_makes_8_may_off_and_4_may_working() {
    assert_eq!(day_off_reason(date!(2024 - 05 - 08)), Some(DayOff::Transfer { worked: date!(2024 - 05 - 04) }));
    assert!(is_working_day(date!(2024 - 05 - 04)));
}

#[test]
fn constitution_day_is_not_a_day_off_in_2026() {
    assert_eq!(day_off_reason(date!(2026 - 08 - 30)), Some(DayOff::Weekend));
    assert!(is_working_day(date!(2026 - 08 - 31)));
}

#[test]
fn constitution_day_is_15_march_from_2027() {
    assert_eq!(day_off_reason(date!(2027 - 03 - 15)), Some(DayOff::Holiday(Holiday::Constitution)));
    assert!(is_working_day(date!(2027 - 08 - 30)));
    assert_eq!(day_off_reason(date!(2031 - 03 - 15)), Some(DayOff::Holiday(Holiday::Constitution)));
}

#[test]
fn the_table_agrees_with_the_rules_in_every_covered_year() {
    for year in COVERED_YEARS {
        let mut table: Vec<(Date, DayOff)> = year_table(year)
            .unwrap_or_default()
            .iter()
            .filter(|e| e.day_off != DayOff::Religious(ReligiousDay::KurbanAit))
            .map(|e| (e.date, e.day_off))
            .collect();
        table.sort_by_key(|&(d, _)| d);
        assert_eq!(table, days_off(&law_holidays(year), &fixed_religious_days(year)), "{year}");
    }
}

#[test]
fn every_table_entry_lies_in_its_year_once_and_has_a_source() {
    for year in COVERED_YEARS {
        let entries = year_table(year).unwrap_or_default();
        assert!(!entries.is_empty());
        assert!(entries.windows(2).all(|w| w[0].date < w[1].date), "{year} out of order or repeated");
        assert!(entries.iter().all(|e| e.date.year() == year && !e.source.trim().is_empty()));
    }
    assert!(TRANSFERS.iter().all(|t| is_weekend(t.worked) && !is_weekend(t.day_off) && !t.source.is_empty()));
}

#[test]
fn every_day_off_has_a_source_and_a_working_day_has_none() {
    for d in days_of(2025).into_iter().chain(days_of(2031)) {
        assert_eq!(day_off_source(d).is_some(), !is_working_day(d), "{d}");
    }
}

#[test]
fn every_text_in_the_holiday_data_is_complete() {
    let names = Holiday::ALL.map(Holiday::name).into_iter().chain(ReligiousDay::ALL.map(ReligiousDay::name));
    let labels = DayOff::KINDS.map(DayOff::label);
    let table = COVERED_YEARS.flat_map(|y| year_table(y).unwrap_or_default()).filter_map(|e| e.day_off.name());
    for text in names.chain(labels).chain(table) {
        assert!(text.is_complete(), "{text:?}");
    }
}

#[test]
fn next_working_day_skips_weekends_and_holiday_runs() {
    assert_eq!(next_working_day(date!(2025 - 11 - 14)), date!(2025 - 11 - 17));
    assert_eq!(next_working_day(date!(2026 - 03 - 20)), date!(2026 - 03 - 26));
}

#[test]
fn the_first_working_day_of_2025_is_sunday_5_january_worked_by_transfer() {
    assert_eq!(next_working_day(date!(2024 - 12 - 31)), date!(2025 - 01 - 05));
    assert_eq!(next_working_day(date!(2025 - 01 - 05)), date!(2025 - 01 - 06));
}

#[test]
fn adding_working_days_counts_only_working_days() {
    assert_eq!(add_working_days(date!(2026 - 03 - 20), 0), date!(2026 - 03 - 20));
    assert_eq!(add_working_days(date!(2026 - 03 - 20), 1), date!(2026 - 03 - 26));
    assert_eq!(add_working_days(date!(2026 - 03 - 20), 3), date!(2026 - 03 - 30));
}

#[test]
fn the_ends_of_the_representable_range_never_panic() {
    assert_eq!(next_working_day(Date::MAX), Date::MAX);
    assert_eq!(add_working_days(Date::MAX, 5), Date::MAX);
    assert!(next_working_day(Date::MIN) > Date::MIN);
    for d in [Date::MIN, Date::MAX] {
        let _ = (day_off_reason(d), day_off_source(d), is_working_day(d));
    }
}
