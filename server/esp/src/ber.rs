//! BER → DER normalisation, and a small DER walker for the raw bytes a signature covers.
//!
//! Real NCALayer (Kalkan, BouncyCastle underneath) emits CMS with BER indefinite lengths and may split the
//! encapsulated content into a constructed OCTET STRING. The `der` crate accepts DER only, so input is first
//! rewritten here: indefinite and non-minimal lengths become minimal definite ones, constructed string types
//! are flattened into primitive ones, and BER `TRUE` values become `0xFF`. `SET` elements are **not** reordered:
//! the signature over signed attributes is checked against the bytes as sent, not against a re-sorted copy.
//! Input that is already DER comes out byte for byte unchanged.

use std::fmt;

/// Deepest nesting accepted; CMS with certificates needs about 12 levels.
const MAX_DEPTH: usize = 64;

/// Why a BER encoding could not be normalised.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BerError {
    /// The input ends inside an element.
    Truncated,
    /// A length field is malformed or larger than 2³² − 1.
    BadLength,
    /// An indefinite length on a primitive element.
    IndefinitePrimitive,
    /// An end-of-contents marker outside an indefinite-length element.
    UnexpectedEndOfContents,
    /// Nesting deeper than the limit.
    TooDeep,
    /// Bytes follow the outermost element.
    TrailingData,
    /// A constructed string contains something other than segments of the same type.
    BadStringSegment,
}

impl fmt::Display for BerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            BerError::Truncated => "truncated BER element",
            BerError::BadLength => "malformed BER length",
            BerError::IndefinitePrimitive => "indefinite length on a primitive BER element",
            BerError::UnexpectedEndOfContents => "unexpected BER end-of-contents",
            BerError::TooDeep => "BER nesting too deep",
            BerError::TrailingData => "data after the BER element",
            BerError::BadStringSegment => "malformed segment in a constructed BER string",
        };
        f.write_str(text)
    }
}

impl std::error::Error for BerError {}

/// Rewrites one BER element (and everything inside it) as DER. See the module docs for what changes.
pub fn ber_to_der(input: &[u8]) -> Result<Vec<u8>, BerError> {
    let mut reader = Reader { input, pos: 0 };
    let node = reader.element(0)?.ok_or(BerError::UnexpectedEndOfContents)?;
    if reader.pos != input.len() {
        return Err(BerError::TrailingData);
    }
    let mut out = Vec::with_capacity(input.len());
    node.write(&mut out);
    Ok(out)
}

enum Body<'a> {
    Primitive(std::borrow::Cow<'a, [u8]>),
    Constructed(Vec<Node<'a>>),
}

struct Node<'a> {
    /// Identifier octets; bit 6 of the first says "constructed".
    identifier: Vec<u8>,
    body: Body<'a>,
}

impl Node<'_> {
    fn content_len(&self) -> usize {
        match &self.body {
            Body::Primitive(bytes) => bytes.len(),
            Body::Constructed(children) => children.iter().map(Node::encoded_len).sum(),
        }
    }

    fn encoded_len(&self) -> usize {
        let len = self.content_len();
        self.identifier.len() + length_octets(len) + len
    }

    fn write(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.identifier);
        write_length(self.content_len(), out);
        match &self.body {
            Body::Primitive(bytes) => out.extend_from_slice(bytes),
            Body::Constructed(children) => children.iter().for_each(|child| child.write(out)),
        }
    }
}

fn length_octets(len: usize) -> usize {
    if len < 0x80 { 1 } else { 1 + (usize::BITS as usize / 8 - len.leading_zeros() as usize / 8) }
}

fn write_length(len: usize, out: &mut Vec<u8>) {
    if len < 0x80 {
        out.push(len as u8);
    } else {
        let bytes = len.to_be_bytes();
        let skip = len.leading_zeros() as usize / 8;
        out.push(0x80 | (bytes.len() - skip) as u8);
        out.extend_from_slice(&bytes[skip..]);
    }
}

/// Universal string types that BER may send in constructed form: BIT STRING, OCTET STRING and the
/// character strings.
fn is_string_type(tag_number: u8) -> bool {
    matches!(tag_number, 0x03 | 0x04 | 0x0C | 0x12 | 0x13 | 0x14 | 0x15 | 0x16 | 0x19 | 0x1A | 0x1B | 0x1C | 0x1E)
}

struct Reader<'a> {
    input: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn byte(&mut self) -> Result<u8, BerError> {
        let byte = *self.input.get(self.pos).ok_or(BerError::Truncated)?;
        self.pos += 1;
        Ok(byte)
    }

    /// Reads one element; `None` for an end-of-contents marker.
    fn element(&mut self, depth: usize) -> Result<Option<Node<'a>>, BerError> {
        if depth > MAX_DEPTH {
            return Err(BerError::TooDeep);
        }
        let start = self.pos;
        let first = self.byte()?;
        if first & 0x1F == 0x1F {
            // High tag number: continuation bytes until one without bit 8.
            while self.byte()? & 0x80 != 0 {}
        }
        let identifier = self.input[start..self.pos].to_vec();
        let constructed = first & 0x20 != 0;
        let length = self.length()?;
        if first == 0 {
            return if length == Some(0) { Ok(None) } else { Err(BerError::UnexpectedEndOfContents) };
        }
        let node = match (constructed, length) {
            (false, None) => return Err(BerError::IndefinitePrimitive),
            (false, Some(len)) => {
                let bytes = self.take(len)?;
                let bytes = if first == 0x01 && bytes.len() == 1 && bytes[0] != 0 {
                    std::borrow::Cow::Owned(vec![0xFF])
                } else {
                    std::borrow::Cow::Borrowed(bytes)
                };
                Node { identifier, body: Body::Primitive(bytes) }
            }
            (true, Some(len)) => {
                let content = self.take(len)?;
                let mut inner = Reader { input: content, pos: 0 };
                let mut children = Vec::new();
                while inner.pos < content.len() {
                    children.push(inner.element(depth + 1)?.ok_or(BerError::UnexpectedEndOfContents)?);
                }
                Node { identifier, body: Body::Constructed(children) }
            }
            (true, None) => {
                let mut children = Vec::new();
                while let Some(child) = self.element(depth + 1)? {
                    children.push(child);
                }
                Node { identifier, body: Body::Constructed(children) }
            }
        };
        if constructed && first & 0xC0 == 0 && is_string_type(first & 0x1F) {
            return flatten_string(node).map(Some);
        }
        Ok(Some(node))
    }

    fn length(&mut self) -> Result<Option<usize>, BerError> {
        let first = self.byte()?;
        if first < 0x80 {
            return Ok(Some(first as usize));
        }
        if first == 0x80 {
            return Ok(None);
        }
        let count = (first & 0x7F) as usize;
        if count > 4 {
            return Err(BerError::BadLength);
        }
        let mut len = 0usize;
        for _ in 0..count {
            len = (len << 8) | self.byte()? as usize;
        }
        Ok(Some(len))
    }

    fn take(&mut self, len: usize) -> Result<&'a [u8], BerError> {
        let end = self.pos.checked_add(len).ok_or(BerError::BadLength)?;
        let bytes = self.input.get(self.pos..end).ok_or(BerError::Truncated)?;
        self.pos = end;
        Ok(bytes)
    }
}

/// Turns a constructed string into the primitive one it stands for (X.690 §8.6, §8.7, §8.23).
fn flatten_string(node: Node<'_>) -> Result<Node<'_>, BerError> {
    let tag = node.identifier[0] & !0x20;
    let Body::Constructed(children) = node.body else { return Ok(node) };
    let is_bit_string = tag == 0x03;
    let mut bytes = Vec::new();
    let count = children.len();
    let mut unused_bits = 0u8;
    for (index, child) in children.into_iter().enumerate() {
        // Segments were flattened already when they were read; they must be primitive of the same type.
        let Body::Primitive(segment) = child.body else { return Err(BerError::BadStringSegment) };
        if child.identifier != [tag] {
            return Err(BerError::BadStringSegment);
        }
        if is_bit_string {
            let (&unused, data) = segment.split_first().ok_or(BerError::BadStringSegment)?;
            if unused != 0 && index + 1 != count {
                return Err(BerError::BadStringSegment);
            }
            unused_bits = unused;
            bytes.extend_from_slice(data);
        } else {
            bytes.extend_from_slice(&segment);
        }
    }
    if is_bit_string {
        bytes.insert(0, unused_bits);
    }
    Ok(Node { identifier: vec![tag], body: Body::Primitive(std::borrow::Cow::Owned(bytes)) })
}

/// One DER element found by [`children`]: the identifier's first octet, the whole encoding and the content.
#[derive(Clone, Copy)]
pub(crate) struct Tlv<'a> {
    pub tag: u8,
    pub whole: &'a [u8],
    pub content: &'a [u8],
}

/// Reads one definite-length element from the start of `input`; returns it and the rest.
pub(crate) fn read_tlv(input: &[u8]) -> Option<(Tlv<'_>, &[u8])> {
    let mut reader = Reader { input, pos: 0 };
    let tag = reader.byte().ok()?;
    if tag & 0x1F == 0x1F {
        while reader.byte().ok()? & 0x80 != 0 {}
    }
    let len = reader.length().ok()??;
    let content = reader.take(len).ok()?;
    let (whole, rest) = input.split_at(reader.pos);
    Some((Tlv { tag, whole, content }, rest))
}

/// The elements directly inside a constructed DER element's content.
pub(crate) fn children(content: &[u8]) -> Option<Vec<Tlv<'_>>> {
    let mut rest = content;
    let mut out = Vec::new();
    while !rest.is_empty() {
        let (tlv, next) = read_tlv(rest)?;
        out.push(tlv);
        rest = next;
    }
    Some(out)
}

/// The first element inside a DER `SEQUENCE` (the signed `tbsCertificate` / `tbsCertList`), as sent.
pub(crate) fn first_inner_element(der: &[u8]) -> Option<&[u8]> {
    let (outer, _) = read_tlv(der)?;
    let (first, _) = read_tlv(outer.content)?;
    Some(first.whole)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn der_input_comes_out_unchanged() {
        let der = [0x30, 0x08, 0x02, 0x01, 0x05, 0x04, 0x03, 0x61, 0x62, 0x63];
        assert_eq!(ber_to_der(&der).unwrap(), der);
    }

    #[test]
    fn indefinite_lengths_become_definite() {
        let ber = [0x30, 0x80, 0x31, 0x80, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00];
        assert_eq!(ber_to_der(&ber).unwrap(), [0x30, 0x05, 0x31, 0x03, 0x02, 0x01, 0x01]);
    }

    #[test]
    fn non_minimal_lengths_are_shortened() {
        let ber = [0x04, 0x82, 0x00, 0x02, 0xAA, 0xBB];
        assert_eq!(ber_to_der(&ber).unwrap(), [0x04, 0x02, 0xAA, 0xBB]);
    }

    #[test]
    fn constructed_octet_string_is_flattened() {
        let ber = [0x24, 0x80, 0x04, 0x02, 0x61, 0x62, 0x04, 0x01, 0x63, 0x00, 0x00];
        assert_eq!(ber_to_der(&ber).unwrap(), [0x04, 0x03, 0x61, 0x62, 0x63]);
    }

    #[test]
    fn nested_constructed_octet_strings_are_flattened() {
        let ber = [0x24, 0x80, 0x24, 0x80, 0x04, 0x01, 0x61, 0x00, 0x00, 0x04, 0x01, 0x62, 0x00, 0x00];
        assert_eq!(ber_to_der(&ber).unwrap(), [0x04, 0x02, 0x61, 0x62]);
    }

    #[test]
    fn constructed_bit_string_keeps_unused_bits_of_the_last_segment() {
        let ber = [0x23, 0x08, 0x03, 0x02, 0x00, 0xAA, 0x03, 0x02, 0x04, 0xF0];
        assert_eq!(ber_to_der(&ber).unwrap(), [0x03, 0x03, 0x04, 0xAA, 0xF0]);
    }

    #[test]
    fn ber_true_becomes_ff() {
        assert_eq!(ber_to_der(&[0x01, 0x01, 0x01]).unwrap(), [0x01, 0x01, 0xFF]);
    }

    #[test]
    fn long_content_gets_a_long_form_length() {
        let mut ber = vec![0x24, 0x80];
        for _ in 0..3 {
            ber.extend_from_slice(&[0x04, 0x64]);
            ber.extend_from_slice(&[0x5A; 100]);
        }
        ber.extend_from_slice(&[0, 0]);
        let der = ber_to_der(&ber).unwrap();
        assert_eq!(&der[..4], &[0x04, 0x82, 0x01, 0x2C]);
        assert_eq!(der.len(), 4 + 300);
    }

    #[test]
    fn context_specific_indefinite_wrapper_is_kept_as_constructed() {
        let ber = [0xA0, 0x80, 0x04, 0x01, 0x61, 0x00, 0x00];
        assert_eq!(ber_to_der(&ber).unwrap(), [0xA0, 0x03, 0x04, 0x01, 0x61]);
    }

    #[test]
    fn high_tag_numbers_are_copied() {
        let ber = [0x9F, 0x81, 0x01, 0x01, 0x07];
        assert_eq!(ber_to_der(&ber).unwrap(), ber);
    }

    #[test]
    fn truncated_input_is_refused() {
        assert_eq!(ber_to_der(&[0x30, 0x05, 0x02, 0x01]), Err(BerError::Truncated));
        assert_eq!(ber_to_der(&[0x30, 0x80, 0x02, 0x01, 0x01]), Err(BerError::Truncated));
    }

    #[test]
    fn trailing_bytes_are_refused() {
        assert_eq!(ber_to_der(&[0x05, 0x00, 0x00]), Err(BerError::TrailingData));
    }

    #[test]
    fn indefinite_primitive_is_refused() {
        assert_eq!(ber_to_der(&[0x04, 0x80, 0x00, 0x00]), Err(BerError::IndefinitePrimitive));
    }

    #[test]
    fn stray_end_of_contents_is_refused() {
        assert_eq!(ber_to_der(&[0x30, 0x02, 0x00, 0x00]), Err(BerError::UnexpectedEndOfContents));
    }

    #[test]
    fn excessive_nesting_is_refused() {
        let mut ber = Vec::new();
        for _ in 0..100 {
            ber.extend_from_slice(&[0x30, 0x80]);
        }
        for _ in 0..100 {
            ber.extend_from_slice(&[0x00, 0x00]);
        }
        assert_eq!(ber_to_der(&ber), Err(BerError::TooDeep));
    }

    #[test]
    fn five_byte_lengths_are_refused() {
        assert_eq!(ber_to_der(&[0x04, 0x85, 0, 0, 0, 0, 1, 0]), Err(BerError::BadLength));
    }

    #[test]
    fn walker_finds_children_and_the_first_inner_element() {
        let der = [0x30, 0x07, 0x30, 0x02, 0x05, 0x00, 0x02, 0x01, 0x07];
        assert_eq!(first_inner_element(&der), Some(&[0x30, 0x02, 0x05, 0x00][..]));
        let inner = children(&der[2..]).unwrap();
        assert_eq!(inner.len(), 2);
        assert_eq!(inner[1].tag, 0x02);
        assert_eq!(inner[1].content, &[0x07]);
    }
}
