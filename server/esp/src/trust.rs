//! The pinned НУЦ РК trust store: root certificates (anchors) and the intermediate CAs below them.

use std::path::Path;

use crate::certificate::ParsedCert;
use crate::input;

/// Why certificates could not be added to a [`TrustStore`].
#[derive(Debug, thiserror::Error)]
pub enum TrustStoreError {
    /// The file could not be read.
    #[error("cannot read {path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// The cause.
        source: std::io::Error,
    },
    /// The bytes are neither a DER certificate nor PEM certificates.
    #[error("not a DER or PEM X.509 certificate")]
    NotACertificate,
}

/// The certificates the portal trusts, pinned (ESP spec §2.6): a signature is accepted only if its
/// certificate chains to one of the `anchors` through zero or more `intermediates`. Chains are built from
/// this store only, never from certificates the signer sends along.
#[derive(Clone, Default)]
pub struct TrustStore {
    pub(crate) anchors: Vec<ParsedCert>,
    pub(crate) intermediates: Vec<ParsedCert>,
}

impl TrustStore {
    /// An empty store.
    pub fn new() -> Self {
        Self::default()
    }

    /// Loads anchors and intermediates from PEM (one or more certificates per file) or DER files.
    pub fn from_files(
        anchors: &[impl AsRef<Path>],
        intermediates: &[impl AsRef<Path>],
    ) -> Result<Self, TrustStoreError> {
        let mut store = Self::new();
        for path in anchors {
            store.add_anchors(&read(path.as_ref())?)?;
        }
        for path in intermediates {
            store.add_intermediates(&read(path.as_ref())?)?;
        }
        Ok(store)
    }

    /// Adds root certificates from DER or PEM bytes; returns how many were added.
    pub fn add_anchors(&mut self, bytes: &[u8]) -> Result<usize, TrustStoreError> {
        let certs = parse_certificates(bytes)?;
        let count = certs.len();
        self.anchors.extend(certs);
        Ok(count)
    }

    /// Adds intermediate CA certificates from DER or PEM bytes; returns how many were added.
    pub fn add_intermediates(&mut self, bytes: &[u8]) -> Result<usize, TrustStoreError> {
        let certs = parse_certificates(bytes)?;
        let count = certs.len();
        self.intermediates.extend(certs);
        Ok(count)
    }

    /// DER encodings of the anchors.
    pub fn anchors(&self) -> impl Iterator<Item = &[u8]> {
        self.anchors.iter().map(|c| c.der.as_slice())
    }

    /// DER encodings of the intermediates.
    pub fn intermediates(&self) -> impl Iterator<Item = &[u8]> {
        self.intermediates.iter().map(|c| c.der.as_slice())
    }
}

impl std::fmt::Debug for TrustStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let names = |certs: &[ParsedCert]| -> Vec<String> {
            certs.iter().map(|c| c.cert.tbs_certificate.subject.to_string()).collect()
        };
        f.debug_struct("TrustStore")
            .field("anchors", &names(&self.anchors))
            .field("intermediates", &names(&self.intermediates))
            .finish()
    }
}

fn read(path: &Path) -> Result<Vec<u8>, TrustStoreError> {
    std::fs::read(path).map_err(|source| TrustStoreError::Io { path: path.display().to_string(), source })
}

/// Certificates from DER bytes or from text with one or more `CERTIFICATE` PEM blocks.
pub(crate) fn parse_certificates(bytes: &[u8]) -> Result<Vec<ParsedCert>, TrustStoreError> {
    if bytes.first() == Some(&0x30) {
        return ParsedCert::from_der(bytes.to_vec()).map(|c| vec![c]).ok_or(TrustStoreError::NotACertificate);
    }
    let text = std::str::from_utf8(bytes).map_err(|_| TrustStoreError::NotACertificate)?;
    let blocks = input::pem_blocks(text).ok_or(TrustStoreError::NotACertificate)?;
    let certs: Vec<ParsedCert> = blocks
        .into_iter()
        .filter(|(label, _)| label == "CERTIFICATE" || label == "X509 CERTIFICATE")
        .map(|(_, der)| ParsedCert::from_der(der).ok_or(TrustStoreError::NotACertificate))
        .collect::<Result<_, _>>()?;
    if certs.is_empty() {
        return Err(TrustStoreError::NotACertificate);
    }
    Ok(certs)
}
