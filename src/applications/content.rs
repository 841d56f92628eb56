//! An application's content as a member types it: every field optional, so that a draft is
//! saved with whatever is there, and checked for form (unknown kinds, bad dates and amounts)
//! but not for completeness (see `transitions::missing`).

use chrono::NaiveDate;
use sea_orm::sea_query::{ArrayType, ColumnType, Nullable, StringLen, ValueType, ValueTypeErr};
use sea_orm::{
    ActiveEnum, ActiveValue, ColIdx, ConnectionTrait, EntityTrait, IntoActiveValue, QueryResult,
    TryGetError, TryGetable, Value,
};
use serde::{Deserialize, Serialize};

pub use crate::budget_category::Category;
use crate::campaigns::model::CampaignStatus;
use crate::choice::choice;
use crate::dates::parse_record_date;
use crate::entities::{campaign, state};
use crate::error::FieldErrors;
use crate::input::{NumberInput, text};
use crate::money::Money;
use crate::rounds::model::Round;

choice!(ActivityKind, "a kind of activity", {
    MeetingWithAuthorities => "meeting_with_authorities", "Meeting with authorities",
    MilitaryDialogue => "military_dialogue", "Military-to-military dialogue",
    ParliamentaryEngagement => "parliamentary_engagement", "Parliamentary engagement",
    Workshop => "workshop", "Workshop",
    Media => "media", "Media",
    Research => "research", "Research",
    SurvivorParticipation => "survivor_participation", "Survivor participation",
    Other => "other", "Other",
});

/// A choice a draft may leave unmade (an activity's kind, a budget line's category): stored as
/// the choice's value, or as an empty string while unmade, since the columns are NOT NULL. Any
/// other stored value fails the read (`DbErr::Type`), as for every typed column.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct OrBlank<T>(pub Option<T>);

impl<T: ActiveEnum<Value = String>> OrBlank<T> {
    fn from_stored(stored: &str) -> Result<Self, sea_orm::DbErr> {
        match stored {
            "" => Ok(Self(None)),
            value => T::try_from_value(&value.to_owned()).map(|v| Self(Some(v))),
        }
    }

    /// The stored form: the choice's value, or an empty string.
    pub fn value(&self) -> String {
        self.0
            .as_ref()
            .map(ActiveEnum::to_value)
            .unwrap_or_default()
    }
}

impl<T: ActiveEnum<Value = String>> From<OrBlank<T>> for Value {
    fn from(v: OrBlank<T>) -> Self {
        v.value().into()
    }
}

impl<T: ActiveEnum<Value = String>> TryGetable for OrBlank<T> {
    fn try_get_by<I: ColIdx>(res: &QueryResult, idx: I) -> Result<Self, TryGetError> {
        let stored = String::try_get_by(res, idx)?;
        Self::from_stored(&stored).map_err(TryGetError::DbErr)
    }
}

impl<T: ActiveEnum<Value = String>> ValueType for OrBlank<T> {
    fn try_from(v: Value) -> Result<Self, ValueTypeErr> {
        let stored = <String as ValueType>::try_from(v)?;
        Self::from_stored(&stored).map_err(|_| ValueTypeErr)
    }

    fn type_name() -> String {
        format!("OrBlank<{}>", std::any::type_name::<T>())
    }

    fn array_type() -> ArrayType {
        ArrayType::String
    }

    fn column_type() -> ColumnType {
        ColumnType::String(StringLen::N(32))
    }
}

impl<T> Nullable for OrBlank<T> {
    fn null() -> Value {
        Value::String(None)
    }
}

impl<T: ActiveEnum<Value = String>> IntoActiveValue<OrBlank<T>> for OrBlank<T> {
    fn into_active_value(self) -> ActiveValue<OrBlank<T>> {
        ActiveValue::Set(self)
    }
}

/// Longest texts accepted, in characters.
const TITLE_MAX: usize = 300;
const LONG_TEXT_MAX: usize = 20_000;
const LINE_TEXT_MAX: usize = 500;
/// More rows than any small grant needs; a bound on the work one request asks for.
const ROWS_MAX: usize = 50;

/// An application as submitted (a JSON body, or a form turned into one). Every field is
/// optional: a draft is saved with whatever is there.
#[derive(Clone, Debug, Default, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(default)]
pub struct ApplicationInput {
    /// The round applied to (on creation; a draft stays in its round).
    pub round_id: Option<NumberInput>,
    /// The applicant organization: a member's own, which it may leave out; staff name one.
    pub organization_id: Option<NumberInput>,
    /// The ISO3 code of the state the work targets.
    pub target_state: Option<String>,
    pub title: Option<String>,
    pub summary: Option<String>,
    pub objectives: Option<String>,
    /// The name of one of the round's tiers.
    pub tier: Option<String>,
    pub lower_tier_plan: Option<String>,
    /// Optional: when given, it must be what the budget lines add up to.
    pub requested_amount: Option<String>,
    /// When given, replaces the activities.
    pub activities: Option<Vec<ActivityInput>>,
    /// When given, replaces the budget lines.
    pub budget_lines: Option<Vec<LineInput>>,
    /// The country campaign the work serves: the id of a campaign that is not achieved or
    /// closed (a number, or a string of one); empty unlinks it.
    #[schema(value_type = Option<i64>)]
    pub campaign_id: Option<NumberInput>,
}

#[derive(Clone, Debug, Default, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(default)]
#[schema(as = applications::ActivityInput)]
pub struct ActivityInput {
    /// A kind of activity: `meeting_with_authorities`, `military_dialogue`,
    /// `parliamentary_engagement`, `workshop`, `media`, `research`, `survivor_participation`,
    /// `other`.
    pub kind: String,
    pub description: String,
    /// YYYY-MM-DD
    pub starts_on: String,
    /// YYYY-MM-DD
    pub ends_on: String,
}

#[derive(Clone, Debug, Default, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(default)]
#[schema(as = applications::LineInput)]
pub struct LineInput {
    /// A budget category: `personnel`, `travel`, `meetings`, `materials`, `communications`,
    /// `other`.
    pub category: String,
    pub description: String,
    /// A decimal string in the round's currency: `"1500.00"`.
    pub amount: String,
}

impl ActivityInput {
    fn is_blank(&self) -> bool {
        [
            &self.kind,
            &self.description,
            &self.starts_on,
            &self.ends_on,
        ]
        .iter()
        .all(|v| v.trim().is_empty())
    }
}

impl LineInput {
    fn is_blank(&self) -> bool {
        [&self.category, &self.description, &self.amount]
            .iter()
            .all(|v| v.trim().is_empty())
    }
}

/// An activity as saved: any part may still be missing in a draft.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ActivityValues {
    pub kind: Option<ActivityKind>,
    pub description: String,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct LineValues {
    pub category: Option<Category>,
    pub description: String,
    pub amount_minor: i64,
}

/// The content of an application, checked for form (not for completeness).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Content {
    pub target_state: Option<String>,
    pub title: String,
    pub summary: String,
    pub objectives: String,
    pub tier: String,
    pub lower_tier_plan: String,
    pub activities: Vec<ActivityValues>,
    pub lines: Vec<LineValues>,
    pub requested: Money,
    /// The country campaign it serves.
    pub campaign_id: Option<i64>,
}

fn long_text(errors: &mut FieldErrors, field: &str, value: &Option<String>, max: usize) -> String {
    let value = text(value);
    if value.chars().count() > max {
        errors.add(field, format!("must be at most {max} characters long"));
    }
    value
}

/// The campaign chosen, if any: it must exist and be open (not achieved or closed), unless it is
/// the one the application is already linked to (staff may have linked it before it closed).
async fn chosen_campaign<C: ConnectionTrait>(
    db: &C,
    errors: &mut FieldErrors,
    given: Option<&NumberInput>,
    linked: Option<i64>,
) -> Option<i64> {
    let given = given.filter(|v| !v.is_blank())?;
    let Some(id) = given.value() else {
        errors.add("campaign_id", "Choose a campaign from the list");
        return None;
    };
    if Some(id) == linked {
        return Some(id);
    }
    match campaign::Entity::find_by_id(id)
        .one(db)
        .await
        .ok()
        .flatten()
    {
        Some(c) if CampaignStatus::is_open(c.status) => Some(id),
        Some(c) => {
            errors.add(
                "campaign_id",
                format!(
                    "The campaign '{}' is '{}'; choose an open campaign",
                    c.name,
                    c.status.label().to_lowercase()
                ),
            );
            None
        }
        None => {
            errors.add("campaign_id", "Choose a campaign from the list");
            None
        }
    }
}

impl ApplicationInput {
    /// Checks the form of what is given, in `round`'s currency: unknown kinds, bad dates and
    /// amounts are refused; missing parts are not (see `transitions::completeness`).
    pub async fn content<C: ConnectionTrait>(
        &self,
        db: &C,
        round: &Round,
    ) -> Result<Content, FieldErrors> {
        self.content_linked(db, round, None).await
    }

    /// [`Self::content`] for an application already linked to campaign `linked`, which it may
    /// keep even if that campaign has closed since.
    pub async fn content_linked<C: ConnectionTrait>(
        &self,
        db: &C,
        round: &Round,
        linked: Option<i64>,
    ) -> Result<Content, FieldErrors> {
        let mut errors = FieldErrors::new();
        let campaign_id = chosen_campaign(db, &mut errors, self.campaign_id.as_ref(), linked).await;
        let title = long_text(&mut errors, "title", &self.title, TITLE_MAX);
        let summary = long_text(&mut errors, "summary", &self.summary, LONG_TEXT_MAX);
        let objectives = long_text(&mut errors, "objectives", &self.objectives, LONG_TEXT_MAX);
        let lower_tier_plan = long_text(
            &mut errors,
            "lower_tier_plan",
            &self.lower_tier_plan,
            LONG_TEXT_MAX,
        );
        let tier = text(&self.tier);
        if !tier.is_empty() && round.tier(&tier).is_none() {
            let names: Vec<&str> = round.tiers.iter().map(|t| t.name.as_str()).collect();
            errors.add(
                "tier",
                format!(
                    "'{tier}' is not a tier of this round; use one of '{}'",
                    names.join(", ")
                ),
            );
        }
        let target_state = match text(&self.target_state).to_ascii_uppercase() {
            code if code.is_empty() => None,
            code => {
                if state::Entity::find_by_id(code.clone())
                    .one(db)
                    .await
                    .ok()
                    .flatten()
                    .is_none()
                {
                    errors.add(
                        "target_state",
                        format!("'{code}' is not the ISO 3166 code of a state (AZE, NPL, ...)"),
                    );
                }
                Some(code)
            }
        };
        let activities: Vec<&ActivityInput> = self
            .activities
            .iter()
            .flatten()
            .filter(|a| !a.is_blank())
            .collect();
        let lines: Vec<&LineInput> = self
            .budget_lines
            .iter()
            .flatten()
            .filter(|l| !l.is_blank())
            .collect();
        if activities.len() > ROWS_MAX {
            errors.add("activities", format!("at most {ROWS_MAX} activities"));
        }
        if lines.len() > ROWS_MAX {
            errors.add("budget_lines", format!("at most {ROWS_MAX} budget lines"));
        }
        let mut activity_values = Vec::new();
        for (i, a) in activities.iter().take(ROWS_MAX).enumerate() {
            let field = |name: &str| format!("activities[{i}].{name}");
            let kind = match a.kind.trim() {
                "" => None,
                typed => typed
                    .parse::<ActivityKind>()
                    .map_err(|message| errors.add(field("kind"), message))
                    .ok(),
            };
            let mut date = |name: &str, value: &str| {
                let value = value.trim();
                if value.is_empty() {
                    return None;
                }
                parse_record_date(value)
                    .map_err(|m| errors.add(field(name), m))
                    .ok()
            };
            let starts_on = date("starts_on", &a.starts_on);
            let ends_on = date("ends_on", &a.ends_on);
            if let (Some(s), Some(e)) = (starts_on, ends_on)
                && e < s
            {
                errors.add(field("ends_on"), "must not be before the start");
            }
            let description = a.description.trim().to_owned();
            if description.chars().count() > LONG_TEXT_MAX {
                errors.add(
                    field("description"),
                    format!("must be at most {LONG_TEXT_MAX} characters long"),
                );
            }
            activity_values.push(ActivityValues {
                kind,
                description,
                starts_on,
                ends_on,
            });
        }
        let mut line_values = Vec::new();
        let mut requested = Money::zero(round.currency);
        for (i, l) in lines.iter().take(ROWS_MAX).enumerate() {
            let field = |name: &str| format!("budget_lines[{i}].{name}");
            let category = match l.category.trim() {
                "" => None,
                typed => typed
                    .parse::<Category>()
                    .map_err(|message| errors.add(field("category"), message))
                    .ok(),
            };
            let description = l.description.trim().to_owned();
            if description.chars().count() > LINE_TEXT_MAX {
                errors.add(
                    field("description"),
                    format!("must be at most {LINE_TEXT_MAX} characters long"),
                );
            }
            let amount = match l.amount.trim() {
                "" => 0,
                typed => match Money::parse(typed, round.currency) {
                    Ok(m) if m.is_negative() => {
                        errors.add(field("amount"), "must not be negative");
                        0
                    }
                    Ok(m) => m.minor(),
                    Err(e) => {
                        errors.add(field("amount"), e.to_string());
                        0
                    }
                },
            };
            match requested.checked_add(Money::from_minor(amount, round.currency)) {
                Ok(sum) => requested = sum,
                Err(e) => errors.add(field("amount"), e.to_string()),
            }
            line_values.push(LineValues {
                category,
                description,
                amount_minor: amount,
            });
        }
        if let Some(stated) = self
            .requested_amount
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            match Money::parse(stated, round.currency) {
                Ok(m) if m == requested => {}
                Ok(_) => errors.add(
                    "requested_amount",
                    format!(
                        "the budget lines add up to {}, not {}",
                        requested.display(),
                        stated
                    ),
                ),
                Err(e) => errors.add("requested_amount", e.to_string()),
            }
        }
        errors.into_result(Content {
            target_state,
            title,
            summary,
            objectives,
            tier,
            lower_tier_plan,
            activities: activity_values,
            lines: line_values,
            requested,
            campaign_id,
        })
    }
}
