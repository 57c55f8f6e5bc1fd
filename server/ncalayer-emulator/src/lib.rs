//! An NCALayer stand-in. It speaks the protocol of NCALayer's WebSocket (the greeting, the
//! `kz.gov.pki.knca.basics` `sign` method for CMS, the `commonUtils` calls `getActiveTokens` and
//! `getKeyInfo`, `MODULE_NOT_FOUND` for anything else, the `--heartbeat--` echo) and signs with the
//! keys of the development PKI (`esp::devpki`). The browser code talks to it exactly as to the real
//! NCALayer; only the URL differs (`ws://` instead of `wss://`, since the emulator has no
//! certificate the browser trusts).
//!
//! What the "person at the keyboard" does in NCALayer's dialog is chosen over HTTP on the same
//! port, so tests can pick a key: `POST /control/select` with a [`Selection`] as JSON,
//! `POST /control/reset`, `GET /control/keys`.
//!
//! It also stands in for the eGov mobile app's QR signing ([`egov`]): `POST /control/egov` scans
//! a code for a test, and `/mobileSign/?link=…` is the page a demo's "Open eGov mobile" link opens.

pub mod egov;

use std::sync::{Arc, Mutex};

use axum::Router;
use axum::extract::State;
use axum::extract::ws::{Message, WebSocket, WebSocketUpgrade};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use esp::Purpose;
use esp::devpki::{DevKey, DevPki, KeyAlgorithm, Profile};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

/// The version the emulator greets with (what NCALayer 1.4 sends).
pub const VERSION: &str = "1.4";

/// The EKU of signing keys; a request that filters on it wants a signing key.
pub(crate) const SIGNING_EKU: &str = "1.3.6.1.5.5.7.3.4";

/// What the person at the keyboard will do with the next signing dialog.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Selection {
    /// Whose key: an IIN. Without it, the IIN the request filters on, else the first person's.
    pub iin: Option<String>,
    /// `auth` or `sign`. Without it, `sign` when the request filters on the signing EKU, else `auth`.
    pub purpose: Option<String>,
    /// `valid` (the default), `revoked`, `revoked_delta`, `expired`, `not_yet_valid`,
    /// `unknown_ca` or `self_signed`.
    pub profile: Option<String>,
    /// Which algorithm: `rsa` (the default) or `ecdsa`.
    pub algorithm: Option<String>,
    /// `sign` (the default), `cancel` (the person closes the dialog) or `fail` (NCALayer reports an
    /// error).
    pub action: Option<String>,
}

/// The emulator's state: the keys and the current selection.
#[derive(Clone)]
pub struct Emulator {
    pki: Arc<DevPki>,
    selection: Arc<Mutex<Selection>>,
}

impl std::fmt::Debug for Emulator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Emulator").finish_non_exhaustive()
    }
}

impl Emulator {
    pub fn new(pki: Arc<DevPki>) -> Emulator {
        Emulator { pki, selection: Arc::new(Mutex::new(Selection::default())) }
    }

    fn selection(&self) -> Selection {
        self.selection.lock().map(|s| s.clone()).unwrap_or_default()
    }

    /// The key the person would pick for a request filtering on `iin` and `ekus`.
    fn key_for(&self, sel: &Selection, iin: Option<&str>, ekus: &[String]) -> Option<&DevKey> {
        let purpose = match sel.purpose.as_deref() {
            Some("sign") => Purpose::Signing,
            Some(_) => Purpose::Authentication,
            None if ekus.iter().any(|e| e == SIGNING_EKU) => Purpose::Signing,
            None => Purpose::Authentication,
        };
        let profile = sel.profile.as_deref().unwrap_or("valid");
        // The chosen algorithm, else RSA where the person has RSA keys, else any.
        let algorithm = match sel.algorithm.as_deref() {
            Some("ecdsa") => Some(KeyAlgorithm::EcdsaP256),
            Some(_) => Some(KeyAlgorithm::Rsa2048),
            None => None,
        };
        let wanted = sel.iin.as_deref().or(iin.filter(|i| !i.is_empty()));
        let matches = |k: &&DevKey| {
            k.purpose() == purpose
                && k.profile().map(Profile::as_str) == Some(profile)
                && algorithm.is_none_or(|a| k.algorithm() == a)
                && wanted.is_none_or(|w| k.iin() == w)
                && k.bin().is_none()
        };
        let keys = self.pki.keys();
        keys.iter()
            .filter(matches)
            .find(|k| k.algorithm() == KeyAlgorithm::Rsa2048)
            .or_else(|| keys.iter().find(matches))
    }

    /// The reply to one request, as NCALayer would give it.
    pub fn reply(&self, request: &str) -> String {
        if request == "--heartbeat--" {
            return request.to_owned();
        }
        let Ok(req) = serde_json::from_str::<Value>(request) else {
            return json!({"status": false, "code": "INVOCATION_ERROR", "message": "An invoked method threw an exception.",
                          "details": "org.json.JSONException: A JSONObject text must begin with '{'"})
            .to_string();
        };
        let module = req.get("module").and_then(Value::as_str).unwrap_or("");
        let method = req.get("method").and_then(Value::as_str).unwrap_or("");
        match (module, method) {
            ("kz.gov.pki.knca.basics", "sign") => self.basics_sign(req.get("args").unwrap_or(&Value::Null)),
            ("kz.gov.pki.knca.commonUtils", "getActiveTokens") => json!({"code": "200", "responseObject": []}),
            ("kz.gov.pki.knca.commonUtils", "getKeyInfo") => self.key_info(),
            ("kz.gov.pki.knca.commonUtils", _) => json!({"code": "500",
                "message": format!("java.lang.NoSuchMethodException: {method}")}),
            _ => json!({"success": false, "errorCode": "MODULE_NOT_FOUND"}),
        }
        .to_string()
    }

    fn key_info(&self) -> Value {
        let sel = self.selection();
        if sel.action.as_deref() == Some("cancel") {
            return json!({"code": "500", "message": "action.canceled"});
        }
        match self.key_for(&sel, None, &[]) {
            Some(k) => json!({"code": "200", "responseObject": {
                "alias": k.key_id_hex(), "keyId": k.key_id_hex(),
                "algorithm": if k.algorithm() == KeyAlgorithm::Rsa2048 { "RSA" } else { "ECDSA" },
                "subjectCn": k.common_name(), "pem": k.certificate_pem(),
            }}),
            None => json!({"code": "500", "message": "action.canceled"}),
        }
    }

    fn basics_sign(&self, args: &Value) -> Value {
        let invocation = |details: &str| {
            json!({"status": false, "code": "INVOCATION_ERROR", "message": "An invoked method threw an exception.",
                   "details": details})
        };
        if !args.is_object() {
            return invocation("org.json.JSONException: JSONObject[\"args\"] is not a JSONObject.");
        }
        let format = args.get("format").and_then(Value::as_str).unwrap_or("");
        if format != "cms" {
            return invocation(&format!("the emulator signs CMS only, not \"{format}\""));
        }
        let data: Vec<&str> = match args.get("data") {
            Some(Value::String(s)) => vec![s.as_str()],
            Some(Value::Array(items)) => items.iter().filter_map(Value::as_str).collect(),
            _ => return invocation("org.json.JSONException: JSONObject[\"data\"] not found."),
        };
        let params = args.get("signingParams").cloned().unwrap_or(json!({}));
        let flag = |name: &str, default: bool| match params.get(name) {
            Some(Value::Bool(b)) => *b,
            Some(Value::String(s)) => s == "true",
            _ => default,
        };
        let (decode, encapsulate, digested) =
            (flag("decode", false), flag("encapsulate", true), flag("digested", false));
        if digested {
            return invocation("the emulator does not sign precomputed digests");
        }
        let signer = args.get("signerParams").cloned().unwrap_or(json!({}));
        let iin = signer.get("iin").and_then(Value::as_str);
        let ekus: Vec<String> = signer
            .get("extKeyUsageOids")
            .and_then(Value::as_array)
            .map(|a| a.iter().filter_map(Value::as_str).map(str::to_owned).collect())
            .unwrap_or_default();

        match self.selection().action.as_deref() {
            Some("cancel") => return json!({"status": true, "body": {}}),
            Some("fail") => return json!({"status": false, "code": "SIGNING_FAILURE", "message": "Signing failed."}),
            _ => {}
        }
        let Some(key) = self.key_for(&self.selection(), iin, &ekus) else {
            // No key matches the filter: the person can only close the dialog.
            return json!({"status": true, "body": {}});
        };
        let now = time::OffsetDateTime::now_utc();
        let mut signatures = Vec::with_capacity(data.len());
        for item in data {
            let bytes = if decode {
                match STANDARD.decode(item) {
                    Ok(b) => b,
                    Err(_) => return invocation("java.lang.IllegalArgumentException: Illegal base64 character"),
                }
            } else {
                item.as_bytes().to_vec()
            };
            signatures.push(STANDARD.encode(esp::sign::sign_cms(key, &bytes, encapsulate, now)));
        }
        json!({"status": true, "body": {"result": signatures}})
    }
}

async fn socket(State(emu): State<Emulator>, upgrade: WebSocketUpgrade) -> Response {
    upgrade.on_upgrade(move |ws| session(emu, ws))
}

/// One connection: the greeting, then a reply per request, in order.
async fn session(emu: Emulator, mut ws: WebSocket) {
    let greeting = json!({"result": {"version": VERSION}}).to_string();
    if ws.send(Message::Text(greeting.into())).await.is_err() {
        return;
    }
    while let Some(Ok(msg)) = ws.recv().await {
        let text = match msg {
            Message::Text(t) => t.to_string(),
            Message::Close(_) => break,
            _ => continue,
        };
        let emu = emu.clone();
        let reply = tokio::task::spawn_blocking(move || emu.reply(&text)).await.unwrap_or_default();
        if ws.send(Message::Text(reply.into())).await.is_err() {
            break;
        }
    }
}

async fn select(State(emu): State<Emulator>, axum::Json(sel): axum::Json<Selection>) -> impl IntoResponse {
    if let Ok(mut s) = emu.selection.lock() {
        *s = sel;
    }
    axum::http::StatusCode::NO_CONTENT
}

async fn reset(State(emu): State<Emulator>) -> impl IntoResponse {
    if let Ok(mut s) = emu.selection.lock() {
        *s = Selection::default();
    }
    axum::http::StatusCode::NO_CONTENT
}

async fn keys(State(emu): State<Emulator>) -> impl IntoResponse {
    let list: Vec<Value> = emu
        .pki
        .keys()
        .iter()
        .map(|k| {
            json!({"id": k.id(), "iin": k.iin(), "bin": k.bin(), "purpose": k.purpose(),
                   "profile": k.profile().map(Profile::as_str),
                   "algorithm": if k.algorithm() == KeyAlgorithm::Rsa2048 { "rsa" } else { "ecdsa" }})
        })
        .collect();
    axum::Json(list)
}

/// The emulator's routes: the WebSocket at `/` and the control endpoints under `/control`.
pub fn router(emu: Emulator) -> Router {
    Router::new()
        .route("/", get(socket))
        .route("/control/select", post(select))
        .route("/control/reset", post(reset))
        .route("/control/keys", get(keys))
        .route("/control/egov", post(egov::control))
        .route("/mobileSign/", get(egov::app_page).post(egov::app_sign))
        .route("/businessSign/", get(egov::app_page).post(egov::app_sign))
        .with_state(emu)
}

/// Serves the emulator on `listener` until the process ends.
pub async fn serve(listener: tokio::net::TcpListener, emu: Emulator) -> std::io::Result<()> {
    axum::serve(listener, router(emu)).await
}

#[cfg(test)]
mod tests {
    use super::*;

    const IIN: &str = "860412394422";

    fn emulator() -> Emulator {
        let person = esp::devpki::DevPerson {
            iin: IIN.into(),
            surname: "Әбенов".into(),
            given_name: "Нұрлан".into(),
            patronymic: Some("Серікұлы".into()),
        };
        let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/tmp/emulator-test-pki");
        let now = time::OffsetDateTime::now_utc();
        let pki = esp::devpki::load_or_generate(&dir, &[person], &[], now).expect("development PKI");
        Emulator::new(Arc::new(pki))
    }

    fn sign_request(data: &str, ekus: &[&str]) -> String {
        json!({"module": "kz.gov.pki.knca.basics", "method": "sign", "args": {
            "format": "cms", "data": data,
            "signingParams": {"decode": false, "encapsulate": true, "digested": false},
            "signerParams": {"extKeyUsageOids": ekus}, "locale": "kk"}})
        .to_string()
    }

    fn select(emu: &Emulator, sel: Selection) {
        *emu.selection.lock().unwrap() = sel;
    }

    #[test]
    fn a_signature_is_a_cms_the_portal_verifies_for_its_purpose() {
        let emu = emulator();
        let reply: Value = serde_json::from_str(&emu.reply(&sign_request("<login>1</login>", &[]))).unwrap();
        assert_eq!(reply["status"], true);
        let cms = STANDARD.decode(reply["body"]["result"][0].as_str().unwrap()).unwrap();
        let now = time::OffsetDateTime::now_utc();
        let verified = emu.pki.verifier().verify_cms(&cms, b"<login>1</login>", Purpose::Authentication, now);
        assert_eq!(verified.expect("a valid authentication signature").identity.iin, IIN);

        // Filtering on the signing EKU picks the signing key.
        let reply: Value = serde_json::from_str(&emu.reply(&sign_request("doc", &[SIGNING_EKU]))).unwrap();
        let cms = STANDARD.decode(reply["body"]["result"][0].as_str().unwrap()).unwrap();
        assert!(emu.pki.verifier().verify_cms(&cms, b"doc", Purpose::Signing, now).is_ok());
    }

    #[test]
    fn the_chosen_key_is_the_one_that_signs() {
        let emu = emulator();
        select(&emu, Selection { profile: Some("revoked".into()), ..Selection::default() });
        let reply: Value = serde_json::from_str(&emu.reply(&sign_request("x", &[]))).unwrap();
        let cms = STANDARD.decode(reply["body"]["result"][0].as_str().unwrap()).unwrap();
        let verdict =
            emu.pki.verifier().verify_cms(&cms, b"x", Purpose::Authentication, time::OffsetDateTime::now_utc());
        assert!(matches!(verdict, Err(esp::Refusal::Revoked { .. })), "{verdict:?}");
    }

    #[test]
    fn cancel_failure_and_unknown_modules_answer_as_ncalayer_does() {
        let emu = emulator();
        select(&emu, Selection { action: Some("cancel".into()), ..Selection::default() });
        assert_eq!(emu.reply(&sign_request("x", &[])), r#"{"body":{},"status":true}"#);
        select(&emu, Selection { action: Some("fail".into()), ..Selection::default() });
        assert!(emu.reply(&sign_request("x", &[])).contains(r#""status":false"#));
        assert_eq!(
            emu.reply(r#"{"module":"kz.digiflow.mobile.extensions","method":"getVersion"}"#),
            r#"{"errorCode":"MODULE_NOT_FOUND","success":false}"#
        );
        assert_eq!(emu.reply("--heartbeat--"), "--heartbeat--");
        assert!(emu.reply("not json").contains("INVOCATION_ERROR"));
        let tokens = emu.reply(r#"{"module":"kz.gov.pki.knca.commonUtils","method":"getActiveTokens"}"#);
        assert_eq!(tokens, r#"{"code":"200","responseObject":[]}"#);
    }

    #[test]
    fn xml_and_digests_are_refused_with_an_invocation_error() {
        let emu = emulator();
        let xml = sign_request("x", &[]).replace("\"cms\"", "\"xml\"");
        assert!(emu.reply(&xml).contains("INVOCATION_ERROR"));
        let digested = sign_request("x", &[]).replace("\"digested\":false", "\"digested\":true");
        assert!(emu.reply(&digested).contains("INVOCATION_ERROR"));
    }
}
