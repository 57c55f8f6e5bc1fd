//! One development PKI for all tests (generation costs seconds), pinned to a fixed `now`.

#![allow(dead_code)]

use std::path::PathBuf;
use std::sync::OnceLock;

use esp::devpki::{self, DevOrganisation, DevPerson, DevPki, StaffRole};
use esp::{Verifier, sign};
use time::OffsetDateTime;
use time::macros::datetime;

pub const NOW: OffsetDateTime = datetime!(2026-11-20 10:15:00 UTC);
pub const TESTOV: &str = "880515300111";
pub const SARSENOVA: &str = "900220400222";
pub const SMITH: &str = "950310300333";
pub const BIN: &str = "123456789021";
pub const ORGANISATION: &str = "ТОО \"OTINISH DEMO\"";

pub struct Fixture {
    pub pki: DevPki,
    pub verifier: Verifier,
}

pub fn person(iin: &str, surname: &str, given_name: &str, patronymic: Option<&str>) -> DevPerson {
    DevPerson {
        iin: iin.to_owned(),
        surname: surname.to_owned(),
        given_name: given_name.to_owned(),
        patronymic: patronymic.map(str::to_owned),
    }
}

pub fn people() -> Vec<DevPerson> {
    vec![
        person(TESTOV, "Тестов", "Тест", Some("Тестович")),
        person(SARSENOVA, "Сәрсенова", "Әйгерім", Some("Қайратқызы")),
        person(SMITH, "Smith", "John", None),
    ]
}

pub fn organisations() -> Vec<DevOrganisation> {
    let people = people();
    vec![DevOrganisation {
        bin: BIN.to_owned(),
        name: ORGANISATION.to_owned(),
        staff: vec![(people[1].clone(), StaffRole::Ceo), (people[2].clone(), StaffRole::Employee)],
    }]
}

pub fn fixture() -> &'static Fixture {
    static FIXTURE: OnceLock<Fixture> = OnceLock::new();
    FIXTURE.get_or_init(|| {
        // Under target/tmp: reused across runs (NOW is pinned, so it stays valid), shared by the test binaries
        // through load_or_generate's lock.
        let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("esp-dev-pki");
        let pki = devpki::load_or_generate(&dir, &people(), &organisations(), NOW).expect("development PKI");
        let verifier = pki.verifier();
        Fixture { pki, verifier }
    })
}

/// A login challenge like the server issues (§2.2).
pub fn challenge() -> Vec<u8> {
    b"<?xml version=\"1.0\" encoding=\"UTF-8\"?><login><nonce>q3Jx7dVY0c1hS1kq0Pp5n2a8Wm4tZr6uXb9Ce2Df3Gg</nonce>\
<audience>https://portal.example.kz</audience><issuedAt>2026-11-20T15:15:00+05:00</issuedAt></login>"
        .to_vec()
}

/// About 4 KB of canonical JSON, like a submitted application.
pub fn application() -> Vec<u8> {
    let fields: Vec<String> =
        (0..60).map(|i| format!("\"field_{i:02}\":\"Мекенжай, Астана қ., Мәңгілік Ел даңғылы, {i} үй\"")).collect();
    format!("{{\"service\":\"birth-certificate\",\"version\":3,{}}}", fields.join(",")).into_bytes()
}

pub fn sign_now(key: &esp::devpki::DevKey, content: &[u8], attached: bool) -> Vec<u8> {
    sign::sign_cms(key, content, attached, NOW)
}

/// Re-encodes DER as BER the way Kalkan does: indefinite lengths on every constructed element, long-form
/// lengths on primitives, and OCTET STRINGs split into constructed chunks.
pub fn to_indefinite_ber(der: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut rest = der;
    while !rest.is_empty() {
        let (tag, content, next) = read(rest);
        convert(tag, content, &mut out);
        rest = next;
    }
    out
}

fn read(input: &[u8]) -> (u8, &[u8], &[u8]) {
    let tag = input[0];
    assert_ne!(tag & 0x1F, 0x1F, "test helper handles single-byte tags only");
    let (len, header) = match input[1] {
        short if short < 0x80 => (short as usize, 2),
        long => {
            let count = (long & 0x7F) as usize;
            let len = input[2..2 + count].iter().fold(0usize, |acc, b| (acc << 8) | *b as usize);
            (len, 2 + count)
        }
    };
    (tag, &input[header..header + len], &input[header + len..])
}

fn convert(tag: u8, content: &[u8], out: &mut Vec<u8>) {
    if tag & 0x20 != 0 {
        out.extend_from_slice(&[tag, 0x80]);
        out.extend(to_indefinite_ber(content));
        out.extend_from_slice(&[0, 0]);
    } else if tag == 0x04 && content.len() > 16 {
        out.extend_from_slice(&[0x24, 0x80]);
        for chunk in content.chunks(13) {
            out.extend_from_slice(&[0x04, chunk.len() as u8]);
            out.extend_from_slice(chunk);
        }
        out.extend_from_slice(&[0, 0]);
    } else {
        let len = content.len();
        out.extend_from_slice(&[tag, 0x83, (len >> 16) as u8, (len >> 8) as u8, len as u8]);
        out.extend_from_slice(content);
    }
}

/// Replaces the first occurrence of `needle` in `haystack`.
pub fn replace_once(haystack: &[u8], needle: &[u8], replacement: &[u8]) -> Vec<u8> {
    assert_eq!(needle.len(), replacement.len());
    let position = haystack.windows(needle.len()).position(|w| w == needle).expect("needle present");
    let mut out = haystack.to_vec();
    out[position..position + needle.len()].copy_from_slice(replacement);
    out
}
