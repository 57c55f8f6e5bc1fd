//! Question pages, fields, conditions and document slots.

use serde::{Deserialize, Serialize};

use super::Channel;
use crate::lang::Text;

/// A value the portal takes from a state database instead of asking for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RegistryAttr {
    /// Surname, given name and patronymic (Т.А.Ә. / Ф.И.О.).
    FullName,
    Iin,
    BirthDate,
    /// Registered address of residence.
    Address,
    /// Identity document: kind, number, issuer and dates.
    IdentityDocument,
}

/// The state database a prefilled value comes from, named on the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum DataSource {
    /// «Жеке тұлғалар» мемлекеттік деректер базасы / ГБД «Физические лица».
    IndividualsDb,
}

impl DataSource {
    /// The source as the form names it.
    pub const fn name(self) -> Text {
        match self {
            DataSource::IndividualsDb => Text::new(
                "«Жеке тұлғалар» мемлекеттік деректер базасы",
                "Государственная база данных «Физические лица»",
                "State database «Individuals»",
            ),
        }
    }
}

/// A condition on earlier answers that shows a page or a field, or requires a document.
///
/// Inside a repeated page (one child of several) a field id refers to that item's answer first.
#[derive(Debug, Clone, Copy)]
pub enum Condition {
    /// The answer to the field equals the value.
    Equals(&'static str, &'static str),
    /// The field is answered with anything but the value.
    NotEquals(&'static str, &'static str),
    /// The field is answered.
    Answered(&'static str),
    /// The person whose date of birth (a date field) or IIN (an IIN field) the field holds is at
    /// least this many full years old today.
    AgeAtLeast(&'static str, u8),
    /// … is younger than this many full years today.
    AgeBelow(&'static str, u8),
    /// The date of birth the field holds (a date field, or the date an IIN encodes) is before the
    /// given day (ISO 8601): "born before 13 August 2007".
    BornBefore(&'static str, &'static str),
    /// The condition holds for at least one item of a repeated page (by page id).
    AnyItem(&'static str, &'static Condition),
    /// Every condition holds.
    All(&'static [Condition]),
    /// At least one condition holds.
    Any(&'static [Condition]),
    /// The condition does not hold.
    Not(&'static Condition),
}

/// One option of a choice question.
#[derive(Debug, Clone, Copy)]
pub struct ChoiceOption {
    /// The value submitted and stored.
    pub value: &'static str,
    pub label: Text,
    pub hint: Option<Text>,
}

/// How a choice is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChoiceControl {
    /// Radio buttons, for up to about ten options.
    Radios,
    /// A drop-down list, for long reference lists.
    Select,
}

/// What kind of answer a field takes, with the limits of its rule.
#[derive(Debug, Clone, Copy)]
pub enum FieldKind {
    /// Free text, `max` characters at most.
    Text {
        max: u32,
        multiline: bool,
    },
    /// A person's name or names.
    PersonName {
        max: u32,
    },
    Iin,
    Bin,
    /// A Kazakhstan phone number.
    Phone,
    Email,
    /// A date in three boxes (`{id}-day`, `{id}-month`, `{id}-year`).
    Date {
        not_future: bool,
    },
    /// A period of years in two boxes (`{id}-from`, `{id}-to`), from ≤ to.
    YearPeriod {
        not_future: bool,
    },
    /// One option of a list.
    Choice {
        options: &'static [ChoiceOption],
        control: ChoiceControl,
    },
    /// A whole number within limits (a count of rooms, an area in square metres).
    Number {
        min: i64,
        max: i64,
    },
    /// A sum in tenge, up to `max_tenge`.
    Money {
        max_tenge: i64,
    },
    /// A Kazakhstan bank account (IBAN).
    Iban,
    /// A region of Kazakhstan (oblast or city of republican significance), from the territory list.
    Region,
    /// A district or city of the region answered in `region_field`.
    District {
        region_field: &'static str,
    },
    /// A single box to tick: a consent or a confirmation.
    Consent,
}

/// A rule a field's answer must also meet, beyond its kind, with its own message.
#[derive(Debug, Clone, Copy)]
pub enum Rule {
    /// The person born on the date (a date field), or whose IIN it is (an IIN field), is at least
    /// `min` and under `max` full years old today.
    Age { min: u8, max: u8, message: Text },
    /// The answer must differ from the applicant's own IIN (a child, a co-owner).
    NotApplicantIin { message: Text },
    /// A date must equal the date of birth encoded in the IIN answered in `iin_field` (on the same
    /// page or item).
    MatchesIinBirthDate { iin_field: &'static str, message: Text },
    /// A date must be today or later (a decision valid until, an end of a period).
    NotPast { message: Text },
}

/// One question on a page.
#[derive(Debug)]
pub struct Field {
    /// Stable identifier; also the input name for single-box kinds.
    pub id: &'static str,
    /// The question or label.
    pub label: Text,
    /// One short sentence of help, without a full stop or links.
    pub hint: Option<Text>,
    /// The label on the check-answers page, when shorter than the question.
    pub summary_label: Option<Text>,
    pub kind: FieldKind,
    pub required: bool,
    /// The message when a required answer is missing ("Enter your phone number").
    pub missing: Option<Text>,
    /// The field is asked only when this holds.
    pub show_if: Option<Condition>,
    /// Taken read-only from a state database when it has the value; asked for when it does not.
    pub prefill: Option<(DataSource, RegistryAttr)>,
    /// The HTML `autocomplete` token (WCAG 1.3.5).
    pub autocomplete: Option<&'static str>,
    /// Width class for text inputs (`20`, `10`, `full`).
    pub width: Option<&'static str>,
    /// A further rule, checked once the answer has the right form.
    pub rule: Option<Rule>,
}

impl Field {
    /// A required field with no hint, condition or prefill; definitions adjust it with struct
    /// update syntax.
    pub const fn new(id: &'static str, label: Text, kind: FieldKind, missing: Text) -> Field {
        Field {
            id,
            label,
            hint: None,
            summary_label: None,
            kind,
            required: true,
            missing: Some(missing),
            show_if: None,
            prefill: None,
            autocomplete: None,
            width: None,
            rule: None,
        }
    }

    /// An optional field.
    pub const fn optional(id: &'static str, label: Text, kind: FieldKind) -> Field {
        Field { required: false, missing: None, ..Field::new(id, label, kind, Text::new("", "", "")) }
    }

    /// The suffixes of the field's inputs: `["day", "month", "year"]` for a date, `["from", "to"]`
    /// for a period, `[""]` for a field with one input.
    pub const fn input_suffixes(&self) -> &'static [&'static str] {
        match self.kind {
            FieldKind::Date { .. } => &["day", "month", "year"],
            FieldKind::YearPeriod { .. } => &["from", "to"],
            _ => &[""],
        }
    }

    /// The name of one input of the field in item `prefix` (`""` outside repeated pages).
    pub fn input_name(&self, prefix: &str, suffix: &str) -> String {
        match (prefix.is_empty(), suffix.is_empty()) {
            (true, true) => self.id.to_owned(),
            (_, true) => format!("{prefix}{}", self.id),
            _ => format!("{prefix}{}-{suffix}", self.id),
        }
    }

    /// The names of the inputs this field submits, in the order they appear.
    pub fn input_names(&self) -> Vec<String> {
        self.input_names_at("")
    }

    /// The input names of the field inside an item of a repeated page (`prefix` is `children-2-`).
    pub fn input_names_at(&self, prefix: &str) -> Vec<String> {
        match self.kind {
            FieldKind::Date { .. } => {
                ["day", "month", "year"].iter().map(|p| format!("{prefix}{}-{p}", self.id)).collect()
            }
            FieldKind::YearPeriod { .. } => ["from", "to"].iter().map(|p| format!("{prefix}{}-{p}", self.id)).collect(),
            _ => vec![format!("{prefix}{}", self.id)],
        }
    }

    /// The input an error summary links to: the first box.
    pub fn first_input(&self) -> String {
        self.input_names().remove(0)
    }
}

/// A question page.
#[derive(Debug)]
pub struct Page {
    /// Stable identifier, used in the URL.
    pub id: &'static str,
    /// The page heading. On a page with one field, the field's label is the heading instead.
    pub title: Text,
    /// A paragraph shown under the heading.
    pub intro: Option<Text>,
    pub fields: &'static [Field],
    /// The page is shown only when this holds.
    pub show_if: Option<Condition>,
    /// The page's fields are asked for each of several items (children, co-owners, family members).
    pub repeat: Option<Repeat>,
}

/// How a page repeats: each item is a set of the page's fields, in a numbered fieldset, with
/// buttons to add and remove items (GOV.UK "add another" pattern).
#[derive(Debug, Clone, Copy)]
pub struct Repeat {
    pub min: u8,
    pub max: u8,
    /// The heading of an item; `{n}` is its number ("Child {n}").
    pub item: Text,
    /// The label of the button that adds an item ("Add another child").
    pub add: Text,
}

impl Page {
    /// A page asked once, with no condition.
    pub const fn new(id: &'static str, title: Text, fields: &'static [Field]) -> Page {
        Page { id, title, intro: None, fields, show_if: None, repeat: None }
    }

    /// The prefix of item `n` (from 1) of a repeated page: `children-2-`.
    pub fn item_prefix(&self, n: usize) -> String {
        format!("{}-{n}-", self.id)
    }

    /// The input holding how many items a repeated page has.
    pub fn count_input(&self) -> String {
        format!("{}-count", self.id)
    }
}

/// A kind of file the portal accepts, recognised by its first bytes, not its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FileKind {
    Pdf,
    Jpeg,
    Png,
}

impl FileKind {
    /// The media type sent when the file is downloaded.
    pub const fn mime(self) -> &'static str {
        match self {
            FileKind::Pdf => "application/pdf",
            FileKind::Jpeg => "image/jpeg",
            FileKind::Png => "image/png",
        }
    }

    /// The name people know the kind by.
    pub const fn label(self) -> &'static str {
        match self {
            FileKind::Pdf => "PDF",
            FileKind::Jpeg => "JPG",
            FileKind::Png => "PNG",
        }
    }
}

/// When a document slot must be filled.
#[derive(Debug, Clone, Copy)]
pub enum Requirement {
    Always,
    Optional,
    /// Required when the condition holds, not asked for otherwise.
    When(Condition),
    /// Optional when the condition holds, not asked for otherwise.
    OptionalWhen(Condition),
}

/// A place to upload one kind of document.
#[derive(Debug)]
pub struct DocumentSlot {
    pub id: &'static str,
    pub name: Text,
    pub hint: Option<Text>,
    pub requirement: Requirement,
    /// The channels the document is asked for in.
    pub channels: &'static [Channel],
    pub accepted: &'static [FileKind],
    /// Largest accepted file, in bytes.
    pub max_bytes: u64,
    /// Most files the slot holds (pages of a document scanned separately).
    pub max_files: u8,
}

/// The largest file the portal accepts anywhere: 10 MB.
pub const MAX_UPLOAD_BYTES: u64 = 10 * 1024 * 1024;

/// The file kinds scans may be sent as.
pub const SCAN_KINDS: &[FileKind] = &[FileKind::Pdf, FileKind::Jpeg, FileKind::Png];
