//! A signed application's ESP signature in the cabinet: who signed and when, with which
//! certificate; the `.p7s` to download; a button to have the server check it again today; and the
//! verdict of that check, which `POST /applications/{id}/signature/verify` sends back in the
//! address (`?signature=valid`, or the [`EspRefusal`]'s code).

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use shared::Lang;
use shared::esp::{EspRefusal, EspUi};
use shared::lang::fill;

use crate::api::SignatureView;
use crate::components::notice::{InfoBanner, SuccessBanner};
use crate::i18n::use_lang;
use crate::pages::cabinet::local_datetime;
use crate::session::use_session;

/// The query parameter carrying the verdict of checking the signature again.
pub const VERDICT_KEY: &str = "signature";

/// What the verdict in the address says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Verdict {
    Valid,
    Refused(EspRefusal),
}

impl Verdict {
    fn from_query(value: &str) -> Option<Verdict> {
        match value {
            "valid" => Some(Verdict::Valid),
            code => EspRefusal::from_code(code).map(Verdict::Refused),
        }
    }
}

/// The banner with the verdict of checking the signature again, when the address has one.
#[component]
pub fn SignatureVerdict() -> impl IntoView {
    let lang = use_lang();
    let verdict = use_query_map().with_untracked(|q| q.get(VERDICT_KEY)).as_deref().and_then(Verdict::from_query);
    verdict.map(|v| match v {
        Verdict::Valid => view! { <SuccessBanner text=EspUi::SignatureValid.get(lang) /> }.into_any(),
        Verdict::Refused(refusal) => {
            let text = format!("{} {}", EspUi::SignatureNotConfirmed.get(lang), refusal.message(lang, None));
            view! { <InfoBanner text /> }.into_any()
        }
    })
}

/// The signature section of an application's page.
#[component]
pub fn SignatureDetails(application: String, signature: SignatureView) -> impl IntoView {
    let lang = use_lang();
    let session = use_session();
    let signer = fill(EspUi::SignerWithIin.get(lang), &[("name", &signature.signer), ("iin", &signature.signer_iin)]);
    let rows = [
        (EspUi::SignedBy, signer),
        (EspUi::SignedOn, local_datetime(&signature.signed_at, lang)),
        (EspUi::CertificateSerial, signature.certificate_serial),
        (EspUi::CertificateIssuer, signature.certificate_issuer),
        (EspUi::CertificateValidUntil, local_datetime(&signature.certificate_valid_until, lang)),
    ];
    view! {
        <section aria-labelledby="signature-title">
            <h2 class="heading-m" id="signature-title">{EspUi::SignatureTitle.get(lang)}</h2>
            <dl class="summary-list">
                {rows.into_iter().map(|(key, value)| row(key, value, lang)).collect_view()}
            </dl>
            <p class="body">
                <a href=format!("/applications/{application}/signature") rel="external" download="">
                    {EspUi::DownloadSignature.get(lang)}
                </a>
            </p>
            <form method="post" action=format!("/applications/{application}/signature/verify")>
                <input type="hidden" name="csrf" value=session.csrf />
                <button type="submit" class="button button--secondary">{EspUi::VerifyAgain.get(lang)}</button>
            </form>
        </section>
    }
}

fn row(key: EspUi, value: String, lang: Lang) -> impl IntoView {
    view! {
        <div class="summary-list__row">
            <dt class="summary-list__key">{key.get(lang)}</dt>
            <dd class="summary-list__value">{value}</dd>
        </div>
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    #[test]
    fn the_verdict_in_the_address_is_valid_or_a_known_refusal() {
        assert_eq!(Verdict::from_query("valid"), Some(Verdict::Valid));
        assert_eq!(Verdict::from_query("Revoked"), Some(Verdict::Refused(EspRefusal::Revoked)));
        assert_eq!(Verdict::from_query("<script>"), None);
    }

    #[test]
    fn the_section_names_the_signer_and_offers_the_download_and_the_check() {
        let signature = SignatureView {
            signer: "ӘБЕНОВ НҰРЛАН".into(),
            signer_iin: "860412394422".into(),
            signed_at: "2026-11-23T10:15".into(),
            certificate_serial: "4f1a".into(),
            certificate_issuer: "ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (RSA)".into(),
            certificate_valid_until: "2027-11-23".into(),
        };
        let html = Owner::new().with(|| {
            provide_context(Lang::En);
            view! { <SignatureDetails application="a1".to_owned() signature /> }.to_html()
        });
        for part in [
            "ӘБЕНОВ НҰРЛАН, IIN 860412394422",
            "23 November 2026, 10:15",
            "23 November 2027",
            r#"<a href="/applications/a1/signature" rel="external" download="""#,
            r#"<form method="post" action="/applications/a1/signature/verify">"#,
            r#"<input type="hidden" name="csrf""#,
        ] {
            assert!(html.contains(part), "missing {part} in {html}");
        }
    }
}
