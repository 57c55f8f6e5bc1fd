//! Pages, visibility, validation of a page and of the whole form, and the route through the form.

use super::Answers;
use super::rules::{
    Context, check_field_at, field_error_at, holds, holds_at, is_answered_at, is_prefilled, item_count,
};
use crate::definition::{Condition, Field, Page, ServiceDefinition};
use crate::error::{ErrorCode, FieldError};

/// Inputs every form post may carry besides answers.
pub const CONTROL_INPUTS: &[&str] = &["csrf", "return", "action"];

/// Whether a page is shown for these answers.
pub fn page_visible(page: &Page, answers: &Answers, ctx: &Context) -> bool {
    page.show_if.as_ref().is_none_or(|c| holds(c, answers, ctx))
}

/// Whether a field is shown, in item `prefix` of a repeated page (or `""`).
pub fn field_visible_at(field: &Field, answers: &Answers, ctx: &Context, prefix: &str) -> bool {
    field.show_if.as_ref().is_none_or(|c| holds_at(c, answers, ctx, prefix))
}

/// Whether a field of a page asked once is shown.
pub fn field_visible(field: &Field, answers: &Answers, ctx: &Context) -> bool {
    field_visible_at(field, answers, ctx, "")
}

/// The pages shown for these answers, in order.
pub fn visible_pages<'a>(
    def: &'a ServiceDefinition,
    answers: &'a Answers,
    ctx: &'a Context,
) -> impl Iterator<Item = &'static Page> + 'a {
    def.pages.iter().filter(move |p| page_visible(p, answers, ctx))
}

/// The input prefixes of a page's items: `[""]` for a page asked once, `["children-1-", …]` for
/// a repeated page.
pub fn item_prefixes(page: &Page, answers: &Answers) -> Vec<String> {
    match page.repeat {
        None => vec![String::new()],
        Some(r) => (1..=item_count(answers, page.id).min(usize::from(r.max))).map(|n| page.item_prefix(n)).collect(),
    }
}

/// Whether an input name belongs to a page (any item of a repeated page, and its count).
pub fn is_page_input(page: &Page, name: &str) -> bool {
    match page.repeat {
        None => page.fields.iter().any(|f| f.input_names().iter().any(|n| n == name)),
        Some(_) => name.strip_prefix(page.id).and_then(|r| r.strip_prefix('-')).is_some_and(|rest| {
            rest == "count"
                || rest.split_once('-').is_some_and(|(n, input)| {
                    n.parse::<usize>().is_ok_and(|n| n >= 1)
                        && page.fields.iter().any(|f| f.input_names().iter().any(|i| i == input))
                })
        }),
    }
}

/// The field ids a condition reads.
pub fn condition_fields(condition: &Condition) -> Vec<&'static str> {
    match *condition {
        Condition::Equals(f, _)
        | Condition::NotEquals(f, _)
        | Condition::Answered(f)
        | Condition::AgeAtLeast(f, _)
        | Condition::AgeBelow(f, _)
        | Condition::BornBefore(f, _) => vec![f],
        Condition::AnyItem(_, inner) | Condition::Not(inner) => condition_fields(inner),
        Condition::All(all) | Condition::Any(all) => all.iter().flat_map(condition_fields).collect(),
    }
}

/// Whether a field's condition depends only on answers given on its own page. Such a field is
/// revealed in place (all such fields are shown when JavaScript is off), so an answer left in it
/// when it does not apply is dropped rather than refused.
pub fn revealed_in_place(page: &Page, field: &Field) -> bool {
    field.show_if.as_ref().is_some_and(|c| {
        let deps = condition_fields(c);
        !deps.is_empty() && deps.iter().all(|d| page.fields.iter().any(|f| f.id == *d))
    })
}

/// Checks every visible field of a page (every item of a repeated page). Errors come in page
/// order; an answer given to a field that does not apply (hidden by its own condition or its
/// page's) is an error too.
pub fn validate_page(page: &Page, answers: &Answers, ctx: &Context) -> Vec<FieldError> {
    let mut errors = Vec::new();
    let shown = page_visible(page, answers, ctx);
    if let (Some(r), true) = (page.repeat, shown) {
        let count = item_count(answers, page.id);
        let field = format!("{}-add", page.id);
        if count < usize::from(r.min) {
            errors.push(FieldError { field, code: ErrorCode::TooFewItems });
        } else if count > usize::from(r.max) {
            errors.push(FieldError { field, code: ErrorCode::TooManyItems });
        }
    }
    for prefix in item_prefixes(page, answers) {
        for field in page.fields {
            if shown && field_visible_at(field, answers, ctx, &prefix) {
                errors.extend(field_error_at(field, &prefix, answers, ctx));
            } else if is_answered_at(field, &prefix, answers) && !(shown && revealed_in_place(page, field)) {
                let first = field.input_names_at(&prefix).remove(0);
                errors.push(FieldError { field: first, code: ErrorCode::AnswerNotApplicable });
            }
        }
    }
    errors
}

/// Checks every visible page. Pages not shown are ignored; use [`prune`] to drop their answers.
pub fn validate_form(def: &ServiceDefinition, answers: &Answers, ctx: &Context) -> Vec<(&'static str, FieldError)> {
    visible_pages(def, answers, ctx)
        .flat_map(|page| {
            validate_page(page, answers, ctx)
                .into_iter()
                .filter(|e| e.code != ErrorCode::AnswerNotApplicable)
                .map(move |e| (page.id, e))
        })
        .collect()
}

/// Why a posted page was not accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rejection {
    /// Answers the applicant can correct, shown as an error summary.
    Invalid(Vec<FieldError>),
    /// A post no form of ours produces (an unknown or repeated input, a read-only value): refused
    /// whole, nothing stored.
    Malformed(ErrorCode),
}

/// The longest value one input may carry: far above any field's limit, below anything abusive.
pub const MAX_INPUT_BYTES: usize = 64 * 1024;

/// Parses a page as posted: the raw input pairs, over the answers already stored.
///
/// On success returns the page's normalised answers; the caller replaces the page's stored answers
/// with them ([`store_page`]). Inputs that are not on the page, repeated inputs, items beyond the
/// posted count and values for prefilled (read-only) fields make the whole post malformed.
pub fn parse_page(
    page: &Page,
    posted: &[(String, String)],
    stored: &Answers,
    ctx: &Context,
) -> Result<Answers, Rejection> {
    let malformed = |code| Err(Rejection::Malformed(code));
    let mut mine = Answers::new();
    let mut seen = std::collections::BTreeSet::new();
    for (name, value) in posted {
        if CONTROL_INPUTS.contains(&name.as_str()) {
            continue;
        }
        if !is_page_input(page, name) || !seen.insert(name.clone()) {
            return malformed(ErrorCode::UnknownField);
        }
        if value.len() > MAX_INPUT_BYTES {
            return malformed(ErrorCode::PayloadTooLarge);
        }
        if page.repeat.is_none() && !value.is_empty() {
            let field = page.fields.iter().find(|f| f.input_names().iter().any(|n| n == name));
            if field.is_some_and(|f| is_prefilled(f, ctx)) {
                return malformed(ErrorCode::UnknownField);
            }
        }
        mine.set(name.clone(), value.clone());
    }
    if let Some(r) = page.repeat {
        let count = match mine.get(&page.count_input()).map(str::parse::<usize>) {
            Some(Ok(n)) if n <= usize::from(r.max) => n,
            None => 0,
            _ => return malformed(ErrorCode::UnknownField),
        };
        let beyond = seen.iter().any(|name| {
            name.strip_prefix(page.id)
                .and_then(|r| r.strip_prefix('-'))
                .and_then(|r| r.split_once('-'))
                .and_then(|(n, _)| n.parse::<usize>().ok())
                .is_some_and(|n| n > count)
        });
        if beyond {
            return malformed(ErrorCode::UnknownField);
        }
    }
    let mut merged = stored.clone();
    store_page(page, &mut merged, &mine);
    let errors = validate_page(page, &merged, ctx);
    if !errors.is_empty() {
        return Err(Rejection::Invalid(errors));
    }
    let mut normalised = Answers::new();
    if page.repeat.is_some() {
        normalised.set(page.count_input(), item_count(&merged, page.id).to_string());
    }
    for prefix in item_prefixes(page, &merged) {
        for field in page.fields.iter().filter(|f| field_visible_at(f, &merged, ctx, &prefix)) {
            if let Ok(values) = check_field_at(field, &prefix, &merged, ctx) {
                for (k, v) in values {
                    normalised.set(k, v);
                }
            }
        }
    }
    Ok(normalised)
}

/// Replaces a page's answers (every item of a repeated page) in the stored answers.
pub fn store_page(page: &Page, stored: &mut Answers, normalised: &Answers) {
    let old: Vec<String> =
        stored.iter().map(|(k, _)| k).filter(|k| is_page_input(page, k)).map(str::to_owned).collect();
    for name in old {
        stored.remove(&name);
    }
    stored.merge(normalised);
}

/// Drops answers to pages, items and fields no longer shown, so only what applies is submitted.
pub fn prune(def: &ServiceDefinition, answers: &Answers, ctx: &Context) -> Answers {
    let mut out = Answers::new();
    for page in visible_pages(def, answers, ctx) {
        if page.repeat.is_some() {
            out.set(page.count_input(), answers.value(&page.count_input()));
        }
        for prefix in item_prefixes(page, answers) {
            for field in page.fields.iter().filter(|f| field_visible_at(f, answers, ctx, &prefix)) {
                for name in field.input_names_at(&prefix) {
                    if let Some(v) = answers.get(&name) {
                        out.set(name, v);
                    }
                }
            }
        }
    }
    out
}

/// A place in the journey through a form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    Page(&'static str),
    Documents,
    Check,
}

/// Where to go after a page is saved: the next visible page, or the documents page when the form
/// asks for documents, or check-answers. Coming from check-answers goes back there, unless the
/// change opened a page not yet answered.
pub fn next_step(def: &ServiceDefinition, answers: &Answers, ctx: &Context, current: &str, returning: bool) -> Step {
    if returning {
        return first_incomplete(def, answers, ctx).map_or(Step::Check, |p| Step::Page(p.id));
    }
    let pages: Vec<&Page> = visible_pages(def, answers, ctx).collect();
    let pos = pages.iter().position(|p| p.id == current);
    match pos.and_then(|i| pages.get(i + 1)) {
        Some(p) => Step::Page(p.id),
        None if !def.documents.is_empty() => Step::Documents,
        None => Step::Check,
    }
}

/// The page before this one, for the back link.
pub fn previous_page(def: &ServiceDefinition, answers: &Answers, ctx: &Context, current: &str) -> Option<&'static str> {
    let pages: Vec<&Page> = visible_pages(def, answers, ctx).collect();
    let pos = pages.iter().position(|p| p.id == current)?;
    pos.checked_sub(1).map(|i| pages[i].id)
}

/// The first visible page with an error, if any.
pub fn first_incomplete(def: &ServiceDefinition, answers: &Answers, ctx: &Context) -> Option<&'static Page> {
    visible_pages(def, answers, ctx).find(|p| !validate_page(p, answers, ctx).is_empty())
}

/// What an "Add another" or "Remove" button of a repeated page does to the posted inputs: a new
/// empty item at the end, or item `n` taken out and the later ones renumbered. `None` for any
/// other action, or one the page's limits do not allow.
pub fn item_action(page: &Page, posted: &[(String, String)], action: &str) -> Option<Vec<(String, String)>> {
    let repeat = page.repeat?;
    let count_name = page.count_input();
    let count = posted.iter().find(|(k, _)| *k == count_name).and_then(|(_, v)| v.parse::<usize>().ok()).unwrap_or(0);
    let item_of = |name: &str| -> Option<(usize, String)> {
        let rest = name.strip_prefix(page.id)?.strip_prefix('-')?;
        let (n, input) = rest.split_once('-')?;
        Some((n.parse().ok()?, input.to_owned()))
    };
    let mut out: Vec<(String, String)> =
        posted.iter().filter(|(k, _)| *k != count_name && !CONTROL_INPUTS.contains(&k.as_str())).cloned().collect();
    let new_count = if action == "add" {
        if count >= usize::from(repeat.max) {
            return None;
        }
        count + 1
    } else {
        let n: usize = action.strip_prefix("remove-")?.parse().ok()?;
        if n == 0 || n > count || count <= usize::from(repeat.min) {
            return None;
        }
        out = out
            .into_iter()
            .filter_map(|(k, v)| match item_of(&k) {
                Some((m, _)) if m == n => None,
                Some((m, input)) if m > n => Some((format!("{}{input}", page.item_prefix(m - 1)), v)),
                _ => Some((k, v)),
            })
            .collect();
        count - 1
    };
    out.push((count_name, new_count.to_string()));
    Some(out)
}
