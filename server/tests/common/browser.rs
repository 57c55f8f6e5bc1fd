//! A browser without JavaScript: a cookie jar, no automatic redirects (so tests see each 303), and
//! the form posts the portal's pages make.

use reqwest::header::{HeaderMap, HeaderValue};
use reqwest::{Method, RequestBuilder, StatusCode};

/// The valid answers to the archival certificate form, page by page, in the order a person meets
/// the pages when the information is about themselves.
pub const ARCHIVAL_PAGES: &[(&str, &[(&str, &str)])] = &[
    ("archive", &[("archive", "oblast-state-archive")]),
    ("applicant", &[("phone", "87012345678"), ("email", "")]),
    ("subject", &[("subject", "self")]),
    ("name-changes", &[("name_changes", "")]),
    ("kind", &[("certificate_kind", "social-legal")]),
    ("information", &[("information", "Қызылорда күріш совхозында жұмыс істегенім және жалақым туралы")]),
    ("purpose", &[("purpose", "Зейнетақы тағайындау үшін Мемлекеттік корпорацияға")]),
    ("period", &[("period-from", "1985"), ("period-to", "1992")]),
];

/// What the server answered.
#[derive(Debug)]
pub struct Reply {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
}

impl Reply {
    /// The `Location` of a 303, asserting it is one.
    pub fn see_other(&self) -> &str {
        assert_eq!(self.status, StatusCode::SEE_OTHER, "expected a 303; the page said: {}", text_of(&self.body));
        self.header("location").expect("Location header")
    }

    /// A header as text.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// Asserts the status, showing the page's text when it differs.
    pub fn assert_status(&self, expected: StatusCode) -> &Reply {
        assert_eq!(self.status, expected, "unexpected status; the page said: {}", text_of(&self.body));
        self
    }

    /// Asserts that the page says something.
    pub fn assert_says(&self, text: &str) -> &Reply {
        assert!(self.body.contains(text), "the page does not say {text:?}; it says: {}", text_of(&self.body));
        self
    }
}

/// The visible text of a page, roughly, for failure messages.
pub fn text_of(html: &str) -> String {
    let body = html.split("<main").nth(1).unwrap_or(html);
    let mut out = String::new();
    let mut in_tag = false;
    for c in body.chars() {
        match c {
            '<' => {
                in_tag = true;
                out.push(' ');
            }
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ").chars().take(1500).collect()
}

/// Decodes the HTML entities the renderer writes into attributes.
fn unescape(s: &str) -> String {
    s.replace("&quot;", "\"")
        .replace("&#34;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// The CSRF token in a page's `<meta name="otinish-session" content="{…}">`.
pub fn csrf_in(html: &str) -> Option<String> {
    let at = html.find("name=\"otinish-session\"")?;
    let start = html[..at].rfind("<meta")?;
    let end = at + html[at..].find('>')?;
    let tag = &html[start..end];
    let content = tag.split("content=\"").nth(1)?.split('"').next()?;
    let session: serde_json::Value = serde_json::from_str(&unescape(content)).ok()?;
    session.get("csrf")?.as_str().map(str::to_owned)
}

/// A browser: its own cookie jar, English pages unless a request says otherwise.
#[derive(Clone)]
pub struct Browser {
    client: reqwest::Client,
    base: String,
    /// The development keys, as NCALayer on this person's computer holds them.
    keys: Option<std::sync::Arc<esp::devpki::DevPki>>,
}

impl Browser {
    /// A browser with no cookies.
    pub fn new(base: &str, keys: Option<std::sync::Arc<esp::devpki::DevPki>>) -> Browser {
        let mut headers = HeaderMap::new();
        headers.insert(reqwest::header::ACCEPT_LANGUAGE, HeaderValue::from_static("en"));
        let client = reqwest::Client::builder()
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::none())
            .default_headers(headers)
            .build()
            .expect("HTTP client");
        Browser { client, base: base.to_owned(), keys }
    }

    /// A request to a path of the portal, to add headers to before `send`.
    pub fn request(&self, method: Method, path: &str) -> RequestBuilder {
        self.client.request(method, format!("{}{path}", self.base))
    }

    /// Sends a request and reads the whole answer.
    pub async fn send(&self, request: RequestBuilder) -> Reply {
        let (status, headers, bytes) = self.send_for_bytes(request).await;
        Reply { status, headers, body: String::from_utf8_lossy(&bytes).into_owned() }
    }

    /// Sends a request and reads the answer as bytes. No portal in this process builds its routes
    /// meanwhile (see [`super::RENDERING`]).
    pub async fn send_for_bytes(&self, request: RequestBuilder) -> (StatusCode, HeaderMap, Vec<u8>) {
        let _rendering = super::RENDERING.read().await;
        let res = request.send().await.expect("request");
        let status = res.status();
        let headers = res.headers().clone();
        let bytes = res.bytes().await.expect("response body");
        (status, headers, bytes.to_vec())
    }

    /// `GET path`.
    pub async fn get(&self, path: &str) -> Reply {
        self.send(self.request(Method::GET, path)).await
    }

    /// `POST path` with an url-encoded form.
    pub async fn post_form(&self, path: &str, fields: &[(&str, &str)]) -> Reply {
        self.send(self.request(Method::POST, path).form(fields)).await
    }

    /// `POST path` with the form and the CSRF token of `page` (read from the page first).
    pub async fn post_with_csrf(&self, page: &str, path: &str, fields: &[(&str, &str)]) -> Reply {
        let token = self.csrf(page).await;
        let mut all = vec![("csrf", token.as_str())];
        all.extend_from_slice(fields);
        self.post_form(path, &all).await
    }

    /// The CSRF token the page at `path` carries.
    pub async fn csrf(&self, path: &str) -> String {
        let page = self.get(path).await;
        csrf_in(&page.body).unwrap_or_else(|| panic!("no CSRF token on {path} ({})", page.status))
    }

    /// Signs in, asserting it worked.
    pub async fn login(&self, iin: &str, password: &str) {
        let res = self.post_with_csrf("/login", "/login", &[("iin", iin), ("password", password)]).await;
        assert_eq!(res.see_other(), "/cabinet");
    }

    /// Signs in as a demo account.
    pub async fn login_demo(&self, iin: &str) {
        self.login(iin, server::demo::DEMO_PASSWORD).await;
    }

    /// Creates an account and signs in, asserting it worked.
    pub async fn register(&self, iin: &str, password: &str) {
        let fields = [("iin", iin), ("password", password), ("confirm", password)];
        let res = self.post_with_csrf("/register", "/register", &fields).await;
        assert_eq!(res.see_other(), "/cabinet");
    }

    /// Starts an archival certificate application and returns the draft's id.
    pub async fn start_archival(&self) -> String {
        let page = "/services/archival-certificate";
        let res = self.post_with_csrf(page, "/services/archival-certificate/start", &[]).await;
        let location = res.see_other().to_owned();
        let id = location.strip_prefix("/apply/").and_then(|r| r.strip_suffix("/archive"));
        id.unwrap_or_else(|| panic!("unexpected redirect {location}")).to_owned()
    }

    /// Answers one question page (reading it first, as a browser does).
    pub async fn answer(&self, draft: &str, page: &str, fields: &[(&str, &str)]) -> Reply {
        let path = format!("/apply/{draft}/{page}");
        self.post_with_csrf(&path, &path, fields).await
    }

    /// Answers every page of the archival form with valid answers, following each redirect, and
    /// returns where the last page led (the documents page).
    pub async fn fill_archival(&self, draft: &str) -> String {
        let mut next = format!("/apply/{draft}/{}", ARCHIVAL_PAGES[0].0);
        for (i, (page, fields)) in ARCHIVAL_PAGES.iter().enumerate() {
            assert_eq!(next, format!("/apply/{draft}/{page}"), "page {i} of the route");
            let shown = self.get(&next).await;
            shown.assert_status(StatusCode::OK);
            let token = csrf_in(&shown.body).expect("CSRF token on a question page");
            let mut all = vec![("csrf", token.as_str())];
            all.extend_from_slice(fields);
            next = self.post_form(&next, &all).await.see_other().to_owned();
        }
        assert_eq!(next, format!("/apply/{draft}/documents"));
        next
    }

    /// Uploads a file to a slot of a draft's documents page (multipart: csrf, slot, file).
    pub async fn upload(&self, draft: &str, slot: &str, name: &str, bytes: Vec<u8>) -> Reply {
        let token = self.csrf(&format!("/apply/{draft}/documents")).await;
        self.upload_with_token(draft, &token, slot, name, bytes).await
    }

    /// Uploads with a given token.
    pub async fn upload_with_token(&self, draft: &str, token: &str, slot: &str, name: &str, bytes: Vec<u8>) -> Reply {
        let form = reqwest::multipart::Form::new().text("csrf", token.to_owned()).text("slot", slot.to_owned()).part(
            "file",
            reqwest::multipart::Part::bytes(bytes)
                .file_name(name.to_owned())
                .mime_str("application/pdf")
                .expect("mime"),
        );
        self.send(self.request(Method::POST, &format!("/apply/{draft}/documents/upload")).multipart(form)).await
    }

    /// Leaves the documents page and sends the application from check-answers; returns the
    /// application's id.
    pub async fn submit(&self, draft: &str) -> String {
        let docs = format!("/apply/{draft}/documents");
        let res = self.post_with_csrf(&docs, &docs, &[]).await;
        assert_eq!(res.see_other(), format!("/apply/{draft}/check"));
        let check = format!("/apply/{draft}/check");
        let signature = self.signature_for(draft).await;
        let fields = [("declaration", "yes"), ("signature", signature.as_str())];
        let res = self.post_with_csrf(&check, &format!("/apply/{draft}/submit"), &fields).await;
        let location = res.see_other().to_owned();
        let id = location.strip_prefix("/applications/").and_then(|r| r.strip_suffix("/confirmation"));
        id.unwrap_or_else(|| panic!("unexpected redirect {location}")).to_owned()
    }

    /// The applicant's signature of a draft as it would be sent now, as NCALayer makes it: the
    /// signing document from the server, signed with the applicant's valid signing key.
    pub async fn signature_for(&self, draft: &str) -> String {
        let res = self.get(&format!("/apply/{draft}/signing-document")).await;
        res.assert_status(StatusCode::OK);
        let doc: serde_json::Value = serde_json::from_str(&res.body).expect("signing document");
        let (data, iin) = (doc["data"].as_str().expect("data"), doc["iin"].as_str().expect("iin"));
        let keys = self.keys.as_ref().expect("the test portal's development keys");
        let key = keys.find(iin, esp::Purpose::Signing, esp::devpki::Profile::Valid).expect("a signing key");
        super::cms_at_start(key, data.as_bytes(), true)
    }

    /// Starts, fills and sends an archival application; returns the application's id.
    pub async fn apply_for_archival(&self) -> String {
        let draft = self.start_archival().await;
        self.fill_archival(&draft).await;
        self.submit(&draft).await
    }
}

/// A small valid PNG: the signature and an IHDR chunk.
pub fn png() -> Vec<u8> {
    let mut b = vec![0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A];
    b.extend_from_slice(&[0, 0, 0, 13]);
    b.extend_from_slice(b"IHDR");
    b.extend_from_slice(&[0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
    b.extend_from_slice(&[0x90, 0x77, 0x53, 0xDE]);
    b
}

/// A PDF header followed by padding, `len` bytes long.
pub fn pdf(len: usize) -> Vec<u8> {
    let mut b = b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n".to_vec();
    b.resize(len, b' ');
    b
}
