//! The state database of individuals («Жеке тұлғалар» МДБ / ГБД ФЛ), behind a trait.
//!
//! The demo implementation reads people from the portal's own database, loaded from a data file of
//! the registry's shape; a deployment replaces it with the e-government gateway client.

use serde::Deserialize;
use shared::definition::RegistryAttr;
use shared::form::Prefill;
use shared::values::Iin;

use crate::store::{Store, StoreError};

/// A registry record, as the data file and the database hold it.
#[derive(Clone, Deserialize, serde::Serialize)]
pub struct Person {
    pub iin: String,
    pub surname: String,
    pub given_name: String,
    pub patronymic: Option<String>,
    pub birth_date: String,
    pub sex: String,
    pub citizenship: String,
    pub address: Address,
    pub identity_document: Option<IdentityDocument>,
    #[serde(default)]
    pub children: Vec<String>,
    pub phone: Option<String>,
}

impl std::fmt::Debug for Person {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Person(…)")
    }
}

/// A registered address.
#[derive(Clone, Deserialize, serde::Serialize)]
pub struct Address {
    pub region: String,
    pub district: Option<String>,
    pub locality: String,
    pub street: String,
    pub house: String,
    pub flat: Option<String>,
    pub postcode: String,
}

/// An identity document.
#[derive(Clone, Deserialize, serde::Serialize)]
pub struct IdentityDocument {
    pub kind: String,
    pub number: String,
    pub issued_by: String,
    pub issue_date: String,
    pub expiry_date: String,
}

impl Person {
    /// "Surname Given Patronymic".
    pub fn full_name(&self) -> String {
        let mut s = format!("{} {}", self.surname, self.given_name);
        if let Some(p) = &self.patronymic {
            s.push(' ');
            s.push_str(p);
        }
        s
    }

    /// The address on one line, as the registry writes it.
    pub fn address_line(&self) -> String {
        let a = &self.address;
        let mut parts = vec![a.postcode.clone(), a.region.clone()];
        parts.extend(a.district.clone());
        parts.push(a.locality.clone());
        parts.push(format!("{}, {}", a.street, a.house));
        if let Some(flat) = &a.flat {
            parts.push(format!("{flat}-пәтер"));
        }
        parts.join(", ")
    }

    /// The values a form may take from this record.
    pub fn prefill(&self) -> Prefill {
        let mut p = Prefill::none();
        p.insert(RegistryAttr::FullName, self.full_name());
        p.insert(RegistryAttr::Iin, self.iin.clone());
        p.insert(RegistryAttr::BirthDate, self.birth_date.clone());
        p.insert(RegistryAttr::Address, self.address_line());
        if let Some(d) = &self.identity_document {
            let kind = if d.kind == "passport" { "ҚР паспорты" } else { "ҚР жеке куәлігі" };
            p.insert(
                RegistryAttr::IdentityDocument,
                format!("{kind} № {}, {}, {}", d.number, d.issued_by, d.issue_date),
            );
        }
        p
    }
}

/// Why the registry could not answer (not "person not found", which is `Ok(None)`).
#[derive(Debug, thiserror::Error)]
pub enum RegistryError {
    #[error("registry storage: {0}")]
    Store(#[from] StoreError),
    #[error("registry record is corrupt: {0}")]
    Corrupt(String),
}

/// The state database of individuals.
#[async_trait::async_trait]
pub trait Registry: Send + Sync {
    /// The person with this IIN, or `None` when the database has no record.
    async fn person(&self, iin: &Iin) -> Result<Option<Person>, RegistryError>;
}

/// The demo registry: records loaded into the portal's database.
#[derive(Debug, Clone)]
pub struct DbRegistry {
    store: Store,
}

impl DbRegistry {
    /// A registry over the store's `registry_people` table.
    pub fn new(store: Store) -> DbRegistry {
        DbRegistry { store }
    }
}

#[async_trait::async_trait]
impl Registry for DbRegistry {
    async fn person(&self, iin: &Iin) -> Result<Option<Person>, RegistryError> {
        let Some(raw) = self.store.registry_record(iin.as_str()).await? else {
            return Ok(None);
        };
        serde_json::from_str(&raw).map(Some).map_err(|e| RegistryError::Corrupt(e.to_string()))
    }
}

/// Reads a data file of people and checks every IIN.
pub fn parse_people(json: &str) -> Result<Vec<Person>, String> {
    let people: Vec<Person> = serde_json::from_str(json).map_err(|e| e.to_string())?;
    for p in &people {
        let iin = Iin::parse(&p.iin)
            .map_err(|e| format!("IIN ending {} is invalid: {e:?}", &p.iin[p.iin.len().saturating_sub(4)..]))?;
        let born = shared::values::date::parse_iso(&p.birth_date).ok_or("a birth date is not ISO 8601")?;
        if iin.birth_date() != Some(born) {
            return Err(format!("IIN ending {} does not match its birth date", &p.iin[8..]));
        }
    }
    Ok(people)
}

/// The demo data file, compiled in so the portal runs from a single binary.
pub const DEMO_PEOPLE: &str = include_str!("../demo/individuals.json");
