//! The life of an application, as the cabinet shows it.

use serde::{Deserialize, Serialize};

use crate::text_table;

text_table! {
    /// The status of a submitted application (seed: «өтінішті орындау мәртебесі»).
    pub enum Status {
        /// Accepted by the portal and sent to the provider («түскен»).
        Received => ["Қабылданды", "Принято", "Received"],
        /// Registered by the provider and assigned to an officer.
        InProgress => ["Орындалуда", "В работе", "In progress"],
        /// The provider issued the result.
        Completed => ["Орындалды", "Исполнено", "Completed"],
        /// The provider refused with reasons.
        Refused => ["Дәлелді бас тарту", "Мотивированный отказ", "Refused with reasons"],
    }
}

text_table! {
    /// An event on an application's timeline.
    pub enum EventKind {
        Submitted => [
            "Өтініш жіберілді және қабылданды",
            "Заявление отправлено и принято",
            "Application sent and received"],
        Registered => [
            "Өтініш тіркелді және орындаушыға жіберілді",
            "Заявление зарегистрировано и передано исполнителю",
            "Application registered and passed to an officer"],
        ResultIssued => [
            "Нәтиже дайын",
            "Результат готов",
            "Result ready"],
        Refused => [
            "Дәлелді бас тарту берілді",
            "Выдан мотивированный отказ",
            "Reasoned refusal issued"],
    }
}

impl Status {
    /// The CSS modifier for the status tag.
    pub const fn tone(self) -> &'static str {
        match self {
            Status::Received => "blue",
            Status::InProgress => "yellow",
            Status::Completed => "green",
            Status::Refused => "red",
        }
    }

    /// Stored name.
    pub const fn key(self) -> &'static str {
        match self {
            Status::Received => "received",
            Status::InProgress => "in_progress",
            Status::Completed => "completed",
            Status::Refused => "refused",
        }
    }

    /// Parses a stored name.
    pub fn from_key(key: &str) -> Option<Status> {
        Status::ALL.iter().copied().find(|s| s.key() == key)
    }
}

/// Serde is derived by the table; this keeps the stored form stable and explicit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimelineEntry {
    pub kind: EventKind,
    /// When it happened, ISO 8601 in Kazakhstan time (`2026-11-23T10:15`).
    pub at: String,
}
