//! Languages of the portal and translated texts.
//!
//! Every text a user reads is a [`Text`]: one string per language, fixed at compile time, so a
//! missing translation cannot reach a user.

use serde::{Deserialize, Serialize};

/// A language of the portal. Kazakh is the state language and the default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Қазақ тілі.
    #[default]
    Kk,
    /// Русский язык.
    Ru,
    /// English.
    En,
}

impl Lang {
    /// Every language, in the order the language switcher shows them.
    pub const ALL: [Lang; 3] = [Lang::Kk, Lang::Ru, Lang::En];

    /// The BCP 47 tag used in `lang` attributes, cookies and URLs.
    pub const fn code(self) -> &'static str {
        match self {
            Lang::Kk => "kk",
            Lang::Ru => "ru",
            Lang::En => "en",
        }
    }

    /// The language's own name, as the switcher shows it.
    pub const fn native_name(self) -> &'static str {
        match self {
            Lang::Kk => "Қазақша",
            Lang::Ru => "Русский",
            Lang::En => "English",
        }
    }

    /// Parses a tag such as `kk`, `ru-RU` or `EN`; anything else is `None`.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.split(['-', '_']).next()?.trim();
        match primary.to_ascii_lowercase().as_str() {
            "kk" | "kz" => Some(Lang::Kk),
            "ru" => Some(Lang::Ru),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// Picks the first supported language of an `Accept-Language` header, honouring q-values.
    pub fn negotiate(accept_language: &str) -> Option<Lang> {
        let mut best: Option<(Lang, f32)> = None;
        for part in accept_language.split(',') {
            let mut pieces = part.split(';');
            let tag = pieces.next().unwrap_or("").trim();
            let q = pieces.find_map(|p| p.trim().strip_prefix("q=")).and_then(|q| q.parse::<f32>().ok()).unwrap_or(1.0);
            if let Some(lang) = Lang::from_code(tag)
                && best.is_none_or(|(_, bq)| q > bq)
            {
                best = Some((lang, q));
            }
        }
        best.map(|(lang, _)| lang)
    }
}

/// A text in the three languages of the portal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct Text {
    pub kk: &'static str,
    pub ru: &'static str,
    pub en: &'static str,
}

impl Text {
    /// Builds a text from its three translations.
    pub const fn new(kk: &'static str, ru: &'static str, en: &'static str) -> Text {
        Text { kk, ru, en }
    }

    /// The text in `lang`.
    pub const fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Kk => self.kk,
            Lang::Ru => self.ru,
            Lang::En => self.en,
        }
    }

    /// Whether every language has a non-blank translation.
    pub fn is_complete(&self) -> bool {
        Lang::ALL.iter().all(|l| !self.get(*l).trim().is_empty())
    }
}

/// Replaces `{name}` placeholders in a translated template.
///
/// Templates keep word order per language, which plain concatenation cannot.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = template.to_owned();
    for (name, value) in args {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

/// Declares a table of translated texts: an enum of keys and, for each key, its three texts.
///
/// The compiler rejects a key without all three languages; `ALL` lets tests check for blanks.
#[macro_export]
macro_rules! text_table {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$kmeta:meta])* $key:ident => [$kk:literal, $ru:literal, $en:literal] ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
        $vis enum $name { $( $(#[$kmeta])* $key ),* }

        impl $name {
            /// Every key of the table.
            pub const ALL: &'static [$name] = &[$($name::$key),*];

            /// The key's text in all languages.
            pub const fn text(self) -> $crate::lang::Text {
                match self { $( $name::$key => $crate::lang::Text::new($kk, $ru, $en) ),* }
            }

            /// The key's text in `lang`.
            pub const fn get(self, lang: $crate::lang::Lang) -> &'static str {
                self.text().get(lang)
            }
        }
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_picks_the_highest_supported_quality() {
        assert_eq!(Lang::negotiate("de-DE,ru;q=0.8,en;q=0.9"), Some(Lang::En));
        assert_eq!(Lang::negotiate("kk-KZ"), Some(Lang::Kk));
        assert_eq!(Lang::negotiate("fr, de"), None);
    }

    #[test]
    fn placeholders_are_filled_by_name() {
        assert_eq!(fill("до {date} ({n})", &[("date", "1 мая"), ("n", "3")]), "до 1 мая (3)");
    }
}
