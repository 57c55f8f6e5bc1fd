//! The NCALayer WebSocket protocol (`wss://127.0.0.1:13579`) as pure functions: the exact request
//! texts the browser sends and a normaliser for the replies the known NCALayer implementations
//! (NCALayer 1.4, KAZTOKEN desktop, emulators) send back.
//!
//! NCALayer has no request ids: a client sends one request at a time and takes the next reply as
//! its answer. Right after the socket opens NCALayer sends one greeting (`{"result":{"version":…}}`),
//! which [`parse_greeting`] reads.

use std::fmt;

use serde::Serialize;
use serde_json::{Map, Value};

use crate::Lang;

/// Where NCALayer listens when nothing else is configured.
pub const DEFAULT_URL: &str = "wss://127.0.0.1:13579";

/// The keep-alive text old clients send and NCALayer echoes; it is not a reply to anything.
pub const HEARTBEAT: &str = "--heartbeat--";

/// The current signing module (a named-argument API, 2022+).
pub const BASICS: &str = "kz.gov.pki.knca.basics";

/// The older module (positional arguments), kept for token and key listings.
pub const COMMON_UTILS: &str = "kz.gov.pki.knca.commonUtils";

/// Every key storage NCALayer supports: a key file and the hardware tokens and ID card.
pub const ALL_STORAGES: &[&str] = &[
    "PKCS12",
    "AKKaztokenStore",
    "AKKZIDCardStore",
    "AKEToken72KStore",
    "AKEToken5110Store",
    "AKJaCartaStore",
    "AKAKEYStore",
];

/// The extended key usage of signing keys (`emailProtection`, which the National Certification
/// Authority puts in signing certificates only): a request filtering on it offers only signing keys.
pub const SIGNING_KEY_USAGE: &[&str] = &["1.3.6.1.5.5.7.3.4"];

/// What NCALayer produces.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// CMS (CAdES-BES), base64.
    Cms,
    /// XMLDSig enveloped in the signed document.
    Xml,
}

/// The document or documents to sign; several are signed in one dialog.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Data<'a> {
    One(&'a str),
    Many(&'a [&'a str]),
}

/// How the data is read and the signature built.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct SigningParams {
    /// The data is base64 and is decoded before signing (binary documents).
    pub decode: bool,
    /// The signed data is carried inside the CMS (attached) rather than detached.
    pub encapsulate: bool,
    /// The data is already a hash.
    pub digested: bool,
}

impl Default for SigningParams {
    /// NCALayer's own defaults: text data, attached, not a hash.
    fn default() -> SigningParams {
        SigningParams { decode: false, encapsulate: true, digested: false }
    }
}

/// Which certificates the dialog lets the person choose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct SignerParams<'a> {
    /// Only certificates whose extended key usage has all these OIDs are selectable. Empty for
    /// sign-in: GOST-2015 keys carry no client-authentication OID, so the server checks the purpose.
    pub ext_key_usage_oids: &'a [&'a str],
    /// Only certificates of this IIN (12 digits).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub iin: Option<&'a str>,
    /// Only certificates of this BIN (12 digits).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bin: Option<&'a str>,
}

/// A `kz.gov.pki.knca.basics` / `sign` request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SignRequest<'a> {
    pub allowed_storages: &'a [&'a str],
    pub format: Format,
    pub data: Data<'a>,
    pub signing_params: SigningParams,
    pub signer_params: SignerParams<'a>,
    /// The language of NCALayer's dialog (`kk`, `ru` or `en`, as [`Lang`] serialises).
    pub locale: Lang,
}

impl<'a> SignRequest<'a> {
    /// An attached CMS over one text (or, with `decode`, base64) document, any storage, no key-usage
    /// filter, optionally only the keys of one IIN.
    pub fn cms(data: &'a str, decode: bool, signer_iin: Option<&'a str>, locale: Lang) -> SignRequest<'a> {
        SignRequest {
            allowed_storages: ALL_STORAGES,
            format: Format::Cms,
            data: Data::One(data),
            signing_params: SigningParams { decode, ..SigningParams::default() },
            signer_params: SignerParams { ext_key_usage_oids: &[], iin: signer_iin, bin: None },
            locale,
        }
    }

    /// The same request, offering only certificates whose extended key usage has all of `oids`
    /// (for example [`SIGNING_KEY_USAGE`]).
    pub fn with_key_usage(mut self, oids: &'a [&'a str]) -> SignRequest<'a> {
        self.signer_params.ext_key_usage_oids = oids;
        self
    }

    /// The JSON text to send.
    pub fn to_json(&self) -> String {
        envelope(BASICS, "sign", Some(self))
    }
}

/// `commonUtils.getActiveTokens`: which hardware storages are plugged in.
pub fn get_active_tokens() -> String {
    envelope::<()>(COMMON_UTILS, "getActiveTokens", None)
}

/// `commonUtils.getKeyInfo`: opens the key dialog for a storage and returns the chosen certificate's
/// details. Client-side information: never proof of identity.
pub fn get_key_info(storage: &str) -> String {
    envelope(COMMON_UTILS, "getKeyInfo", Some(&[storage]))
}

fn envelope<A: Serialize + ?Sized>(module: &str, method: &str, args: Option<&A>) -> String {
    #[derive(Serialize)]
    struct Envelope<'a, A: Serialize + ?Sized> {
        module: &'a str,
        method: &'a str,
        #[serde(skip_serializing_if = "Option::is_none")]
        args: Option<&'a A>,
    }
    // Plain structs, strings and booleans: serialising cannot fail.
    serde_json::to_string(&Envelope { module, method, args }).unwrap_or_default()
}

/// A reply of NCALayer, whichever module and envelope it came in.
#[derive(Clone, PartialEq, Eq)]
pub enum Reply {
    /// The result strings: signatures (base64 CMS with any PEM armour removed, or signed XML
    /// exactly as sent), or the strings a `commonUtils` call returned (for example active tokens).
    Signed(Vec<String>),
    /// The certificate details of `getKeyInfo`.
    KeyInfo(Box<KeyInfo>),
    /// The person closed the dialog.
    Cancelled,
    /// This NCALayer does not have the module (an old version, or another program on the port).
    ModuleNotFound,
    /// NCALayer reported an error. For logs, never for people.
    Failed { code: String, message: String },
    /// The keep-alive echo; not an answer.
    Heartbeat,
}

/// Signatures and certificates are not logged, so the debug form leaves them out.
impl fmt::Debug for Reply {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Reply::Signed(items) => write!(f, "Signed(<{} items>)", items.len()),
            Reply::KeyInfo(_) => f.write_str("KeyInfo(<redacted>)"),
            Reply::Cancelled => f.write_str("Cancelled"),
            Reply::ModuleNotFound => f.write_str("ModuleNotFound"),
            Reply::Failed { code, message } => write!(f, "Failed {{ code: {code:?}, message: {message:?} }}"),
            Reply::Heartbeat => f.write_str("Heartbeat"),
        }
    }
}

/// The certificate details of `commonUtils.getKeyInfo` (all as NCALayer sends them: dates are epoch
/// milliseconds in older versions and `dd.MM.yyyy HH:mm:ss` in newer ones).
#[derive(Clone, PartialEq, Eq, Default, serde::Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct KeyInfo {
    pub alias: String,
    pub algorithm: String,
    pub subject_dn: String,
    pub issuer_dn: String,
    pub serial_number: String,
    pub cert_not_before: String,
    pub cert_not_after: String,
    pub pem: String,
}

/// Reads one reply text.
pub fn parse_reply(text: &str) -> Reply {
    if text.trim() == HEARTBEAT {
        return Reply::Heartbeat;
    }
    let Ok(Value::Object(reply)) = serde_json::from_str::<Value>(text) else {
        return unexpected();
    };
    let code = text_of(&reply, "errorCode").or_else(|| text_of(&reply, "code"));
    let message = text_of(&reply, "message").unwrap_or_default();
    if code.as_deref() == Some("MODULE_NOT_FOUND") {
        return Reply::ModuleNotFound;
    }
    if message == "action.canceled" {
        return Reply::Cancelled;
    }
    if let Some(status) = reply.get("status").and_then(Value::as_bool) {
        if !status {
            let message = match text_of(&reply, "details") {
                Some(details) if !message.is_empty() => format!("{message} ({details})"),
                Some(details) => details,
                None => message,
            };
            return Reply::Failed { code: code.unwrap_or_else(|| "FAILED".into()), message };
        }
        return match reply.get("body").and_then(|b| b.get("result")) {
            None | Some(Value::Null) => Reply::Cancelled,
            Some(result) => signatures(result),
        };
    }
    if reply.get("success").and_then(Value::as_bool) == Some(false) {
        return Reply::Failed { code: code.unwrap_or_else(|| "FAILED".into()), message };
    }
    match code.as_deref() {
        Some("200") => match reply.get("responseObject") {
            None | Some(Value::Null) => Reply::Signed(Vec::new()),
            Some(Value::Object(info)) if !info.contains_key("signatures") => {
                serde_json::from_value::<KeyInfo>(Value::Object(info.clone()))
                    .map_or_else(|_| unexpected(), |k| Reply::KeyInfo(Box::new(k)))
            }
            Some(result) => signatures(result),
        },
        Some(code) => Reply::Failed { code: code.to_owned(), message },
        None => unexpected(),
    }
}

/// Reads the greeting NCALayer sends when the socket opens: its version.
pub fn parse_greeting(text: &str) -> Option<String> {
    let greeting: Value = serde_json::from_str(text).ok()?;
    greeting.get("result")?.get("version")?.as_str().map(str::to_owned)
}

fn unexpected() -> Reply {
    Reply::Failed { code: "UNEXPECTED_REPLY".into(), message: String::new() }
}

/// A field that is a string or a number, as text.
fn text_of(reply: &Map<String, Value>, key: &str) -> Option<String> {
    match reply.get(key)? {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// `result` as a string, an array of strings, or `{"signatures":[…],"certificate":…}`.
fn signatures(result: &Value) -> Reply {
    let items = match result {
        Value::String(s) => vec![s.as_str()],
        Value::Array(items) => match items.iter().map(Value::as_str).collect::<Option<Vec<_>>>() {
            Some(items) => items,
            None => return unexpected(),
        },
        Value::Object(o) => return o.get("signatures").map_or_else(unexpected, signatures),
        _ => return unexpected(),
    };
    Reply::Signed(items.into_iter().map(unarmour).collect())
}

/// Removes PEM armour (`-----BEGIN CMS-----` …) and the line breaks inside it, leaving plain base64.
/// Anything else (base64, signed XML) is kept byte for byte.
fn unarmour(s: &str) -> String {
    if !s.trim_start().starts_with("-----BEGIN ") {
        return s.to_owned();
    }
    s.lines().map(str::trim).filter(|l| !l.starts_with("-----")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sign_in_request_is_the_exact_basics_sign_text() {
        let json = SignRequest::cms("q3Jx", false, None, Lang::Ru).to_json();
        assert_eq!(
            json,
            r#"{"module":"kz.gov.pki.knca.basics","method":"sign","args":{"allowedStorages":["PKCS12","AKKaztokenStore","AKKZIDCardStore","AKEToken72KStore","AKEToken5110Store","AKJaCartaStore","AKAKEYStore"],"format":"cms","data":"q3Jx","signingParams":{"decode":false,"encapsulate":true,"digested":false},"signerParams":{"extKeyUsageOids":[]},"locale":"ru"}}"#
        );
    }

    #[test]
    fn application_request_offers_only_the_applicants_signing_keys() {
        let json = SignRequest::cms("{\"a\":1}", false, Some("860412394422"), Lang::Kk)
            .with_key_usage(SIGNING_KEY_USAGE)
            .to_json();
        assert_eq!(
            json,
            r#"{"module":"kz.gov.pki.knca.basics","method":"sign","args":{"allowedStorages":["PKCS12","AKKaztokenStore","AKKZIDCardStore","AKEToken72KStore","AKEToken5110Store","AKJaCartaStore","AKAKEYStore"],"format":"cms","data":"{\"a\":1}","signingParams":{"decode":false,"encapsulate":true,"digested":false},"signerParams":{"extKeyUsageOids":["1.3.6.1.5.5.7.3.4"],"iin":"860412394422"},"locale":"kk"}}"#
        );
    }

    #[test]
    fn xml_request_with_several_documents_filters_and_escapes() {
        let docs = ["<a x=\"1\">б</a>", "<b/>"];
        let request = SignRequest {
            allowed_storages: &["PKCS12"],
            format: Format::Xml,
            data: Data::Many(&docs),
            signing_params: SigningParams::default(),
            signer_params: SignerParams {
                ext_key_usage_oids: &["1.3.6.1.5.5.7.3.4", "1.2.398.3.3.4.1.1"],
                iin: Some("123456789011"),
                bin: Some("123456789021"),
            },
            locale: Lang::Kk,
        };
        assert_eq!(
            request.to_json(),
            r#"{"module":"kz.gov.pki.knca.basics","method":"sign","args":{"allowedStorages":["PKCS12"],"format":"xml","data":["<a x=\"1\">б</a>","<b/>"],"signingParams":{"decode":false,"encapsulate":true,"digested":false},"signerParams":{"extKeyUsageOids":["1.3.6.1.5.5.7.3.4","1.2.398.3.3.4.1.1"],"iin":"123456789011","bin":"123456789021"},"locale":"kk"}}"#
        );
    }

    #[test]
    fn common_utils_requests_match_the_recorded_traffic() {
        assert_eq!(get_active_tokens(), r#"{"module":"kz.gov.pki.knca.commonUtils","method":"getActiveTokens"}"#);
        assert_eq!(
            get_key_info("PKCS12"),
            r#"{"module":"kz.gov.pki.knca.commonUtils","method":"getKeyInfo","args":["PKCS12"]}"#
        );
    }

    #[test]
    fn basics_results_as_array_string_and_object_are_signatures() {
        assert_eq!(
            parse_reply(r#"{"status":true,"body":{"result":["<?xml version=\"1.0\"?><login>…</login>"]}}"#),
            Reply::Signed(vec![r#"<?xml version="1.0"?><login>…</login>"#.into()])
        );
        assert_eq!(parse_reply(r#"{"status":true,"body":{"result":"MIIG"}}"#), Reply::Signed(vec!["MIIG".into()]));
        assert_eq!(
            parse_reply(r#"{"status":true,"body":{"result":{"signatures":["AAA","BBB"],"certificate":"MIIC"}}}"#),
            Reply::Signed(vec!["AAA".into(), "BBB".into()])
        );
    }

    #[test]
    fn pem_armoured_cms_becomes_plain_base64() {
        let reply = parse_reply(
            r#"{"status":true,"body":{"result":"-----BEGIN CMS-----\nMIAG\r\nCSqG\n-----END CMS-----\n"}}"#,
        );
        assert_eq!(reply, Reply::Signed(vec!["MIAGCSqG".into()]));
    }

    #[test]
    fn signed_xml_keeps_its_line_breaks() {
        let reply = parse_reply(r#"{"responseObject":"<a>\r\n<ds:Signature/></a>","code":"200"}"#);
        assert_eq!(reply, Reply::Signed(vec!["<a>\r\n<ds:Signature/></a>".into()]));
    }

    #[test]
    fn a_basics_body_without_result_is_a_cancel() {
        assert_eq!(parse_reply(r#"{"status":true,"body":{}}"#), Reply::Cancelled);
    }

    #[test]
    fn basics_errors_keep_code_message_and_details() {
        let reply = parse_reply(
            r#"{"status":false,"code":"INVOCATION_ERROR","message":"An invoked method threw an exception.","details":"org.json.JSONException: JSONObject[\"signingParams\"] is not a JSONObject."}"#,
        );
        let Reply::Failed { code, message } = reply else { panic!("not a failure: {reply:?}") };
        assert_eq!(code, "INVOCATION_ERROR");
        assert!(message.starts_with("An invoked method threw an exception. (org.json.JSONException"));
        assert_eq!(
            parse_reply(r#"{"errorCode":"SIGNING_FAILURE","message":"x","status":false}"#),
            Reply::Failed { code: "SIGNING_FAILURE".into(), message: "x".into() }
        );
    }

    #[test]
    fn common_utils_replies_are_normalised() {
        assert_eq!(parse_reply(r#"{"responseObject":[],"code":"200"}"#), Reply::Signed(Vec::new()));
        assert_eq!(
            parse_reply(r#"{"responseObject":["AKKaztokenStore"],"code":"200"}"#),
            Reply::Signed(vec!["AKKaztokenStore".into()])
        );
        assert_eq!(
            parse_reply(r#"{"responseObject":"MIAGCSqGSIb3DQEHAqCAMIACAQEx","code":"200"}"#),
            Reply::Signed(vec!["MIAGCSqGSIb3DQEHAqCAMIACAQEx".into()])
        );
        assert_eq!(parse_reply(r#"{"code":"200"}"#), Reply::Signed(Vec::new()));
        assert_eq!(parse_reply(r#"{"code":"500","message":"action.canceled"}"#), Reply::Cancelled);
        assert_eq!(
            parse_reply(
                r#"{"code":"500","message":"java.lang.IllegalArgumentException: argument type mismatch. Method: getKeyInfo"}"#
            ),
            Reply::Failed {
                code: "500".into(),
                message: "java.lang.IllegalArgumentException: argument type mismatch. Method: getKeyInfo".into()
            }
        );
    }

    #[test]
    fn key_info_is_read_from_the_response_object() {
        let reply = parse_reply(
            r#"{"code":"200","responseObject":{"alias":"e3fe35","keyId":"e3fe35","algorithm":"RSA","subjectCn":"ТЕСТОВ ТЕСТ","subjectDn":"CN=ТЕСТОВ ТЕСТ,SERIALNUMBER=IIN123456789011,C=KZ","issuerDn":"C=KZ,CN=ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (RSA)","certNotBefore":"1642480729000","certNotAfter":"1674016729000","pem":"-----BEGIN CERTIFICATE-----\n…\n-----END CERTIFICATE-----"}}"#,
        );
        let Reply::KeyInfo(info) = reply else { panic!("not key info: {reply:?}") };
        assert_eq!(info.algorithm, "RSA");
        assert!(info.subject_dn.contains("SERIALNUMBER=IIN123456789011"));
        assert_eq!(info.cert_not_after, "1674016729000");
        assert_eq!(format!("{:?}", Reply::KeyInfo(info)), "KeyInfo(<redacted>)");
    }

    #[test]
    fn a_missing_module_is_recognised() {
        assert_eq!(parse_reply(r#"{"success":false,"errorCode":"MODULE_NOT_FOUND"}"#), Reply::ModuleNotFound);
        assert_eq!(parse_reply(r#"{"status":false,"code":"MODULE_NOT_FOUND"}"#), Reply::ModuleNotFound);
    }

    #[test]
    fn heartbeats_are_not_replies() {
        assert_eq!(parse_reply("--heartbeat--"), Reply::Heartbeat);
    }

    #[test]
    fn garbage_is_a_failure_that_leaks_nothing() {
        for text in ["", "not json", "[1,2]", r#"{"status":true,"body":{"result":[1]}}"#, r#"{"foo":1}"#] {
            assert_eq!(parse_reply(text), unexpected(), "{text}");
        }
    }

    #[test]
    fn signatures_are_not_debug_printed() {
        assert_eq!(format!("{:?}", Reply::Signed(vec!["MIIG".into()])), "Signed(<1 items>)");
    }

    #[test]
    fn greetings_give_the_version() {
        assert_eq!(parse_greeting(r#"{"result":{"version":"1.4"}}"#).as_deref(), Some("1.4"));
        assert_eq!(parse_greeting(r#"{"result":{"version":"ncalayer-mocker"}}"#).as_deref(), Some("ncalayer-mocker"));
        assert_eq!(parse_greeting(r#"{"status":true,"body":{}}"#), None);
        assert_eq!(parse_greeting("--heartbeat--"), None);
    }
}
