//! The TOTP side of two-factor sign-in (RFC 6238: HMAC-SHA-1, six digits, 30-second steps, as
//! every authenticator app reads it): the secret, the `otpauth://` address and its QR code, the
//! check of a code, and the recovery codes. No database here: see `second_factor`.

use chrono::{DateTime, Utc};

use crate::error::AppError;

/// The name an authenticator app shows above the codes.
const ISSUER: &str = "Clearway";

/// `N` random bytes from the operating system.
fn random_bytes<const N: usize>() -> [u8; N] {
    let mut bytes = [0_u8; N];
    // As for `tokens::random_secret`: without the OS generator no secret is safe to make.
    #[allow(clippy::expect_used)]
    getrandom::fill(&mut bytes).expect("the operating system's random generator works");
    bytes
}

/// A new secret: 160 random bits (RFC 4226's recommendation), in base32.
pub fn new_secret() -> String {
    totp_rs::Secret::from(random_bytes::<20>()).to_base32()
}

/// The secret in groups of four, as a person types it into their app.
pub fn grouped(secret: &str) -> String {
    secret
        .as_bytes()
        .chunks(4)
        .map(|chunk| String::from_utf8_lossy(chunk).into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

fn totp(secret: &str, account: &str) -> Result<totp_rs::Totp, AppError> {
    let bytes = totp_rs::Secret::try_from_base32(secret)
        .map_err(|e| AppError::Internal(anyhow::anyhow!("a stored TOTP secret: {e}")))?;
    // The label's parts may hold no colon (Key Uri Format); an email rarely does.
    let account = account.replace(':', " ");
    totp_rs::Builder::new()
        .with_secret(bytes)
        .with_account_name(account)
        .with_issuer(Some(ISSUER))
        .build()
        .map_err(|e| AppError::Internal(anyhow::anyhow!("a TOTP secret: {e}")))
}

/// The `otpauth://totp/...` address an authenticator app reads from the QR code.
pub fn otpauth_uri(secret: &str, account: &str) -> Result<String, AppError> {
    totp(secret, account)?
        .to_url()
        .map_err(|e| AppError::Internal(anyhow::anyhow!("a TOTP address: {e}")))
}

/// `text` as a QR code in SVG, to put in a page as it is (no script, no image request).
pub fn qr_svg(text: &str, label: &str) -> Result<String, AppError> {
    use qrcode::render::svg;
    let code = qrcode::QrCode::with_error_correction_level(text.as_bytes(), qrcode::EcLevel::M)
        .map_err(|e| AppError::Internal(anyhow::anyhow!("a QR code: {e}")))?;
    let image = code
        .render::<svg::Color<'_>>()
        .min_dimensions(200, 200)
        .quiet_zone(true)
        .build();
    // The XML declaration has no place inside HTML; the label is for screen readers.
    let start = image.find("<svg").unwrap_or(0);
    let label = label.replace(['&', '<', '>', '"'], " ");
    Ok(image[start..].replacen(
        "<svg ",
        &format!("<svg role=\"img\" aria-label=\"{label}\" "),
        1,
    ))
}

/// What a person typed in a code field: a code of their app or one of their recovery codes,
/// told apart by its shape.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Typed {
    /// Six digits (spaces dropped).
    Totp(String),
    /// Anything else, folded as [`recovery_key`] folds it.
    Recovery(String),
}

impl Typed {
    pub fn parse(typed: &str) -> Self {
        let compact: String = typed
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .collect();
        if compact.len() == 6 && compact.bytes().all(|b| b.is_ascii_digit()) {
            Self::Totp(compact)
        } else {
            Self::Recovery(recovery_key(typed))
        }
    }
}

/// The step (30-second window since 1970) of the code `code` of `secret`, if it is a code of the
/// step of `now` or of the step before or after it.
pub fn step_of(secret: &str, code: &str, now: DateTime<Utc>) -> Result<Option<i64>, AppError> {
    let Ok(seconds) = u64::try_from(now.timestamp()) else {
        return Ok(None);
    };
    Ok(totp(secret, "")?
        .check(code, seconds)
        .and_then(|step| i64::try_from(step).ok()))
}

/// Letters and digits that no one mistakes for another when copying them by hand.
const RECOVERY_ALPHABET: &[u8; 31] = b"abcdefghjkmnpqrstuvwxyz23456789";

/// A recovery code: sixteen characters of [`RECOVERY_ALPHABET`] (79 bits), shown in four
/// groups: `7kq2-mx9d-...`.
pub fn new_recovery_code() -> String {
    let mut chars = Vec::with_capacity(16);
    while chars.len() < 16 {
        for byte in random_bytes::<32>() {
            // 248 = 8 × 31: keeping only bytes below it leaves every character equally likely.
            if byte < 248 && chars.len() < 16 {
                chars.push(RECOVERY_ALPHABET[usize::from(byte % 31)]);
            }
        }
    }
    chars
        .chunks(4)
        .map(|group| String::from_utf8_lossy(group).into_owned())
        .collect::<Vec<_>>()
        .join("-")
}

/// A recovery code as it is compared: lower case, without spaces or dashes.
pub fn recovery_key(typed: &str) -> String {
    typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_of_the_step_and_its_neighbours_are_accepted() {
        let secret = new_secret();
        assert_eq!(secret.len(), 32);
        let now = Utc::now();
        let app = totp(&secret, "amina@example.org").unwrap();
        let at = |t: DateTime<Utc>| app.generate(u64::try_from(t.timestamp()).unwrap());
        let step = now.timestamp() / 30;
        for (offset, accepted) in [
            (-60, false),
            (-30, true),
            (0, true),
            (30, true),
            (60, false),
        ] {
            let code = at(now + chrono::Duration::seconds(offset)).to_string();
            let found = step_of(&secret, &code, now).unwrap();
            if accepted {
                assert_eq!(found, Some(step + offset / 30), "{offset}");
            } else {
                assert_ne!(found, Some(step + offset / 30), "{offset}");
            }
        }
        assert_eq!(step_of(&secret, "abcdef", now).unwrap(), None);
    }

    #[test]
    fn the_address_names_the_service_and_the_person() {
        let uri = otpauth_uri("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", "amina@example.org").unwrap();
        assert!(
            uri.starts_with("otpauth://totp/Clearway:amina%40example.org?"),
            "{uri}"
        );
        assert!(
            uri.contains("secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"),
            "{uri}"
        );
        assert!(uri.contains("issuer=Clearway"), "{uri}");
        let svg = qr_svg(&uri, "QR code").unwrap();
        assert!(
            svg.starts_with("<svg role=\"img\" aria-label=\"QR code\" "),
            "{svg}"
        );
        assert!(svg.ends_with("</svg>"));
    }

    #[test]
    fn recovery_codes_are_random_and_typed_loosely() {
        let (a, b) = (new_recovery_code(), new_recovery_code());
        assert_ne!(a, b);
        assert_eq!(a.len(), 19);
        assert_eq!(recovery_key(&a).len(), 16);
        assert!(
            recovery_key(&a)
                .bytes()
                .all(|c| RECOVERY_ALPHABET.contains(&c))
        );
        assert_eq!(recovery_key(" ABCD-efgh jkmn-PQRS "), "abcdefghjkmnpqrs");
        assert_eq!(Typed::parse(" 123 456 "), Typed::Totp("123456".into()));
        assert_eq!(
            Typed::parse("abcd-efgh-jkmn-pqrs"),
            Typed::Recovery("abcdefghjkmnpqrs".into())
        );
        assert_eq!(grouped("ABCDEFGHIJ"), "ABCD EFGH IJ");
    }
}
