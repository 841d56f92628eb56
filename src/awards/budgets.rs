//! Budget roll-ups per round, per target state and per organization: budget (rounds), requested,
//! awarded, disbursed, left, and the spending reports declare against what was awarded. Each
//! figure is one grouped SQL query over integer minor units (exact on both databases), grouped
//! by currency as well, since rounds may differ in theirs.

use crate::i18n::Lang;
use crate::i18n::formats::money;
use std::collections::BTreeMap;

use sea_orm::{ConnectionTrait, DbBackend, FromQueryResult, Statement};
use serde::{Deserialize, Serialize};

use super::workflow::{InstallmentStatus, ReportStatus};
use crate::error::{AppError, FieldErrors};
use crate::money::{Currency, Money};
use crate::rounds::model::REQUESTED_STATUSES;

/// What the figures are grouped by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dimension {
    Round,
    TargetState,
    Organization,
}

impl Dimension {
    fn column(self) -> &'static str {
        match self {
            Dimension::Round => "round_id",
            Dimension::TargetState => "target_state",
            Dimension::Organization => "organization_id",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "round" => Some(Dimension::Round),
            "state" => Some(Dimension::TargetState),
            "organization" => Some(Dimension::Organization),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Dimension::Round => "round",
            Dimension::TargetState => "state",
            Dimension::Organization => "organization",
        }
    }

    /// The grouping `?by=` asks for: by round when absent, a 400 when unknown.
    pub fn from_param(by: Option<&str>) -> Result<Self, AppError> {
        match by.map(str::trim).filter(|b| !b.is_empty()) {
            None => Ok(Dimension::Round),
            Some(b) => Dimension::parse(b).ok_or_else(|| {
                AppError::bad_request(FieldErrors::one(
                    "by",
                    format!("'{b}' is not a grouping; use round, state or organization"),
                ))
            }),
        }
    }
}

/// The roll-ups' query string (the API's and the page's).
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct BudgetParams {
    /// What the figures are grouped by: `round` (the default), `state` (the target state) or
    /// `organization`.
    pub by: Option<String>,
    /// `true`: the figures also converted to the programme's reporting currency, each
    /// currency at its latest rate on or before `on` (the rates are named in the answer).
    pub converted: Option<bool>,
    /// The day of the rates of a conversion, YYYY-MM-DD (today when absent).
    pub on: Option<String>,
}

impl BudgetParams {
    /// The day of the conversion's rates: `on`, or today; a 400 when it is not a date.
    pub fn rates_on(&self) -> Result<chrono::NaiveDate, AppError> {
        match self.on.as_deref().map(str::trim).filter(|o| !o.is_empty()) {
            None => Ok(crate::dates::today()),
            Some(o) => chrono::NaiveDate::parse_from_str(o, "%Y-%m-%d").map_err(|_| {
                AppError::bad_request(FieldErrors::one(
                    "on",
                    format!("'{o}' is not a date (YYYY-MM-DD)"),
                ))
            }),
        }
    }
}

/// The figures converted to one currency: each group's figures in each currency converted at
/// that currency's rate (each figure rounded once, half away from zero), a group's currencies
/// then added up. A currency without a rate is left out and named in `missing`.
#[derive(Clone, Debug)]
pub struct Converted {
    pub currency: Currency,
    pub on: chrono::NaiveDate,
    pub rates: Vec<crate::exchange::Applied>,
    pub missing: Vec<Currency>,
    pub figures: Vec<Figures>,
}

/// Converts `figures` to `to` at the rates of day `on`.
pub async fn convert<C: ConnectionTrait>(
    db: &C,
    figures: &[Figures],
    to: Currency,
    on: chrono::NaiveDate,
) -> Result<Converted, AppError> {
    let mut currencies: Vec<Currency> = figures.iter().map(|f| f.currency).collect();
    currencies.sort_by_key(|c| c.code());
    currencies.dedup();
    let mut rates = Vec::new();
    let mut missing = Vec::new();
    for c in currencies.into_iter().filter(|c| *c != to) {
        match crate::exchange::rate_for(db, c, to, on).await? {
            Some(applied) => rates.push(applied),
            None => missing.push(c),
        }
    }
    let rate_of = |c: Currency| -> Option<rust_decimal::Decimal> {
        if c == to {
            Some(rust_decimal::Decimal::ONE)
        } else {
            rates.iter().find(|r| r.from == c).map(|r| r.rate)
        }
    };
    let mut groups: BTreeMap<String, Figures> = BTreeMap::new();
    for f in figures {
        let Some(rate) = rate_of(f.currency) else {
            continue;
        };
        let conv = |m: Money| -> Result<Money, AppError> {
            crate::exchange::convert(m, rate, to)
                .map_err(|e| AppError::Internal(anyhow::anyhow!("converting {m:?}: {e}")))
        };
        let g = groups.entry(f.key.clone()).or_insert_with(|| Figures {
            key: f.key.clone(),
            label: f.label.clone(),
            currency: to,
            budget: None,
            requested: Money::zero(to),
            awarded: Money::zero(to),
            disbursed: Money::zero(to),
            reported: Money::zero(to),
            applications: 0,
            awards: 0,
        });
        let add = |a: Money, b: Money| Money::from_minor(a.minor() + b.minor(), to);
        if let Some(budget) = f.budget {
            let converted = conv(budget)?;
            g.budget = Some(g.budget.map_or(converted, |b| add(b, converted)));
        }
        g.requested = add(g.requested, conv(f.requested)?);
        g.awarded = add(g.awarded, conv(f.awarded)?);
        g.disbursed = add(g.disbursed, conv(f.disbursed)?);
        g.reported = add(g.reported, conv(f.reported)?);
        g.applications += f.applications;
        g.awards += f.awards;
    }
    let mut converted: Vec<Figures> = groups.into_values().collect();
    converted.sort_by(|a, b| {
        b.awarded
            .minor()
            .cmp(&a.awarded.minor())
            .then(a.label.cmp(&b.label))
    });
    Ok(Converted {
        currency: to,
        on,
        rates,
        missing,
        figures: converted,
    })
}

/// A sum of one group. Its currency is read typed: a stored code that is not a currency fails
/// the roll-up rather than leaving that money out.
#[derive(FromQueryResult)]
struct Sum {
    key: String,
    currency: Currency,
    total: i64,
    count: i64,
}

async fn sums<C: ConnectionTrait>(db: &C, sql: String) -> Result<Vec<Sum>, AppError> {
    Ok(
        Sum::find_by_statement(Statement::from_string(db.get_database_backend(), sql))
            .all(db)
            .await?,
    )
}

/// One group's figures.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Figures {
    pub key: String,
    pub label: String,
    pub currency: Currency,
    pub budget: Option<Money>,
    pub requested: Money,
    pub awarded: Money,
    pub disbursed: Money,
    pub reported: Money,
    pub applications: i64,
    pub awards: i64,
}

impl Figures {
    /// Rounds: the budget less what is awarded. Elsewhere: what is awarded and not yet paid.
    pub fn left(&self) -> Money {
        let minor = match self.budget {
            Some(budget) => budget.minor() - self.awarded.minor(),
            None => self.awarded.minor() - self.disbursed.minor(),
        };
        Money::from_minor(minor, self.currency)
    }
}

/// Values of the code (statuses), as SQL literals.
fn quoted(values: &[&str]) -> String {
    values
        .iter()
        .map(|v| format!("'{}'", v.replace('\'', "''")))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The roll-up by `dimension`, biggest award total first.
pub async fn rollup<C: ConnectionTrait>(
    db: &C,
    dimension: Dimension,
) -> Result<Vec<Figures>, AppError> {
    let k = dimension.column();
    let requested_statuses: Vec<&str> = REQUESTED_STATUSES.iter().map(|s| s.as_str()).collect();
    let sum = |column: &str| format!("CAST(COALESCE(SUM({column}), 0) AS BIGINT)");
    let requested = sums(
        db,
        format!(
            "SELECT CAST(p.{k} AS TEXT) AS key, p.requested_currency AS currency, {} AS total, COUNT(*) AS count \
             FROM applications p WHERE p.status IN ({}) AND p.{k} IS NOT NULL GROUP BY p.{k}, p.requested_currency",
            sum("p.requested_minor"),
            quoted(&requested_statuses)
        ),
    )
    .await?;
    let awarded = sums(
        db,
        format!(
            "SELECT CAST(a.{k} AS TEXT) AS key, a.amount_currency AS currency, {} AS total, COUNT(*) AS count \
             FROM awards a GROUP BY a.{k}, a.amount_currency",
            sum(&crate::rounds::budget::committed_minor("a"))
        ),
    )
    .await?;
    let disbursed = sums(
        db,
        format!(
            "SELECT CAST(a.{k} AS TEXT) AS key, a.amount_currency AS currency, {} AS total, COUNT(*) AS count \
             FROM disbursements d JOIN awards a ON a.id = d.award_id WHERE d.status = {} \
             GROUP BY a.{k}, a.amount_currency",
            sum("d.amount_minor"),
            quoted(&[InstallmentStatus::Paid.as_str()])
        ),
    )
    .await?;
    let reported = sums(
        db,
        format!(
            "SELECT CAST(a.{k} AS TEXT) AS key, a.amount_currency AS currency, {} AS total, COUNT(*) AS count \
             FROM report_spending s JOIN reports r ON r.id = s.report_id JOIN awards a ON a.id = r.award_id \
             WHERE r.status IN ({}) GROUP BY a.{k}, a.amount_currency",
            sum("s.amount_minor"),
            quoted(&[ReportStatus::Submitted.as_str(), ReportStatus::Accepted.as_str()])
        ),
    )
    .await?;
    let labels = labels(db, dimension).await?;
    let mut groups: BTreeMap<(String, &'static str), Figures> = BTreeMap::new();
    if dimension == Dimension::Round {
        for (key, (_, budget)) in &labels {
            if let Some(budget) = budget {
                entry(&mut groups, &labels, key, budget.currency());
            }
        }
    }
    for s in &requested {
        let f = entry(&mut groups, &labels, &s.key, s.currency);
        f.requested = Money::from_minor(s.total, f.currency);
        f.applications = s.count;
    }
    for s in &awarded {
        let f = entry(&mut groups, &labels, &s.key, s.currency);
        f.awarded = Money::from_minor(s.total, f.currency);
        f.awards = s.count;
    }
    for s in &disbursed {
        let f = entry(&mut groups, &labels, &s.key, s.currency);
        f.disbursed = Money::from_minor(s.total, f.currency);
    }
    for s in &reported {
        let f = entry(&mut groups, &labels, &s.key, s.currency);
        f.reported = Money::from_minor(s.total, f.currency);
    }
    let mut figures: Vec<Figures> = groups.into_values().collect();
    figures.sort_by(|a, b| {
        b.awarded
            .minor()
            .cmp(&a.awarded.minor())
            .then(b.requested.minor().cmp(&a.requested.minor()))
            .then(a.label.cmp(&b.label))
    });
    Ok(figures)
}

type Labels = BTreeMap<String, (String, Option<Money>)>;

/// The figures of group (`key`, `currency`), made empty the first time.
fn entry<'g>(
    groups: &'g mut BTreeMap<(String, &'static str), Figures>,
    labels: &Labels,
    key: &str,
    currency: Currency,
) -> &'g mut Figures {
    let (label, budget) = labels
        .get(key)
        .cloned()
        .unwrap_or_else(|| (key.to_owned(), None));
    groups
        .entry((key.to_owned(), currency.code()))
        .or_insert_with(|| Figures {
            key: key.to_owned(),
            label,
            currency,
            budget: budget.filter(|b| b.currency() == currency),
            requested: Money::zero(currency),
            awarded: Money::zero(currency),
            disbursed: Money::zero(currency),
            reported: Money::zero(currency),
            applications: 0,
            awards: 0,
        })
}

#[derive(FromQueryResult)]
struct Label {
    key: String,
    label: String,
    budget_minor: Option<i64>,
    budget_currency: Option<Currency>,
}

/// Names (and, for rounds, budgets) by key.
async fn labels<C: ConnectionTrait>(db: &C, dimension: Dimension) -> Result<Labels, AppError> {
    let sql = match dimension {
        Dimension::Round => {
            "SELECT CAST(id AS TEXT) AS key, name AS label, budget_minor, budget_currency FROM rounds"
        }
        Dimension::TargetState => {
            "SELECT iso3 AS key, name AS label, NULL AS budget_minor, NULL AS budget_currency FROM states"
        }
        Dimension::Organization => {
            "SELECT CAST(id AS TEXT) AS key, name AS label, NULL AS budget_minor, NULL AS budget_currency FROM organizations"
        }
    };
    let mut statement = Statement::from_string(db.get_database_backend(), sql.to_owned());
    if db.get_database_backend() == DbBackend::Postgres && dimension != Dimension::Round {
        // PostgreSQL needs to know what type a bare NULL is.
        statement = Statement::from_string(
            DbBackend::Postgres,
            sql.replace(
                "NULL AS budget_minor",
                "CAST(NULL AS BIGINT) AS budget_minor",
            )
            .replace(
                "NULL AS budget_currency",
                "CAST(NULL AS TEXT) AS budget_currency",
            ),
        );
    }
    Ok(Label::find_by_statement(statement)
        .all(db)
        .await?
        .into_iter()
        .map(|l| {
            let budget = match (l.budget_minor, l.budget_currency) {
                (Some(minor), Some(c)) => Some(Money::from_minor(minor, c)),
                _ => None,
            };
            (l.key, (l.label, budget))
        })
        .collect())
}

/// One row of the API: amounts as decimal strings, with their currency.
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct FiguresItem {
    /// The group: a round's or an organization's id, or a state's ISO3 code.
    pub key: String,
    /// The group's name.
    pub label: String,
    pub currency: Currency,
    /// The round's budget (by round; none otherwise).
    #[schema(pattern = r"^-?[0-9]+(\.[0-9]+)?$", example = "1500.00")]
    pub budget: Option<String>,
    /// What the applications counted in `applications` ask for.
    #[schema(pattern = r"^-?[0-9]+(\.[0-9]+)?$", example = "1500.00")]
    pub requested: String,
    #[schema(pattern = r"^-?[0-9]+(\.[0-9]+)?$", example = "1500.00")]
    pub awarded: String,
    #[schema(pattern = r"^-?[0-9]+(\.[0-9]+)?$", example = "1500.00")]
    pub disbursed: String,
    /// By round: the budget less what is awarded. Otherwise: what is awarded and not yet paid.
    #[schema(pattern = r"^-?[0-9]+(\.[0-9]+)?$", example = "1500.00")]
    pub left: String,
    /// What the submitted reports declare spent.
    #[schema(pattern = r"^-?[0-9]+(\.[0-9]+)?$", example = "1500.00")]
    pub reported: String,
    /// How many applications count towards `requested`.
    pub applications: i64,
    /// How many awards count towards `awarded`.
    pub awards: i64,
}

pub fn items(figures: &[Figures]) -> Vec<FiguresItem> {
    let amount = |m: Money| m.amount().to_string();
    figures
        .iter()
        .map(|f| FiguresItem {
            key: f.key.clone(),
            label: f.label.clone(),
            currency: f.currency,
            budget: f.budget.map(amount),
            requested: amount(f.requested),
            awarded: amount(f.awarded),
            disbursed: amount(f.disbursed),
            left: amount(f.left()),
            reported: amount(f.reported),
            applications: f.applications,
            awards: f.awards,
        })
        .collect()
}

/// One row of a page: amounts for people and bar widths for the chart.
#[derive(Clone, Debug, Serialize)]
pub struct FiguresView {
    pub key: String,
    pub label: String,
    pub currency: &'static str,
    pub budget: Option<String>,
    pub requested: String,
    pub awarded: String,
    pub disbursed: String,
    pub left: String,
    pub reported: String,
    pub applications: i64,
    pub awards: i64,
    /// The row's offset in the chart, its bars' lengths (the axis's end is [`BAR_MAX`]) and
    /// where each bar's value label starts.
    pub y: usize,
    pub awarded_width: i64,
    pub disbursed_width: i64,
    pub reported_width: i64,
    pub awarded_end: i64,
    pub disbursed_end: i64,
    pub reported_end: i64,
}

/// Where the bars start in the chart's 1000-wide box (the row labels are to the left), their
/// longest length, and the height of a row of three bars.
const BAR_X: i64 = 300;
const BAR_MAX: i64 = 520;
const ROW: usize = 48;

/// A mark of the chart's axis: its place and the round figure it stands for.
#[derive(Clone, Debug, Serialize)]
pub struct Tick {
    pub x: i64,
    pub label: String,
}

/// A chart of one currency: its rows, drawn on their own scale.
#[derive(Clone, Debug, Serialize)]
pub struct ChartView {
    pub currency: &'static str,
    pub rows: Vec<FiguresView>,
    /// The axis: round figures from 0 to the end of the scale, in the currency's units.
    pub ticks: Vec<Tick>,
    /// Where the rows end (the axis line) and the axis's labels stand.
    pub axis_y: usize,
    pub tick_y: usize,
    pub height: usize,
}

/// The end of the axis (a round figure at least `max`) and its step, in minor units.
fn axis(max: i64) -> (i64, i64) {
    let max = max.max(1);
    let raw = (max as f64 / 4.0).max(1.0);
    let magnitude = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * magnitude)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * magnitude);
    let step = (step.round() as i64).max(1);
    let end = max.div_euclid(step) * step + if max % step == 0 { 0 } else { step };
    (end, step)
}

/// The largest figure a chart of `figures` shows: a budget, an award or a request.
fn largest(figures: &[Figures]) -> i64 {
    figures
        .iter()
        .map(|f| {
            f.budget
                .map_or(0, |b| b.minor())
                .max(f.awarded.minor())
                .max(f.requested.minor())
                .max(f.disbursed.minor())
                .max(f.reported.minor())
        })
        .max()
        .unwrap_or(0)
}

/// `12,500`: a round figure of the axis, in the currency's units, without its decimals, as
/// `lang` writes numbers.
fn round_figure_in(lang: Lang, minor: i64, currency: Currency) -> String {
    let units = Money::from_minor(minor, currency)
        .amount()
        .trunc()
        .to_string();
    crate::i18n::formats::number_text(lang, &units)
}

/// `12,500`: a round figure of the axis, in the currency's units, without its decimals.
#[cfg(test)]
fn round_figure(minor: i64, currency: Currency) -> String {
    let units = Money::from_minor(minor, currency)
        .amount()
        .trunc()
        .to_string();
    let (sign, digits) = units
        .strip_prefix('-')
        .map_or(("", units.as_str()), |d| ("-", d));
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    format!("{sign}{out}")
}

/// The rows of the table (every currency) and one chart per currency: no chart mixes two
/// currencies on one scale.
pub fn charts(lang: Lang, figures: &[Figures]) -> Vec<ChartView> {
    let mut currencies: Vec<Currency> = Vec::new();
    for f in figures {
        if !currencies.contains(&f.currency) {
            currencies.push(f.currency);
        }
    }
    currencies
        .into_iter()
        .map(|c| {
            let of_currency: Vec<Figures> = figures
                .iter()
                .filter(|f| f.currency == c)
                .cloned()
                .collect();
            let rows = views(lang, &of_currency);
            let (end, step) = axis(largest(&of_currency));
            let ticks = (0..=end / step)
                .map(|k| Tick {
                    x: BAR_X + k * step * BAR_MAX / end,
                    label: round_figure_in(lang, k * step, c),
                })
                .collect();
            let axis_y = rows.len() * ROW + 4;
            ChartView {
                currency: c.code(),
                ticks,
                axis_y,
                tick_y: axis_y + 16,
                height: axis_y + 40,
                rows,
            }
        })
        .collect()
}

/// The rows of `figures`, their bars on one scale: give it figures of one currency.
pub fn views(lang: Lang, figures: &[Figures]) -> Vec<FiguresView> {
    let (end, _) = axis(largest(figures));
    let width = |m: &Money| {
        i64::try_from(i128::from(m.minor().max(0)) * i128::from(BAR_MAX) / i128::from(end))
            .unwrap_or(0)
    };
    figures
        .iter()
        .enumerate()
        .map(|(i, f)| FiguresView {
            y: i * ROW,
            key: f.key.clone(),
            label: f.label.clone(),
            currency: f.currency.code(),
            budget: f.budget.map(|b| money(lang, &b)),
            requested: money(lang, &f.requested),
            awarded: money(lang, &f.awarded),
            disbursed: money(lang, &f.disbursed),
            left: money(lang, &f.left()),
            reported: money(lang, &f.reported),
            applications: f.applications,
            awards: f.awards,
            awarded_width: width(&f.awarded),
            disbursed_width: width(&f.disbursed),
            reported_width: width(&f.reported),
            awarded_end: BAR_X + width(&f.awarded) + 6,
            disbursed_end: BAR_X + width(&f.disbursed) + 6,
            reported_end: BAR_X + width(&f.reported) + 6,
        })
        .collect()
}

#[cfg(test)]
mod chart_tests {
    use super::{axis, round_figure};
    use crate::money::Currency;

    #[test]
    fn the_axis_ends_on_a_round_figure_above_the_largest() {
        assert_eq!(axis(1_950_050), (2_000_000, 500_000));
        assert_eq!(axis(700_000), (800_000, 200_000));
        assert_eq!(axis(0), (1, 1));
        let usd = Currency::parse("usd").unwrap();
        assert_eq!(round_figure(125_000_000, usd), "1,250,000");
    }
}
