//! The form a member drafts an application in: what it posts (activity and budget rows as
//! repeated fields) and how it is shown again, with what was typed and every message.

use std::collections::BTreeMap;

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use sea_orm::{EntityTrait, QueryOrder};
use serde::{Deserialize, Serialize};

use super::model::{ActivityInput, ActivityKind, ApplicationInput, Category, LineInput};
use super::workflow::Status;
use crate::choice::OptionView;
use crate::entities::campaign;
use crate::error::{AppError, FieldErrors};
use crate::i18n::{self, Lang};
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
    /// The id of the country campaign, or empty.
    pub campaign_id: String,
    /// `save` keeps a draft; `submit` saves and shows the answers to check before submitting.
    pub intent: String,
    /// A row button: `add_activity`, `remove_activity_2`, `add_line`, `remove_line_1` (rows
    /// counted from 1). The form comes back with the rows changed; nothing is saved.
    pub action: String,
}

/// What a row button asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowAction {
    AddActivity,
    /// The row's index (from 0).
    RemoveActivity(usize),
    AddLine,
    RemoveLine(usize),
}

impl RowAction {
    fn parse(action: &str) -> Option<Self> {
        let number = |rest: &str| {
            rest.parse::<usize>()
                .ok()
                .filter(|n| *n >= 1)
                .map(|n| n - 1)
        };
        match action.trim() {
            "add_activity" => Some(Self::AddActivity),
            "add_line" => Some(Self::AddLine),
            other => {
                if let Some(rest) = other.strip_prefix("remove_activity_") {
                    number(rest).map(Self::RemoveActivity)
                } else {
                    number(other.strip_prefix("remove_line_")?).map(Self::RemoveLine)
                }
            }
        }
    }
}

fn nth(values: &[String], i: usize) -> String {
    values.get(i).cloned().unwrap_or_default()
}

impl ApplicationForm {
    /// The row button pressed, if one was.
    pub fn row_action(&self) -> Option<RowAction> {
        RowAction::parse(&self.action)
    }

    /// What was typed, every row kept (empty ones too), with the row button's change made.
    pub fn with_rows_changed(&self, action: RowAction) -> ApplicationInput {
        let mut input = self.input();
        let activities = input.activities.get_or_insert_with(Vec::new);
        let lines = input.budget_lines.get_or_insert_with(Vec::new);
        match action {
            RowAction::AddActivity => activities.push(ActivityInput::default()),
            RowAction::AddLine => lines.push(LineInput::default()),
            RowAction::RemoveActivity(i) if i < activities.len() => {
                activities.remove(i);
            }
            RowAction::RemoveLine(i) if i < lines.len() => {
                lines.remove(i);
            }
            RowAction::RemoveActivity(_) | RowAction::RemoveLine(_) => {}
        }
        input
    }

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
            campaign_id: Some(NumberInput::Text(self.campaign_id.clone())),
        }
    }
}

#[derive(Serialize)]
struct ActivityRow {
    index: usize,
    /// For people: counted from 1.
    number: usize,
    kinds: Vec<OptionView>,
    description: String,
    starts_on: String,
    ends_on: String,
    errors: BTreeMap<String, String>,
    /// The row just added: focus goes to it.
    autofocus: bool,
}

#[derive(Serialize)]
struct LineRow {
    index: usize,
    /// For people: counted from 1.
    number: usize,
    categories: Vec<OptionView>,
    description: String,
    amount: String,
    errors: BTreeMap<String, String>,
    /// The row just added: focus goes to it.
    autofocus: bool,
}

#[derive(Serialize)]
struct CampaignGroup {
    label: String,
    options: Vec<OptionView>,
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
    campaigns: Vec<CampaignGroup>,
    activities: Vec<ActivityRow>,
    /// The add button to focus after a row was removed: `add_activity` or `add_line`.
    focus: &'static str,
    lines: Vec<LineRow>,
    requested: String,
    resubmitting: bool,
    errors: BTreeMap<String, String>,
    /// The heading of the error summary, when it is not "There is a problem".
    error_intro: Option<String>,
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

/// Which rows the form shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Rows {
    /// Saved or refused content: the rows with something in them (the messages are numbered
    /// by those), or one empty row of each kind when there is none.
    Filled,
    /// After a row button: every row as typed, empty ones too, and focus where the change was.
    AsTyped(RowAction),
}

/// The open campaigns (and the one already linked, open or not), those on the target state
/// first.
async fn campaign_groups(
    state: &AppState,
    input: &ApplicationInput,
    target: &str,
    state_names: &BTreeMap<String, String>,
    lang: Lang,
) -> Result<Vec<CampaignGroup>, AppError> {
    let chosen = input.campaign_id.as_ref().and_then(NumberInput::value);
    let campaigns = campaign::Entity::find()
        .order_by_asc(campaign::Column::Name)
        .all(&state.db)
        .await?;
    let (mut on_target, mut others) = (Vec::new(), Vec::new());
    for c in campaigns {
        if !c.status.is_open() && Some(c.id) != chosen {
            continue;
        }
        let state_name = state_names
            .get(&c.state_iso3)
            .cloned()
            .unwrap_or_else(|| c.state_iso3.clone());
        let option = OptionView {
            value: c.id.to_string(),
            label: if c.status.is_open() {
                format!("{} ({state_name})", c.name)
            } else {
                format!(
                    "{} ({state_name}, {})",
                    c.name,
                    c.status.label_in(lang).to_lowercase()
                )
            },
            selected: Some(c.id) == chosen,
        };
        if !target.is_empty() && c.state_iso3 == target {
            on_target.push(option);
        } else {
            others.push(option);
        }
    }
    let mut groups = Vec::new();
    if !on_target.is_empty() {
        let name = state_names.get(target).map_or(target, String::as_str);
        groups.push(CampaignGroup {
            label: i18n::format(
                lang,
                "applications-form-campaigns-on",
                &[("state", name.into())],
            ),
            options: on_target,
        });
    }
    if !others.is_empty() {
        groups.push(CampaignGroup {
            label: if groups.is_empty() {
                i18n::text(lang, "applications-form-campaigns-open")
            } else {
                i18n::text(lang, "applications-form-campaigns-other")
            },
            options: others,
        });
    }
    Ok(groups)
}

fn activity_row(i: usize, a: &ActivityInput, errors: &FieldErrors, lang: Lang) -> ActivityRow {
    ActivityRow {
        index: i,
        number: i + 1,
        kinds: ActivityKind::options_in(lang, a.kind.trim()),
        description: a.description.clone(),
        starts_on: a.starts_on.clone(),
        ends_on: a.ends_on.clone(),
        errors: row_errors(errors, "activities", i),
        autofocus: false,
    }
}

fn line_row(i: usize, l: &LineInput, errors: &FieldErrors, lang: Lang) -> LineRow {
    LineRow {
        index: i,
        number: i + 1,
        categories: Category::options_in(lang, l.category.trim()),
        description: l.description.clone(),
        amount: l.amount.clone(),
        errors: row_errors(errors, "budget_lines", i),
        autofocus: false,
    }
}

/// The catalogue's word for a treaty status a target state is marked with (none for a State
/// Party).
fn treaty_status_word(status: TreatyStatus) -> Option<&'static str> {
    match status {
        TreatyStatus::StateParty => None,
        TreatyStatus::NotParty => Some("applications-treaty-not-party"),
        TreatyStatus::Signatory => Some("applications-treaty-signatory"),
        TreatyStatus::Withdrawing => Some("applications-treaty-withdrawing"),
        TreatyStatus::Withdrawn => Some("applications-treaty-withdrawn"),
    }
}

/// A tier by its name and the most it allows: "Small: up to 5,000.00 USD".
pub(super) fn tier_label(
    lang: Lang,
    name: &str,
    max_minor: i64,
    currency: crate::money::Currency,
) -> String {
    i18n::format(
        lang,
        "applications-tier-up-to",
        &[
            ("tier", name.to_owned().into()),
            (
                "amount",
                i18n::formats::money(lang, &Money::from_minor(max_minor, currency)).into(),
            ),
        ],
    )
}

/// The form's view: what was typed (or saved), and the messages beside each field.
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
    rows: Rows,
    lang: Lang,
) -> Result<FormView, AppError> {
    let record = state.treaty_record.record(&state.db).await?;
    let today = crate::dates::today();
    let target = input
        .target_state
        .as_deref()
        .unwrap_or("")
        .trim()
        .to_ascii_uppercase();
    let state_names: BTreeMap<String, String> = record
        .states()
        .iter()
        .map(|(s, _)| {
            (
                s.iso3.clone(),
                i18n::states::name(lang, &s.iso3, &s.name).to_owned(),
            )
        })
        .collect();
    let mut states: Vec<OptionView> = record
        .states()
        .iter()
        .map(|(s, history)| {
            let status = history.status_on(today);
            let name = i18n::states::name(lang, &s.iso3, &s.name);
            OptionView {
                value: s.iso3.clone(),
                label: match treaty_status_word(status) {
                    None => name.to_owned(),
                    Some(id) => i18n::format(
                        lang,
                        "applications-state-with-status",
                        &[
                            ("state", name.into()),
                            ("status", i18n::text(lang, id).into()),
                        ],
                    ),
                },
                selected: s.iso3 == target,
            }
        })
        .collect();
    if lang != Lang::En {
        // In the page's language's order (the record's is the English names').
        states.sort_by_cached_key(|o| crate::web::names::sort_key(&o.label));
    }
    let tier = input.tier.as_deref().unwrap_or("");
    let tiers = round
        .tiers
        .iter()
        .map(|t| OptionView {
            value: t.name.clone(),
            label: tier_label(lang, &t.name, t.max_minor, round.currency),
            selected: t.name == tier,
        })
        .collect();
    let keep = |filled: bool| matches!(rows, Rows::AsTyped(_)) || filled;
    let typed_activities: Vec<&ActivityInput> = input
        .activities
        .iter()
        .flatten()
        .filter(|a| {
            keep(
                [&a.kind, &a.description, &a.starts_on, &a.ends_on]
                    .iter()
                    .any(|v| !v.trim().is_empty()),
            )
        })
        .collect();
    let mut activities: Vec<ActivityRow> = typed_activities
        .iter()
        .enumerate()
        .map(|(i, a)| activity_row(i, a, errors, lang))
        .collect();
    if activities.is_empty() {
        activities.push(activity_row(0, &ActivityInput::default(), errors, lang));
    }
    let typed_lines: Vec<&LineInput> = input
        .budget_lines
        .iter()
        .flatten()
        .filter(|l| {
            keep(
                [&l.category, &l.description, &l.amount]
                    .iter()
                    .any(|v| !v.trim().is_empty()),
            )
        })
        .collect();
    let mut requested = Money::zero(round.currency);
    for l in &typed_lines {
        if let Ok(amount) = Money::parse(&l.amount, round.currency) {
            requested = requested.checked_add(amount).unwrap_or(requested);
        }
    }
    let mut lines: Vec<LineRow> = typed_lines
        .iter()
        .enumerate()
        .map(|(i, l)| line_row(i, l, errors, lang))
        .collect();
    if lines.is_empty() {
        lines.push(line_row(0, &LineInput::default(), errors, lang));
    }
    let campaigns = campaign_groups(state, input, &target, &state_names, lang).await?;
    // Without script, `autofocus` takes the person back to where they were: the row just
    // added, or the add button of the group a row was removed from.
    let mut focus = "";
    match rows {
        Rows::AsTyped(RowAction::AddActivity) => {
            if let Some(row) = activities.last_mut() {
                row.autofocus = true;
            }
        }
        Rows::AsTyped(RowAction::AddLine) => {
            if let Some(row) = lines.last_mut() {
                row.autofocus = true;
            }
        }
        Rows::AsTyped(RowAction::RemoveActivity(_)) => focus = "add_activity",
        Rows::AsTyped(RowAction::RemoveLine(_)) => focus = "add_line",
        Rows::Filled => {}
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
        campaigns,
        activities,
        lines,
        focus,
        requested: i18n::formats::money(lang, &requested),
        resubmitting: status == Status::ChangesRequested,
        errors: errors.first_of_each(),
        error_intro: draft_saved.then(|| i18n::text(lang, "applications-form-draft-saved-intro")),
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
    render_rows(state, page, status, context, input, errors, Rows::Filled).await
}

/// [`render`], with the rows shown as `rows` says.
pub(super) async fn render_rows(
    state: &AppState,
    page: &PageContext,
    status: StatusCode,
    context: FormContext<'_>,
    input: &ApplicationInput,
    errors: &FieldErrors,
    rows: Rows,
) -> Result<Response, AppError> {
    let view = form_view(state, context, input, errors, rows, page.lang).await?;
    let html = state.views.page(
        "applications/form",
        &page.layout(view.heading.clone(), "applications"),
        &view,
    )?;
    Ok((status, html).into_response())
}
