//! A round's code (`IIA-2027A`): chosen by staff, unique, and the prefix of its applications'
//! references (`IIA-2027A-0001`), so that several rounds can open in one year.

use std::fmt;

/// The most characters a code may have: with a hyphen and the number, a reference fits the
/// 32 characters that `applications.reference` holds.
pub const MAX_LEN: usize = 20;

/// A well-formed code, in upper case.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct RoundCode(String);

impl RoundCode {
    /// Accepts what a person types: surrounding spaces go, and lower case is read as upper case
    /// (`iia-2027a` is `IIA-2027A`). The message says what is wrong, for the field.
    pub fn parse(typed: &str) -> Result<Self, &'static str> {
        let code = typed.trim().to_ascii_uppercase();
        if code.is_empty() {
            return Err("is required");
        }
        if !code
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-')
        {
            return Err("may hold only letters A to Z, digits and hyphens, like IIA-2027A");
        }
        if !(2..=MAX_LEN).contains(&code.len()) {
            return Err("must be 2 to 20 characters long, like IIA-2027A");
        }
        if !code.starts_with(|c: char| c.is_ascii_uppercase()) {
            return Err("must start with a letter, like IIA-2027A");
        }
        Ok(Self(code))
    }

    /// A code as stored: exactly what [`parse`](Self::parse) writes, or an error (a code written
    /// some other way is not read as another).
    pub fn stored(value: &str) -> Result<Self, String> {
        match Self::parse(value) {
            Ok(code) if code.0 == value => Ok(code),
            Ok(_) => Err(format!(
                "'{value}' is not in upper case, as codes are stored"
            )),
            Err(message) => Err(format!("'{value}' {message}")),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The reference of the round's application number `number`: `IIA-2027A-0042` (four digits
    /// at least).
    pub fn reference(&self, number: i32) -> String {
        format!("{}-{number:04}", self.0)
    }
}

impl fmt::Display for RoundCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_is_read_in_upper_case_without_surrounding_spaces() {
        assert_eq!(
            RoundCode::parse(" iia-2027a ").unwrap().as_str(),
            "IIA-2027A"
        );
        assert_eq!(RoundCode::parse("IIA-2027").unwrap().as_str(), "IIA-2027");
        assert_eq!(RoundCode::parse("AB").unwrap().as_str(), "AB");
        let twenty = "A".repeat(20);
        assert_eq!(RoundCode::parse(&twenty).unwrap().as_str(), twenty);
    }

    #[test]
    fn a_malformed_code_is_refused_with_its_reason() {
        assert_eq!(RoundCode::parse("  "), Err("is required"));
        assert!(RoundCode::parse("A").unwrap_err().contains("2 to 20"));
        assert!(
            RoundCode::parse(&"A".repeat(21))
                .unwrap_err()
                .contains("2 to 20")
        );
        assert!(
            RoundCode::parse("2027A")
                .unwrap_err()
                .contains("start with a letter")
        );
        assert!(
            RoundCode::parse("-IIA")
                .unwrap_err()
                .contains("start with a letter")
        );
        for bad in ["IIA 2027", "IIA_2027", "IIA/2027", "ÉTÉ-2027", "IIA.2027"] {
            assert!(
                RoundCode::parse(bad)
                    .unwrap_err()
                    .contains("letters A to Z"),
                "{bad}"
            );
        }
    }

    #[test]
    fn a_stored_code_must_be_as_parse_writes_it() {
        assert!(RoundCode::stored("IIA-2027A").is_ok());
        assert!(RoundCode::stored("iia-2027a").is_err());
        assert!(RoundCode::stored(" IIA-2027A").is_err());
        assert!(RoundCode::stored("").is_err());
    }

    #[test]
    fn references_are_the_code_and_a_number_of_four_digits_at_least() {
        let code = RoundCode::parse("IIA-2027A").unwrap();
        assert_eq!(code.reference(1), "IIA-2027A-0001");
        assert_eq!(code.reference(42), "IIA-2027A-0042");
        assert_eq!(code.reference(12345), "IIA-2027A-12345");
        // The rounds of the time before codes keep their references' form.
        assert_eq!(
            RoundCode::parse("IIA-2026").unwrap().reference(7),
            "IIA-2026-0007"
        );
    }
}
