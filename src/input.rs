//! Lenient shapes of submitted values: a JSON body and a form say the same thing differently.

use serde::{Deserialize, Serialize};

use crate::error::FieldErrors;

/// A whole number as JSON gives it (`42`) or a form does (`"42"`).
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, Eq, utoipa::ToSchema)]
#[serde(untagged)]
pub enum NumberInput {
    Number(i64),
    Text(String),
}

impl Default for NumberInput {
    fn default() -> Self {
        Self::Text(String::new())
    }
}

impl NumberInput {
    /// The number, or `None` when it is not one.
    pub fn value(&self) -> Option<i64> {
        match self {
            Self::Number(n) => Some(*n),
            Self::Text(t) => t.trim().parse().ok(),
        }
    }

    pub fn is_blank(&self) -> bool {
        matches!(self, Self::Text(t) if t.trim().is_empty())
    }

    /// As typed, to show again in a form.
    pub fn text(&self) -> String {
        match self {
            Self::Number(n) => n.to_string(),
            Self::Text(t) => t.clone(),
        }
    }
}

/// Trimmed text; empty when absent.
pub fn text(value: &Option<String>) -> String {
    value.as_deref().map(str::trim).unwrap_or("").to_owned()
}

/// Parses a non-empty parameter, recording its error under `field`.
pub fn parse_field<T>(
    errors: &mut FieldErrors,
    field: &str,
    value: Option<&str>,
    parse: impl Fn(&str) -> Result<T, String>,
) -> Option<T> {
    let value = value.map(str::trim).filter(|v| !v.is_empty())?;
    match parse(value) {
        Ok(parsed) => Some(parsed),
        Err(message) => {
            errors.add(field, message);
            None
        }
    }
}

/// A yes/no as JSON gives it (`true`) or a form does (a checkbox's `"yes"` or `"on"`, absent
/// when unticked; a select's `"no"`). The one lenient boolean of the service.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, Eq, utoipa::ToSchema)]
#[serde(untagged)]
pub enum YesNo {
    Bool(bool),
    Text(String),
}

impl YesNo {
    /// `None` for a word that is neither yes nor no.
    pub fn value(&self) -> Option<bool> {
        match self {
            Self::Bool(b) => Some(*b),
            Self::Text(t) => match t.trim().to_ascii_lowercase().as_str() {
                "yes" | "true" | "on" | "1" => Some(true),
                "no" | "false" | "off" | "0" | "" => Some(false),
                _ => None,
            },
        }
    }

    /// Only a clear yes is true (a declaration must be made, not inferred).
    pub fn is_yes(&self) -> bool {
        self.value() == Some(true)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_come_as_numbers_or_as_text() {
        let from_json: NumberInput = serde_json::from_str("42").unwrap();
        let from_form: NumberInput = serde_json::from_str("\" 42 \"").unwrap();
        assert_eq!(from_json.value(), Some(42));
        assert_eq!(from_form.value(), Some(42));
        assert_eq!(NumberInput::Text("forty".into()).value(), None);
        assert!(NumberInput::default().is_blank());
    }

    #[test]
    fn yes_and_no_are_read_from_json_and_forms_alike() {
        assert!(YesNo::Bool(true).is_yes());
        for yes in ["yes", "true", "on", "1", " Yes "] {
            assert_eq!(YesNo::Text(yes.into()).value(), Some(true), "{yes}");
        }
        for no in ["no", "false", "off", "0", ""] {
            assert_eq!(YesNo::Text(no.into()).value(), Some(false), "{no}");
        }
        assert_eq!(YesNo::Text("perhaps".into()).value(), None);
        assert!(!YesNo::Text("perhaps".into()).is_yes());
    }
}
