//! The table behind the demo registry of individuals.

use sqlx::Row;

use super::{Store, StoreError};

impl Store {
    /// Replaces the registry's records (JSON per person, keyed by IIN).
    pub async fn load_registry(&self, people: &[(String, String)]) -> Result<(), StoreError> {
        let mut tx = self.pool().begin().await?;
        sqlx::query("DELETE FROM registry_people").execute(&mut *tx).await?;
        for (iin, record) in people {
            sqlx::query("INSERT INTO registry_people (iin, record) VALUES ($1, $2)")
                .bind(iin)
                .bind(record)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// The JSON record of a person.
    pub async fn registry_record(&self, iin: &str) -> Result<Option<String>, StoreError> {
        let row = sqlx::query("SELECT record FROM registry_people WHERE iin = $1")
            .bind(iin)
            .fetch_optional(self.pool())
            .await?;
        Ok(row.map(|r| r.try_get(0)).transpose()?)
    }

    /// How many people the registry holds.
    pub async fn registry_size(&self) -> Result<i64, StoreError> {
        Ok(sqlx::query("SELECT COUNT(*) FROM registry_people").fetch_one(self.pool()).await?.try_get(0)?)
    }
}
