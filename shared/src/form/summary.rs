//! The check-answers page: each answer as a short statement.

use super::rules::{Context, is_prefilled};
use super::{Answers, engine};
use crate::definition::{Field, FieldKind, ServiceDefinition};
use crate::lang::Lang;
use crate::ui::Ui;
use crate::values::date;

/// One row of the summary list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SummaryRow {
    pub page: &'static str,
    pub field: &'static str,
    pub label: String,
    pub value: String,
    /// Whether the value came from a state database (no Change link).
    pub from_registry: bool,
}

/// An answer written out for people, or `None` when not answered. `prefix` is the item prefix
/// inside a repeated page, or `""`.
pub fn display_value(field: &Field, prefix: &str, answers: &Answers, lang: Lang) -> Option<String> {
    let id = format!("{prefix}{}", field.id);
    let v = |s: &str| answers.get(&format!("{id}-{s}")).map(str::to_owned);
    match field.kind {
        FieldKind::Date { .. } => {
            let d = date::parse_date_parts(&v("day")?, &v("month")?, &v("year")?).ok()?;
            Some(date::format_date(d, lang))
        }
        FieldKind::YearPeriod { .. } => Some(format!("{} – {}", v("from")?, v("to")?)),
        FieldKind::Choice { options, .. } => {
            let value = answers.get(&id)?;
            options.iter().find(|o| o.value == value).map(|o| o.label.get(lang).to_owned())
        }
        FieldKind::Phone => crate::values::PhoneKz::parse(answers.get(&id)?).ok().map(|p| p.display()),
        FieldKind::Money { .. } => answers.get(&id)?.parse().ok().map(|t| crate::values::Tenge(t).display()),
        FieldKind::Iban => crate::values::IbanKz::parse(answers.get(&id)?).ok().map(|i| i.display()),
        FieldKind::Consent => answers.get(&id).map(|_| Ui::Yes.get(lang).to_owned()),
        FieldKind::Region => crate::territory::region(answers.get(&id)?).map(|r| r.name.get(lang).to_owned()),
        FieldKind::District { region_field } => {
            let region = answers.get(&format!("{prefix}{region_field}")).or_else(|| answers.get(region_field))?;
            crate::territory::unit(region, answers.get(&id)?).map(|u| u.name.get(lang).to_owned())
        }
        _ => answers.get(&id).map(str::to_owned),
    }
}

/// The rows of the check-answers page, in form order, for the visible fields (each item of a
/// repeated page in turn, its label prefixed with the item's heading).
pub fn summary_rows(def: &ServiceDefinition, answers: &Answers, ctx: &Context, lang: Lang) -> Vec<SummaryRow> {
    let mut rows = Vec::new();
    for page in engine::visible_pages(def, answers, ctx) {
        for (i, prefix) in engine::item_prefixes(page, answers).into_iter().enumerate() {
            let item = page.repeat.map(|r| crate::lang::fill(r.item.get(lang), &[("n", &(i + 1).to_string())]));
            for field in page.fields.iter().filter(|f| engine::field_visible_at(f, answers, ctx, &prefix)) {
                let label = field.summary_label.unwrap_or(field.label).get(lang);
                let label = match &item {
                    Some(item) => format!("{item}: {label}"),
                    None => label.to_owned(),
                };
                let (value, from_registry) = match field.prefill {
                    Some((_, attr)) if prefix.is_empty() && is_prefilled(field, ctx) => {
                        (ctx.prefill.get(attr).unwrap_or_default().to_owned(), true)
                    }
                    _ => (
                        display_value(field, &prefix, answers, lang)
                            .unwrap_or_else(|| Ui::NotProvided.get(lang).to_owned()),
                        false,
                    ),
                };
                rows.push(SummaryRow { page: page.id, field: field.id, label, value, from_registry });
            }
        }
    }
    rows
}
