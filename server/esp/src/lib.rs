//! Server-side verification of Kazakh ESP (ЭЦП / ЭЦҚ) signatures in CMS form, in pure Rust.
//!
//! A citizen signs a server-issued challenge (login) or an application (signing) with NCALayer; the browser
//! posts the CMS `SignedData` back and [`Verifier::verify_cms`] decides whether the signature is a valid ESP
//! of a НУЦ РК certificate for that purpose, following the ordered pipeline of the ESP spec (§2.3): parse →
//! algorithm allow-list → content match → signed attributes and signature → signer certificate → chain to a
//! pinned trust anchor → validity → key usage for the purpose → ESP policy / IIN → revocation → [`Identity`].
//! Every refusal is a typed [`Refusal`]; no refusal and no `Debug` output carries personal data.
//!
//! Algorithms are an allow-list of [`SignatureVerifier`]s keyed by signature OID ([`AlgorithmRegistry`]):
//! RSA PKCS#1 v1.5 with SHA-256 ([`RsaPkcs1Sha256`]) and ECDSA P-256 with SHA-256 ([`EcdsaP256Sha256`]).
//! SHA-1 and MD5 are never accepted. A GOST R 34.10-2015-512 / Streebog-512 verifier (what НУЦ РК issues
//! since 2024) plugs in later through the same trait with [`Verifier::with_algorithms`]; it is not
//! implemented here.
//!
//! Revocation is behind [`RevocationSource`]; [`CrlSource`] is the CRL + delta CRL implementation (fail
//! closed: a stale, missing or badly signed CRL makes the status *unavailable*, never *good*). An OCSP source
//! can be added behind the same trait.
//!
//! For development and tests the crate also carries:
//! * [`devpki`]: a generated PKI shaped like НУЦ РК (root → RSA and ECDSA intermediates → personal and
//!   legal-entity keys, negative-case keys, full and delta CRLs), written as PKCS#12 files with the password
//!   [`devpki::DEV_P12_PASSWORD`] (`Qwerty12`, as in NCA's test packs) and a `manifest.json`;
//! * [`sign`]: a CMS signer producing what NCALayer produces, used by the NCALayer emulator and the tests.
//!
//! PKCS#12 is read and written with `p12-keystore` 0.2: maintained, pure Rust, writes and reads
//! password-protected files (PBES2/AES-256 with an HMAC-SHA-256 MAC), and 0.2 is the last release on the
//! same RustCrypto generation as the rest of this crate (`der` 0.7, `cms` 0.2, `sha2` 0.10). It rejects
//! BER indefinite-length containers (real NCA test packs), which only matters for tooling, never for the
//! portal: users' keys never reach the server.
//!
//! Everything is one RustCrypto generation: `der` 0.7, `spki` 0.7, `x509-cert` 0.2, `cms` 0.2, `rsa` 0.9,
//! `p256` 0.13, `sha2` 0.10. `der` is DER-only, so input is first normalised by [`ber::ber_to_der`]
//! (real NCALayer output uses BER indefinite lengths).

pub mod ber;
mod certificate;
mod chain;
mod crl;
pub mod devpki;
mod identity;
mod input;
pub mod ocsp;
pub mod oids;
mod refusal;
mod registry;
mod revocation;
pub mod sign;
mod signed_data;
mod time_conv;
mod trust;
mod verifier;

pub use certificate::CertificateSummary;
pub use crl::{CrlError, CrlSource};
pub use identity::{Identity, Role};
pub use refusal::Refusal;
pub use registry::{AlgorithmRegistry, EcdsaP256Sha256, RsaPkcs1Sha256, SignatureVerifier};
pub use revocation::{RevocationSource, RevocationStatus};
pub use trust::{TrustStore, TrustStoreError};
pub use verifier::{Purpose, Verified, Verifier};

/// Re-exported so callers can name the types in the [`SignatureVerifier`] and [`RevocationSource`] traits
/// without depending on the exact crate versions themselves.
pub use der::asn1::ObjectIdentifier;
pub use spki::SubjectPublicKeyInfoOwned;
pub use x509_cert::Certificate;

/// The DER bytes of a signature given as NCALayer returns it (base64, PEM-armoured, DER or BER),
/// for storing; `None` when it is none of these.
pub fn signature_der(input: &[u8]) -> Option<Vec<u8>> {
    ber::ber_to_der(&input::signature_bytes(input)?).ok()
}
