//! A person who signs in: a member of an organization, a reviewer, staff, finance or an admin.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "users")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    /// As the person typed it.
    pub email: String,
    /// Lower case: what makes an email unique.
    #[sea_orm(unique)]
    pub email_key: String,
    pub name: String,
    pub role: crate::auth::Role,
    /// Set for members, and only for them.
    pub organization_id: Option<i64>,
    /// Argon2id PHC string; none until the person has set a password.
    #[sea_orm(column_type = "Text", nullable)]
    pub password_hash: Option<String>,
    pub active: bool,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub last_signed_in_at: Option<DateTimeUtc>,
    /// When it was deactivated; when retention removed its personal data.
    pub deactivated_at: Option<DateTimeUtc>,
    pub anonymized_at: Option<DateTimeUtc>,
    /// The SHA-256 of the secret of the person's calendar feed, if they have one.
    pub calendar_feed_hash: Option<String>,
    /// ISO3 code of the state a person works in (a reviewer's conflict-of-interest check).
    #[sea_orm(column_type = "Char(Some(3))", nullable)]
    pub country: Option<String>,
    /// The organization a reviewer is affiliated with, if any (members belong to theirs).
    pub affiliation_id: Option<i64>,
    /// IANA name, e.g. `Europe/Zurich`: where the person reads and types times.
    pub time_zone: crate::dates::TimeZone,
    /// The language of the person's pages and e-mails.
    pub language: crate::i18n::Lang,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
