//! Every service the portal offers, as versioned definitions read from the seeds.

mod s01_real_estate_address;
mod s02_foreign_periodicals;
mod s03_guardianship_certificate;
mod s04_unemployed_certificate;
mod s05_home_schooling_support;
mod s06_preschool_queue;
mod s07_guardianship_certificate_district;
mod s08_minors_property_transactions;
mod s09_minors_deposits_inheritance;
mod s10_housing_queue;
mod s11_archival;

use crate::definition::ServiceDefinition;

pub use s01_real_estate_address::REAL_ESTATE_ADDRESS_V1;
pub use s02_foreign_periodicals::FOREIGN_PERIODICALS_V1;
pub use s03_guardianship_certificate::GUARDIANSHIP_CERTIFICATE_V2;
pub use s04_unemployed_certificate::UNEMPLOYED_CERTIFICATE_V1;
pub use s05_home_schooling_support::HOME_SCHOOLING_SUPPORT_V1;
pub use s06_preschool_queue::PRESCHOOL_QUEUE_V1;
pub use s07_guardianship_certificate_district::GUARDIANSHIP_CERTIFICATE_V1;
pub use s08_minors_property_transactions::MINORS_PROPERTY_TRANSACTIONS_V1;
pub use s09_minors_deposits_inheritance::MINORS_DEPOSITS_INHERITANCE_V1;
pub use s10_housing_queue::HOUSING_QUEUE_V1;
pub use s11_archival::ARCHIVAL_CERTIFICATE_V1;

/// Every definition, every version, in catalogue order (S1 … S11).
pub static ALL: &[&ServiceDefinition] = &[
    &GUARDIANSHIP_CERTIFICATE_V1,
    &PRESCHOOL_QUEUE_V1,
    &GUARDIANSHIP_CERTIFICATE_V2,
    &HOUSING_QUEUE_V1,
    &MINORS_DEPOSITS_INHERITANCE_V1,
    &MINORS_PROPERTY_TRANSACTIONS_V1,
    &FOREIGN_PERIODICALS_V1,
    &REAL_ESTATE_ADDRESS_V1,
    &HOME_SCHOOLING_SUPPORT_V1,
    &UNEMPLOYED_CERTIFICATE_V1,
    &ARCHIVAL_CERTIFICATE_V1,
];

/// The latest version of a service.
pub fn latest(slug: &str) -> Option<&'static ServiceDefinition> {
    ALL.iter().copied().filter(|d| d.slug == slug).max_by_key(|d| d.version)
}

/// A given version of a service.
pub fn version(slug: &str, version: u16) -> Option<&'static ServiceDefinition> {
    ALL.iter().copied().find(|d| d.slug == slug && d.version == version)
}

/// Every version of a service, oldest first.
pub fn versions(slug: &str) -> Vec<&'static ServiceDefinition> {
    let mut v: Vec<_> = ALL.iter().copied().filter(|d| d.slug == slug).collect();
    v.sort_by_key(|d| d.version);
    v
}

/// The catalogue: the latest version of each service, in catalogue order.
pub fn catalogue() -> Vec<&'static ServiceDefinition> {
    let mut out: Vec<&'static ServiceDefinition> = Vec::new();
    for d in ALL.iter().copied() {
        if out.iter().any(|o| o.slug == d.slug) {
            continue;
        }
        out.push(latest(d.slug).unwrap_or(d));
    }
    out
}
