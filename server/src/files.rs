//! File storage for uploaded documents, behind a trait so an object store can replace the disk.
//!
//! Files are content-addressed: stored under their SHA-256, so the same scan uploaded twice is kept
//! once, and a stored file can be checked against its name.

use std::path::PathBuf;

use sha2::{Digest, Sha256};

/// Where uploaded files are kept.
#[async_trait::async_trait]
pub trait FileStore: Send + Sync {
    /// Stores bytes and returns their SHA-256 (hex).
    async fn put(&self, bytes: &[u8]) -> std::io::Result<String>;
    /// The bytes stored under a hash.
    async fn get(&self, sha256: &str) -> std::io::Result<Vec<u8>>;
    /// Forgets the bytes stored under a hash.
    async fn delete(&self, sha256: &str) -> std::io::Result<()>;
}

/// Files in a directory tree: `<root>/ab/cd/abcd…`.
#[derive(Debug, Clone)]
pub struct LocalFileStore {
    root: PathBuf,
}

impl LocalFileStore {
    /// A store rooted at `root` (created when needed).
    pub fn new(root: PathBuf) -> LocalFileStore {
        LocalFileStore { root }
    }

    fn path(&self, sha256: &str) -> std::io::Result<PathBuf> {
        if sha256.len() != 64 || !sha256.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(std::io::Error::new(std::io::ErrorKind::InvalidInput, "not a SHA-256"));
        }
        Ok(self.root.join(&sha256[..2]).join(&sha256[2..4]).join(sha256))
    }
}

#[async_trait::async_trait]
impl FileStore for LocalFileStore {
    async fn put(&self, bytes: &[u8]) -> std::io::Result<String> {
        let sha = hex::encode(Sha256::digest(bytes));
        let path = self.path(&sha)?;
        if tokio::fs::try_exists(&path).await? {
            return Ok(sha);
        }
        if let Some(dir) = path.parent() {
            tokio::fs::create_dir_all(dir).await?;
        }
        let tmp = path.with_extension(format!("tmp-{}", uuid::Uuid::new_v4()));
        tokio::fs::write(&tmp, bytes).await?;
        tokio::fs::rename(&tmp, &path).await?;
        Ok(sha)
    }

    async fn get(&self, sha256: &str) -> std::io::Result<Vec<u8>> {
        tokio::fs::read(self.path(sha256)?).await
    }

    async fn delete(&self, sha256: &str) -> std::io::Result<()> {
        match tokio::fs::remove_file(self.path(sha256)?).await {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            other => other,
        }
    }
}
