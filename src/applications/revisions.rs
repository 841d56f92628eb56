//! Revisions: what an application said at each submission, and what changed between two.

use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, Set,
};
use serde::{Deserialize, Serialize};

use super::model::{ActivityKind, Category, Content};
use crate::audit::Actor;
use crate::entities::revision;
use crate::error::AppError;
use crate::money::Money;

/// A revision's content, as kept (and as the API shows it).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(default)]
#[schema(as = applications::Snapshot)]
pub struct Snapshot {
    pub target_state: String,
    pub title: String,
    pub summary: String,
    pub objectives: String,
    pub tier: String,
    pub lower_tier_plan: String,
    pub requested_amount: String,
    pub currency: String,
    /// Each activity in words: "Workshop, 2027-03-01 to 2027-03-02: ...".
    pub activities: Vec<String>,
    /// Each budget line in words: "Travel: ... (USD 1,500.00)".
    pub budget_lines: Vec<String>,
    /// Each document attached when it was submitted, in words: "Budget: Budget 2027
    /// (budget.xlsx, 14.2 KB, SHA-256 3f1a9c0e2b7d…)". Empty for revisions kept before
    /// documents could be attached.
    pub documents: Vec<String>,
}

impl Snapshot {
    pub fn of(content: &Content) -> Self {
        let currency = content.requested.currency();
        Self {
            target_state: content.target_state.clone().unwrap_or_default(),
            title: content.title.clone(),
            summary: content.summary.clone(),
            objectives: content.objectives.clone(),
            tier: content.tier.clone(),
            lower_tier_plan: content.lower_tier_plan.clone(),
            requested_amount: content.requested.amount().to_string(),
            currency: currency.code().to_owned(),
            activities: content
                .activities
                .iter()
                .map(|a| {
                    let kind = a.kind.map_or("", ActivityKind::label);
                    let dates = match (a.starts_on, a.ends_on) {
                        (Some(s), Some(e)) => format!("{s} to {e}"),
                        _ => String::new(),
                    };
                    format!("{kind}, {dates}: {}", a.description)
                })
                .collect(),
            budget_lines: content
                .lines
                .iter()
                .map(|l| {
                    let category = l.category.map_or("", Category::label);
                    let amount = Money::from_minor(l.amount_minor, currency).display();
                    format!("{category}: {} ({amount})", l.description)
                })
                .collect(),
            documents: Vec::new(),
        }
    }

    fn fields(&self) -> Vec<(&'static str, String)> {
        vec![
            ("Target state", self.target_state.clone()),
            ("Title", self.title.clone()),
            ("Summary", self.summary.clone()),
            ("Objectives", self.objectives.clone()),
            ("Tier", self.tier.clone()),
            ("At the lower tier", self.lower_tier_plan.clone()),
            (
                "Requested amount",
                format!("{} {}", self.requested_amount, self.currency),
            ),
            ("Activities", self.activities.join("\n")),
            ("Budget", self.budget_lines.join("\n")),
            ("Documents", self.documents.join("\n")),
        ]
    }
}

/// One field that differs between two revisions.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[schema(as = applications::FieldChange)]
pub struct FieldChange {
    /// The field's label, as the form names it ("Title", "Budget", ...).
    pub field: &'static str,
    pub before: String,
    pub after: String,
}

/// The fields that differ, in the form's order.
pub fn diff(before: &Snapshot, after: &Snapshot) -> Vec<FieldChange> {
    before
        .fields()
        .into_iter()
        .zip(after.fields())
        .filter(|((_, b), (_, a))| a != b)
        .map(|((field, before), (_, after))| FieldChange {
            field,
            before,
            after,
        })
        .collect()
}

/// Keeps the content as submitted; returns the revision's number (1 for the first submission).
pub async fn keep<C: ConnectionTrait>(
    db: &C,
    actor: &Actor,
    application_id: i64,
    content: &Content,
) -> Result<i32, AppError> {
    let count = revision::Entity::find()
        .filter(revision::Column::ApplicationId.eq(application_id))
        .count(db)
        .await?;
    let number = i32::try_from(count + 1).map_err(anyhow::Error::from)?;
    let mut snapshot = Snapshot::of(content);
    snapshot.documents = crate::attachments::of_record(
        db,
        crate::attachments::RecordType::Application,
        application_id,
    )
    .await?
    .iter()
    .map(|d| {
        format!(
            "{}: {} ({}, {}, SHA-256 {}…)",
            d.kind.label(),
            d.title,
            d.file_name,
            crate::attachments::human_size(u64::try_from(d.size_bytes).unwrap_or_default()),
            d.sha256.get(..12).unwrap_or_default()
        )
    })
    .collect();
    revision::ActiveModel {
        application_id: Set(application_id),
        number: Set(number),
        snapshot: Set(serde_json::to_value(&snapshot).map_err(anyhow::Error::from)?),
        created_by: Set(actor.id),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(number)
}

/// A kept revision, read back.
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
#[schema(as = applications::Revision)]
pub struct Revision {
    /// 1 for the first submission.
    pub number: i32,
    pub created_at: chrono::DateTime<Utc>,
    pub content: Snapshot,
}

/// The revisions, in their order. A snapshot the code cannot read is an error that names it,
/// never an empty revision.
pub async fn list<C: ConnectionTrait>(
    db: &C,
    application_id: i64,
) -> Result<Vec<Revision>, AppError> {
    let models = revision::Entity::find()
        .filter(revision::Column::ApplicationId.eq(application_id))
        .order_by_asc(revision::Column::Number)
        .all(db)
        .await?;
    models
        .into_iter()
        .map(|m| {
            let content = serde_json::from_value(m.snapshot).map_err(|e| {
                AppError::Internal(anyhow::anyhow!(
                    "revision {} of application {application_id} holds a snapshot the code cannot read: {e}",
                    m.number
                ))
            })?;
            Ok(Revision {
                number: m.number,
                created_at: m.created_at,
                content,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_diff_names_each_changed_field_with_both_values() {
        let before = Snapshot {
            title: "Talks with the Ministry of Defence".into(),
            requested_amount: "4800.00".into(),
            currency: "USD".into(),
            budget_lines: vec!["Travel: Baku (4,800.00 USD)".into()],
            ..Snapshot::default()
        };
        let after = Snapshot {
            requested_amount: "4500.00".into(),
            budget_lines: vec!["Travel: Baku (4,500.00 USD)".into()],
            ..before.clone()
        };
        let changes = diff(&before, &after);
        let fields: Vec<&str> = changes.iter().map(|c| c.field).collect();
        assert_eq!(fields, ["Requested amount", "Budget"]);
        assert_eq!(changes[0].before, "4800.00 USD");
        assert_eq!(changes[0].after, "4500.00 USD");
        assert!(diff(&after, &after).is_empty());
    }
}
