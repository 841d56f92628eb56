//! A person's second factor: the TOTP secret their authenticator app shares with the service.

use sea_orm::entity::prelude::*;

#[derive(Clone, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "second_factors")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub user_id: i64,
    /// Base32 (RFC 4648, no padding), as the person types it into their app.
    pub secret: String,
    /// None while enrolment waits for a first code from the app.
    pub confirmed_at: Option<DateTimeUtc>,
    /// Until confirmed, the SHA-256 of the session setting it up: the only one shown the secret
    /// and the only one that may confirm it.
    #[sea_orm(column_type = "Char(Some(64))", nullable)]
    pub enrolling_session: Option<String>,
    /// The 30-second step of the last code accepted; that step and earlier ones are refused.
    pub last_used_step: Option<i64>,
    pub created_at: DateTimeUtc,
}

/// The secret stays out of logs and error messages.
impl std::fmt::Debug for Model {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SecondFactor")
            .field("user_id", &self.user_id)
            .field("secret", &"[redacted]")
            .field("confirmed_at", &self.confirmed_at)
            .field("enrolling_session", &self.enrolling_session)
            .field("last_used_step", &self.last_used_step)
            .field("created_at", &self.created_at)
            .finish()
    }
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
