//! Building and signing certificates and CRLs for the development PKI (x509-cert 0.2 has no CRL builder, and
//! its certificate builder's leaf profile forces `nonRepudiation`, so both are assembled here directly).

use der::asn1::{Any, BitString, Ia5String, ObjectIdentifier, OctetString, PrintableStringRef, SetOfVec, Uint};
use der::oid::AssociatedOid;
use der::referenced::OwnedToRef;
use der::{Encode, Tag};
use rand::RngCore;
use spki::SubjectPublicKeyInfoOwned;
use time::OffsetDateTime;
use x509_cert::attr::AttributeTypeAndValue;
use x509_cert::certificate::{Certificate, TbsCertificate, Version};
use x509_cert::crl::{CertificateList, RevokedCert, TbsCertList};
use x509_cert::ext::Extension;
use x509_cert::ext::pkix::certpolicy::PolicyInformation;
use x509_cert::ext::pkix::crl::dp::DistributionPoint;
use x509_cert::ext::pkix::name::{DistributionPointName, GeneralName};
use x509_cert::ext::pkix::{
    AccessDescription, AuthorityInfoAccessSyntax, AuthorityKeyIdentifier, BaseCrlNumber, BasicConstraints,
    CertificatePolicies, CrlDistributionPoints, CrlNumber, CrlReason, ExtendedKeyUsage, FreshestCrl, KeyUsage,
    KeyUsages, SubjectKeyIdentifier,
};
use x509_cert::name::{Name, RdnSequence, RelativeDistinguishedName};
use x509_cert::serial_number::SerialNumber;
use x509_cert::time::Validity;

use super::DevPkiError;
use super::key::PrivateKey;
use crate::{oids, time_conv};

/// A value in a distinguished name.
pub(crate) enum DnValue<'a> {
    /// UTF8String: names, as НУЦ РК writes them.
    Utf8(&'a str),
    /// PrintableString: `C` and `SERIALNUMBER`, as X.520 requires.
    Printable(&'a str),
}

/// A distinguished name from attributes in encoding order (CN first, like НУЦ РК's certificates).
pub(crate) fn name(attributes: &[(ObjectIdentifier, DnValue<'_>)]) -> Result<Name, DevPkiError> {
    let mut rdns = Vec::with_capacity(attributes.len());
    for (oid, value) in attributes {
        let value = match value {
            DnValue::Utf8(text) => Any::new(Tag::Utf8String, text.as_bytes())?,
            DnValue::Printable(text) => Any::encode_from(&PrintableStringRef::new(text)?)?,
        };
        let atv = AttributeTypeAndValue { oid: *oid, value };
        rdns.push(RelativeDistinguishedName(SetOfVec::try_from(vec![atv])?));
    }
    Ok(RdnSequence(rdns))
}

/// A random positive 128-bit serial number.
pub(crate) fn random_serial() -> Result<SerialNumber, DevPkiError> {
    let mut bytes = [0u8; 16];
    rand::thread_rng().fill_bytes(&mut bytes);
    bytes[0] = (bytes[0] & 0x7F) | 0x01;
    Ok(SerialNumber::new(&bytes)?)
}

/// The RFC 5280 method-1 key identifier (SHA-1 of the public key bits), as НУЦ РК uses.
pub(crate) fn key_identifier(spki: &SubjectPublicKeyInfoOwned) -> Result<Vec<u8>, DevPkiError> {
    let ski = SubjectKeyIdentifier::try_from(spki.owned_to_ref())?;
    Ok(ski.0.as_bytes().to_vec())
}

pub(crate) fn extension<T: Encode + AssociatedOid>(value: &T, critical: bool) -> Result<Extension, DevPkiError> {
    Ok(Extension { extn_id: T::OID, critical, extn_value: OctetString::new(value.to_der()?)? })
}

fn uri(url: &str) -> Result<GeneralName, DevPkiError> {
    Ok(GeneralName::UniformResourceIdentifier(Ia5String::new(url)?))
}

fn distribution_point(url: &str) -> Result<DistributionPoint, DevPkiError> {
    Ok(DistributionPoint {
        distribution_point: Some(DistributionPointName::FullName(vec![uri(url)?])),
        reasons: None,
        crl_issuer: None,
    })
}

/// What the issuer contributes to a certificate.
pub(crate) struct Issuer<'a> {
    pub name: &'a Name,
    pub key_id: &'a [u8],
    pub key: &'a PrivateKey,
}

/// Where relying parties find the issuer's CRLs and certificate.
pub(crate) struct Publication {
    pub crl_url: Option<String>,
    pub delta_crl_url: Option<String>,
    pub ca_issuers_url: Option<String>,
}

/// The parts of a certificate that vary between CA and end-entity profiles.
pub(crate) struct Profile {
    pub ca: bool,
    pub key_usage: x509_cert::der::flagset::FlagSet<KeyUsages>,
    pub extended_key_usage: Vec<ObjectIdentifier>,
    pub policies: Vec<ObjectIdentifier>,
}

/// Issues a certificate for `public_key`; `issuer: None` makes it self-signed with `own_key`.
#[allow(clippy::too_many_arguments)]
pub(crate) fn certificate(
    subject: Name,
    public_key: SubjectPublicKeyInfoOwned,
    not_before: OffsetDateTime,
    not_after: OffsetDateTime,
    profile: &Profile,
    publication: &Publication,
    issuer: Option<Issuer<'_>>,
    own_key: &PrivateKey,
) -> Result<(Certificate, Vec<u8>), DevPkiError> {
    let own_key_id = key_identifier(&public_key)?;
    let (issuer_name, issuer_key_id, signer) = match &issuer {
        Some(issuer) => (issuer.name.clone(), issuer.key_id.to_vec(), issuer.key),
        None => (subject.clone(), own_key_id.clone(), own_key),
    };
    let mut extensions = Vec::new();
    if profile.ca {
        let path_len = if issuer_name == subject { None } else { Some(0) };
        extensions.push(extension(&BasicConstraints { ca: true, path_len_constraint: path_len }, true)?);
    }
    extensions.push(extension(&KeyUsage(profile.key_usage), true)?);
    if !profile.extended_key_usage.is_empty() {
        extensions.push(extension(&ExtendedKeyUsage(profile.extended_key_usage.clone()), false)?);
    }
    let policies = profile
        .policies
        .iter()
        .map(|oid| PolicyInformation { policy_identifier: *oid, policy_qualifiers: None })
        .collect();
    extensions.push(extension(&CertificatePolicies(policies), false)?);
    extensions.push(extension(&SubjectKeyIdentifier(OctetString::new(own_key_id.clone())?), false)?);
    let aki = AuthorityKeyIdentifier { key_identifier: Some(OctetString::new(issuer_key_id)?), ..Default::default() };
    extensions.push(extension(&aki, false)?);
    if let Some(url) = &publication.crl_url {
        extensions.push(extension(&CrlDistributionPoints(vec![distribution_point(url)?]), false)?);
    }
    if let Some(url) = &publication.delta_crl_url {
        extensions.push(extension(&FreshestCrl(vec![distribution_point(url)?]), false)?);
    }
    if let Some(url) = &publication.ca_issuers_url {
        let access = AccessDescription { access_method: oids::AD_CA_ISSUERS, access_location: uri(url)? };
        extensions.push(extension(&AuthorityInfoAccessSyntax(vec![access]), false)?);
    }
    let tbs = TbsCertificate {
        version: Version::V3,
        serial_number: random_serial()?,
        signature: signer.signature_algorithm(),
        issuer: issuer_name,
        validity: Validity { not_before: time_conv::to_asn1(not_before), not_after: time_conv::to_asn1(not_after) },
        subject,
        subject_public_key_info: public_key,
        issuer_unique_id: None,
        subject_unique_id: None,
        extensions: Some(extensions),
    };
    let signature = signer.sign(&tbs.to_der()?);
    let certificate = Certificate {
        tbs_certificate: tbs,
        signature_algorithm: signer.signature_algorithm(),
        signature: BitString::from_bytes(&signature)?,
    };
    let der = certificate.to_der()?;
    Ok((certificate, der))
}

/// One revoked certificate on a CRL.
pub(crate) struct Revocation {
    pub serial: SerialNumber,
    pub at: OffsetDateTime,
    pub reason: CrlReason,
}

/// Issues a full CRL (`delta_base: None`) or a delta CRL based on CRL number `delta_base`.
pub(crate) fn crl(
    issuer: &Issuer<'_>,
    number: u64,
    delta_base: Option<u64>,
    this_update: OffsetDateTime,
    next_update: OffsetDateTime,
    revoked: &[Revocation],
) -> Result<Vec<u8>, DevPkiError> {
    let mut extensions = vec![
        extension(
            &AuthorityKeyIdentifier { key_identifier: Some(OctetString::new(issuer.key_id)?), ..Default::default() },
            false,
        )?,
        extension(&CrlNumber(Uint::new(&number.to_be_bytes())?), false)?,
    ];
    if let Some(base) = delta_base {
        extensions.push(extension(&BaseCrlNumber(Uint::new(&base.to_be_bytes())?), true)?);
    }
    let entries = revoked
        .iter()
        .map(|r| {
            Ok(RevokedCert {
                serial_number: r.serial.clone(),
                revocation_date: time_conv::to_asn1(r.at),
                crl_entry_extensions: Some(vec![extension(&r.reason, false)?]),
            })
        })
        .collect::<Result<Vec<_>, DevPkiError>>()?;
    let tbs = TbsCertList {
        version: Version::V2,
        signature: issuer.key.signature_algorithm(),
        issuer: issuer.name.clone(),
        this_update: time_conv::to_asn1(this_update),
        next_update: Some(time_conv::to_asn1(next_update)),
        revoked_certificates: (!entries.is_empty()).then_some(entries),
        crl_extensions: Some(extensions),
    };
    let signature = issuer.key.sign(&tbs.to_der()?);
    let list = CertificateList {
        tbs_cert_list: tbs,
        signature_algorithm: issuer.key.signature_algorithm(),
        signature: BitString::from_bytes(&signature)?,
    };
    Ok(list.to_der()?)
}
