//! A State Party's request to coordinate its approach to a state with ICBL's member there.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "coordination_requests")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    /// `CR-2026-0007`.
    #[sea_orm(unique)]
    pub reference: String,
    /// The SHA-256 of the status link's token (see `coordination::model::status_token`).
    #[sea_orm(unique)]
    pub token_hash: String,
    pub token_salt: String,
    #[sea_orm(unique)]
    pub idempotency_key: String,
    pub body_digest: String,
    #[sea_orm(column_type = "Char(Some(3))")]
    pub requesting_state: String,
    pub ministry: String,
    pub contact_name: String,
    pub contact_email: String,
    #[sea_orm(column_type = "Char(Some(3))")]
    pub target_state: String,
    pub approach: crate::coordination::input::Approach,
    pub window_start: Date,
    pub window_end: Date,
    pub mode: crate::coordination::input::Mode,
    #[sea_orm(column_type = "Text")]
    pub message: String,
    pub consent_to_share: bool,
    pub status: crate::coordination::workflow::Status,
    pub campaign_id: Option<i64>,
    pub received_at: DateTimeUtc,
    pub acknowledged_at: Option<DateTimeUtc>,
    pub escalated_at: Option<DateTimeUtc>,
    pub updated_at: DateTimeUtc,
    /// When staff shared the request with the member organizations concerned (only ever with
    /// the requester's consent); until then only staff see it.
    pub shared_at: Option<DateTimeUtc>,
    pub shared_by: Option<i64>,
    /// When retention removed the requester's contact details.
    pub anonymized_at: Option<DateTimeUtc>,
    /// The language the form was filled in: the requester's e-mails are written in it.
    pub language: crate::i18n::Lang,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
