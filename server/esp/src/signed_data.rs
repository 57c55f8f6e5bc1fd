//! Reading a CMS `SignedData` (RFC 5652) with `cms`, plus the raw bytes that signatures cover.

use cms::content_info::ContentInfo;
use cms::signed_data::{SignedData, SignerIdentifier, SignerInfo};
use der::Decode;
use der::asn1::{ObjectIdentifier, OctetString};

use crate::certificate::ParsedCert;
use crate::{ber, oids};

/// The parts of a one-signer CMS the pipeline needs.
pub(crate) struct ParsedCms {
    pub signer: SignerInfo,
    pub econtent_type: ObjectIdentifier,
    /// The encapsulated content (attached CMS), `None` for a detached one.
    pub econtent: Option<Vec<u8>>,
    /// Certificates carried in the CMS, each with its received encoding.
    pub certificates: Vec<ParsedCert>,
    /// The signed attributes exactly as received, re-tagged as a `SET` (what the signature covers).
    pub signed_attrs_der: Option<Vec<u8>>,
}

/// Parses DER `ContentInfo(SignedData)`; `None` unless it is well formed with exactly one SignerInfo.
pub(crate) fn parse(der: &[u8]) -> Option<ParsedCms> {
    let info = ContentInfo::from_der(der).ok()?;
    if info.content_type != oids::ID_SIGNED_DATA {
        return None;
    }
    let signed_data: SignedData = info.content.decode_as().ok()?;
    let mut signers = signed_data.signer_infos.0.into_vec();
    if signers.len() != 1 {
        return None;
    }
    let signer = signers.pop()?;
    let econtent = match &signed_data.encap_content_info.econtent {
        Some(any) => Some(any.decode_as::<OctetString>().ok()?.into_bytes()),
        None => None,
    };

    // Raw walk: ContentInfo { contentType, [0] { SignedData { version, digestAlgorithms, encapContentInfo,
    // [0] certificates?, [1] crls?, signerInfos } } }.
    let (outer, _) = ber::read_tlv(der)?;
    let info_parts = ber::children(outer.content)?;
    let wrapper = info_parts.get(1).filter(|t| t.tag == 0xA0)?;
    let (signed, _) = ber::read_tlv(wrapper.content)?;
    let parts = ber::children(signed.content)?;
    let certificates = match parts.iter().skip(3).find(|t| t.tag == 0xA0) {
        Some(set) => ber::children(set.content)?
            .into_iter()
            .filter(|t| t.tag == 0x30)
            .map(|t| ParsedCert::from_der(t.whole.to_vec()))
            .collect::<Option<Vec<_>>>()?,
        None => Vec::new(),
    };
    let signer_set = parts.last().filter(|t| t.tag == 0x31)?;
    let signer_parts = ber::children(signer_set.content)?;
    let [signer_raw] = signer_parts.as_slice() else { return None };
    let signer_fields = ber::children(signer_raw.content)?;
    let signed_attrs_der = match signer_fields.get(3) {
        Some(attrs) if attrs.tag == 0xA0 => {
            let mut set = attrs.whole.to_vec();
            set[0] = 0x31;
            Some(set)
        }
        _ => None,
    };
    if signed_attrs_der.is_some() != signer.signed_attrs.is_some() {
        return None;
    }
    Some(ParsedCms {
        signer,
        econtent_type: signed_data.encap_content_info.econtent_type,
        econtent,
        certificates,
        signed_attrs_der,
    })
}

/// Whether `cert` is the one the SignerInfo names.
pub(crate) fn identifies(sid: &SignerIdentifier, cert: &ParsedCert) -> bool {
    match sid {
        SignerIdentifier::IssuerAndSerialNumber(id) => {
            id.issuer == cert.cert.tbs_certificate.issuer
                && id.serial_number.as_bytes() == cert.cert.tbs_certificate.serial_number.as_bytes()
        }
        SignerIdentifier::SubjectKeyIdentifier(ski) => cert.subject_key_id().as_deref() == Some(ski.0.as_bytes()),
    }
}
