//! Schema helpers for money columns, so that every table stores money the same way.
//!
//! An amount is stored as a 64-bit integer count of the currency's minor units (cents for USD,
//! whole yen for JPY, fils for KWD) next to its ISO 4217 code. Integers round-trip exactly on
//! SQLite and PostgreSQL alike, and `SUM` over them is exact on both, whereas sea-orm maps DECIMAL
//! through `f64` on SQLite. The service's `Money` type converts to and from this form.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::{big_integer, char_len};

/// The two columns of an amount named `name`: `{name}_minor` (BIGINT) and `{name}_currency`
/// (CHAR(3)), both NOT NULL.
pub fn money_columns(name: &str) -> [ColumnDef; 2] {
    [
        big_integer(Alias::new(format!("{name}_minor"))),
        char_len(Alias::new(format!("{name}_currency")), 3),
    ]
}
