//! What the round API and pages show.

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::model::{BudgetFigures, ReportKind, Round};
use crate::i18n::{Lang, formats};
use crate::money::{Currency, Money};

/// An award tier: the most an application at this tier may ask for.
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct TierItem {
    pub name: String,
    /// A decimal string, in the round's currency.
    #[schema(pattern = "^-?[0-9]+(\\.[0-9]+)?$", example = "20000.00")]
    pub max_amount: String,
}

/// A report an award of the round owes.
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct ReportDueItem {
    #[schema(value_type = ReportKind)]
    pub kind: String,
    /// Days from the award's start (interim reports) or from its end (final reports).
    pub due_after_days: i32,
}

/// A grant round (field names fixed by API.md).
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct RoundItem {
    pub id: i64,
    pub name: String,
    /// Its applications' references are `<code>-<nnnn>`: `IIA-2027A-0001`.
    #[schema(example = "IIA-2027A", pattern = "^[A-Z][A-Z0-9-]{1,19}$")]
    pub code: String,
    pub programme: String,
    pub opens_at: DateTime<Utc>,
    pub closes_at: DateTime<Utc>,
    #[schema(value_type = Currency)]
    pub currency: String,
    /// A decimal string, in `currency`.
    #[schema(pattern = "^-?[0-9]+(\\.[0-9]+)?$", example = "250000.00")]
    pub budget: String,
    pub tiers: Vec<TierItem>,
    pub report_schedule: Vec<ReportDueItem>,
    /// Only for work in states not party to the Convention.
    pub not_party_only: bool,
    /// Blind review: its reviewers see no organization name, people or documents that identify
    /// the applicant.
    pub blind_review: bool,
    /// The documents an application must carry before it is submitted.
    pub required_documents: Vec<crate::attachments::Kind>,
    /// `upcoming`, `open` or `closed`, now.
    #[schema(pattern = "^(upcoming|open|closed)$")]
    pub phase: &'static str,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl From<&Round> for RoundItem {
    fn from(round: &Round) -> Self {
        let m = &round.model;
        Self {
            id: m.id,
            name: m.name.clone(),
            code: round.code.to_string(),
            programme: m.programme.clone(),
            opens_at: m.opens_at,
            closes_at: m.closes_at,
            currency: round.currency.code().to_owned(),
            budget: round.budget.amount().to_string(),
            tiers: round
                .tiers
                .iter()
                .map(|t| TierItem {
                    name: t.name.clone(),
                    max_amount: Money::from_minor(t.max_minor, round.currency)
                        .amount()
                        .to_string(),
                })
                .collect(),
            report_schedule: round
                .report_schedule
                .iter()
                .map(|r| ReportDueItem {
                    kind: r.kind.clone(),
                    due_after_days: r.due_after_days,
                })
                .collect(),
            not_party_only: m.not_party_only,
            blind_review: m.blind_review,
            required_documents: round.required_documents.clone(),
            phase: round.phase(),
            created_at: m.created_at,
            updated_at: m.updated_at,
        }
    }
}

/// A round's budget figures (`GET /api/v1/rounds/{id}/budget`): decimal strings in `currency`.
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct BudgetItem {
    pub round_id: i64,
    #[schema(value_type = Currency)]
    pub currency: String,
    #[schema(pattern = "^-?[0-9]+(\\.[0-9]+)?$", example = "250000.00")]
    pub budget: String,
    /// Asked for by the applications submitted and not withdrawn.
    #[schema(pattern = "^-?[0-9]+(\\.[0-9]+)?$")]
    pub requested: String,
    #[schema(pattern = "^-?[0-9]+(\\.[0-9]+)?$")]
    pub awarded: String,
    /// Paid out on the round's awards.
    #[schema(pattern = "^-?[0-9]+(\\.[0-9]+)?$")]
    pub disbursed: String,
    /// The budget less what was awarded.
    #[schema(pattern = "^-?[0-9]+(\\.[0-9]+)?$")]
    pub left: String,
    /// Applications submitted and not withdrawn; awards made.
    pub applications: i64,
    pub awards: i64,
}

impl BudgetItem {
    pub fn new(round: &Round, figures: &BudgetFigures) -> Self {
        Self {
            round_id: round.id(),
            currency: round.currency.code().to_owned(),
            budget: figures.budget.amount().to_string(),
            requested: figures.requested.amount().to_string(),
            awarded: figures.awarded.amount().to_string(),
            disbursed: figures.disbursed.amount().to_string(),
            left: figures.left.amount().to_string(),
            applications: figures.applications,
            awards: figures.awards,
        }
    }
}

/// A round's figures for a page: amounts for people and the bar's proportions.
#[derive(Clone, Debug, Serialize)]
pub struct BudgetView {
    pub budget: String,
    pub requested: String,
    pub awarded: String,
    pub disbursed: String,
    pub left: String,
    pub applications: i64,
    pub awards: i64,
    /// Per mille of the budget, for the SVG bar (awarded, then left).
    pub awarded_width: i64,
    pub requested_width: i64,
    pub oversubscribed: bool,
    /// The chart: one bar per figure on one scale, each with its value.
    pub bars: Vec<BudgetBar>,
}

/// A bar of a round's budget chart, in a 1000-wide box (bars start at 200, at most 560 long).
#[derive(Clone, Debug, Serialize)]
pub struct BudgetBar {
    pub label: String,
    pub value: String,
    /// `budget`, `requested`, `awarded` or `disbursed`: its fill.
    pub class: &'static str,
    pub y: i64,
    pub width: i64,
    pub end: i64,
}

impl BudgetView {
    /// The figures in `lang`.
    pub fn new(lang: Lang, f: &BudgetFigures) -> Self {
        let share = |part: &Money| {
            if f.budget.minor() <= 0 {
                0
            } else {
                i64::try_from(
                    (i128::from(part.minor()) * 1000 / i128::from(f.budget.minor())).clamp(0, 1000),
                )
                .unwrap_or(0)
            }
        };
        let scale = f
            .budget
            .minor()
            .max(f.requested.minor())
            .max(f.awarded.minor())
            .max(1);
        let bars = [
            ("rounds-budget", "budget", &f.budget),
            ("rounds-requested", "requested", &f.requested),
            ("rounds-awarded", "awarded", &f.awarded),
            ("rounds-paid-out", "disbursed", &f.disbursed),
        ]
        .into_iter()
        .zip(0..)
        .map(|((label, class, money), i)| {
            let width = i64::try_from(i128::from(money.minor().max(0)) * 560 / i128::from(scale))
                .unwrap_or(0);
            BudgetBar {
                label: crate::i18n::text(lang, label),
                value: formats::money(lang, money),
                class,
                y: i * 30,
                width,
                end: 200 + width + 8,
            }
        })
        .collect();
        Self {
            bars,
            budget: formats::money(lang, &f.budget),
            requested: formats::money(lang, &f.requested),
            awarded: formats::money(lang, &f.awarded),
            disbursed: formats::money(lang, &f.disbursed),
            left: formats::money(lang, &f.left),
            applications: f.applications,
            awards: f.awards,
            awarded_width: share(&f.awarded),
            requested_width: share(&f.requested),
            oversubscribed: f.requested.minor() > f.budget.minor(),
        }
    }
}

pub fn report_label(lang: Lang, kind: &str) -> String {
    kind.parse::<ReportKind>()
        .map_or(String::new(), |k| k.label_in(lang).into_owned())
}
