//! Check your answers: after "Save and submit", every answer of a complete draft with a link to
//! change it, and the one button that submits (through the workflow's submit or resubmit step,
//! `detail_forms::take_step`). Nothing is submitted before that button.

use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Serialize;

use super::access;
use super::form::tier_label;
use super::model;
use super::transitions;
use super::views::title_or_draft_in;
use super::workflow::Status;
use crate::auth::CurrentUser;
use crate::entities::campaign;
use crate::error::AppError;
use crate::i18n::{self, Lang};
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
    button: String,
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
    let lang = page.lang;
    let t = |id: &str| i18n::text(lang, id);
    let date = |d| {
        if lang == Lang::En {
            long_date(d)
        } else {
            i18n::formats::date(lang, d)
        }
    };
    let record = state.treaty_record.record(&state.db).await?;
    let state_name = content
        .target_state
        .as_deref()
        .map(|code| {
            record
                .states()
                .iter()
                .find(|(s, _)| s.iso3 == code)
                .map_or_else(
                    || code.to_owned(),
                    |(s, _)| i18n::states::name(lang, &s.iso3, &s.name).to_owned(),
                )
        })
        .unwrap_or_default();
    let campaign_name = match content.campaign_id {
        Some(cid) => campaign::Entity::find_by_id(cid)
            .one(&state.db)
            .await?
            .map_or_else(String::new, |c| c.name),
        None => t("applications-campaign-none"),
    };
    let tier = round
        .tier(&content.tier)
        .map(|t| tier_label(lang, &t.name, t.max_minor, round.currency))
        .unwrap_or_default();
    let about = Section {
        heading: t("applications-check-about"),
        answers: vec![
            answer(
                id,
                &t("applications-field-target-state"),
                state_name,
                "target_state",
                &t("applications-check-change-target-state"),
            ),
            answer(
                id,
                &t("applications-field-campaign"),
                campaign_name,
                "campaign_id",
                &t("applications-check-change-campaign"),
            ),
            answer(
                id,
                &t("applications-field-title"),
                content.title.clone(),
                "title",
                &t("applications-check-change-title"),
            ),
            answer(
                id,
                &t("applications-field-summary"),
                content.summary.clone(),
                "summary",
                &t("applications-check-change-summary"),
            ),
            answer(
                id,
                &t("applications-field-objectives"),
                content.objectives.clone(),
                "objectives",
                &t("applications-check-change-objectives"),
            ),
        ],
    };
    let activities = Section {
        heading: t("applications-activities"),
        answers: content
            .activities
            .iter()
            .enumerate()
            .map(|(i, a)| {
                let n = i + 1;
                let dates = match (a.starts_on, a.ends_on) {
                    (Some(s), Some(e)) if s == e => date(s),
                    (Some(s), Some(e)) => i18n::format(
                        lang,
                        "applications-dates-range",
                        &[("from", date(s).into()), ("to", date(e).into())],
                    ),
                    _ => String::new(),
                };
                answer(
                    id,
                    &i18n::format(lang, "applications-check-activity", &[("number", n.into())]),
                    format!(
                        "{} ({dates})\n{}",
                        a.kind.map(|k| k.label_in(lang)).unwrap_or_default(),
                        a.description
                    ),
                    &format!("activity_kind_{i}"),
                    &i18n::format(
                        lang,
                        "applications-check-change-activity",
                        &[("number", n.into())],
                    ),
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
                &i18n::format(lang, "applications-check-line", &[("number", n.into())]),
                i18n::format(
                    lang,
                    "applications-check-line-answer",
                    &[
                        (
                            "category",
                            l.category
                                .map(|c| c.label_in(lang).into_owned())
                                .unwrap_or_default()
                                .into(),
                        ),
                        ("description", l.description.clone().into()),
                        (
                            "amount",
                            i18n::formats::money(
                                lang,
                                &Money::from_minor(l.amount_minor, round.currency),
                            )
                            .into(),
                        ),
                    ],
                ),
                &format!("line_category_{i}"),
                &i18n::format(
                    lang,
                    "applications-check-change-line",
                    &[("number", n.into())],
                ),
            )
        })
        .collect();
    budget.push(answer(
        id,
        &t("applications-check-requested"),
        i18n::formats::money(lang, &content.requested),
        "tier",
        &t("applications-check-change-tier"),
    ));
    budget.push(answer(
        id,
        &t("applications-field-tier"),
        tier,
        "tier",
        &t("applications-check-change-tier"),
    ));
    budget.push(answer(
        id,
        &t("applications-field-lower-tier-plan"),
        content.lower_tier_plan.clone(),
        "lower_tier_plan",
        &t("applications-check-change-lower-tier-plan"),
    ));
    let resubmitting = loaded.app.status == Status::ChangesRequested;
    let view = CheckView {
        id,
        title: title_or_draft_in(lang, &loaded.app.title),
        sections: vec![
            about,
            activities,
            Section {
                heading: t("applications-budget"),
                answers: budget,
            },
        ],
        step: if resubmitting { "resubmit" } else { "submit" },
        button: if resubmitting {
            t("applications-check-resubmit")
        } else {
            t("applications-check-submit")
        },
    };
    let html = state.views.page(
        "applications/check",
        &page.layout(i18n::text(lang, "applications-check-title"), "applications"),
        &view,
    )?;
    Ok(html.into_response())
}
