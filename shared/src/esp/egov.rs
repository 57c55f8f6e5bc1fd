//! Signing in the eGov mobile app by QR code («eGov mobile арқылы қол қою»): the messages of the
//! protocol the app speaks with a portal, and the states of one signing.
//!
//! The portal shows a QR code holding `mobileSign:` and the address of its API №1. The app reads
//! API №1 ([`SigningRequest`]: what is signed, until when, where the documents are and the token
//! to fetch them with), fetches the documents from API №2 ([`Documents`]), signs them with the
//! person's signing key and sends the same message back to API №2 with each document's data
//! replaced by its CMS signature. On a phone the portal offers a deep link into the app instead of
//! the code. The portal's pages follow the signing by its [`MobileSigningState`].

use serde::{Deserialize, Serialize};

use crate::url::{decode_component, encode_component};

/// What the QR code's text starts with.
pub const QR_PREFIX: &str = "mobileSign:";

/// The deep link into eGov mobile (citizens); the API №1 address follows, encoded.
pub const EGOV_MOBILE_LINK: &str = "https://m.egov.kz/mobileSign/?link=";

/// The deep link into eGov Business (staff of organisations).
pub const EGOV_BUSINESS_LINK: &str = "https://m.egov.kz/businessSign/?link=";

/// `signMethod` of a detached CMS over each document's bytes.
pub const CMS_SIGN_ONLY: &str = "CMS_SIGN_ONLY";

/// `mime` of data the app shows as text (not a PDF preview).
pub const PLAIN_DATA: &str = "";

/// The QR code's text for an API №1 address.
pub fn qr_text(api1: &str) -> String {
    format!("{QR_PREFIX}{api1}")
}

/// A deep link (`base` is [`EGOV_MOBILE_LINK`], [`EGOV_BUSINESS_LINK`] or a stand-in's) to an API №1
/// address.
pub fn deep_link(base: &str, api1: &str) -> String {
    format!("{base}{}", encode_component(api1))
}

/// The API №1 address in what the app was given: a QR code's text, or a deep link whose `link`
/// parameter holds it.
pub fn api1_of(scanned: &str) -> Option<String> {
    let scanned = scanned.trim();
    if let Some(url) = scanned.strip_prefix(QR_PREFIX) {
        return Some(url.to_owned());
    }
    let query = scanned.split_once('?')?.1;
    let value = query.split('&').find_map(|pair| pair.strip_prefix("link="))?;
    decode_component(value)
}

/// API №1: what the app shows before fetching the documents.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SigningRequest {
    pub description: String,
    /// `yyyy-MM-dd'T'HH:mm:ss.SS+0500`, as the protocol writes dates.
    pub expiry_date: String,
    pub organisation: Organisation,
    pub document: DocumentsAddress,
}

/// Who asks for the signature.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Organisation {
    pub name_ru: String,
    pub name_kz: String,
    pub name_en: String,
    pub bin: String,
}

/// Where API №2 is and how to authenticate to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentsAddress {
    pub uri: String,
    /// `Token`: a bearer token in `Authorization` on both the `GET` and the `PUT`.
    pub auth_type: String,
    pub auth_token: String,
}

/// API №2: the documents to sign (`GET`) and, signed, the answer (`PUT`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Documents {
    pub sign_method: String,
    pub version: u32,
    pub documents_to_sign: Vec<DocumentToSign>,
}

/// One document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DocumentToSign {
    pub id: u32,
    pub name_ru: String,
    pub name_kz: String,
    pub name_en: String,
    #[serde(default)]
    pub meta: Vec<Meta>,
    pub document: FileDocument,
}

/// A name and value the app shows beside the document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meta {
    pub name: String,
    pub value: String,
}

/// `{"file": {…}}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileDocument {
    pub file: File,
}

/// The document's bytes in base64: the original on `GET`, the CMS signature on `PUT`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct File {
    pub mime: String,
    pub data: String,
}

/// Where one signing by QR code stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum MobileSigningState {
    /// The code is shown; the app has not fetched the documents yet.
    Waiting,
    /// The app has fetched the documents; the person is confirming in the app.
    Fetched,
    /// The app sent a signature the portal accepted.
    Signed,
    /// The app sent a signature the portal refused.
    Refused,
    /// The code's time ran out before a signature came.
    Expired,
    /// The signed application has been sent.
    Used,
}

impl MobileSigningState {
    /// Every state.
    pub const ALL: [MobileSigningState; 6] = [
        MobileSigningState::Waiting,
        MobileSigningState::Fetched,
        MobileSigningState::Signed,
        MobileSigningState::Refused,
        MobileSigningState::Expired,
        MobileSigningState::Used,
    ];

    /// The stable name kept in the database and sent to the page.
    pub const fn key(self) -> &'static str {
        match self {
            MobileSigningState::Waiting => "waiting",
            MobileSigningState::Fetched => "fetched",
            MobileSigningState::Signed => "signed",
            MobileSigningState::Refused => "refused",
            MobileSigningState::Expired => "expired",
            MobileSigningState::Used => "used",
        }
    }

    /// The state named by [`MobileSigningState::key`].
    pub fn from_key(key: &str) -> Option<MobileSigningState> {
        MobileSigningState::ALL.into_iter().find(|s| s.key() == key)
    }

    /// Whether the app may still fetch the documents and send a signature.
    pub const fn open(self) -> bool {
        matches!(self, MobileSigningState::Waiting | MobileSigningState::Fetched)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const API1: &str = "https://portal.example.kz/api/egov/mgovSign/2b1f";

    #[test]
    fn the_app_finds_api1_in_a_qr_code_and_in_a_deep_link() {
        assert_eq!(qr_text(API1), "mobileSign:https://portal.example.kz/api/egov/mgovSign/2b1f");
        assert_eq!(api1_of(&qr_text(API1)).as_deref(), Some(API1));
        let link = deep_link(EGOV_MOBILE_LINK, API1);
        assert!(link.starts_with("https://m.egov.kz/mobileSign/?link=https%3A//portal.example.kz"), "{link}");
        assert_eq!(api1_of(&link).as_deref(), Some(API1));
        assert_eq!(api1_of("https://m.egov.kz/mobileSign/"), None);
    }

    #[test]
    fn the_messages_use_the_protocols_field_names() {
        let request = SigningRequest {
            description: "d".into(),
            expiry_date: "2026-11-23T10:00:00.00+0500".into(),
            organisation: Organisation {
                name_ru: "ru".into(),
                name_kz: "kz".into(),
                name_en: "en".into(),
                bin: "1".into(),
            },
            document: DocumentsAddress { uri: "u".into(), auth_type: "Token".into(), auth_token: "t".into() },
        };
        let json = serde_json::to_string(&request).unwrap_or_default();
        for key in [r#""expiry_date""#, r#""nameRu""#, r#""auth_type":"Token""#, r#""auth_token""#] {
            assert!(json.contains(key), "{json}");
        }
        let documents = Documents {
            sign_method: CMS_SIGN_ONLY.into(),
            version: 1,
            documents_to_sign: vec![DocumentToSign {
                id: 1,
                name_ru: "ru".into(),
                name_kz: "kz".into(),
                name_en: "en".into(),
                meta: vec![Meta { name: "ИИН".into(), value: "1".into() }],
                document: FileDocument { file: File { mime: PLAIN_DATA.into(), data: "AA==".into() } },
            }],
        };
        let json = serde_json::to_string(&documents).unwrap_or_default();
        for key in [r#""signMethod":"CMS_SIGN_ONLY""#, r#""documentsToSign""#, r#""document":{"file":{"mime":"""#] {
            assert!(json.contains(key), "{json}");
        }
    }

    #[test]
    fn state_keys_round_trip_and_only_waiting_or_fetched_take_a_signature() {
        for s in MobileSigningState::ALL {
            assert_eq!(MobileSigningState::from_key(s.key()), Some(s));
        }
        let open: Vec<_> = MobileSigningState::ALL.into_iter().filter(|s| s.open()).collect();
        assert_eq!(open, [MobileSigningState::Waiting, MobileSigningState::Fetched]);
    }
}
