//! Records of uploaded files. The bytes live in the file store, addressed by their SHA-256.

use sqlx::Row;
use sqlx::any::AnyRow;

use super::{Store, StoreError};

/// An uploaded file attached to a draft or an application.
#[derive(Debug, Clone)]
pub struct Attachment {
    pub id: String,
    pub slot: String,
    pub file_name: String,
    pub kind: String,
    pub size: i64,
    pub sha256: String,
    pub created_at: i64,
}

/// A file to record against a draft.
#[derive(Debug)]
pub struct NewAttachment<'a> {
    pub draft_id: &'a str,
    pub slot: &'a str,
    pub file_name: &'a str,
    pub kind: &'a str,
    pub size: i64,
    pub sha256: &'a str,
}

macro_rules! attachment_columns {
    () => {
        "id, slot, file_name, kind, size, sha256, created_at"
    };
}

fn attachment_from_row(r: &AnyRow) -> Result<Attachment, StoreError> {
    Ok(Attachment {
        id: r.try_get(0)?,
        slot: r.try_get(1)?,
        file_name: r.try_get(2)?,
        kind: r.try_get(3)?,
        size: r.try_get(4)?,
        sha256: r.try_get(5)?,
        created_at: r.try_get(6)?,
    })
}

impl Store {
    /// Records a file against a draft.
    pub async fn add_attachment(&self, new: NewAttachment<'_>, now: i64) -> Result<String, StoreError> {
        let id = uuid::Uuid::new_v4().to_string();
        sqlx::query(
            "INSERT INTO attachments (id, draft_id, slot, file_name, kind, size, sha256, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(&id)
        .bind(new.draft_id)
        .bind(new.slot)
        .bind(new.file_name)
        .bind(new.kind)
        .bind(new.size)
        .bind(new.sha256)
        .bind(now)
        .execute(self.pool())
        .await?;
        Ok(id)
    }

    /// The files of a draft, oldest first.
    pub async fn draft_attachments(&self, draft_id: &str) -> Result<Vec<Attachment>, StoreError> {
        let rows = sqlx::query(concat!(
            "SELECT ",
            attachment_columns!(),
            " FROM attachments WHERE draft_id = $1 ORDER BY created_at, id"
        ))
        .bind(draft_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(attachment_from_row).collect()
    }

    /// The files of an application, oldest first.
    pub async fn application_attachments(&self, application_id: &str) -> Result<Vec<Attachment>, StoreError> {
        let rows = sqlx::query(concat!(
            "SELECT ",
            attachment_columns!(),
            " FROM attachments WHERE application_id = $1 ORDER BY created_at, id"
        ))
        .bind(application_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(attachment_from_row).collect()
    }

    /// A file, only if it belongs to one of this user's drafts or applications.
    pub async fn attachment_of(&self, user_id: &str, id: &str) -> Result<Option<Attachment>, StoreError> {
        let row = sqlx::query(
            "SELECT a.id, a.slot, a.file_name, a.kind, a.size, a.sha256, a.created_at FROM attachments a \
             LEFT JOIN drafts d ON d.id = a.draft_id \
             LEFT JOIN applications p ON p.id = a.application_id \
             WHERE a.id = $1 AND (d.user_id = $2 OR p.user_id = $2)",
        )
        .bind(id)
        .bind(user_id)
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(attachment_from_row).transpose()
    }

    /// Removes a file from a draft; `false` when it is not on that draft.
    pub async fn remove_draft_attachment(&self, draft_id: &str, id: &str) -> Result<Option<Attachment>, StoreError> {
        let row =
            sqlx::query(concat!("SELECT ", attachment_columns!(), " FROM attachments WHERE id = $1 AND draft_id = $2"))
                .bind(id)
                .bind(draft_id)
                .fetch_optional(self.pool())
                .await?;
        let Some(found) = row.as_ref().map(attachment_from_row).transpose()? else {
            return Ok(None);
        };
        sqlx::query("DELETE FROM attachments WHERE id = $1").bind(id).execute(self.pool()).await?;
        Ok(Some(found))
    }

    /// Whether any record still refers to the stored bytes (so they may not be deleted).
    pub async fn blob_in_use(&self, sha256: &str) -> Result<bool, StoreError> {
        let n: i64 = sqlx::query("SELECT COUNT(*) FROM attachments WHERE sha256 = $1")
            .bind(sha256)
            .fetch_one(self.pool())
            .await?
            .try_get(0)?;
        Ok(n > 0)
    }
}
