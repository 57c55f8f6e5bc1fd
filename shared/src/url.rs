//! Percent-encoding of query values, for links the portal builds (a return address, a deep link
//! into the eGov mobile app).

/// Percent-encodes a string for use as a query value: everything but ASCII letters, digits and
/// `-_.~/` becomes `%XX`.
pub fn encode_component(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~/".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Decodes a percent-encoded query value (`+` is a space); `None` when the result is not UTF-8 or
/// an escape is cut short.
pub fn decode_component(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = s.get(i + 1..i + 3)?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_survives_encoding_and_decoding() {
        let url = "https://portal.example.kz/api/egov/mgovSign/ab12?x=1&y=ә";
        let encoded = encode_component(url);
        assert!(!encoded.contains([':', '?', '&', '=']), "{encoded}");
        assert_eq!(decode_component(&encoded).as_deref(), Some(url));
    }

    #[test]
    fn a_cut_escape_is_not_decoded() {
        assert_eq!(decode_component("abc%2"), None);
        assert_eq!(decode_component("a+b"), Some("a b".into()));
    }
}
