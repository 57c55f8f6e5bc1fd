//! The development PKI's OCSP responder: answers an `OCSPRequest` from the CAs' own records (the
//! certificates their CRLs list as revoked, full and delta), signed by the issuing CA with
//! `thisUpdate` now and `nextUpdate` an hour later, echoing the request's nonce. The development
//! portal serves it at `POST /pki/ocsp`.

use der::asn1::{BitString, GeneralizedTime};
use der::{Decode, Encode};
use sha2::Sha256;
use time::OffsetDateTime;
use x509_cert::crl::CertificateList;
use x509_ocsp::{
    BasicOcspResponse, CertId, CertStatus, OcspGeneralizedTime, OcspRequest, OcspResponse, ResponderId, ResponseData,
    SingleResponse, Version,
};

use super::{DEV_P12_PASSWORD, DevKey, DevPki};

fn ocsp_time(t: OffsetDateTime) -> Option<OcspGeneralizedTime> {
    let secs = u64::try_from(t.unix_timestamp()).ok()?;
    GeneralizedTime::from_unix_duration(std::time::Duration::from_secs(secs)).ok().map(OcspGeneralizedTime)
}

impl DevPki {
    /// The CAs' keys, read from their PKCS#12 files once.
    fn ca_keys(&self) -> &[DevKey] {
        self.ca_keys.get_or_init(|| {
            let Ok(entries) = std::fs::read_dir(self.dir.join("ca")) else { return Vec::new() };
            entries
                .filter_map(Result::ok)
                .filter(|e| e.path().extension().is_some_and(|x| x == "p12"))
                .filter_map(|e| DevKey::from_p12(&std::fs::read(e.path()).ok()?, DEV_P12_PASSWORD).ok())
                .collect()
        })
    }

    /// The DER `OCSPResponse` to a DER `OCSPRequest`: `malformedRequest` when it cannot be read,
    /// `unauthorized` when no development CA issued the certificate asked about.
    pub fn ocsp_response(&self, request: &[u8], now: OffsetDateTime) -> Vec<u8> {
        let answer = match OcspRequest::from_der(request) {
            Ok(request) => self.answer(&request, now).unwrap_or_else(OcspResponse::unauthorized),
            Err(_) => OcspResponse::malformed_request(),
        };
        answer.to_der().unwrap_or_default()
    }

    fn answer(&self, request: &OcspRequest, now: OffsetDateTime) -> Option<OcspResponse> {
        let first = request.tbs_request.request_list.first()?;
        let ca = self.ca_keys().iter().find(|ca| {
            CertId::from_issuer::<Sha256>(ca.certificate(), first.req_cert.serial_number.clone())
                .is_ok_and(|id| id == first.req_cert)
        })?;
        let subject = &ca.certificate().tbs_certificate.subject;
        let crls: Vec<CertificateList> = self
            .crl_files
            .iter()
            .filter_map(|(_, der)| CertificateList::from_der(der).ok())
            .filter(|crl| &crl.tbs_cert_list.issuer == subject)
            .collect();
        let mut responses = Vec::new();
        for asked in &request.tbs_request.request_list {
            let id = CertId::from_issuer::<Sha256>(ca.certificate(), asked.req_cert.serial_number.clone()).ok()?;
            if id != asked.req_cert {
                continue;
            }
            let revoked = crls
                .iter()
                .flat_map(|crl| crl.tbs_cert_list.revoked_certificates.iter().flatten())
                .find(|r| r.serial_number == asked.req_cert.serial_number);
            responses.push(SingleResponse {
                cert_id: id,
                cert_status: revoked.map_or_else(CertStatus::good, CertStatus::revoked),
                this_update: ocsp_time(now)?,
                next_update: Some(ocsp_time(now + time::Duration::hours(1))?),
                single_extensions: None,
            });
        }
        let response_extensions = match request.nonce() {
            Some(nonce) => Some(vec![x509_cert::ext::AsExtension::to_extension(&nonce, subject, &[]).ok()?]),
            None => None,
        };
        let tbs_response_data = ResponseData {
            version: Version::V1,
            responder_id: ResponderId::ByName(subject.clone()),
            produced_at: ocsp_time(now)?,
            responses,
            response_extensions,
        };
        let signature = ca.sign_message(&tbs_response_data.to_der().ok()?);
        let basic = BasicOcspResponse {
            tbs_response_data,
            signature_algorithm: ca.signature_algorithm(),
            signature: BitString::from_bytes(&signature).ok()?,
            certs: None,
        };
        OcspResponse::successful(basic).ok()
    }
}
