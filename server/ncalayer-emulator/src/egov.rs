//! A stand-in for the eGov mobile app's side of QR signing: given what the person scanned (the
//! `mobileSign:` text or a deep link), it reads the portal's API №1, fetches the documents from
//! API №2 with the bearer token, signs each with a development signing key and sends them back
//! with `PUT`, as the app does. Which key signs (whose, valid or revoked…) is chosen as for
//! NCALayer, with a [`Selection`]; without an IIN, the person the documents name signs.
//!
//! Two ways in: `POST /control/egov` (`{"link": "…", …Selection}`) for tests, answering
//! `{"status": 200, "message": "success"}` or the portal's refusal; and `GET /mobileSign/?link=…`,
//! a small page where a person trying the demo confirms or declines, as in the app.

use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde::Deserialize;
use shared::esp::egov::{Documents, SigningRequest, api1_of};

use crate::{Emulator, SIGNING_EKU, Selection};

/// How the portal answered the app.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Outcome {
    /// The HTTP status of the last call (`200` when the signature was accepted, `403` when
    /// refused); `0` when the person declined and nothing was sent.
    pub status: u16,
    /// The portal's message.
    pub message: String,
}

/// What the app shows before the person confirms: API №1 and API №2's answers.
#[derive(Debug, Clone)]
pub struct Fetched {
    pub request: SigningRequest,
    pub documents: Documents,
}

fn client() -> Result<reqwest::Client, String> {
    reqwest::Client::builder()
        .timeout(std::time::Duration::from_secs(20))
        .build()
        .map_err(|e| format!("HTTP client: {e}"))
}

/// The portal's answer when it is not a 200: its message, or the status.
async fn refusal(res: reqwest::Response) -> Outcome {
    let status = res.status().as_u16();
    let body: serde_json::Value = res.json().await.unwrap_or_default();
    let message = body.get("message").and_then(|m| m.as_str()).map_or_else(|| format!("HTTP {status}"), str::to_owned);
    Outcome { status, message }
}

impl Emulator {
    /// Reads API №1 and API №2 for a scanned code, as the app does before showing the documents.
    pub async fn fetch(&self, scanned: &str, lang: &str) -> Result<Result<Fetched, Outcome>, String> {
        let api1 = api1_of(scanned).ok_or("not an eGov mobile signing code")?;
        let http = client()?;
        let res = http.get(&api1).header("accept-language", lang).send().await.map_err(|e| e.to_string())?;
        if !res.status().is_success() {
            return Ok(Err(refusal(res).await));
        }
        let request: SigningRequest = res.json().await.map_err(|e| format!("API №1: {e}"))?;
        let res = http
            .get(&request.document.uri)
            .header("accept-language", lang)
            .bearer_auth(&request.document.auth_token)
            .send()
            .await
            .map_err(|e| e.to_string())?;
        if !res.status().is_success() {
            return Ok(Err(refusal(res).await));
        }
        let documents: Documents = res.json().await.map_err(|e| format!("API №2: {e}"))?;
        Ok(Ok(Fetched { request, documents }))
    }

    /// Scans, signs with the key `choice` picks and sends the signatures back; or, when `choice`
    /// says `decline`, stops after fetching, as a person who closes the app.
    pub async fn sign_by_qr(&self, scanned: &str, choice: &Selection, lang: &str) -> Result<Outcome, String> {
        let Fetched { request, mut documents } = match self.fetch(scanned, lang).await? {
            Ok(f) => f,
            Err(outcome) => return Ok(outcome),
        };
        if matches!(choice.action.as_deref(), Some("decline" | "cancel")) {
            return Ok(Outcome { status: 0, message: "declined".into() });
        }
        let named = documents
            .documents_to_sign
            .iter()
            .flat_map(|d| &d.meta)
            .find(|m| m.value.len() == 12 && m.value.bytes().all(|b| b.is_ascii_digit()))
            .map(|m| m.value.clone());
        let ekus = if choice.purpose.is_none() { vec![SIGNING_EKU.to_owned()] } else { Vec::new() };
        let key = self.key_for(choice, named.as_deref(), &ekus).ok_or("no development key matches the choice")?.clone();
        let attached = documents.sign_method == "CMS_WITH_DATA";
        let now = time::OffsetDateTime::now_utc();
        for doc in &mut documents.documents_to_sign {
            let bytes = STANDARD.decode(&doc.document.file.data).map_err(|e| format!("document data: {e}"))?;
            let signed = tokio::task::spawn_blocking({
                let key = key.clone();
                move || esp::sign::sign_cms(&key, &bytes, attached, now)
            })
            .await
            .map_err(|e| e.to_string())?;
            doc.document.file.data = STANDARD.encode(signed);
        }
        let res = client()?
            .put(&request.document.uri)
            .header("accept-language", lang)
            .bearer_auth(&request.document.auth_token)
            .json(&documents)
            .send()
            .await
            .map_err(|e| e.to_string())?;
        let status = res.status().as_u16();
        if status == 200 {
            return Ok(Outcome { status, message: "success".into() });
        }
        Ok(refusal(res).await)
    }
}

/// `POST /control/egov`'s body: what was scanned, and the person's choices.
#[derive(Debug, Deserialize)]
pub struct Scan {
    pub link: String,
    #[serde(default)]
    pub lang: Option<String>,
    #[serde(flatten)]
    pub choice: Selection,
}

/// `POST /control/egov`.
pub async fn control(State(emu): State<Emulator>, axum::Json(scan): axum::Json<Scan>) -> Response {
    let lang = scan.lang.as_deref().unwrap_or("ru");
    match emu.sign_by_qr(&scan.link, &scan.choice, lang).await {
        Ok(outcome) => axum::Json(outcome).into_response(),
        Err(e) => (StatusCode::BAD_GATEWAY, e).into_response(),
    }
}

/// The query of the app's page: the API №1 address, as the deep link carries it.
#[derive(Debug, Deserialize)]
pub struct Link {
    pub link: String,
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

fn page(title: &str, body: &str) -> Html<String> {
    Html(format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" \
         content=\"width=device-width, initial-scale=1\"><title>{title}</title><style>body{{font:18px/1.5 \
         system-ui,sans-serif;max-width:28rem;margin:1rem auto;padding:0 1rem}}button{{font:inherit;padding:.5rem \
         1rem;margin:.25rem .5rem .25rem 0}}dt{{font-weight:bold}}</style></head><body><main><h1>{title}</h1>{body}\
         </main></body></html>"
    ))
}

const TITLE: &str = "eGov mobile — development stand-in";

/// `GET /mobileSign/?link=…`: what the app shows after a scan.
pub async fn app_page(Query(link): Query<Link>) -> Response {
    let request = match client() {
        Ok(http) => http.get(&link.link).send().await.ok(),
        Err(_) => None,
    };
    let Some(res) = request else {
        return page(TITLE, "<p>The portal could not be reached.</p>").into_response();
    };
    if !res.status().is_success() {
        let outcome = refusal(res).await;
        return page(TITLE, &format!("<p>{}</p>", escape(&outcome.message))).into_response();
    }
    let Ok(request) = res.json::<SigningRequest>().await else {
        return page(TITLE, "<p>The portal's answer could not be read.</p>").into_response();
    };
    let profiles = ["valid", "revoked", "expired", "not_yet_valid", "unknown_ca", "self_signed"]
        .iter()
        .map(|p| format!("<option value=\"{p}\">{p}</option>"))
        .collect::<String>();
    let body = format!(
        "<dl><dt>Document</dt><dd>{}</dd><dt>Requested by</dt><dd>{}</dd><dt>Valid until</dt><dd>{}</dd></dl>\
         <form method=\"post\"><input type=\"hidden\" name=\"link\" value=\"{}\">\
         <p><label for=\"profile\">Development key</label><br><select id=\"profile\" name=\"profile\">{profiles}</select></p>\
         <button type=\"submit\" name=\"action\" value=\"sign\">Sign</button>\
         <button type=\"submit\" name=\"action\" value=\"decline\">Decline</button></form>",
        escape(&request.description),
        escape(&request.organisation.name_en),
        escape(&request.expiry_date),
        escape(&link.link),
    );
    page(TITLE, &body).into_response()
}

/// The app page's form.
#[derive(Debug, Deserialize)]
pub struct Confirm {
    pub link: String,
    pub profile: Option<String>,
    pub action: Option<String>,
}

/// `POST /mobileSign/`: the person's answer on the app's page.
pub async fn app_sign(State(emu): State<Emulator>, axum::Form(form): axum::Form<Confirm>) -> Response {
    let scanned = format!("?link={}", shared::url::encode_component(&form.link));
    let choice = Selection { profile: form.profile, action: form.action, ..Selection::default() };
    let text = match emu.sign_by_qr(&scanned, &choice, "en").await {
        Ok(o) if o.status == 200 => "Signed. Go back to the portal and select Continue.".to_owned(),
        Ok(o) if o.status == 0 => "You declined; nothing was signed.".to_owned(),
        Ok(o) => format!("The portal refused the signature: {}", o.message),
        Err(e) => format!("Signing failed: {e}"),
    };
    page(TITLE, &format!("<p role=\"status\">{}</p>", escape(&text))).into_response()
}
