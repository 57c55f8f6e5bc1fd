//! The answer-set generator of the parity sweep: deterministic (a seeded SplitMix64), so the
//! native and WebAssembly builds judge exactly the same inputs.

use shared::form::Answers;

use crate::samples::Sample;

/// SplitMix64: small, fast, and the same sequence on every target.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed.
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n`.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % (n.max(1) as u64)) as usize
    }
}

/// A seed per sample, so each service gets its own sequence.
pub fn name_seed(name: &str) -> u64 {
    let mut f = crate::Fnv::default();
    f.write(name.as_bytes());
    u64::from_str_radix(&f.hex(), 16).unwrap_or_default()
}

/// Strings people (and attackers) type: blanks, very long text, control and direction characters,
/// mixed scripts, the Latin i / Cyrillic і confusion of the seeds, look-alike digits, numbers at
/// the edges, identifiers with good and bad check digits, markup and injection attempts.
fn hostile(rng: &mut Rng) -> String {
    const FIXED: &[&str] = &[
        "",
        " ",
        "\t \u{a0}",
        "\u{0}",
        "a\u{7}b",
        "жалақы \u{202e} туралы",
        "\u{200b}",
        "\u{feff}860412394422",
        "Аlma Ivanova",
        "Әлiбек Ermek",
        "Ivanov",
        "Қазақстан Республикасы",
        "👍🏽",
        "e\u{301}",
        "0",
        "-1",
        "99999999999999999999",
        "١٢٣",
        "1 000",
        "1,5",
        "31",
        "02",
        "2100",
        "1799",
        "abc",
        "KZ86125KZT5004100100",
        "kz86 125k zt50 0410 0100",
        "KZ86125KZT5004100101",
        "860412394422",
        "123456789011",
        "8 701 234 56 78",
        "+7 912 345 67 89",
        "nurlan@mail.kz",
        "nope@",
        "<script>alert(1)</script>",
        "' OR 1=1 --",
        "line\r\nbreak",
        "yes",
        "self",
        "other",
        "2026-11-23",
    ];
    match rng.below(10) {
        0 => {
            let len = 1 + rng.below(20_000);
            let c = ['a', 'ә', 'і', 'i', '1', ' ', '\n', 'Ω'][rng.below(8)];
            std::iter::repeat_n(c, len).collect()
        }
        1 => (0..12).map(|_| char::from(b'0' + rng.below(10) as u8)).collect(),
        2 => {
            let mut digits: Vec<u8> = (0..11).map(|_| rng.below(10) as u8).collect();
            let check = shared::values::iin::check_digit(&digits.clone().try_into().unwrap_or([0; 11])).unwrap_or(0);
            digits.push(check);
            digits.iter().map(|d| char::from(b'0' + d)).collect()
        }
        _ => FIXED[rng.below(FIXED.len())].to_owned(),
    }
}

/// One generated answer set: the sample as it is, or the sample with a few inputs replaced by
/// hostile strings or by another input's value, an unknown input added, or a repeated page's count
/// changed.
pub fn variant(sample: &Sample, rng: &mut Rng) -> Answers {
    let mut answers = sample.answers.clone();
    let keys: Vec<String> = answers.iter().map(|(k, _)| k.to_owned()).collect();
    if keys.is_empty() || rng.below(5) == 0 {
        return answers;
    }
    for _ in 0..1 + rng.below(3) {
        let key = &keys[rng.below(keys.len())];
        let value = if rng.below(4) == 0 {
            let other = &keys[rng.below(keys.len())];
            answers.value(other).to_owned()
        } else {
            hostile(rng)
        };
        answers.set(key.clone(), value);
    }
    match rng.below(20) {
        0 => answers.set(format!("x-{}", rng.below(1000)), "1"),
        1 => {
            if let Some(count) = keys.iter().find(|k| k.ends_with("-count")) {
                answers.set(count.clone(), (rng.below(13)).to_string());
            }
        }
        _ => {}
    }
    answers
}

/// The sample with every input spoiled: for the benchmark's invalid case.
pub fn spoiled(sample: &Sample) -> Answers {
    sample
        .answers
        .iter()
        .map(|(k, _)| (k.to_owned(), if k.ends_with("-count") { "1".into() } else { "\u{7}".into() }))
        .collect()
}
