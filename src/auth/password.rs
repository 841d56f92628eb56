//! Passwords: Argon2id hashes (OWASP's parameters: 19 MiB, 2 passes, 1 lane) and a policy that
//! refuses short passwords and the ones attackers try first.
//!
//! Hashing takes tens of milliseconds of CPU on purpose; callers in a request run it with
//! [`hash_blocking`] / [`verify_blocking`] so that the async workers stay free.

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};

use crate::error::AppError;

pub const MIN_LENGTH: usize = 12;
pub const MAX_LENGTH: usize = 128;

fn argon2() -> Argon2<'static> {
    // 19 MiB, 2 iterations, 1 lane: OWASP's recommendation for Argon2id.
    let params = Params::new(19 * 1024, 2, 1, None).unwrap_or_default();
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// The PHC string (`$argon2id$v=19$m=19456,t=2,p=1$...`) of `password`.
pub fn hash(password: &str) -> Result<String, argon2::password_hash::Error> {
    let salt = SaltString::generate(&mut OsRng);
    Ok(argon2()
        .hash_password(password.as_bytes(), &salt)?
        .to_string())
}

/// True when `password` matches `phc`. A malformed stored hash never matches.
pub fn verify(phc: &str, password: &str) -> bool {
    PasswordHash::new(phc)
        .map(|parsed| {
            argon2()
                .verify_password(password.as_bytes(), &parsed)
                .is_ok()
        })
        .unwrap_or(false)
}

/// A hash to verify against when the account does not exist, so that an unknown email takes as
/// long to refuse as a wrong password.
pub fn dummy_hash() -> &'static str {
    static DUMMY: std::sync::LazyLock<String> =
        std::sync::LazyLock::new(|| hash("not the password of anybody at all").unwrap_or_default());
    DUMMY.as_str()
}

/// At most one hash per core at a time: each takes 19 MiB, and a flood of sign-ins must not
/// take the machine's memory. Requests wait their turn, up to [`QUEUE_WAIT`].
static HASHING: std::sync::LazyLock<tokio::sync::Semaphore> = std::sync::LazyLock::new(|| {
    let cores = std::thread::available_parallelism().map_or(2, std::num::NonZero::get);
    tokio::sync::Semaphore::new(cores)
});
const QUEUE_WAIT: std::time::Duration = std::time::Duration::from_secs(10);

async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, AppError> {
    let _permit = tokio::time::timeout(QUEUE_WAIT, HASHING.acquire())
        .await
        .map_err(|_| AppError::Busy)?
        .map_err(|_| AppError::Busy)?;
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|e| AppError::Internal(anyhow::anyhow!("password hashing stopped: {e}")))
}

pub async fn hash_blocking(password: String) -> Result<String, AppError> {
    blocking(move || hash(&password))
        .await?
        .map_err(|e| AppError::Internal(anyhow::anyhow!("password hashing failed: {e}")))
}

pub async fn verify_blocking(phc: String, password: String) -> Result<bool, AppError> {
    blocking(move || verify(&phc, &password)).await
}

/// Why a new password is refused, for the person choosing it; `None` when it is acceptable.
/// `context` holds words a guesser would try first for this person (their email, their name).
pub fn weakness(password: &str, context: &[&str]) -> Option<String> {
    let length = password.chars().count();
    if length < MIN_LENGTH {
        return Some(format!("must be at least {MIN_LENGTH} characters long"));
    }
    if length > MAX_LENGTH {
        return Some(format!("must be at most {MAX_LENGTH} characters long"));
    }
    // "amina.karimova@azcbl.org" gives "amina", "karimova", "azcbl": each a guesser's first try.
    let words: Vec<&str> = context
        .iter()
        .flat_map(|text| text.split(|c: char| !c.is_alphanumeric()))
        .filter(|word| word.chars().count() >= 3)
        .chain(context.iter().copied())
        .collect();
    let lower = password.to_lowercase();
    if words
        .iter()
        .any(|word| word.chars().count() >= 4 && lower.contains(&word.to_lowercase()))
    {
        return Some("must not contain your name or your email".to_owned());
    }
    let estimate = zxcvbn::zxcvbn(password, &words);
    if (estimate.score() as u8) < 3 {
        let hint = estimate
            .feedback()
            .and_then(|f| f.warning().map(|w| w.to_string()))
            .unwrap_or_else(|| "it is too easy to guess".to_owned());
        return Some(format!(
            "is too common or too easy to guess ({}); a few unrelated words make a strong one",
            hint.trim_end_matches('.').to_lowercase()
        ));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hash_verifies_its_password_only() {
        let phc = hash("correct horse battery staple").unwrap();
        assert!(phc.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
        assert!(verify(&phc, "correct horse battery staple"));
        assert!(!verify(&phc, "correct horse battery stapler"));
        assert!(!verify("not a hash", "anything"));
    }

    #[test]
    fn short_and_common_passwords_are_refused() {
        assert!(weakness("short", &[]).unwrap().contains("at least 12"));
        assert!(
            weakness("password1234", &[])
                .unwrap()
                .contains("too common")
        );
        assert!(weakness("qwertyuiop123", &[]).is_some());
        assert!(weakness("amina.karimova2026", &["amina.karimova@azcbl.org"]).is_some());
        assert!(weakness("lantern orchid gravel mosaic", &[]).is_none());
    }
}
