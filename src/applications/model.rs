//! An application's content: what a member may save in a draft at any point, what must be there
//! to submit it, and how it is read back whole (activities and budget lines with it).

use chrono::{NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};
use serde::{Deserialize, Serialize};

use super::workflow::Status;
use crate::audit::{self, Actor};
use crate::choice::choice;
use crate::entities::{activity, application, budget_line, organization, state};
use crate::error::{AppError, FieldErrors};
use crate::input::{NumberInput, text};
use crate::members::model::MembershipStatus;
use crate::money::Money;
use crate::rounds::model::Round;
use crate::treaty::model::parse_date;

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

choice!(Category, "a budget category", {
    Personnel => "personnel", "Personnel",
    Travel => "travel", "Travel",
    Meetings => "meetings", "Meetings",
    Materials => "materials", "Materials",
    Communications => "communications", "Communications",
    Other => "other", "Other",
});

/// Longest texts accepted, in characters.
const TITLE_MAX: usize = 300;
const LONG_TEXT_MAX: usize = 20_000;
const LINE_TEXT_MAX: usize = 500;
/// More rows than any small grant needs; a bound on the work one request asks for.
const ROWS_MAX: usize = 50;

/// An application as submitted (a JSON body, or a form turned into one). Every field is
/// optional: a draft is saved with whatever is there.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct ApplicationInput {
    pub round_id: Option<NumberInput>,
    pub organization_id: Option<NumberInput>,
    pub target_state: Option<String>,
    pub title: Option<String>,
    pub summary: Option<String>,
    pub objectives: Option<String>,
    pub tier: Option<String>,
    pub lower_tier_plan: Option<String>,
    /// Optional: when given, it must be what the budget lines add up to.
    pub requested_amount: Option<String>,
    pub activities: Option<Vec<ActivityInput>>,
    pub budget_lines: Option<Vec<LineInput>>,
}

#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct ActivityInput {
    pub kind: String,
    pub description: String,
    pub starts_on: String,
    pub ends_on: String,
}

#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct LineInput {
    pub category: String,
    pub description: String,
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
    pub kind: String,
    pub description: String,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct LineValues {
    pub category: String,
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
}

fn long_text(errors: &mut FieldErrors, field: &str, value: &Option<String>, max: usize) -> String {
    let value = text(value);
    if value.chars().count() > max {
        errors.add(field, format!("must be at most {max} characters long"));
    }
    value
}

impl ApplicationInput {
    /// Checks the form of what is given, in `round`'s currency: unknown kinds, bad dates and
    /// amounts are refused; missing parts are not (see [`Content::completeness`]).
    pub async fn content<C: ConnectionTrait>(
        &self,
        db: &C,
        round: &Round,
    ) -> Result<Content, FieldErrors> {
        let mut errors = FieldErrors::new();
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
                    "'{tier}' is not a tier of this round; use one of {}",
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
            let kind = a.kind.trim().to_owned();
            if !kind.is_empty()
                && let Err(message) = kind.parse::<ActivityKind>()
            {
                errors.add(field("kind"), message);
            }
            let mut date = |name: &str, value: &str| {
                let value = value.trim();
                if value.is_empty() {
                    return None;
                }
                parse_date(value)
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
            let category = l.category.trim().to_owned();
            if !category.is_empty()
                && let Err(message) = category.parse::<Category>()
            {
                errors.add(field("category"), message);
            }
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
        })
    }
}

impl Content {
    /// What must be there to submit: every field, an activity and a budget line at least, each
    /// complete, a total within the tier's maximum; and, when the round says so, a target that
    /// is not a State Party.
    pub fn completeness(&self, round: &Round, target_is_party: bool) -> FieldErrors {
        let mut errors = FieldErrors::new();
        let required = "is required to submit";
        if self.target_state.is_none() {
            errors.add("target_state", required);
        } else if round.model.not_party_only && target_is_party {
            errors.add(
                "target_state",
                "this round funds work toward states not party to the Convention only",
            );
        }
        for (field, value) in [
            ("title", &self.title),
            ("summary", &self.summary),
            ("objectives", &self.objectives),
        ] {
            if value.is_empty() {
                errors.add(field, required);
            }
        }
        match round.tier(&self.tier) {
            None => errors.add("tier", required),
            Some(tier) => {
                if self.requested.minor() > tier.max_minor {
                    errors.add(
                        "budget_lines",
                        format!(
                            "add up to {}, more than the {} tier's maximum of {}",
                            self.requested.display(),
                            tier.name,
                            Money::from_minor(tier.max_minor, round.currency).display()
                        ),
                    );
                }
                let lower_exists = round.tiers.iter().any(|t| t.max_minor < tier.max_minor);
                if lower_exists && self.lower_tier_plan.is_empty() {
                    errors.add(
                        "lower_tier_plan",
                        "say what you would do with a lower tier's amount",
                    );
                }
            }
        }
        if self.activities.is_empty() {
            errors.add("activities", "plan at least one activity");
        }
        for (i, a) in self.activities.iter().enumerate() {
            let field = |name: &str| format!("activities[{i}].{name}");
            if a.kind.is_empty() {
                errors.add(field("kind"), required);
            }
            if a.description.is_empty() {
                errors.add(field("description"), required);
            }
            if a.starts_on.is_none() {
                errors.add(field("starts_on"), required);
            }
            if a.ends_on.is_none() {
                errors.add(field("ends_on"), required);
            }
        }
        if self.lines.is_empty() {
            errors.add("budget_lines", "add at least one budget line");
        }
        for (i, l) in self.lines.iter().enumerate() {
            let field = |name: &str| format!("budget_lines[{i}].{name}");
            if l.category.is_empty() {
                errors.add(field("category"), required);
            }
            if l.description.is_empty() {
                errors.add(field("description"), required);
            }
            if l.amount_minor <= 0 {
                errors.add(field("amount"), "must be more than zero");
            }
        }
        errors
    }
}

/// An application with everything it holds.
#[derive(Clone, Debug)]
pub struct Loaded {
    pub app: application::Model,
    pub activities: Vec<activity::Model>,
    pub lines: Vec<budget_line::Model>,
}

impl Loaded {
    pub fn status(&self) -> Status {
        status_of(&self.app)
    }

    /// The content as saved, in the shape [`ApplicationInput::content`] gives.
    pub fn content(&self, round: &Round) -> Content {
        Content {
            target_state: self.app.target_state.clone(),
            title: self.app.title.clone(),
            summary: self.app.summary.clone(),
            objectives: self.app.objectives.clone(),
            tier: self.app.tier.clone(),
            lower_tier_plan: self.app.lower_tier_plan.clone(),
            activities: self
                .activities
                .iter()
                .map(|a| ActivityValues {
                    kind: a.kind.clone(),
                    description: a.description.clone(),
                    starts_on: a.starts_on,
                    ends_on: a.ends_on,
                })
                .collect(),
            lines: self
                .lines
                .iter()
                .map(|l| LineValues {
                    category: l.category.clone(),
                    description: l.description.clone(),
                    amount_minor: l.amount_minor,
                })
                .collect(),
            requested: Money::from_minor(self.app.requested_minor, round.currency),
        }
    }
}

/// The stored status; a value the workflow does not know is a bug, reported as such.
pub fn status_of(app: &application::Model) -> Status {
    app.status.parse().unwrap_or(Status::Draft)
}

pub async fn get<C: ConnectionTrait>(db: &C, id: i64) -> Result<application::Model, AppError> {
    application::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(|| AppError::not_found("there is no application with this number"))
}

/// The application with its activities and budget lines, in their order.
pub async fn load<C: ConnectionTrait>(db: &C, app: application::Model) -> Result<Loaded, AppError> {
    let activities = activity::Entity::find()
        .filter(activity::Column::ApplicationId.eq(app.id))
        .order_by_asc(activity::Column::Position)
        .all(db)
        .await?;
    let lines = budget_line::Entity::find()
        .filter(budget_line::Column::ApplicationId.eq(app.id))
        .order_by_asc(budget_line::Column::Position)
        .all(db)
        .await?;
    Ok(Loaded {
        app,
        activities,
        lines,
    })
}

/// Who an application may be started for: an active member organization, in an open round.
pub fn check_can_start(round: &Round, org: &organization::Model) -> Result<(), AppError> {
    if !round.is_open() {
        return Err(AppError::Conflict(format!(
            "the round \"{}\" is not open for applications",
            round.model.name
        )));
    }
    if org.membership_status != MembershipStatus::Active.as_str() {
        return Err(AppError::Conflict(format!(
            "{} is not an active member, so it cannot apply",
            org.name
        )));
    }
    Ok(())
}

/// Starts a draft.
pub async fn create<C: ConnectionTrait>(
    db: &C,
    actor: &Actor,
    round: &Round,
    org: &organization::Model,
    content: Content,
) -> Result<application::Model, AppError> {
    check_can_start(round, org)?;
    let now = Utc::now();
    let created = application::ActiveModel {
        round_id: Set(round.id()),
        organization_id: Set(org.id),
        status: Set(Status::Draft.as_str().to_owned()),
        requested_currency: Set(round.currency.code().to_owned()),
        created_by: Set(actor.id),
        created_at: Set(now),
        updated_at: Set(now),
        ..content_fields(&content)
    }
    .insert(db)
    .await?;
    replace_rows(db, created.id, &content).await?;
    audit::record(
        db,
        actor,
        "application_created",
        "application",
        created.id,
        None,
        Some(audit_fields(&created)),
    )
    .await?;
    Ok(created)
}

fn content_fields(content: &Content) -> application::ActiveModel {
    application::ActiveModel {
        target_state: Set(content.target_state.clone()),
        title: Set(content.title.clone()),
        summary: Set(content.summary.clone()),
        objectives: Set(content.objectives.clone()),
        tier: Set(content.tier.clone()),
        lower_tier_plan: Set(content.lower_tier_plan.clone()),
        requested_minor: Set(content.requested.minor()),
        ..Default::default()
    }
}

/// Saves new content over a draft (or an application sent back for changes).
pub async fn update<C: ConnectionTrait>(
    db: &C,
    actor: &Actor,
    app: application::Model,
    content: Content,
) -> Result<application::Model, AppError> {
    let status = status_of(&app);
    if !status.is_editable() {
        return Err(AppError::Conflict(format!(
            "an application that is {} cannot be changed",
            status.label().to_lowercase()
        )));
    }
    let before = audit_fields(&app);
    let mut active = content_fields(&content);
    active.id = Set(app.id);
    active.updated_at = Set(Utc::now());
    let updated = active.update(db).await?;
    replace_rows(db, updated.id, &content).await?;
    let after = audit_fields(&updated);
    audit::record(
        db,
        actor,
        "application_saved",
        "application",
        updated.id,
        Some(before),
        Some(after),
    )
    .await?;
    Ok(updated)
}

async fn replace_rows<C: ConnectionTrait>(
    db: &C,
    application_id: i64,
    content: &Content,
) -> Result<(), AppError> {
    activity::Entity::delete_many()
        .filter(activity::Column::ApplicationId.eq(application_id))
        .exec(db)
        .await?;
    budget_line::Entity::delete_many()
        .filter(budget_line::Column::ApplicationId.eq(application_id))
        .exec(db)
        .await?;
    let activities: Vec<activity::ActiveModel> = content
        .activities
        .iter()
        .zip(0..)
        .map(|(a, position)| activity::ActiveModel {
            application_id: Set(application_id),
            position: Set(position),
            kind: Set(a.kind.clone()),
            description: Set(a.description.clone()),
            starts_on: Set(a.starts_on),
            ends_on: Set(a.ends_on),
            ..Default::default()
        })
        .collect();
    if !activities.is_empty() {
        activity::Entity::insert_many(activities).exec(db).await?;
    }
    let lines: Vec<budget_line::ActiveModel> = content
        .lines
        .iter()
        .zip(0..)
        .map(|(l, position)| budget_line::ActiveModel {
            application_id: Set(application_id),
            position: Set(position),
            category: Set(l.category.clone()),
            description: Set(l.description.clone()),
            amount_minor: Set(l.amount_minor),
            ..Default::default()
        })
        .collect();
    if !lines.is_empty() {
        budget_line::Entity::insert_many(lines).exec(db).await?;
    }
    Ok(())
}

/// The fields the audit log keeps of an application (its content is in its revisions).
pub fn audit_fields(app: &application::Model) -> serde_json::Value {
    serde_json::json!({
        "status": app.status,
        "reference": app.reference,
        "target_state": app.target_state,
        "title": app.title,
        "tier": app.tier,
        "requested_minor": app.requested_minor,
        "currency": app.requested_currency,
    })
}

/// The saved content as an input: what a form shows, and what a PATCH is laid over.
pub fn input_of(loaded: &Loaded, round: &Round) -> ApplicationInput {
    let app = &loaded.app;
    ApplicationInput {
        round_id: Some(NumberInput::Number(app.round_id)),
        organization_id: Some(NumberInput::Number(app.organization_id)),
        target_state: Some(app.target_state.clone().unwrap_or_default()),
        title: Some(app.title.clone()),
        summary: Some(app.summary.clone()),
        objectives: Some(app.objectives.clone()),
        tier: Some(app.tier.clone()),
        lower_tier_plan: Some(app.lower_tier_plan.clone()),
        requested_amount: None,
        activities: Some(
            loaded
                .activities
                .iter()
                .map(|a| ActivityInput {
                    kind: a.kind.clone(),
                    description: a.description.clone(),
                    starts_on: a.starts_on.map(|d| d.to_string()).unwrap_or_default(),
                    ends_on: a.ends_on.map(|d| d.to_string()).unwrap_or_default(),
                })
                .collect(),
        ),
        budget_lines: Some(
            loaded
                .lines
                .iter()
                .map(|l| LineInput {
                    category: l.category.clone(),
                    description: l.description.clone(),
                    amount: Money::from_minor(l.amount_minor, round.currency)
                        .amount()
                        .to_string(),
                })
                .collect(),
        ),
    }
}
