//! A CMS signer that produces what NCALayer's `basics.sign` with `format: "cms"` produces, for the NCALayer
//! emulator and the tests.

use cms::cert::{CertificateChoices, IssuerAndSerialNumber};
use cms::content_info::{CmsVersion, ContentInfo};
use cms::signed_data::{
    CertificateSet, EncapsulatedContentInfo, SignedData, SignerIdentifier, SignerInfo, SignerInfos,
};
use der::asn1::{Any, OctetString, SetOfVec};
use der::{Encode, Tag};
use sha2::{Digest, Sha256};
use spki::AlgorithmIdentifierOwned;
use time::OffsetDateTime;
use x509_cert::attr::Attribute;

use crate::devpki::DevKey;
use crate::{oids, time_conv};

/// Signs `content` with `key` as DER `ContentInfo(SignedData v1)`: digest SHA-256; eContent `id-data`,
/// carried when `attached` (NCALayer's `encapsulate: true`) and left out otherwise; the signer's certificate
/// only; one SignerInfo (issuerAndSerialNumber) with signed attributes `contentType`, `signingTime` and
/// `messageDigest`, signed with RSA PKCS#1 v1.5 SHA-256 or ECDSA P-256 SHA-256.
pub fn sign_cms(key: &DevKey, content: &[u8], attached: bool, signing_time: OffsetDateTime) -> Vec<u8> {
    build(key, content, attached, signing_time).expect("a development key and its certificate encode as CMS")
}

fn attribute(oid: der::asn1::ObjectIdentifier, value: Any) -> Result<Attribute, der::Error> {
    Ok(Attribute { oid, values: SetOfVec::try_from(vec![value])? })
}

fn build(key: &DevKey, content: &[u8], attached: bool, signing_time: OffsetDateTime) -> Result<Vec<u8>, der::Error> {
    let sha256 = AlgorithmIdentifierOwned { oid: oids::SHA256, parameters: None };
    let digest = Sha256::digest(content);
    let signed_attrs = SetOfVec::try_from(vec![
        attribute(oids::ATTR_CONTENT_TYPE, Any::encode_from(&oids::ID_DATA)?)?,
        attribute(oids::ATTR_SIGNING_TIME, Any::encode_from(&time_conv::to_asn1(signing_time))?)?,
        attribute(oids::ATTR_MESSAGE_DIGEST, Any::new(Tag::OctetString, digest.as_slice())?)?,
    ])?;
    let signature = key.sign_message(&signed_attrs.to_der()?);
    let certificate = key.certificate().clone();
    let signer = SignerInfo {
        version: CmsVersion::V1,
        sid: SignerIdentifier::IssuerAndSerialNumber(IssuerAndSerialNumber {
            issuer: certificate.tbs_certificate.issuer.clone(),
            serial_number: certificate.tbs_certificate.serial_number.clone(),
        }),
        digest_alg: sha256.clone(),
        signed_attrs: Some(signed_attrs),
        signature_algorithm: key.signature_algorithm(),
        signature: OctetString::new(signature)?,
        unsigned_attrs: None,
    };
    let econtent = if attached { Some(Any::new(Tag::OctetString, content)?) } else { None };
    let signed_data = SignedData {
        version: CmsVersion::V1,
        digest_algorithms: SetOfVec::try_from(vec![sha256])?,
        encap_content_info: EncapsulatedContentInfo { econtent_type: oids::ID_DATA, econtent },
        certificates: Some(CertificateSet(SetOfVec::try_from(vec![CertificateChoices::Certificate(certificate)])?)),
        crls: None,
        signer_infos: SignerInfos(SetOfVec::try_from(vec![signer])?),
    };
    ContentInfo { content_type: oids::ID_SIGNED_DATA, content: Any::encode_from(&signed_data)? }.to_der()
}
