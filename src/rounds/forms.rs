//! The round form staff use to open a round or change its rules, with its rows of tiers and
//! reports.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum_extra::extract::Form;
use serde::{Deserialize, Serialize};

use super::commands;
use super::model::{self, ReportDueInput, ReportKind, Round, RoundInput, TierInput};
use super::views::RoundItem;
use crate::auth::{Caller, CurrentUser};
use crate::choice::OptionView;
use crate::error::{AppError, FieldErrors};
use crate::i18n::Lang;
use crate::input::NumberInput;
use crate::policy::{self, Action};
use crate::state::AppState;
use crate::web::context::PageContext;
use crate::web::flash::{Flash, FlashMessage};

/// The form as posted: rows of tiers and of reports as repeated fields.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct RoundForm {
    pub name: String,
    pub code: String,
    pub programme: String,
    pub opens_at: String,
    pub closes_at: String,
    pub currency: String,
    pub budget: String,
    pub tier_name: Vec<String>,
    pub tier_max: Vec<String>,
    pub report_kind: Vec<String>,
    pub report_days: Vec<String>,
    pub not_party_only: Option<String>,
    pub blind_review: Option<String>,
    /// Checkboxes: the documents an application must carry.
    pub required_documents: Vec<String>,
}

/// A form's `2027-01-15T09:00`, read in the person's time zone, as RFC 3339; anything else as
/// typed, for the model to refuse with its message.
fn from_local(typed: &str, zone: chrono_tz::Tz) -> String {
    use chrono::TimeZone;
    chrono::NaiveDateTime::parse_from_str(typed.trim(), "%Y-%m-%dT%H:%M")
        .ok()
        .and_then(|local| zone.from_local_datetime(&local).earliest())
        .map_or_else(|| typed.to_owned(), |at| at.to_rfc3339())
}

impl RoundForm {
    fn input(&self, zone: chrono_tz::Tz) -> RoundInput {
        RoundInput {
            name: Some(self.name.clone()),
            code: Some(self.code.clone()),
            programme: Some(self.programme.clone()),
            opens_at: Some(from_local(&self.opens_at, zone)),
            closes_at: Some(from_local(&self.closes_at, zone)),
            currency: Some(self.currency.clone()),
            budget: Some(self.budget.clone()),
            tiers: Some(
                self.tier_name
                    .iter()
                    .zip(
                        self.tier_max
                            .iter()
                            .chain(std::iter::repeat(&String::new())),
                    )
                    .map(|(name, max)| TierInput {
                        name: name.clone(),
                        max_amount: max.clone(),
                    })
                    .collect(),
            ),
            report_schedule: Some(
                self.report_kind
                    .iter()
                    .zip(
                        self.report_days
                            .iter()
                            .chain(std::iter::repeat(&String::new())),
                    )
                    .map(|(kind, days)| ReportDueInput {
                        kind: kind.clone(),
                        due_after_days: NumberInput::Text(days.clone()),
                    })
                    .collect(),
            ),
            not_party_only: Some(self.not_party_only.is_some()),
            blind_review: Some(self.blind_review.is_some()),
            required_documents: Some(self.required_documents.clone()),
        }
    }

    fn of(round: &Round, zone: chrono_tz::Tz) -> Self {
        let item = RoundItem::from(round);
        let local = |t: chrono::DateTime<chrono::Utc>| {
            t.with_timezone(&zone).format("%Y-%m-%dT%H:%M").to_string()
        };
        Self {
            name: item.name,
            code: item.code,
            programme: item.programme,
            opens_at: local(item.opens_at),
            closes_at: local(item.closes_at),
            currency: item.currency,
            budget: item.budget,
            tier_name: item.tiers.iter().map(|t| t.name.clone()).collect(),
            tier_max: item.tiers.iter().map(|t| t.max_amount.clone()).collect(),
            report_kind: item
                .report_schedule
                .iter()
                .map(|r| r.kind.clone())
                .collect(),
            report_days: item
                .report_schedule
                .iter()
                .map(|r| r.due_after_days.to_string())
                .collect(),
            not_party_only: item.not_party_only.then(|| "on".to_owned()),
            blind_review: item.blind_review.then(|| "on".to_owned()),
            required_documents: item
                .required_documents
                .iter()
                .map(|k| k.as_str().to_owned())
                .collect(),
        }
    }
}

#[derive(Serialize)]
struct RowValues {
    index: usize,
    number: usize,
    name: String,
    value: String,
    name_error: Option<String>,
    value_error: Option<String>,
    kinds: Vec<OptionView>,
}

#[derive(Serialize)]
struct FormView {
    /// The time zone the form's times are read in.
    zone: &'static str,
    action: String,
    heading: String,
    creating: bool,
    values: RoundForm,
    not_party_only: bool,
    blind_review: bool,
    /// The kinds of an application's documents, those required checked.
    documents: Vec<OptionView>,
    tiers: Vec<RowValues>,
    reports: Vec<RowValues>,
    errors: std::collections::BTreeMap<String, String>,
}

/// Rows of a repeated group, with the typed values, a message each, and room for more.
fn rows(
    names: &[String],
    values: &[String],
    errors: &FieldErrors,
    group: &str,
    (name_key, value_key): (&str, &str),
    blank: usize,
    kinds: Option<Lang>,
) -> Vec<RowValues> {
    // Errors are numbered among the rows that were not blank, as the model counted them.
    let mut counted = 0;
    let mut out = Vec::new();
    let count = names.len().max(values.len());
    for index in 0..count + blank {
        let name = names.get(index).cloned().unwrap_or_default();
        let value = values.get(index).cloned().unwrap_or_default();
        let filled = !name.trim().is_empty() || !value.trim().is_empty();
        let (name_error, value_error) = if filled {
            let found = (
                errors
                    .first(&format!("{group}[{counted}].{name_key}"))
                    .map(str::to_owned),
                errors
                    .first(&format!("{group}[{counted}].{value_key}"))
                    .map(str::to_owned),
            );
            counted += 1;
            found
        } else {
            (None, None)
        };
        if !filled && index < count {
            continue;
        }
        out.push(RowValues {
            index: out.len(),
            number: out.len() + 1,
            kinds: kinds.map_or_else(Vec::new, |lang| ReportKind::options_in(lang, &name)),
            name,
            value,
            name_error,
            value_error,
        });
    }
    out
}

fn form_page(
    state: &AppState,
    page: &PageContext,
    status: StatusCode,
    action: String,
    heading: String,
    values: RoundForm,
    errors: &FieldErrors,
) -> Result<Response, AppError> {
    let zone = page.user.as_ref().map_or(chrono_tz::UTC, |u| u.time_zone);
    let view = FormView {
        zone: zone.name(),
        creating: action == "/rounds",
        tiers: rows(
            &values.tier_name,
            &values.tier_max,
            errors,
            "tiers",
            ("name", "max_amount"),
            2,
            None,
        ),
        reports: rows(
            &values.report_kind,
            &values.report_days,
            errors,
            "report_schedule",
            ("kind", "due_after_days"),
            2,
            Some(page.lang),
        ),
        not_party_only: values.not_party_only.is_some(),
        blind_review: values.blind_review.is_some(),
        documents: crate::attachments::RecordType::Application
            .kinds()
            .iter()
            .map(|k| OptionView {
                value: k.as_str().to_owned(),
                label: k.label_in(page.lang).into_owned(),
                selected: values.required_documents.iter().any(|r| r == k.as_str()),
            })
            .collect(),
        action,
        heading: heading.clone(),
        values,
        errors: errors.first_of_each(),
    };
    let html = state
        .views
        .page("rounds/form", &page.layout(heading, "rounds"), &view)?;
    Ok((status, html).into_response())
}

pub async fn new_round(
    State(state): State<AppState>,
    page: PageContext,
    user: CurrentUser,
) -> Result<Response, AppError> {
    policy::authorize(&user, Action::ManageRounds)?;
    let values = RoundForm {
        programme: "Investing in Action".to_owned(),
        currency: "USD".to_owned(),
        tier_name: vec!["low".to_owned(), "high".to_owned()],
        tier_max: vec!["2000.00".to_owned(), "5000.00".to_owned()],
        ..RoundForm::default()
    };
    form_page(
        &state,
        &page,
        StatusCode::OK,
        "/rounds".to_owned(),
        crate::i18n::text(page.lang, "rounds-form-new"),
        values,
        &FieldErrors::new(),
    )
}

pub async fn create_round(
    State(state): State<AppState>,
    page: PageContext,
    caller: Caller,
    flash: Flash,
    Form(form): Form<RoundForm>,
) -> Result<Response, AppError> {
    match commands::create(&state.db, &caller, &form.input(caller.time_zone)).await {
        Ok(round) => Ok(flash.redirect(
            &FlashMessage::success(crate::i18n::format(
                page.lang,
                "rounds-form-created",
                &[("name", round.model.name.clone().into())],
            )),
            &format!("/rounds/{}", round.id()),
        )),
        Err(AppError::Validation(errors)) => form_page(
            &state,
            &page,
            StatusCode::UNPROCESSABLE_ENTITY,
            "/rounds".to_owned(),
            crate::i18n::text(page.lang, "rounds-form-new"),
            form,
            &errors,
        ),
        Err(other) => Err(other),
    }
}

pub async fn edit_round(
    State(state): State<AppState>,
    page: PageContext,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    policy::authorize(&user, Action::ManageRounds)?;
    let round = model::get(&state.db, id).await?;
    form_page(
        &state,
        &page,
        StatusCode::OK,
        format!("/rounds/{id}"),
        crate::i18n::format(
            page.lang,
            "rounds-form-edit",
            &[("name", round.model.name.clone().into())],
        ),
        RoundForm::of(&round, user.time_zone),
        &FieldErrors::new(),
    )
}

pub async fn update_round(
    State(state): State<AppState>,
    page: PageContext,
    caller: Caller,
    Path(id): Path<i64>,
    flash: Flash,
    Form(form): Form<RoundForm>,
) -> Result<Response, AppError> {
    match commands::update(&state.db, &caller, id, &form.input(caller.time_zone)).await {
        Ok(round) => Ok(flash.redirect(
            &FlashMessage::success(crate::i18n::text(page.lang, "rounds-form-saved")),
            &format!("/rounds/{}", round.id()),
        )),
        Err(AppError::Validation(errors)) => {
            let round = model::get(&state.db, id).await?;
            form_page(
                &state,
                &page,
                StatusCode::UNPROCESSABLE_ENTITY,
                format!("/rounds/{id}"),
                crate::i18n::format(
                    page.lang,
                    "rounds-form-edit",
                    &[("name", round.model.name.into())],
                ),
                form,
                &errors,
            )
        }
        Err(other) => Err(other),
    }
}
