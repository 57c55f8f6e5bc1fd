//! How many ESP verifications a core does per second, next to the raw RSA-2048 verification rate.
//!
//! `cargo run --release -p esp --bin esp-bench [-- --seconds 2]`: builds a development PKI in a temporary
//! directory, then measures full `Verifier::verify_cms` runs (parse, signature, chain, key usage, identity,
//! CRL + delta CRL) for a login (attached CMS over a ~200-byte challenge) and for an application signature
//! (detached CMS over ~4 KB of canonical JSON), and bare RSA PKCS#1 v1.5 SHA-256 verifications.

use std::hint::black_box;
use std::time::{Duration, Instant};

use esp::devpki::{self, DevPerson, Profile};
use esp::{Purpose, sign};
use sha2::Sha256;
use signature::Verifier as _;
use time::OffsetDateTime;

fn per_second(budget: Duration, mut run: impl FnMut()) -> f64 {
    for _ in 0..10 {
        run();
    }
    let started = Instant::now();
    let mut count = 0u64;
    while started.elapsed() < budget {
        for _ in 0..16 {
            run();
        }
        count += 16;
    }
    count as f64 / started.elapsed().as_secs_f64()
}

fn challenge() -> Vec<u8> {
    let xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><login><nonce>q3Jx7dVY0c1hS1kq0Pp5n2a8Wm4tZr6uXb9Ce2Df3Gg\
               </nonce><audience>https://portal.example.kz</audience><issuedAt>2026-11-20T15:15:00+05:00</issuedAt>\
               </login>";
    xml.as_bytes().to_vec()
}

fn application() -> Vec<u8> {
    let mut fields: Vec<String> =
        (0..58).map(|i| format!("\"field_{i:02}\":\"Астана қ., Мәңгілік Ел даңғылы, {i} үй, {i} пәтер\"")).collect();
    fields.sort();
    format!("{{\"service\":\"birth-certificate\",\"version\":3,{}}}", fields.join(",")).into_bytes()
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut seconds = 2.0f64;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        if arg == "--seconds" {
            seconds = args.next().ok_or("--seconds needs a value")?.parse()?;
        }
    }
    let budget = Duration::from_secs_f64(seconds);

    let dir = tempfile::tempdir()?;
    let now = OffsetDateTime::now_utc();
    let people = [DevPerson {
        iin: "880515300111".to_owned(),
        surname: "Тестов".to_owned(),
        given_name: "Тест".to_owned(),
        patronymic: Some("Тестович".to_owned()),
    }];
    let started = Instant::now();
    let pki = devpki::load_or_generate(dir.path(), &people, &[], now)?;
    let generation = started.elapsed();
    let verifier = pki.verifier();

    let auth = pki.find("880515300111", Purpose::Authentication, Profile::Valid).ok_or("no auth key")?;
    let signer = pki.find("880515300111", Purpose::Signing, Profile::Valid).ok_or("no signing key")?;
    let (challenge, application) = (challenge(), application());
    let login = sign::sign_cms(auth, &challenge, true, now);
    let document = sign::sign_cms(signer, &application, false, now);
    verifier.verify_cms(&login, &challenge, Purpose::Authentication, now)?;
    verifier.verify_cms(&document, &application, Purpose::Signing, now)?;

    let public_key = rsa::RsaPublicKey::try_from(der::referenced::OwnedToRef::owned_to_ref(
        &auth.certificate().tbs_certificate.subject_public_key_info,
    ))?;
    let raw_key = rsa::pkcs1v15::VerifyingKey::<Sha256>::new(public_key);
    let raw_signature = rsa::pkcs1v15::Signature::try_from(auth.sign_message(&challenge).as_slice())?;
    raw_key.verify(&challenge, &raw_signature)?;

    let raw = per_second(budget, || {
        black_box(raw_key.verify(black_box(&challenge), &raw_signature)).expect("raw signature verifies");
    });
    let logins = per_second(budget, || {
        black_box(verifier.verify_cms(black_box(&login), &challenge, Purpose::Authentication, now))
            .expect("login verifies");
    });
    let documents = per_second(budget, || {
        black_box(verifier.verify_cms(black_box(&document), &application, Purpose::Signing, now))
            .expect("application signature verifies");
    });

    println!("ESP verification benchmark (one thread, {seconds} s per figure)");
    println!("development PKI generated in {:.2} s ({} keys)", generation.as_secs_f64(), pki.keys().len());
    println!();
    println!("{:<58} {:>14} {:>10}", "figure", "per second", "vs raw");
    println!("{}", "-".repeat(84));
    let row = |name: &str, rate: f64| println!("{name:<58} {rate:>14.0} {:>9.3}x", rate / raw);
    row("raw RSA-2048 PKCS#1 v1.5 SHA-256 verify", raw);
    row(&format!("login: auth CMS, attached {}-byte challenge", challenge.len()), logins);
    row(&format!("application: sign CMS, detached {}-byte JSON", application.len()), documents);
    Ok(())
}
