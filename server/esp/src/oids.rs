//! Object identifiers the ESP pipeline and the development PKI use, with their meaning (ESP spec §2.4, §3.1).

use der::asn1::ObjectIdentifier as Oid;

// CMS (RFC 5652).
/// `id-data`: the content type of the signed bytes.
pub const ID_DATA: Oid = Oid::new_unwrap("1.2.840.113549.1.7.1");
/// `id-signedData`.
pub const ID_SIGNED_DATA: Oid = Oid::new_unwrap("1.2.840.113549.1.7.2");
/// Signed attribute `contentType`.
pub const ATTR_CONTENT_TYPE: Oid = Oid::new_unwrap("1.2.840.113549.1.9.3");
/// Signed attribute `messageDigest`.
pub const ATTR_MESSAGE_DIGEST: Oid = Oid::new_unwrap("1.2.840.113549.1.9.4");
/// Signed attribute `signingTime`.
pub const ATTR_SIGNING_TIME: Oid = Oid::new_unwrap("1.2.840.113549.1.9.5");

// Digests and signatures.
/// SHA-256.
pub const SHA256: Oid = Oid::new_unwrap("2.16.840.1.101.3.4.2.1");
/// SHA-1 (refused).
pub const SHA1: Oid = Oid::new_unwrap("1.3.14.3.2.26");
/// `rsaEncryption`: the RSA key algorithm; CMS signers also use it as the SignerInfo signature algorithm.
pub const RSA_ENCRYPTION: Oid = Oid::new_unwrap("1.2.840.113549.1.1.1");
/// `sha256WithRSAEncryption` (PKCS#1 v1.5).
pub const SHA256_WITH_RSA: Oid = Oid::new_unwrap("1.2.840.113549.1.1.11");
/// `sha1WithRSAEncryption` (refused).
pub const SHA1_WITH_RSA: Oid = Oid::new_unwrap("1.2.840.113549.1.1.5");
/// `id-ecPublicKey`.
pub const EC_PUBLIC_KEY: Oid = Oid::new_unwrap("1.2.840.10045.2.1");
/// `prime256v1` / `secp256r1`.
pub const SECP256R1: Oid = Oid::new_unwrap("1.2.840.10045.3.1.7");
/// `ecdsa-with-SHA256`.
pub const ECDSA_WITH_SHA256: Oid = Oid::new_unwrap("1.2.840.10045.4.3.2");

// Extended key usage.
/// `id-kp-clientAuth`: RSA authentication keys carry it; GOST-2015 keys do not, so it is never required.
pub const EKU_CLIENT_AUTH: Oid = Oid::new_unwrap("1.3.6.1.5.5.7.3.2");
/// `id-kp-emailProtection`: required of signing keys when an EKU extension is present.
pub const EKU_EMAIL_PROTECTION: Oid = Oid::new_unwrap("1.3.6.1.5.5.7.3.4");

// НУЦ РК certificate policies.
/// Arc of the НУЦ РК end-entity policies; `1.2.398.3.3.2` itself is the generic policy of GOST-2015 keys.
pub const POLICY_ESP_ARC: Oid = Oid::new_unwrap("1.2.398.3.3.2");
/// Legal entity, signing.
pub const POLICY_LEGAL_SIGN: Oid = Oid::new_unwrap("1.2.398.3.3.2.1");
/// Legal entity, authentication.
pub const POLICY_LEGAL_AUTH: Oid = Oid::new_unwrap("1.2.398.3.3.2.2");
/// Individual, signing.
pub const POLICY_INDIVIDUAL_SIGN: Oid = Oid::new_unwrap("1.2.398.3.3.2.3");
/// Individual, authentication.
pub const POLICY_INDIVIDUAL_AUTH: Oid = Oid::new_unwrap("1.2.398.3.3.2.4");
/// CA certificate policy.
pub const POLICY_CA: Oid = Oid::new_unwrap("1.2.398.3.3.1.1");

// НУЦ РК role OIDs, carried in the EKU extension.
/// Individual (физлицо).
pub const ROLE_INDIVIDUAL: Oid = Oid::new_unwrap("1.2.398.3.3.4.1.1");
/// Employee of a legal entity (any).
pub const ROLE_ORGANISATION: Oid = Oid::new_unwrap("1.2.398.3.3.4.1.2");
/// First head (первый руководитель).
pub const ROLE_CEO: Oid = Oid::new_unwrap("1.2.398.3.3.4.1.2.1");
/// Person with the right to sign.
pub const ROLE_CAN_SIGN: Oid = Oid::new_unwrap("1.2.398.3.3.4.1.2.2");
/// Right to sign financial documents.
pub const ROLE_CAN_SIGN_FINANCIAL: Oid = Oid::new_unwrap("1.2.398.3.3.4.1.2.3");
/// HR officer.
pub const ROLE_HR: Oid = Oid::new_unwrap("1.2.398.3.3.4.1.2.4");
/// Employee without a signing right.
pub const ROLE_EMPLOYEE: Oid = Oid::new_unwrap("1.2.398.3.3.4.1.2.5");

// Subject DN attributes (ESP spec §2.5).
/// `CN`: "SURNAME NAME".
pub const AT_COMMON_NAME: Oid = Oid::new_unwrap("2.5.4.3");
/// `SURNAME`.
pub const AT_SURNAME: Oid = Oid::new_unwrap("2.5.4.4");
/// `SERIALNUMBER`: `IIN` + 12 digits.
pub const AT_SERIAL_NUMBER: Oid = Oid::new_unwrap("2.5.4.5");
/// `C`.
pub const AT_COUNTRY: Oid = Oid::new_unwrap("2.5.4.6");
/// `O`: organisation name (legal-entity certificates).
pub const AT_ORGANISATION: Oid = Oid::new_unwrap("2.5.4.10");
/// `OU`: `BIN` + 12 digits (legal-entity certificates).
pub const AT_ORGANISATIONAL_UNIT: Oid = Oid::new_unwrap("2.5.4.11");
/// `GIVENNAME`: in НУЦ РК certificates this is the **patronymic**.
pub const AT_GIVEN_NAME: Oid = Oid::new_unwrap("2.5.4.42");

// Access methods.
/// `id-ad-caIssuers`.
pub const AD_CA_ISSUERS: Oid = Oid::new_unwrap("1.3.6.1.5.5.7.48.2");

/// Whether `oid` equals `arc` or lies under it.
pub fn is_under(oid: &Oid, arc: &Oid) -> bool {
    let (oid, arc) = (oid.as_bytes(), arc.as_bytes());
    // BER OID encoding is a prefix code per arc: a child's encoding starts with the parent's.
    oid == arc || (oid.len() > arc.len() && oid.starts_with(arc))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn policy_under_the_esp_arc_is_recognised_and_ca_policy_is_not() {
        assert!(is_under(&POLICY_INDIVIDUAL_AUTH, &POLICY_ESP_ARC));
        assert!(is_under(&POLICY_ESP_ARC, &POLICY_ESP_ARC));
        assert!(!is_under(&POLICY_CA, &POLICY_ESP_ARC));
        assert!(!is_under(&Oid::new_unwrap("1.2.398.3.3.21"), &POLICY_ESP_ARC));
    }
}
