//! E-mail addresses.
//!
//! The grammar is the WHATWG HTML "valid e-mail address" (what `<input type=email>` accepts), plus
//! a dot in the domain, because a portal must reach the address over the Internet. It is written out
//! here rather than taken from `validator`'s e-mail rule: that rule pulls in regex and IDNA tables
//! (two thirds of a release WebAssembly bundle), and the browser and the server must run exactly the
//! same rule.

use serde::{Deserialize, Serialize};

use crate::error::ErrorCode;

/// The longest address SMTP can carry.
pub const MAX_EMAIL_LEN: usize = 254;

/// A syntactically valid e-mail address, trimmed, domain in lower case.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Email(String);

fn local_char_ok(c: char) -> bool {
    c.is_ascii_alphanumeric() || ".!#$%&'*+/=?^_`{|}~-".contains(c)
}

fn label_ok(label: &str) -> bool {
    let b = label.as_bytes();
    !b.is_empty()
        && b.len() <= 63
        && b.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'-')
        && b[0] != b'-'
        && b[b.len() - 1] != b'-'
}

impl Email {
    /// Checks an address.
    pub fn parse(raw: &str) -> Result<Email, ErrorCode> {
        let s = raw.trim();
        if s.is_empty() {
            return Err(ErrorCode::Required);
        }
        if s.chars().count() > MAX_EMAIL_LEN {
            return Err(ErrorCode::EmailTooLong);
        }
        let Some((local, domain)) = s.rsplit_once('@') else {
            return Err(ErrorCode::EmailFormat);
        };
        let ok = !local.is_empty()
            && local.chars().all(local_char_ok)
            && domain.contains('.')
            && domain.split('.').all(label_ok);
        if !ok {
            return Err(ErrorCode::EmailFormat);
        }
        Ok(Email(format!("{local}@{}", domain.to_ascii_lowercase())))
    }

    /// The address.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Email {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Email(…)")
    }
}

impl TryFrom<String> for Email {
    type Error = ErrorCode;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Email::parse(&value)
    }
}

impl From<Email> for String {
    fn from(value: Email) -> Self {
        value.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_addresses_are_accepted() {
        assert_eq!(Email::parse(" aigerim.n@Mail.KZ ").unwrap().as_str(), "aigerim.n@mail.kz");
        assert!(Email::parse("a+tag@sub.example.org").is_ok());
    }

    #[test]
    fn addresses_without_at_or_dotted_domain_are_refused() {
        for bad in ["nope", "a@b", "a@@b.kz", "a b@c.kz", "@c.kz", "a@-c.kz", "a@c..kz", "айгерим@mail.kz"] {
            assert_eq!(Email::parse(bad), Err(ErrorCode::EmailFormat), "{bad}");
        }
    }
}
