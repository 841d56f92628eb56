//! The form a member drafts an application in: what it posts (activity and budget rows as
//! repeated fields) and how it is shown again, with what was typed and every message.

use std::collections::BTreeMap;

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};

use super::model::{ActivityInput, ActivityKind, ApplicationInput, Category, LineInput};
use super::workflow::Status;
use crate::choice::Choice;
use crate::choice::OptionView;
use crate::error::{AppError, FieldErrors};
use crate::input::NumberInput;
use crate::money::Money;
use crate::rounds::model::Round;
use crate::state::AppState;
use crate::treaty::status::TreatyStatus;
use crate::web::context::PageContext;

/// The form as posted: activity and budget rows as repeated fields.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct ApplicationForm {
    pub round_id: String,
    pub organization_id: String,
    pub target_state: String,
    pub title: String,
    pub summary: String,
    pub objectives: String,
    pub tier: String,
    pub lower_tier_plan: String,
    pub activity_kind: Vec<String>,
    pub activity_description: Vec<String>,
    pub activity_starts_on: Vec<String>,
    pub activity_ends_on: Vec<String>,
    pub line_category: Vec<String>,
    pub line_description: Vec<String>,
    pub line_amount: Vec<String>,
    /// `save` keeps a draft; `submit` saves and submits (or resubmits).
    pub intent: String,
}

fn nth(values: &[String], i: usize) -> String {
    values.get(i).cloned().unwrap_or_default()
}

impl ApplicationForm {
    pub fn input(&self) -> ApplicationInput {
        let activities = (0..self
            .activity_kind
            .len()
            .max(self.activity_description.len()))
            .map(|i| ActivityInput {
                kind: nth(&self.activity_kind, i),
                description: nth(&self.activity_description, i),
                starts_on: nth(&self.activity_starts_on, i),
                ends_on: nth(&self.activity_ends_on, i),
            })
            .collect();
        let lines = (0..self.line_category.len().max(self.line_amount.len()))
            .map(|i| LineInput {
                category: nth(&self.line_category, i),
                description: nth(&self.line_description, i),
                amount: nth(&self.line_amount, i),
            })
            .collect();
        let text = |v: &str| Some(v.to_owned());
        ApplicationInput {
            round_id: Some(NumberInput::Text(self.round_id.clone())),
            organization_id: Some(NumberInput::Text(self.organization_id.clone())),
            target_state: text(&self.target_state),
            title: text(&self.title),
            summary: text(&self.summary),
            objectives: text(&self.objectives),
            tier: text(&self.tier),
            lower_tier_plan: text(&self.lower_tier_plan),
            requested_amount: None,
            activities: Some(activities),
            budget_lines: Some(lines),
        }
    }
}

#[derive(Serialize)]
struct ActivityRow {
    index: usize,
    /// For people: counted from 1.
    number: usize,
    kinds: Vec<Choice>,
    description: String,
    starts_on: String,
    ends_on: String,
    errors: BTreeMap<String, String>,
}

#[derive(Serialize)]
struct LineRow {
    index: usize,
    /// For people: counted from 1.
    number: usize,
    categories: Vec<Choice>,
    description: String,
    amount: String,
    errors: BTreeMap<String, String>,
}

#[derive(Serialize)]
struct FormView {
    action: String,
    heading: String,
    round_name: String,
    currency: &'static str,
    organization_id: i64,
    round_id: i64,
    values: ApplicationInput,
    states: Vec<OptionView>,
    tiers: Vec<OptionView>,
    activities: Vec<ActivityRow>,
    lines: Vec<LineRow>,
    requested: String,
    resubmitting: bool,
    errors: BTreeMap<String, String>,
    /// The heading of the error summary, when it is not "There is a problem".
    error_intro: Option<&'static str>,
}

/// Every error of row `i` of `group`, by field.
fn row_errors(errors: &FieldErrors, group: &str, i: usize) -> BTreeMap<String, String> {
    let prefix = format!("{group}[{i}].");
    errors
        .first_of_each()
        .into_iter()
        .filter_map(|(k, v)| k.strip_prefix(&prefix).map(|f| (f.to_owned(), v)))
        .collect()
}

/// Where the form posts and what it is for.
pub(super) struct FormContext<'a> {
    pub action: String,
    pub heading: String,
    pub round: &'a Round,
    pub organization_id: i64,
    pub status: Status,
    /// A "Save and submit" saved the draft but could not submit it: the error summary says so.
    pub draft_saved: bool,
}

/// The form's view: what was typed (or saved), the messages beside each field, and room for
/// two more activities and three more budget lines.
async fn form_view(
    state: &AppState,
    FormContext {
        action,
        heading,
        round,
        organization_id,
        status,
        draft_saved,
    }: FormContext<'_>,
    input: &ApplicationInput,
    errors: &FieldErrors,
) -> Result<FormView, AppError> {
    let record = state.treaty_record.record(&state.db).await?;
    let today = crate::dates::today();
    let target = input
        .target_state
        .as_deref()
        .unwrap_or("")
        .trim()
        .to_ascii_uppercase();
    let states = record
        .states()
        .iter()
        .map(|(s, history)| {
            let status = history.status_on(today);
            OptionView {
                value: s.iso3.clone(),
                label: if status == TreatyStatus::StateParty {
                    s.name.clone()
                } else {
                    format!("{} ({})", s.name, status.label().to_lowercase())
                },
                selected: s.iso3 == target,
            }
        })
        .collect();
    let tier = input.tier.as_deref().unwrap_or("");
    let tiers = round
        .tiers
        .iter()
        .map(|t| OptionView {
            value: t.name.clone(),
            label: format!(
                "{}: up to {}",
                t.name,
                Money::from_minor(t.max_minor, round.currency).display()
            ),
            selected: t.name == tier,
        })
        .collect();
    let typed_activities: Vec<&ActivityInput> = input
        .activities
        .iter()
        .flatten()
        .filter(|a| {
            [&a.kind, &a.description, &a.starts_on, &a.ends_on]
                .iter()
                .any(|v| !v.trim().is_empty())
        })
        .collect();
    let mut activities: Vec<ActivityRow> = typed_activities
        .iter()
        .enumerate()
        .map(|(i, a)| ActivityRow {
            index: i,
            number: i + 1,
            kinds: ActivityKind::options(a.kind.trim()),
            description: a.description.clone(),
            starts_on: a.starts_on.clone(),
            ends_on: a.ends_on.clone(),
            errors: row_errors(errors, "activities", i),
        })
        .collect();
    for _ in 0..2 {
        activities.push(ActivityRow {
            index: activities.len(),
            number: activities.len() + 1,
            kinds: ActivityKind::options(""),
            description: String::new(),
            starts_on: String::new(),
            ends_on: String::new(),
            errors: BTreeMap::new(),
        });
    }
    let typed_lines: Vec<&LineInput> = input
        .budget_lines
        .iter()
        .flatten()
        .filter(|l| {
            [&l.category, &l.description, &l.amount]
                .iter()
                .any(|v| !v.trim().is_empty())
        })
        .collect();
    let mut requested = Money::zero(round.currency);
    let mut lines: Vec<LineRow> = typed_lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            if let Ok(amount) = Money::parse(&l.amount, round.currency) {
                requested = requested.checked_add(amount).unwrap_or(requested);
            }
            LineRow {
                index: i,
                number: i + 1,
                categories: Category::options(l.category.trim()),
                description: l.description.clone(),
                amount: l.amount.clone(),
                errors: row_errors(errors, "budget_lines", i),
            }
        })
        .collect();
    for _ in 0..3 {
        lines.push(LineRow {
            index: lines.len(),
            number: lines.len() + 1,
            categories: Category::options(""),
            description: String::new(),
            amount: String::new(),
            errors: BTreeMap::new(),
        });
    }
    Ok(FormView {
        action,
        heading,
        round_name: round.model.name.clone(),
        currency: round.currency.code(),
        organization_id,
        round_id: round.id(),
        values: input.clone(),
        states,
        tiers,
        activities,
        lines,
        requested: requested.display(),
        resubmitting: status == Status::ChangesRequested,
        errors: errors.first_of_each(),
        error_intro: draft_saved.then_some("Your draft was saved, but it cannot be submitted yet:"),
    })
}

/// The form, with what was typed (or saved) and the messages beside each field.
pub(super) async fn render(
    state: &AppState,
    page: &PageContext,
    status: StatusCode,
    context: FormContext<'_>,
    input: &ApplicationInput,
    errors: &FieldErrors,
) -> Result<Response, AppError> {
    let view = form_view(state, context, input, errors).await?;
    let html = state.views.page(
        "applications/form",
        &page.layout(view.heading.clone(), "applications"),
        &view,
    )?;
    Ok((status, html).into_response())
}
