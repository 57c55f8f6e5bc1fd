//! A signing in the eGov mobile app by QR code, as its page shows it.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use shared::esp::egov::MobileSigningState;

use super::Posted;

/// One code shown for signing a draft in eGov mobile.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MobileSigningView {
    pub draft_id: String,
    pub signing_id: String,
    pub service: String,
    pub version: u16,
    /// The deep links into eGov mobile and eGov Business.
    pub mobile_link: String,
    pub business_link: String,
    /// Until when the code can be used, `HH:MM` Kazakhstan time.
    pub valid_until: String,
    pub state: MobileSigningState,
    /// Why the app's signature was refused (`EspRefusal::code`) and the date its message names.
    pub refusal: Option<String>,
    pub refusal_date: Option<String>,
    /// A refused "Continue", shown again with its reason.
    pub posted: Option<Posted>,
}

impl MobileSigningView {
    /// The page's address.
    pub fn path(&self) -> String {
        format!("/apply/{}/egov/{}", self.draft_id, self.signing_id)
    }
}

/// A signed-in user's signing of their draft; `None` when it does not exist or is someone else's.
#[server]
pub async fn load_mobile_signing(draft: String, signing: String) -> Result<Option<MobileSigningView>, ServerFnError> {
    use crate::ssr::{portal, require_user, take_posted};
    let user = require_user()?;
    let mut view = portal()?.mobile_signing(&user, &draft, &signing).await?;
    if let Some(v) = view.as_mut() {
        v.posted = take_posted(&format!("egov:{signing}"));
    } else {
        crate::ssr::not_found();
    }
    Ok(view)
}
