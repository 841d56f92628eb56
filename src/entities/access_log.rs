//! A read of a record concerning a high-risk state: who, when, what. Append-only.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "access_log")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub occurred_at: DateTimeUtc,
    pub user_id: Option<i64>,
    /// The person as the audit log names them.
    pub actor: String,
    /// `application`, `award`, `report`, `coordination_request`, `organization`, `export`.
    pub record_type: String,
    pub record_id: String,
    /// `page`, `api`, `csv`, `file`.
    pub what: String,
    #[sea_orm(column_type = "Char(Some(3))", nullable)]
    pub state_iso3: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
