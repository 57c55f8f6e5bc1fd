//! Who signed: the identity read from a НУЦ РК certificate's subject and role OIDs (ESP spec §2.4, §2.5).

use der::asn1::{Any, BmpString, Ia5StringRef, ObjectIdentifier, PrintableStringRef, TeletexStringRef, Utf8StringRef};
use der::{Tag, Tagged};
use serde::{Deserialize, Serialize};
use x509_cert::name::Name;

use crate::oids;

/// The holder's role, from the НУЦ РК role OIDs carried in the EKU extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Individual (физлицо), `1.2.398.3.3.4.1.1`.
    Individual,
    /// Employee of a legal entity (any), `1.2.398.3.3.4.1.2`.
    Organisation,
    /// First head (первый руководитель), `1.2.398.3.3.4.1.2.1`.
    Ceo,
    /// Has the right to sign, `1.2.398.3.3.4.1.2.2`.
    CanSign,
    /// Has the right to sign financial documents, `1.2.398.3.3.4.1.2.3`.
    CanSignFinancial,
    /// HR officer, `1.2.398.3.3.4.1.2.4`.
    Hr,
    /// Employee without a signing right, `1.2.398.3.3.4.1.2.5`.
    Employee,
}

impl Role {
    /// The role for a role OID, if it is one.
    pub fn from_oid(oid: &ObjectIdentifier) -> Option<Self> {
        Some(match *oid {
            oids::ROLE_INDIVIDUAL => Role::Individual,
            oids::ROLE_ORGANISATION => Role::Organisation,
            oids::ROLE_CEO => Role::Ceo,
            oids::ROLE_CAN_SIGN => Role::CanSign,
            oids::ROLE_CAN_SIGN_FINANCIAL => Role::CanSignFinancial,
            oids::ROLE_HR => Role::Hr,
            oids::ROLE_EMPLOYEE => Role::Employee,
            _ => return None,
        })
    }

    /// The role's OID.
    pub fn oid(self) -> ObjectIdentifier {
        match self {
            Role::Individual => oids::ROLE_INDIVIDUAL,
            Role::Organisation => oids::ROLE_ORGANISATION,
            Role::Ceo => oids::ROLE_CEO,
            Role::CanSign => oids::ROLE_CAN_SIGN,
            Role::CanSignFinancial => oids::ROLE_CAN_SIGN_FINANCIAL,
            Role::Hr => oids::ROLE_HR,
            Role::Employee => oids::ROLE_EMPLOYEE,
        }
    }
}

/// The signer as the certificate names them. `given_name` is the CN without the surname; the certificate's
/// `GIVENNAME` attribute is the **patronymic** (НУЦ РК convention). Personal data: `Debug` is redacted.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Identity {
    /// ИИН: 12 ASCII digits from `SERIALNUMBER=IIN…` (for legal-entity certificates too: the person's IIN).
    pub iin: String,
    /// БИН: 12 ASCII digits from `OU=BIN…`, for legal-entity certificates.
    pub bin: Option<String>,
    /// Surname (`SURNAME`).
    pub surname: String,
    /// Given name (CN minus the surname).
    pub given_name: String,
    /// Patronymic (`GIVENNAME`).
    pub patronymic: Option<String>,
    /// The CN as written.
    pub common_name: String,
    /// Organisation name (`O`), for legal-entity certificates.
    pub organisation: Option<String>,
    /// Roles from the EKU role OIDs, in certificate order.
    pub roles: Vec<Role>,
}

impl std::fmt::Debug for Identity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Identity")
            .field("iin", &"<redacted>")
            .field("bin", &self.bin.as_ref().map(|_| "<redacted>"))
            .field("roles", &self.roles)
            .finish_non_exhaustive()
    }
}

/// Reads the identity from a subject DN and the EKU OIDs; `None` without a well-formed `SERIALNUMBER=IIN…`.
pub(crate) fn from_subject(subject: &Name, eku: &[ObjectIdentifier]) -> Option<Identity> {
    let attribute = |oid: ObjectIdentifier| {
        subject.0.iter().flat_map(|rdn| rdn.0.iter()).find(|atv| atv.oid == oid).and_then(|atv| text(&atv.value))
    };
    let serial = subject
        .0
        .iter()
        .flat_map(|rdn| rdn.0.iter())
        .filter(|atv| atv.oid == oids::AT_SERIAL_NUMBER)
        .filter_map(|atv| text(&atv.value));
    let mut iin = None;
    let mut bin = None;
    for value in serial {
        if let Some(digits) = prefixed_number(&value, "IIN") {
            iin.get_or_insert(digits);
        } else if let Some(digits) = prefixed_number(&value, "BIN") {
            bin.get_or_insert(digits);
        }
    }
    let iin = iin?;
    if let Some(digits) = attribute(oids::AT_ORGANISATIONAL_UNIT).and_then(|ou| prefixed_number(&ou, "BIN")) {
        bin = Some(digits);
    }
    let common_name = attribute(oids::AT_COMMON_NAME).unwrap_or_default();
    let surname =
        attribute(oids::AT_SURNAME).unwrap_or_else(|| common_name.split_whitespace().next().unwrap_or("").to_owned());
    let given_name = match common_name.strip_prefix(surname.as_str()) {
        Some(rest) if !surname.is_empty() => rest.trim().to_owned(),
        _ => common_name.split_whitespace().skip(1).collect::<Vec<_>>().join(" "),
    };
    Some(Identity {
        iin,
        bin,
        surname,
        given_name,
        patronymic: attribute(oids::AT_GIVEN_NAME).filter(|p| !p.is_empty()),
        common_name,
        organisation: attribute(oids::AT_ORGANISATION),
        roles: eku.iter().filter_map(Role::from_oid).collect(),
    })
}

/// `IIN123456789011` → `123456789011`: the prefix then exactly 12 ASCII digits.
fn prefixed_number(value: &str, prefix: &str) -> Option<String> {
    let digits = value.trim().strip_prefix(prefix)?;
    (digits.len() == 12 && digits.bytes().all(|b| b.is_ascii_digit())).then(|| digits.to_owned())
}

/// A directory string's text, whichever string type carries it.
pub(crate) fn text(value: &Any) -> Option<String> {
    match value.tag() {
        Tag::Utf8String => value.decode_as::<Utf8StringRef<'_>>().ok().map(|s| s.as_str().to_owned()),
        Tag::PrintableString => value.decode_as::<PrintableStringRef<'_>>().ok().map(|s| s.as_str().to_owned()),
        Tag::Ia5String => value.decode_as::<Ia5StringRef<'_>>().ok().map(|s| s.as_str().to_owned()),
        Tag::TeletexString => value.decode_as::<TeletexStringRef<'_>>().ok().map(|s| s.as_str().to_owned()),
        Tag::BmpString => value.decode_as::<BmpString>().ok().map(|s| s.to_string()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iin_needs_the_prefix_and_twelve_digits() {
        assert_eq!(prefixed_number("IIN123456789011", "IIN").as_deref(), Some("123456789011"));
        assert_eq!(prefixed_number("IIN12345678901", "IIN"), None);
        assert_eq!(prefixed_number("BIN123456789021", "IIN"), None);
        assert_eq!(prefixed_number("IIN12345678901A", "IIN"), None);
    }
}
