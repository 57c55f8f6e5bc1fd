//! The forms NCALayer hands back a CMS in: base64 (with or without line breaks), PEM armour, or raw bytes.

use base64::Engine;
use base64::alphabet;
use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};

/// Largest signature accepted (an attached CMS of a large application plus certificates fits easily).
pub(crate) const MAX_SIGNATURE_BYTES: usize = 16 * 1024 * 1024;

const LENIENT: GeneralPurposeConfig =
    GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent);
const STANDARD: GeneralPurpose = GeneralPurpose::new(&alphabet::STANDARD, LENIENT);
const URL_SAFE: GeneralPurpose = GeneralPurpose::new(&alphabet::URL_SAFE, LENIENT);

/// The BER/DER bytes of the signature; `None` if the input is none of the accepted forms.
pub(crate) fn signature_bytes(input: &[u8]) -> Option<Vec<u8>> {
    if input.len() > MAX_SIGNATURE_BYTES * 2 {
        return None;
    }
    // A BER/DER SEQUENCE starts with 0x30; base64 and PEM text never do ('0' is 0x30 but cannot start either).
    if input.first() == Some(&0x30) {
        return Some(input.to_vec());
    }
    let text = std::str::from_utf8(input).ok()?.trim();
    let body: String = if text.starts_with("-----BEGIN ") {
        pem_body(text)?
    } else {
        text.chars().filter(|c| !c.is_ascii_whitespace()).collect()
    };
    let bytes = STANDARD.decode(&body).or_else(|_| URL_SAFE.decode(&body)).ok()?;
    (bytes.first() == Some(&0x30) && bytes.len() <= MAX_SIGNATURE_BYTES).then_some(bytes)
}

/// The base64 between the first `-----BEGIN …-----` line and its `-----END …-----` line, headers skipped.
pub(crate) fn pem_body(text: &str) -> Option<String> {
    let mut lines = text.lines().map(str::trim);
    lines.next().filter(|line| line.starts_with("-----BEGIN "))?;
    let mut body = String::new();
    for line in lines {
        if line.starts_with("-----END ") {
            return Some(body);
        }
        if line.contains(':') {
            continue; // RFC 1421 header such as "Proc-Type:"
        }
        body.push_str(line);
    }
    None
}

/// All PEM blocks in `text` with their labels, decoded.
pub(crate) fn pem_blocks(text: &str) -> Option<Vec<(String, Vec<u8>)>> {
    let mut blocks = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find("-----BEGIN ") {
        let block = &rest[start..];
        let label_end = block["-----BEGIN ".len()..].find("-----")? + "-----BEGIN ".len();
        let label = block["-----BEGIN ".len()..label_end].to_owned();
        let end_marker = format!("-----END {label}-----");
        let end = block.find(&end_marker)? + end_marker.len();
        let body = pem_body(&block[..end])?;
        blocks.push((label, STANDARD.decode(body).ok()?));
        rest = &block[end..];
    }
    Some(blocks)
}

#[cfg(test)]
mod tests {
    use super::*;

    const DER: [u8; 4] = [0x30, 0x02, 0x05, 0x00];

    #[test]
    fn raw_der_is_taken_as_is() {
        assert_eq!(signature_bytes(&DER).unwrap(), DER);
    }

    #[test]
    fn base64_with_line_breaks_is_decoded() {
        assert_eq!(signature_bytes(b"MAIF\r\nAA==\r\n").unwrap(), DER);
        assert_eq!(signature_bytes(b"MAIFAA").unwrap(), DER);
    }

    #[test]
    fn pem_armour_is_removed() {
        let pem = b"-----BEGIN CMS-----\nMAIFAA==\n-----END CMS-----\n";
        assert_eq!(signature_bytes(pem).unwrap(), DER);
    }

    #[test]
    fn text_that_is_not_a_signature_is_refused() {
        assert!(signature_bytes(b"hello world").is_none());
        assert!(signature_bytes(b"").is_none());
        assert!(signature_bytes(b"-----BEGIN CMS-----\nMAIFAA==\n").is_none());
    }

    #[test]
    fn several_pem_blocks_are_read_in_order() {
        let text = "-----BEGIN CERTIFICATE-----\nMAIFAA==\n-----END CERTIFICATE-----\n\
                    -----BEGIN X509 CRL-----\nMAA=\n-----END X509 CRL-----\n";
        let blocks = pem_blocks(text).unwrap();
        assert_eq!(blocks.len(), 2);
        assert_eq!(blocks[0], ("CERTIFICATE".to_owned(), DER.to_vec()));
        assert_eq!(blocks[1], ("X509 CRL".to_owned(), vec![0x30, 0x00]));
    }
}
