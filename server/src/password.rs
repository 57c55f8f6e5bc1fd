//! Password hashing with Argon2id (OWASP parameters: 19 MiB, 2 iterations, 1 lane).

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};

fn hasher() -> Argon2<'static> {
    let params = Params::new(19 * 1024, 2, 1, None).unwrap_or_default();
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// Hashes a password into a PHC string. Runs on a blocking thread: it takes tens of milliseconds.
pub async fn hash(password: String) -> Result<String, String> {
    tokio::task::spawn_blocking(move || {
        let salt = SaltString::generate(&mut OsRng);
        hasher().hash_password(password.as_bytes(), &salt).map(|h| h.to_string()).map_err(|e| e.to_string())
    })
    .await
    .map_err(|e| e.to_string())?
}

/// Checks a password against a stored hash. With no stored hash it still spends the same time,
/// so a missing account cannot be told from a wrong password by timing.
pub async fn verify(password: String, stored: Option<String>) -> bool {
    tokio::task::spawn_blocking(move || {
        let stored = stored.unwrap_or_else(|| DUMMY.get_or_init(dummy_hash).clone());
        let Ok(parsed) = PasswordHash::new(&stored) else {
            return false;
        };
        hasher().verify_password(password.as_bytes(), &parsed).is_ok() && !stored.is_empty()
    })
    .await
    .unwrap_or(false)
}

static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();

fn dummy_hash() -> String {
    let salt = SaltString::generate(&mut OsRng);
    hasher().hash_password(b"no account has this password", &salt).map(|h| h.to_string()).unwrap_or_default()
}
