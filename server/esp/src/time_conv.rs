//! Conversions between ASN.1 times and [`OffsetDateTime`].

use std::time::Duration;

use der::DateTime;
use der::asn1::{GeneralizedTime, UtcTime};
use time::OffsetDateTime;
use x509_cert::time::Time;

/// An ASN.1 time as a UTC [`OffsetDateTime`].
pub(crate) fn from_asn1(time: &Time) -> OffsetDateTime {
    let secs = time.to_unix_duration().as_secs();
    OffsetDateTime::from_unix_timestamp(i64::try_from(secs).unwrap_or(i64::MAX)).unwrap_or(OffsetDateTime::UNIX_EPOCH)
}

/// A time as X.509 wants it: UTCTime up to 2049, GeneralizedTime after (RFC 5280 §4.1.2.5). Sub-second
/// precision is dropped; times before 1970 are clamped to the epoch.
pub(crate) fn to_asn1(time: OffsetDateTime) -> Time {
    let secs = u64::try_from(time.unix_timestamp()).unwrap_or(0);
    let date_time = DateTime::from_unix_duration(Duration::from_secs(secs))
        .unwrap_or_else(|_| DateTime::from_unix_duration(Duration::ZERO).expect("the epoch is a valid DateTime"));
    if date_time.year() < 2050 {
        Time::UtcTime(UtcTime::from_date_time(date_time).expect("years before 2050 fit a UTCTime"))
    } else {
        Time::GeneralTime(GeneralizedTime::from_date_time(date_time))
    }
}

/// `time` in UTC without sub-second precision: what a certificate or CRL can carry.
pub(crate) fn whole_seconds(time: OffsetDateTime) -> OffsetDateTime {
    OffsetDateTime::from_unix_timestamp(time.unix_timestamp()).unwrap_or(time)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_round_trip_through_utc_time_and_generalized_time() {
        for secs in [0i64, 1_700_000_000, 2_600_000_000] {
            let time = OffsetDateTime::from_unix_timestamp(secs).unwrap();
            assert_eq!(from_asn1(&to_asn1(time)), time);
        }
        assert!(matches!(to_asn1(OffsetDateTime::from_unix_timestamp(2_600_000_000).unwrap()), Time::GeneralTime(_)));
    }
}
