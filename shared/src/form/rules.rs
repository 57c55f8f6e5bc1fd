//! The check of one field: parse what was typed into the normalised value, or say what is wrong.

use time::Date;

use super::{Answers, Prefill};
use crate::definition::{Condition, Field, FieldKind, RegistryAttr, Rule};
use crate::error::{ErrorCode, FieldError};
use crate::territory;
use crate::values::amount::{Tenge, parse_whole};
use crate::values::{Bin, Email, IbanKz, Iin, PhoneKz, date, text};

/// What a check needs besides the answers.
#[derive(Debug, Clone)]
pub struct Context {
    /// Today in Kazakhstan (UTC+5), for "not in the future" rules and ages.
    pub today: Date,
    /// Values from state databases; a field they cover is read-only.
    pub prefill: Prefill,
}

/// Full years between a birth date and today.
pub fn age_on(born: Date, today: Date) -> i32 {
    let mut years = today.year() - born.year();
    if (today.month() as u8, today.day()) < (born.month() as u8, born.day()) {
        years -= 1;
    }
    years
}

/// The answer of `field`, looked up in the item (`prefix`) first and then in the whole form.
fn answer<'a>(answers: &'a Answers, prefix: &str, field: &str) -> Option<&'a str> {
    if !prefix.is_empty() {
        let mut key = String::with_capacity(prefix.len() + field.len());
        key.push_str(prefix);
        key.push_str(field);
        if let Some(v) = answers.get(&key) {
            return Some(v);
        }
    }
    answers.get(field)
}

/// The date a field holds: a date field's three boxes, or the date of birth encoded in an IIN.
fn birth_date(answers: &Answers, prefix: &str, field: &str) -> Option<Date> {
    if let Some(iin) = answer(answers, prefix, field) {
        return Iin::parse(iin).ok().and_then(|i| i.birth_date());
    }
    let part = |p: &str| answer(answers, prefix, &format!("{field}-{p}")).unwrap_or("").to_owned();
    date::parse_date_parts(&part("day"), &part("month"), &part("year")).ok()
}

/// How many items a repeated page has in these answers.
pub fn item_count(answers: &Answers, page_id: &str) -> usize {
    answers.get(&format!("{page_id}-count")).and_then(|c| c.parse().ok()).unwrap_or(0)
}

/// Whether a condition holds for these answers (inside item `prefix` of a repeated page, if any).
pub fn holds_at(condition: &Condition, answers: &Answers, ctx: &Context, prefix: &str) -> bool {
    let age = |field: &str| birth_date(answers, prefix, field).map(|b| age_on(b, ctx.today));
    match condition {
        Condition::Equals(field, value) => answer(answers, prefix, field) == Some(*value),
        Condition::NotEquals(field, value) => answer(answers, prefix, field).is_some_and(|v| v != *value),
        Condition::Answered(field) => answer(answers, prefix, field).is_some_and(|v| !v.trim().is_empty()),
        Condition::AgeAtLeast(field, years) => age(field).is_some_and(|a| a >= i32::from(*years)),
        Condition::AgeBelow(field, years) => age(field).is_some_and(|a| a < i32::from(*years)),
        Condition::BornBefore(field, day) => {
            birth_date(answers, prefix, field).zip(date::parse_iso(day)).is_some_and(|(born, day)| born < day)
        }
        Condition::AnyItem(page, inner) => {
            (1..=item_count(answers, page)).any(|n| holds_at(inner, answers, ctx, &format!("{page}-{n}-")))
        }
        Condition::All(all) => all.iter().all(|c| holds_at(c, answers, ctx, prefix)),
        Condition::Any(any) => any.iter().any(|c| holds_at(c, answers, ctx, prefix)),
        Condition::Not(inner) => !holds_at(inner, answers, ctx, prefix),
    }
}

/// Whether a condition holds for the whole form.
pub fn holds(condition: &Condition, answers: &Answers, ctx: &Context) -> bool {
    holds_at(condition, answers, ctx, "")
}

/// Whether a field's value comes from a state database (so it is shown, not asked).
pub fn is_prefilled(field: &Field, ctx: &Context) -> bool {
    field.prefill.is_some_and(|(_, attr)| ctx.prefill.get(attr).is_some())
}

/// Whether anything was typed into any of the field's inputs (in item `prefix`).
pub fn is_answered_at(field: &Field, prefix: &str, answers: &Answers) -> bool {
    field.input_suffixes().iter().any(|suffix| {
        let v = if prefix.is_empty() && suffix.is_empty() {
            answers.value(field.id)
        } else {
            answers.value(&field.input_name(prefix, suffix))
        };
        !v.trim().is_empty()
    })
}

/// Whether anything was typed into any of the field's inputs.
pub fn is_answered(field: &Field, answers: &Answers) -> bool {
    is_answered_at(field, "", answers)
}

/// Checks one field, returning its normalised input values on success.
pub fn check_field(field: &Field, answers: &Answers, ctx: &Context) -> Result<Vec<(String, String)>, FieldError> {
    check_field_at(field, "", answers, ctx)
}

/// A field's answer once parsed.
enum Parsed {
    /// One normalised value.
    One(String),
    Date(Date),
    Period(i32, i32),
}

/// Checks one field in item `prefix` of a repeated page (or `""`), returning its normalised input
/// values on success.
///
/// A prefilled field yields nothing: its value lives in the prefill snapshot. An optional field
/// left blank yields nothing. The error names the field's first input, which the error summary
/// links to.
pub fn check_field_at(
    field: &Field,
    prefix: &str,
    answers: &Answers,
    ctx: &Context,
) -> Result<Vec<(String, String)>, FieldError> {
    let name = |suffix: &str| field.input_name(prefix, suffix);
    Ok(match parse_field_at(field, prefix, answers, ctx)? {
        None => Vec::new(),
        Some(Parsed::One(v)) => vec![(name(""), v)],
        Some(Parsed::Date(d)) => vec![
            (name("day"), d.day().to_string()),
            (name("month"), u8::from(d.month()).to_string()),
            (name("year"), d.year().to_string()),
        ],
        Some(Parsed::Period(from, to)) => vec![(name("from"), from.to_string()), (name("to"), to.to_string())],
    })
}

/// Only the verdict of [`check_field_at`], without building the normalised values: what the
/// checks of a whole form need.
pub fn field_error_at(field: &Field, prefix: &str, answers: &Answers, ctx: &Context) -> Option<FieldError> {
    parse_field_at(field, prefix, answers, ctx).err()
}

fn parse_field_at(field: &Field, prefix: &str, answers: &Answers, ctx: &Context) -> Result<Option<Parsed>, FieldError> {
    if prefix.is_empty() && is_prefilled(field, ctx) {
        return Ok(None);
    }
    let err = |code| FieldError { field: field.input_name(prefix, field.input_suffixes()[0]), code };
    if !is_answered_at(field, prefix, answers) {
        return if field.required { Err(err(ErrorCode::Required)) } else { Ok(None) };
    }
    let raw = |suffix: &str| -> &str {
        if prefix.is_empty() && suffix.is_empty() {
            answers.value(field.id)
        } else {
            answers.value(&field.input_name(prefix, suffix))
        }
    };
    let one = |v: String| Ok(Parsed::One(v));
    let parsed = match field.kind {
        FieldKind::Text { max, multiline } => one(text::parse_text(raw(""), 1, max, multiline).map_err(err)?),
        FieldKind::PersonName { max } => one(text::parse_person_name(raw(""), max).map_err(err)?),
        FieldKind::Iin => one(Iin::parse(raw("")).map_err(err)?.into()),
        FieldKind::Bin => one(Bin::parse(raw("")).map_err(err)?.into()),
        FieldKind::Phone => one(PhoneKz::parse(raw("")).map_err(err)?.into()),
        FieldKind::Email => one(Email::parse(raw("")).map_err(err)?.into()),
        FieldKind::Iban => one(IbanKz::parse(raw("")).map_err(err)?.into()),
        FieldKind::Number { min, max } => one(parse_whole(raw(""), min, max).map_err(err)?.to_string()),
        FieldKind::Money { max_tenge } => one(Tenge::parse(raw(""), max_tenge).map_err(err)?.stored()),
        FieldKind::Consent => {
            if raw("").trim() == "yes" {
                one("yes".into())
            } else {
                Err(err(ErrorCode::ChoiceUnknown))
            }
        }
        FieldKind::Region => {
            let v = raw("").trim();
            if territory::region(v).is_some() { one(v.to_owned()) } else { Err(err(ErrorCode::ChoiceUnknown)) }
        }
        FieldKind::District { region_field } => {
            let v = raw("").trim();
            let region = answer(answers, prefix, region_field).unwrap_or("");
            if territory::unit(region, v).is_some() { one(v.to_owned()) } else { Err(err(ErrorCode::ChoiceUnknown)) }
        }
        FieldKind::Date { not_future } => {
            let d = date::parse_date_parts(raw("day"), raw("month"), raw("year")).map_err(err)?;
            if not_future && d > ctx.today {
                return Err(err(ErrorCode::DateInFuture));
            }
            Ok(Parsed::Date(d))
        }
        FieldKind::YearPeriod { not_future } => {
            let to_err = |code| FieldError { field: field.input_name(prefix, "to"), code };
            let missing = |code, blank: ErrorCode| if code == ErrorCode::Required { blank } else { code };
            let from = date::parse_year(raw("from")).map_err(|c| err(missing(c, ErrorCode::PeriodMissingStart)))?;
            let to = date::parse_year(raw("to")).map_err(|c| to_err(missing(c, ErrorCode::PeriodMissingEnd)))?;
            if not_future && from > ctx.today.year() {
                return Err(err(ErrorCode::YearInFuture));
            }
            if not_future && to > ctx.today.year() {
                return Err(to_err(ErrorCode::YearInFuture));
            }
            if to < from {
                return Err(to_err(ErrorCode::PeriodReversed));
            }
            Ok(Parsed::Period(from, to))
        }
        FieldKind::Choice { options, .. } => {
            let v = raw("").trim();
            if options.iter().any(|o| o.value == v) { one(v.to_owned()) } else { Err(err(ErrorCode::ChoiceUnknown)) }
        }
    }?;
    check_rule(field, prefix, answers, ctx).map_err(err)?;
    Ok(Some(parsed))
}

/// The further rule of a field, on an answer already in the right form.
fn check_rule(field: &Field, prefix: &str, answers: &Answers, ctx: &Context) -> Result<(), ErrorCode> {
    match field.rule {
        None => Ok(()),
        Some(Rule::Age { min, max, .. }) => {
            let years = birth_date(answers, prefix, field.id).map(|b| age_on(b, ctx.today));
            match years {
                Some(a) if a >= i32::from(min) && a < i32::from(max) => Ok(()),
                _ => Err(ErrorCode::RuleNotMet),
            }
        }
        Some(Rule::NotApplicantIin { .. }) => {
            let own = ctx.prefill.get(RegistryAttr::Iin);
            if own.is_some() && answer(answers, prefix, field.id) == own { Err(ErrorCode::RuleNotMet) } else { Ok(()) }
        }
        Some(Rule::MatchesIinBirthDate { iin_field, .. }) => {
            let typed = birth_date(answers, prefix, field.id);
            let encoded =
                answer(answers, prefix, iin_field).and_then(|i| Iin::parse(i).ok()).and_then(|i| i.birth_date());
            match (typed, encoded) {
                (Some(t), Some(e)) if t != e => Err(ErrorCode::RuleNotMet),
                _ => Ok(()),
            }
        }
        Some(Rule::NotPast { .. }) => match birth_date(answers, prefix, field.id) {
            Some(d) if d < ctx.today => Err(ErrorCode::RuleNotMet),
            _ => Ok(()),
        },
    }
}

/// The message for an error on this field: the field's own wording when an answer is missing or
/// its rule is not met, otherwise the code's message with the field's limits filled in.
pub fn field_message(field: &Field, code: ErrorCode, lang: crate::Lang) -> String {
    if code == ErrorCode::Required
        && let Some(missing) = field.missing
    {
        return missing.get(lang).to_owned();
    }
    if code == ErrorCode::RuleNotMet {
        match field.rule {
            Some(
                Rule::Age { message, .. }
                | Rule::NotApplicantIin { message }
                | Rule::MatchesIinBirthDate { message, .. }
                | Rule::NotPast { message },
            ) => return message.get(lang).to_owned(),
            None => {}
        }
    }
    let args = message_args(field);
    let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
    code.message(lang, &args)
}

/// The placeholders an error message for this field may need (`{max}`, `{min}`).
pub fn message_args(field: &Field) -> Vec<(&'static str, String)> {
    match field.kind {
        FieldKind::Text { max, .. } | FieldKind::PersonName { max } => {
            vec![("max", max.to_string()), ("min", "1".into())]
        }
        FieldKind::Number { min, max } => vec![("min", min.to_string()), ("max", max.to_string())],
        FieldKind::Money { max_tenge } => vec![("max", Tenge(max_tenge * 100).display())],
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::Month;

    #[test]
    fn age_counts_full_years_on_birthdays() {
        let born = Date::from_calendar_date(2019, Month::November, 24).unwrap();
        let today = Date::from_calendar_date(2026, Month::November, 23).unwrap();
        assert_eq!(age_on(born, today), 6);
        assert_eq!(age_on(born, today.next_day().unwrap()), 7);
    }
}
