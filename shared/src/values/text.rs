//! Free text typed into forms.

use validator::ValidateLength;

use crate::error::ErrorCode;

/// Normalises free text: trims, turns Windows line ends into `\n`, and refuses control characters
/// (a single line refuses line breaks too). Length is counted in characters, not bytes.
pub fn parse_text(raw: &str, min: u32, max: u32, multiline: bool) -> Result<String, ErrorCode> {
    let owned;
    let s = if raw.contains('\r') {
        owned = raw.replace("\r\n", "\n").replace('\r', "\n");
        owned.trim()
    } else {
        raw.trim()
    };
    if s.is_empty() {
        return Err(ErrorCode::Required);
    }
    let bad = |c: char| {
        let allowed_ws = multiline && (c == '\n' || c == '\t');
        (c.is_control() && !allowed_ws) || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    };
    if s.chars().any(bad) {
        return Err(ErrorCode::TextControlChars);
    }
    if !s.validate_length(None, Some(u64::from(max)), None) {
        return Err(ErrorCode::TextTooLong);
    }
    if !s.validate_length(Some(u64::from(min)), None, None) {
        return Err(ErrorCode::TextTooShort);
    }
    Ok(s.to_owned())
}

/// Whether a character belongs to the Cyrillic script.
fn is_cyrillic(c: char) -> bool {
    matches!(c, '\u{0400}'..='\u{04ff}' | '\u{0500}'..='\u{052f}')
}

/// Checks a person's name and mends the Latin `i`/`I` typed for the Kazakh Cyrillic `і`/`І` inside
/// an otherwise Cyrillic word, a slip common on keyboards without Kazakh letters.
pub fn parse_person_name(raw: &str, max: u32) -> Result<String, ErrorCode> {
    let s = parse_text(raw, 1, max, false)?;
    let ok = s.chars().all(|c| c.is_alphabetic() || matches!(c, ' ' | '-' | '\'' | '’' | '.' | '(' | ')' | ','));
    if !ok || !s.chars().any(char::is_alphabetic) {
        return Err(ErrorCode::NameCharacters);
    }
    if !s.contains(['i', 'I']) && !s.contains("  ") {
        return Ok(s);
    }
    let words: Vec<String> = s
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(|w| {
            if w.chars().any(is_cyrillic) {
                w.chars()
                    .map(|c| match c {
                        'i' => 'і',
                        'I' => 'І',
                        other => other,
                    })
                    .collect()
            } else {
                w.to_owned()
            }
        })
        .collect();
    Ok(words.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_trimmed_and_measured_in_characters() {
        assert_eq!(parse_text("  Қазақстан ", 1, 10, false), Ok("Қазақстан".into()));
        assert_eq!(parse_text("ӘӘӘӘӘ", 1, 5, false), Ok("ӘӘӘӘӘ".into()));
        assert_eq!(parse_text("ӘӘӘӘӘӘ", 1, 5, false), Err(ErrorCode::TextTooLong));
    }

    #[test]
    fn control_characters_and_direction_overrides_are_refused() {
        assert_eq!(parse_text("a\u{0007}b", 1, 50, false), Err(ErrorCode::TextControlChars));
        assert_eq!(parse_text("a\u{202e}b", 1, 50, true), Err(ErrorCode::TextControlChars));
        assert_eq!(parse_text("line\nbreak", 1, 50, false), Err(ErrorCode::TextControlChars));
        assert_eq!(parse_text("line\r\nbreak", 1, 50, true), Ok("line\nbreak".into()));
    }

    #[test]
    fn latin_i_inside_a_cyrillic_name_becomes_kazakh_i() {
        assert_eq!(parse_person_name("Әлiбек Ermek", 100), Ok("Әлібек Ermek".into()));
    }

    #[test]
    fn names_with_digits_are_refused() {
        assert_eq!(parse_person_name("Айгерім 2", 100), Err(ErrorCode::NameCharacters));
    }
}
