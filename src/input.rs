//! Lenient shapes of submitted values: a JSON body and a form say the same thing differently.

use serde::{Deserialize, Serialize};

/// A whole number as JSON gives it (`42`) or a form does (`"42"`).
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, Eq)]
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
}
