//! Settings, from environment variables with defaults that run the portal on one machine.

use std::path::PathBuf;

/// Everything the server is configured with.
#[derive(Debug, Clone)]
pub struct Config {
    /// Where the embedded database, uploaded files and the server key live.
    pub data_dir: PathBuf,
    /// `sqlite://…` (default, under the data directory) or `postgres://…`.
    pub database_url: String,
    /// Address to listen on.
    pub addr: String,
    /// The built site: `pkg/` (WebAssembly, JavaScript, CSS) and public files.
    pub site_root: PathBuf,
    /// Load the demo registry and demo accounts at start.
    pub demo: bool,
    /// Mark cookies `Secure` (and use the `__Host-` prefix). On by default unless the portal is
    /// served over plain HTTP on the loopback address for development.
    pub secure_cookies: bool,
    /// Sign out after this much inactivity.
    pub session_idle_secs: i64,
    /// Sign out this long after signing in, whatever the activity.
    pub session_max_secs: i64,
    /// Drafts untouched this long are deleted.
    pub draft_retention_secs: i64,
    /// ESP sign-in and signing.
    pub esp: EspConfig,
}

/// ESP settings.
#[derive(Debug, Clone, Default)]
pub struct EspConfig {
    /// A trust store to use instead of the generated development PKI (`OTINISH_ESP_TRUST_DIR`:
    /// `anchors/`, `intermediates/` and `crl/` folders).
    pub trust_dir: Option<PathBuf>,
    /// Where the development PKI lives (`OTINISH_DEV_PKI_DIR`; default `<data>/pki`).
    pub pki_dir: Option<PathBuf>,
    /// The NCALayer WebSocket the browser connects to (`OTINISH_NCALAYER_URL`; default
    /// `wss://127.0.0.1:13579`, or the emulator's address when it runs).
    pub ncalayer_url: Option<String>,
    /// Where the NCALayer emulator listens in demo mode (`OTINISH_NCALAYER_EMULATOR`; default
    /// `127.0.0.1:13579`; `off` to not start it, e.g. when a real NCALayer runs on this machine).
    pub emulator_addr: Option<String>,
    /// The portal's public origin, named in sign-in challenges (`OTINISH_PUBLIC_URL`).
    pub public_url: Option<String>,
    /// Where the eGov mobile deep link points (`OTINISH_EGOV_MOBILE_LINK`, the address the API №1
    /// link is appended to; default `https://m.egov.kz/mobileSign/?link=`, or the emulator's
    /// stand-in app in demo mode).
    pub egov_mobile_link: Option<String>,
    /// The BIN of the organisation that runs the portal, which eGov mobile shows beside its name
    /// (`OTINISH_OPERATOR_BIN`).
    pub operator_bin: Option<String>,
    /// Where the development PKI's certificates say its CRLs are published
    /// (`OTINISH_DEV_PKI_URL`; default the portal's own `/pki`).
    pub dev_pki_url: Option<String>,
    /// An OCSP responder asked before the CRLs (`OTINISH_ESP_OCSP_URL`; the development PKI's is
    /// the portal's own `/pki/ocsp`).
    pub ocsp_url: Option<String>,
}

/// The real NCALayer's address.
pub const NCALAYER_URL: &str = "wss://127.0.0.1:13579";

impl Config {
    /// The origin the portal is reached at.
    pub fn public_url(&self) -> String {
        self.esp.public_url.clone().unwrap_or_else(|| format!("http://{}", self.addr))
    }

    /// The deep links into eGov mobile and eGov Business, each waiting for an encoded API №1
    /// address.
    pub fn egov_links(&self) -> (String, String) {
        use shared::esp::egov::{EGOV_BUSINESS_LINK, EGOV_MOBILE_LINK};
        match (&self.esp.egov_mobile_link, &self.esp.emulator_addr) {
            (Some(link), _) => (link.clone(), link.replace("/mobileSign/", "/businessSign/")),
            (None, Some(addr)) if self.demo => {
                (format!("http://{addr}/mobileSign/?link="), format!("http://{addr}/businessSign/?link="))
            }
            _ => (EGOV_MOBILE_LINK.into(), EGOV_BUSINESS_LINK.into()),
        }
    }

    /// The NCALayer URL the browser is told to use.
    pub fn ncalayer_url(&self) -> String {
        match (&self.esp.ncalayer_url, &self.esp.emulator_addr) {
            (Some(url), _) => url.clone(),
            (None, Some(addr)) if self.demo => format!("ws://{addr}"),
            _ => NCALAYER_URL.into(),
        }
    }
}

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

impl Config {
    /// Reads the configuration from `OTINISH_*` variables and `DATABASE_URL`.
    pub fn from_env() -> Config {
        let data_dir = PathBuf::from(env("OTINISH_DATA_DIR").unwrap_or_else(|| "data".into()));
        let database_url = env("DATABASE_URL")
            .unwrap_or_else(|| format!("sqlite://{}?mode=rwc", data_dir.join("otinish.db").display()));
        let addr = env("OTINISH_ADDR").unwrap_or_else(|| "127.0.0.1:3000".into());
        let loopback = addr.starts_with("127.") || addr.starts_with("localhost") || addr.starts_with("[::1]");
        Config {
            database_url,
            site_root: PathBuf::from(env("OTINISH_SITE_ROOT").unwrap_or_else(|| "target/site".into())),
            demo: env("OTINISH_DEMO").is_some_and(|v| v == "1" || v == "true"),
            secure_cookies: env("OTINISH_SECURE_COOKIES").map_or(!loopback, |v| v == "1" || v == "true"),
            session_idle_secs: env("OTINISH_SESSION_IDLE_SECS").and_then(|v| v.parse().ok()).unwrap_or(30 * 60),
            session_max_secs: env("OTINISH_SESSION_MAX_SECS").and_then(|v| v.parse().ok()).unwrap_or(12 * 3600),
            draft_retention_secs: 30 * 24 * 3600,
            esp: EspConfig {
                trust_dir: env("OTINISH_ESP_TRUST_DIR").map(PathBuf::from),
                pki_dir: env("OTINISH_DEV_PKI_DIR").map(PathBuf::from),
                ncalayer_url: env("OTINISH_NCALAYER_URL"),
                emulator_addr: match env("OTINISH_NCALAYER_EMULATOR") {
                    Some(v) if v == "off" => None,
                    Some(v) => Some(v),
                    None => Some("127.0.0.1:13579".into()),
                },
                public_url: env("OTINISH_PUBLIC_URL"),
                egov_mobile_link: env("OTINISH_EGOV_MOBILE_LINK"),
                operator_bin: env("OTINISH_OPERATOR_BIN"),
                dev_pki_url: env("OTINISH_DEV_PKI_URL"),
                ocsp_url: env("OTINISH_ESP_OCSP_URL"),
            },
            data_dir,
            addr,
        }
    }
}
