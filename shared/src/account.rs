//! Rules for the sign-in and registration forms.

use validator::ValidateLength;

use crate::error::{ErrorCode, FieldError};
use crate::values::Iin;

/// Shortest password accepted (NIST SP 800-63B asks for at least 8; we ask for 10 and no
/// composition rules).
pub const MIN_PASSWORD: u64 = 10;
/// Longest password accepted, to bound the cost of hashing.
pub const MAX_PASSWORD: u64 = 128;

fn err(field: &str, code: ErrorCode) -> FieldError {
    FieldError { field: field.to_owned(), code }
}

/// Checks the sign-in form: an IIN that can exist and a password.
pub fn validate_login(iin: &str, password: &str) -> Result<Iin, Vec<FieldError>> {
    let mut errors = Vec::new();
    let parsed = Iin::parse(iin).map_err(|c| errors.push(err("iin", c))).ok();
    if password.is_empty() {
        errors.push(err("password", ErrorCode::Required));
    }
    match parsed {
        Some(iin) if errors.is_empty() => Ok(iin),
        _ => Err(errors),
    }
}

/// Checks the registration form: an IIN that can exist, a password of sensible length that does
/// not contain the IIN, typed the same twice.
pub fn validate_registration(iin: &str, password: &str, confirm: &str) -> Result<Iin, Vec<FieldError>> {
    let mut errors = Vec::new();
    let parsed = Iin::parse(iin).map_err(|c| errors.push(err("iin", c))).ok();
    if password.is_empty() {
        errors.push(err("password", ErrorCode::Required));
    } else if !password.validate_length(Some(MIN_PASSWORD), None, None) {
        errors.push(err("password", ErrorCode::PasswordTooShort));
    } else if !password.validate_length(None, Some(MAX_PASSWORD), None) {
        errors.push(err("password", ErrorCode::PasswordTooLong));
    } else if parsed.as_ref().is_some_and(|i| password.contains(i.as_str())) {
        errors.push(err("password", ErrorCode::PasswordContainsIin));
    } else if confirm.is_empty() {
        errors.push(err("confirm", ErrorCode::Required));
    } else if confirm != password {
        errors.push(err("confirm", ErrorCode::PasswordMismatch));
    }
    match parsed {
        Some(iin) if errors.is_empty() => Ok(iin),
        _ => Err(errors),
    }
}

/// Failed sign-ins allowed per account within [`THROTTLE_WINDOW_MINUTES`] before it is locked for
/// that long; the address limit is higher because many people share an address (offices, mobile
/// networks).
pub const MAX_FAILURES_PER_ACCOUNT: i64 = 5;
/// Failed sign-ins allowed per client address within the window.
pub const MAX_FAILURES_PER_ADDRESS: i64 = 30;
/// The window of the sign-in limits, which is also how long a lock lasts.
pub const THROTTLE_WINDOW_MINUTES: i64 = 15;

/// The message for an error on an account form.
pub fn message(error: &FieldError, lang: crate::Lang) -> String {
    use crate::ui::Ui;
    match (error.field.as_str(), error.code) {
        ("iin", ErrorCode::Required) => Ui::MissingIin.get(lang).to_owned(),
        ("password", ErrorCode::Required) => Ui::MissingPassword.get(lang).to_owned(),
        ("confirm", ErrorCode::Required) => Ui::MissingConfirmPassword.get(lang).to_owned(),
        (_, code) => {
            let minutes = THROTTLE_WINDOW_MINUTES.to_string();
            let [min, max] = password_args();
            code.message(lang, &[("min", &min.1), ("max", &max.1), ("minutes", &minutes)])
        }
    }
}

/// The placeholders of password messages.
pub fn password_args() -> [(&'static str, String); 2] {
    [("min", MIN_PASSWORD.to_string()), ("max", MAX_PASSWORD.to_string())]
}

#[cfg(test)]
mod tests {
    use super::*;

    const IIN: &str = "860412394422";

    #[test]
    fn a_short_password_is_refused() {
        let e = validate_registration(IIN, "short", "short").unwrap_err();
        assert_eq!(e, vec![err("password", ErrorCode::PasswordTooShort)]);
    }

    #[test]
    fn a_password_containing_the_iin_is_refused() {
        let pw = format!("my{IIN}pw");
        let e = validate_registration(IIN, &pw, &pw).unwrap_err();
        assert_eq!(e, vec![err("password", ErrorCode::PasswordContainsIin)]);
    }

    #[test]
    fn mismatched_confirmation_is_refused() {
        let e = validate_registration(IIN, "correct horse battery", "correct horse battery!").unwrap_err();
        assert_eq!(e, vec![err("confirm", ErrorCode::PasswordMismatch)]);
    }

    #[test]
    fn a_good_registration_passes() {
        assert!(validate_registration(IIN, "three yellow apples", "three yellow apples").is_ok());
    }

    #[test]
    fn sign_in_reports_every_missing_answer() {
        let e = validate_login("", "").unwrap_err();
        assert_eq!(e, vec![err("iin", ErrorCode::Required), err("password", ErrorCode::Required)]);
    }
}
