//! Who is asking: users and their roles, passwords, sessions, API tokens, CSRF protection, and
//! the extractors that hand a handler the signed-in user.

pub mod api_tokens;
pub mod commands;
pub mod csrf;
pub mod extract;
pub mod invitations;
pub mod links;
pub mod one_time;
pub mod password;
pub mod routes;
pub mod second_factor;
pub mod second_factor_pages;
pub mod sessions;
pub mod throttle;
pub mod tokens;
pub mod totp;
pub mod users;

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

pub use extract::{Caller, CurrentUser};

/// What a person does in the programme (DESIGN.md, "People"). Stored as its `as_str` value: a
/// user row with a role the code does not know fails to load (an error, never a lesser role).
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    utoipa::ToSchema,
    sea_orm::EnumIter,
    sea_orm::DeriveActiveEnum,
)]
#[serde(rename_all = "lowercase")]
#[sea_orm(rs_type = "String", db_type = "Text")]
pub enum Role {
    /// Staff of a member organization: its profile, applications, awards and reports.
    #[sea_orm(string_value = "member")]
    Member,
    /// A network expert: the applications assigned to them.
    #[sea_orm(string_value = "reviewer")]
    Reviewer,
    /// Programme officers: applications, awards, campaigns, coordination requests; invite users.
    #[sea_orm(string_value = "staff")]
    Staff,
    /// Finance officers: disbursements and budgets.
    #[sea_orm(string_value = "finance")]
    Finance,
    /// System administrators: users, roles, rounds, reference data.
    #[sea_orm(string_value = "admin")]
    Admin,
}

impl Role {
    pub const ALL: [Role; 5] = [
        Self::Member,
        Self::Reviewer,
        Self::Staff,
        Self::Finance,
        Self::Admin,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Member => "member",
            Self::Reviewer => "reviewer",
            Self::Staff => "staff",
            Self::Finance => "finance",
            Self::Admin => "admin",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Member => "Member organization",
            Self::Reviewer => "Reviewer",
            Self::Staff => "Programme staff",
            Self::Finance => "Finance",
            Self::Admin => "Administrator",
        }
    }

    /// The label in `lang`.
    pub fn label_in(self, lang: crate::i18n::Lang) -> String {
        crate::i18n::text(lang, self.label_id())
    }

    /// The catalogue's id of the label (`auth-role-member`).
    pub fn label_id(self) -> &'static str {
        match self {
            Self::Member => "auth-role-member",
            Self::Reviewer => "auth-role-reviewer",
            Self::Staff => "auth-role-staff",
            Self::Finance => "auth-role-finance",
            Self::Admin => "auth-role-admin",
        }
    }

    /// ICBL's own people (staff and admins), who see every organization.
    pub fn is_staff(self) -> bool {
        matches!(self, Self::Staff | Self::Admin)
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Role {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|r| r.as_str() == s)
            .ok_or_else(|| {
                format!(
                    "'{s}' is not a role; use one of {}",
                    Self::ALL.map(Self::as_str).join(", ")
                )
            })
    }
}
