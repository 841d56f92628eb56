//! Pages of a list, as API.md fixes them: `?page=&per_page=` (default 50, at most 200), answered
//! with `{"items": [...], "page", "per_page", "total"}`.

use serde::Serialize;
use utoipa::ToSchema;
use validator::Validate;

use crate::error::FieldErrors;

pub const DEFAULT_PER_PAGE: u64 = 50;
pub const MAX_PER_PAGE: u64 = 200;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Validate)]
pub struct Pagination {
    #[validate(range(min = 1, max = 1_000_000))]
    pub page: u64,
    #[validate(range(min = 1, max = 200))]
    pub per_page: u64,
}

impl Default for Pagination {
    fn default() -> Self {
        Self {
            page: 1,
            per_page: DEFAULT_PER_PAGE,
        }
    }
}

impl Pagination {
    /// Reads `page` and `per_page`, recording a message for each bad one.
    pub fn parse(errors: &mut FieldErrors, page: Option<&str>, per_page: Option<&str>) -> Self {
        let mut number = |field: &str, value: Option<&str>, default: u64| match value
            .map(str::trim)
            .filter(|v| !v.is_empty())
        {
            None => default,
            Some(text) => text.parse::<u64>().unwrap_or_else(|_| {
                errors.add(field, format!("'{text}' is not a whole number"));
                default
            }),
        };
        let pagination = Self {
            page: number("page", page, 1),
            per_page: number("per_page", per_page, DEFAULT_PER_PAGE),
        };
        if let Err(invalid) = pagination.validate() {
            for (field, messages) in FieldErrors::from(invalid) {
                for message in messages {
                    errors.add(field.clone(), message);
                }
            }
            return Self::default();
        }
        pagination
    }

    /// Rows to skip.
    pub fn offset(&self) -> u64 {
        (self.page - 1) * self.per_page
    }

    /// This page of an in-memory list.
    pub fn slice<'a, T>(&self, items: &'a [T]) -> &'a [T] {
        let start = usize::try_from(self.offset())
            .unwrap_or(usize::MAX)
            .min(items.len());
        let len = usize::try_from(self.per_page).unwrap_or(usize::MAX);
        &items[start..items.len().min(start.saturating_add(len))]
    }
}

/// The list envelope of the API.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct ListBody<T> {
    pub items: Vec<T>,
    #[schema(minimum = 1)]
    pub page: u64,
    #[schema(minimum = 1, maximum = 200)]
    pub per_page: u64,
    /// Items in the whole list, on every page.
    pub total: u64,
}

impl<T> ListBody<T> {
    pub fn new(items: Vec<T>, pagination: Pagination, total: u64) -> Self {
        Self {
            items,
            page: pagination.page,
            per_page: pagination.per_page,
            total,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_slice_a_list() {
        let items: Vec<u32> = (1..=197).collect();
        let last = Pagination {
            page: 4,
            per_page: 50,
        };
        assert_eq!(last.slice(&items), &items[150..]);
        let beyond = Pagination {
            page: 9,
            per_page: 50,
        };
        assert!(beyond.slice(&items).is_empty());
    }

    #[test]
    fn bad_numbers_are_reported() {
        let mut errors = FieldErrors::new();
        let pagination = Pagination::parse(&mut errors, Some("two"), Some("201"));
        assert_eq!(errors.first("page"), Some("'two' is not a whole number"));
        assert_eq!(errors.first("per_page"), Some("must be between 1 and 200"));
        assert_eq!(pagination, Pagination::default());
    }
}
