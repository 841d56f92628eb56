//! Check your answers: after "Save and submit", every answer of a complete draft with a link to
//! change it, and the one button that submits (through the workflow's submit or resubmit step,
//! `detail_forms::take_step`). Nothing is submitted before that button.

use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Serialize;

use super::access;
use super::model::{self, ActivityKind, Category};
use super::transitions;
use super::views::title_or_draft;
use super::workflow::Status;
use crate::auth::CurrentUser;
use crate::entities::campaign;
use crate::error::AppError;
use crate::money::Money;
use crate::state::AppState;
use crate::treaty::views::long_date;
use crate::web::context::PageContext;
use sea_orm::EntityTrait;

/// One answer: its question, what was given, and where to change it.
#[derive(Serialize)]
struct Answer {
    question: String,
    answer: String,
    change: String,
    /// What the link changes, for people using a screen reader: "the title".
    change_label: String,
}

#[derive(Serialize)]
struct Section {
    heading: String,
    answers: Vec<Answer>,
}

#[derive(Serialize)]
struct CheckView {
    id: i64,
    title: String,
    sections: Vec<Section>,
    /// Where the confirmation posts: `submit`, or `resubmit` after changes were asked for.
    step: &'static str,
    button: &'static str,
}

fn answer(id: i64, question: &str, answer: String, field: &str, what: &str) -> Answer {
    Answer {
        question: question.to_owned(),
        answer,
        change: format!("/applications/{id}/edit#{field}"),
        change_label: what.to_owned(),
    }
}

pub async fn check_application(
    State(state): State<AppState>,
    page: PageContext,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let (app, round) = access::editable(&state.db, &user, id).await?;
    let loaded = model::load(&state.db, app).await?;
    let content = loaded.content(&round);
    // Something went missing since (another tab, a colleague): back to the form, with messages.
    if !transitions::missing(&state.db, &round, &content)
        .await?
        .is_empty()
    {
        return Ok(Redirect::to(&format!("/applications/{id}/edit?check=1")).into_response());
    }
    let record = state.treaty_record.record(&state.db).await?;
    let state_name = content
        .target_state
        .as_deref()
        .map(|code| {
            record
                .states()
                .iter()
                .find(|(s, _)| s.iso3 == code)
                .map_or_else(|| code.to_owned(), |(s, _)| s.name.clone())
        })
        .unwrap_or_default();
    let campaign_name = match content.campaign_id {
        Some(cid) => campaign::Entity::find_by_id(cid)
            .one(&state.db)
            .await?
            .map_or_else(String::new, |c| c.name),
        None => "None".to_owned(),
    };
    let tier = round
        .tier(&content.tier)
        .map(|t| {
            format!(
                "{}: up to {}",
                t.name,
                Money::from_minor(t.max_minor, round.currency).display()
            )
        })
        .unwrap_or_default();
    let about = Section {
        heading: "About the work".to_owned(),
        answers: vec![
            answer(
                id,
                "Target state",
                state_name,
                "target_state",
                "the target state",
            ),
            answer(
                id,
                "Country campaign",
                campaign_name,
                "campaign_id",
                "the campaign",
            ),
            answer(id, "Title", content.title.clone(), "title", "the title"),
            answer(
                id,
                "Summary",
                content.summary.clone(),
                "summary",
                "the summary",
            ),
            answer(
                id,
                "Objectives",
                content.objectives.clone(),
                "objectives",
                "the objectives",
            ),
        ],
    };
    let activities = Section {
        heading: "Planned activities".to_owned(),
        answers: content
            .activities
            .iter()
            .enumerate()
            .map(|(i, a)| {
                let n = i + 1;
                let dates = match (a.starts_on, a.ends_on) {
                    (Some(s), Some(e)) if s == e => long_date(s),
                    (Some(s), Some(e)) => {
                        format!("{} to {}", long_date(s), long_date(e))
                    }
                    _ => String::new(),
                };
                answer(
                    id,
                    &format!("Activity {n}"),
                    format!(
                        "{} ({dates})\n{}",
                        a.kind.map_or("", ActivityKind::label),
                        a.description
                    ),
                    &format!("activity_kind_{i}"),
                    &format!("activity {n}"),
                )
            })
            .collect(),
    };
    let mut budget: Vec<Answer> = content
        .lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let n = i + 1;
            answer(
                id,
                &format!("Line {n}"),
                format!(
                    "{}: {} — {}",
                    l.category.map_or("", Category::label),
                    l.description,
                    Money::from_minor(l.amount_minor, round.currency).display()
                ),
                &format!("line_category_{i}"),
                &format!("budget line {n}"),
            )
        })
        .collect();
    budget.push(answer(
        id,
        "Amount requested",
        content.requested.display(),
        "tier",
        "the tier",
    ));
    budget.push(answer(id, "Tier", tier, "tier", "the tier"));
    budget.push(answer(
        id,
        "What you would do at the lower tier",
        content.lower_tier_plan.clone(),
        "lower_tier_plan",
        "what you would do at the lower tier",
    ));
    let resubmitting = loaded.app.status == Status::ChangesRequested;
    let view = CheckView {
        id,
        title: title_or_draft(&loaded.app.title),
        sections: vec![
            about,
            activities,
            Section {
                heading: "Budget".to_owned(),
                answers: budget,
            },
        ],
        step: if resubmitting { "resubmit" } else { "submit" },
        button: if resubmitting {
            "Resubmit application"
        } else {
            "Submit application"
        },
    };
    let html = state.views.page(
        "applications/check",
        &page.layout("Check your answers before submitting", "applications"),
        &view,
    )?;
    Ok(html.into_response())
}
