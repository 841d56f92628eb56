//! The rounds' pages: the list, and a round with its budget figures. The form is in `forms`.

use axum::extract::{Path, State};
use axum::response::Html;
use serde::Serialize;

use super::model::{self, ReportKind, Round};
use super::views::{BudgetView, report_label};
use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::i18n::Lang;
use crate::i18n::formats::money;
use crate::pagination::Pagination;
use crate::policy::{self, Action};
use crate::state::AppState;
use crate::web::context::PageContext;

/// A round in a list or on its page, in words.
#[derive(Serialize)]
pub struct RoundRow {
    pub id: i64,
    pub name: String,
    pub code: String,
    pub programme: String,
    pub phase: &'static str,
    pub phase_label: String,
    pub opens: String,
    pub closes: String,
    pub budget: String,
    pub tiers: Vec<(String, String)>,
    pub reports: Vec<(String, i32, &'static str)>,
    pub not_party_only: bool,
    pub blind_review: bool,
    /// The documents an application must carry.
    pub documents: Vec<String>,
}

impl RoundRow {
    /// The round with its instants in the reader's time zone.
    pub fn new(lang: Lang, round: &Round, zone: chrono_tz::Tz) -> Self {
        Self {
            id: round.id(),
            name: round.model.name.clone(),
            code: round.code.to_string(),
            programme: round.model.programme.clone(),
            phase: round.phase(),
            phase_label: crate::i18n::text(lang, &format!("rounds-phase-{}", round.phase())),
            opens: crate::views::instant_in_lang(lang, round.model.opens_at, zone),
            closes: crate::views::instant_in_lang(lang, round.model.closes_at, zone),
            budget: money(lang, &round.budget),
            tiers: round
                .tiers
                .iter()
                .map(|t| {
                    let max = crate::money::Money::from_minor(t.max_minor, round.currency);
                    (t.name.clone(), money(lang, &max))
                })
                .collect(),
            reports: round
                .report_schedule
                .iter()
                .map(|r| {
                    let from = if r
                        .kind
                        .parse::<ReportKind>()
                        .is_ok_and(crate::awards::model::is_final)
                    {
                        "ends"
                    } else {
                        "starts"
                    };
                    (report_label(lang, &r.kind), r.due_after_days, from)
                })
                .collect(),
            not_party_only: round.model.not_party_only,
            blind_review: round.model.blind_review,
            documents: round
                .required_documents
                .iter()
                .map(|k| k.label_in(lang).into_owned())
                .collect(),
        }
    }
}

#[derive(Serialize)]
struct ListView {
    rounds: Vec<RoundRow>,
    can_manage: bool,
    can_apply: bool,
}

pub async fn list_rounds(
    State(state): State<AppState>,
    page: PageContext,
    user: CurrentUser,
) -> Result<Html<String>, AppError> {
    policy::authorize(&user, Action::ViewRounds)?;
    let (rounds, _) = model::list(
        &state.db,
        Pagination {
            page: 1,
            per_page: 200,
        },
    )
    .await?;
    let view = ListView {
        rounds: rounds
            .iter()
            .map(|r| RoundRow::new(page.lang, r, user.time_zone))
            .collect(),
        can_manage: policy::allows(&user, Action::ManageRounds),
        can_apply: user.organization_id.is_some_and(|organization_id| {
            policy::allows(&user, Action::CreateApplication { organization_id })
        }),
    };
    state.views.page(
        "rounds/list",
        &page.layout(crate::i18n::text(page.lang, "rounds-list-title"), "rounds"),
        &view,
    )
}

#[derive(Serialize)]
struct ShowView {
    round: RoundRow,
    budget: Option<BudgetView>,
    can_manage: bool,
    can_apply: bool,
}

pub async fn show_round(
    State(state): State<AppState>,
    page: PageContext,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> Result<Html<String>, AppError> {
    policy::authorize(&user, Action::ViewRounds)?;
    let round = model::get(&state.db, id).await?;
    let budget = if policy::allows(&user, Action::ViewBudget) {
        Some(BudgetView::new(
            page.lang,
            &state.budgets.round(&state.db, &round).await?,
        ))
    } else {
        None
    };
    let view = ShowView {
        can_manage: policy::allows(&user, Action::ManageRounds),
        can_apply: round.is_open()
            && user.organization_id.is_some_and(|organization_id| {
                policy::allows(&user, Action::CreateApplication { organization_id })
            }),
        budget,
        round: RoundRow::new(page.lang, &round, user.time_zone),
    };
    state.views.page(
        "rounds/show",
        &page.layout(round.model.name.clone(), "rounds"),
        &view,
    )
}
