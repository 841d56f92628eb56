//! What the application API answers (field names fixed by API.md).

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

use super::list::Row;
use super::model::Loaded;
use crate::money::{Currency, Money};

/// An activity of the application; a draft may leave any part of it unmade.
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
#[schema(as = applications::ActivityItem)]
pub struct ActivityItem {
    /// A kind of activity (`meeting_with_authorities`, `military_dialogue`,
    /// `parliamentary_engagement`, `workshop`, `media`, `research`, `survivor_participation`,
    /// `other`), or empty while a draft leaves it unmade.
    pub kind: String,
    pub description: String,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
}

/// A line of the application's budget, in the application's currency.
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
#[schema(as = applications::LineItem)]
pub struct LineItem {
    /// A budget category (`personnel`, `travel`, `meetings`, `materials`, `communications`,
    /// `other`), or empty while a draft leaves it unmade.
    pub category: String,
    pub description: String,
    #[schema(pattern = r"^-?[0-9]+(\.[0-9]+)?$", example = "1500.00")]
    pub amount: String,
}

/// An application, as its organization, staff and its reviewers see it.
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct ApplicationItem {
    pub id: i64,
    /// `<round code>-<nnnn>` (`IIA-2027A-0042`), given at the first submission (none for a
    /// draft).
    pub reference: Option<String>,
    #[schema(value_type = super::workflow::Status)]
    pub status: &'static str,
    pub round_id: i64,
    /// The applicant; 0 for a reviewer of a blind round (the applicant is not shown).
    pub organization_id: i64,
    /// The ISO3 code of the state the work targets.
    pub target_state: Option<String>,
    pub title: String,
    pub summary: String,
    pub objectives: String,
    /// The name of one of the round's tiers.
    pub tier: String,
    /// What the organization would do if funded at the lower tier.
    pub lower_tier_plan: String,
    /// What the budget lines add up to, in `currency`.
    #[schema(pattern = r"^-?[0-9]+(\.[0-9]+)?$", example = "1500.00")]
    pub requested_amount: String,
    /// The round's currency.
    #[schema(value_type = Currency)]
    pub currency: &'static str,
    pub activities: Vec<ActivityItem>,
    pub budget_lines: Vec<LineItem>,
    /// The last message from staff: the changes asked for, or the reason for a rejection.
    pub staff_message: Option<String>,
    /// What happens next, in words for the organization.
    pub next_step: &'static str,
    /// The award its approval created (`/api/v1/awards/{award_id}`).
    pub award_id: Option<i64>,
    /// The country campaign it serves (`/api/v1/campaigns/{campaign_id}`).
    pub campaign_id: Option<i64>,
    pub submitted_at: Option<DateTime<Utc>>,
    pub decided_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

fn amount_in(minor: i64, currency: Currency) -> String {
    Money::from_minor(minor, currency).amount().to_string()
}

impl From<&Loaded> for ApplicationItem {
    fn from(loaded: &Loaded) -> Self {
        let app = &loaded.app;
        Self {
            id: app.id,
            reference: app.reference.clone(),
            status: app.status.as_str(),
            round_id: app.round_id,
            organization_id: app.organization_id,
            target_state: app.target_state.clone(),
            title: app.title.clone(),
            summary: app.summary.clone(),
            objectives: app.objectives.clone(),
            tier: app.tier.clone(),
            lower_tier_plan: app.lower_tier_plan.clone(),
            requested_amount: amount_in(app.requested_minor, app.requested_currency),
            currency: app.requested_currency.code(),
            activities: loaded
                .activities
                .iter()
                .map(|a| ActivityItem {
                    kind: a.kind.value(),
                    description: a.description.clone(),
                    starts_on: a.starts_on,
                    ends_on: a.ends_on,
                })
                .collect(),
            budget_lines: loaded
                .lines
                .iter()
                .map(|l| LineItem {
                    category: l.category.value(),
                    description: l.description.clone(),
                    amount: amount_in(l.amount_minor, app.requested_currency),
                })
                .collect(),
            staff_message: app.staff_message.clone(),
            next_step: loaded.status().next_step(),
            award_id: loaded.award_id,
            campaign_id: app.campaign_id,
            submitted_at: app.submitted_at,
            decided_at: app.decided_at,
            created_at: app.created_at,
            updated_at: app.updated_at,
        }
    }
}

/// A row of the list.
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct ApplicationRow {
    pub id: i64,
    pub reference: Option<String>,
    #[schema(value_type = super::workflow::Status)]
    pub status: &'static str,
    pub round_id: i64,
    /// The applicant; 0 for a reviewer of a blind round.
    pub organization_id: i64,
    /// `Withheld (blind review)` for a reviewer of a blind round.
    pub organization_name: String,
    /// The ISO3 code of the state the work targets.
    pub target_state: Option<String>,
    pub title: String,
    pub tier: String,
    #[schema(pattern = r"^-?[0-9]+(\.[0-9]+)?$", example = "1500.00")]
    pub requested_amount: String,
    #[schema(value_type = Currency)]
    pub currency: &'static str,
    pub submitted_at: Option<DateTime<Utc>>,
    pub updated_at: DateTime<Utc>,
}

impl crate::sensitivity::Redact for ApplicationRow {
    fn concerns(&self) -> (Option<&str>, Option<i64>) {
        (self.target_state.as_deref(), Some(self.organization_id))
    }

    fn withhold(&mut self) {
        crate::sensitivity::WITHHELD.clone_into(&mut self.organization_name);
        crate::sensitivity::WITHHELD.clone_into(&mut self.title);
    }
}

impl From<Row> for ApplicationRow {
    fn from(row: Row) -> Self {
        Self {
            requested_amount: amount_in(row.requested_minor, row.requested_currency),
            id: row.id,
            reference: row.reference,
            status: row.status.as_str(),
            round_id: row.round_id,
            organization_id: row.organization_id,
            organization_name: row.organization_name,
            target_state: row.target_state,
            title: row.title,
            tier: row.tier,
            currency: row.requested_currency.code(),
            submitted_at: row.submitted_at,
            updated_at: row.updated_at,
        }
    }
}

/// An award as approval answers it; the award's own API comes with its feature.
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct AwardSummary {
    pub id: i64,
    pub reference: String,
    #[schema(pattern = r"^-?[0-9]+(\.[0-9]+)?$", example = "1500.00")]
    pub amount: String,
    #[schema(value_type = Currency)]
    pub currency: String,
    #[schema(value_type = crate::awards::workflow::AwardStatus)]
    pub status: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
}

impl From<&crate::entities::award::Model> for AwardSummary {
    fn from(a: &crate::entities::award::Model) -> Self {
        Self {
            id: a.id,
            reference: a.reference.clone(),
            amount: Money::from_minor(a.amount_minor, a.amount_currency)
                .amount()
                .to_string(),
            currency: a.amount_currency.code().to_owned(),
            status: a.status.as_str().to_owned(),
            starts_on: a.starts_on,
            ends_on: a.ends_on,
        }
    }
}

/// How pages name an application in headings: its title in quotes, or "the draft".
pub fn title_or_draft(title: &str) -> String {
    if title.is_empty() {
        "the draft".to_owned()
    } else {
        format!("\u{201c}{title}\u{201d}")
    }
}

/// [`title_or_draft`] in `lang`: the title in the language's quotes, or "the draft".
pub fn title_or_draft_in(lang: crate::i18n::Lang, title: &str) -> String {
    if title.is_empty() {
        crate::i18n::text(lang, "applications-the-draft")
    } else {
        crate::i18n::format(
            lang,
            "applications-quoted",
            &[("title", title.to_owned().into())],
        )
    }
}
