//! What the states pages and the API show of the record: view structs made for them.

use chrono::NaiveDate;
use serde::Serialize;

use super::model::{Region, Sort, StateOnDate, StatesFilter, StatesList};
use super::status::{EventKind, TreatyHistory, TreatyRecord, TreatyStatus};
use crate::entities::state;
use crate::error::FieldErrors;

/// `3 December 1997`.
pub fn long_date(date: NaiveDate) -> String {
    date.format("%-d %B %Y").to_string()
}

/// `3 Dec 1997`, for tables.
fn short(date: Option<NaiveDate>) -> String {
    date.map(|d| d.format("%-d %b %Y").to_string())
        .unwrap_or_default()
}

/// A state and its record (field names fixed by API.md). Where an event happened more than once
/// (a state that withdrew and acceded again), the latest counts.
#[derive(Serialize, utoipa::ToSchema)]
pub struct StateItem {
    /// ISO 3166-1 alpha-3 code.
    pub iso3: String,
    /// ISO 3166-1 alpha-2 code.
    pub iso2: String,
    pub name: String,
    #[schema(value_type = Region)]
    pub region: String,
    /// The status on the date asked for (ICBL's count: a party from the deposit of its
    /// instrument).
    pub status: TreatyStatus,
    /// Whether the Convention is in force for the state on that date (Article 17: from
    /// `entry_into_force_on`, until a withdrawal takes effect).
    pub in_force: bool,
    pub signed_on: Option<NaiveDate>,
    /// When the state's instrument (ratification, accession or succession) was deposited.
    pub joined_on: Option<NaiveDate>,
    /// How it joined: `ratification`, `accession` or `succession`.
    #[schema(value_type = Option<EventKind>)]
    pub join_method: Option<&'static str>,
    pub entry_into_force_on: Option<NaiveDate>,
    pub withdrawal_notified_on: Option<NaiveDate>,
    pub withdrawal_effective_on: Option<NaiveDate>,
}

impl StateItem {
    pub fn new(
        state: &state::Model,
        record: &TreatyRecord,
        status: TreatyStatus,
        in_force: bool,
    ) -> Self {
        Self {
            iso3: state.iso3.clone(),
            iso2: state.iso2.clone(),
            name: state.name.clone(),
            region: state.region.clone(),
            status,
            in_force,
            signed_on: record.signed_on,
            joined_on: record.joined_on,
            join_method: record.join_method.map(|k| k.as_str()),
            entry_into_force_on: record.entry_into_force_on,
            withdrawal_notified_on: record.withdrawal_notified_on,
            withdrawal_effective_on: record.withdrawal_effective_on,
        }
    }
}

impl From<&StateOnDate<'_>> for StateItem {
    fn from(s: &StateOnDate<'_>) -> Self {
        Self::new(s.state, &s.record, s.status, s.in_force)
    }
}

/// One event of a state's timeline.
#[derive(Serialize, utoipa::ToSchema)]
pub struct TimelineEntry {
    #[schema(value_type = EventKind)]
    pub kind: &'static str,
    pub occurred_on: NaiveDate,
    /// The event for people: "Instrument of ratification deposited".
    pub label: &'static str,
    /// The date for people: "3 December 1997".
    pub date: String,
}

pub fn timeline(history: &TreatyHistory) -> Vec<TimelineEntry> {
    history
        .events()
        .iter()
        .map(|e| TimelineEntry {
            kind: e.kind.as_str(),
            occurred_on: e.on,
            label: e.kind.label(),
            date: long_date(e.on),
        })
        .collect()
}

#[derive(Serialize)]
pub struct Choice {
    pub value: &'static str,
    pub label: &'static str,
    pub selected: bool,
}

#[derive(Serialize)]
pub struct CountView {
    pub status: &'static str,
    pub label: &'static str,
    pub count: u64,
    pub href: String,
    /// Bar geometry of the chart, in percent of its width.
    pub x: f64,
    pub width: f64,
    /// The row's bar in the chart of counts (a 1000-wide box): its offset, length, and where
    /// its value is written.
    pub y: usize,
    pub bar: u64,
    pub end: u64,
}

/// A mark of the years chart's axis.
#[derive(Serialize)]
pub struct YearTick {
    pub y: f64,
    pub label: u64,
}

#[derive(Serialize)]
pub struct RowView {
    pub iso3: String,
    pub name: String,
    pub region: String,
    pub status: &'static str,
    pub status_label: &'static str,
    pub signed: String,
    pub joined: String,
    pub join_method: &'static str,
    pub in_force: String,
}

#[derive(Serialize)]
pub struct YearBar {
    pub year: i32,
    pub parties: u64,
    pub x: u32,
    pub centre: u32,
    pub y: f64,
    pub height: f64,
    pub labelled: bool,
}

#[derive(Serialize)]
pub struct StatesPageView {
    /// The form's values, as typed (so a mistake can be corrected, not retyped).
    pub on: String,
    pub on_long: String,
    pub is_today: bool,
    pub errors: FieldErrorsView,
    pub statuses: Vec<Choice>,
    pub regions: Vec<Choice>,
    pub sorts: Vec<Choice>,
    pub region: String,
    pub counts: Vec<CountView>,
    pub total: u64,
    /// States for which the Convention is in force on the date.
    pub in_force: u64,
    pub rows: Vec<RowView>,
    pub shown: usize,
    pub years: Vec<YearBar>,
    pub years_max: u64,
    pub years_width: u32,
    pub years_summary: String,
    pub year_ticks: Vec<YearTick>,
    /// Height of the chart of counts, and what it shows in words.
    pub counts_height: usize,
    pub counts_summary: String,
    /// The world map of the statuses on the date (set by the page, see `map`).
    pub map: Option<super::map::MapView>,
}

/// The first message of each field of the states form.
#[derive(Default, Serialize)]
pub struct FieldErrorsView {
    pub any: bool,
    pub on: Option<String>,
    pub status: Option<String>,
    pub region: Option<String>,
    pub sort: Option<String>,
}

impl From<&FieldErrors> for FieldErrorsView {
    fn from(errors: &FieldErrors) -> Self {
        let first = |f: &str| errors.first(f).map(|m| crate::error::sentence(f, m));
        Self {
            any: !errors.is_empty(),
            on: first("on"),
            status: first("status"),
            region: first("region"),
            sort: first("sort"),
        }
    }
}

/// The values the form shows: what was asked for, or what was typed when it was refused.
pub struct FormValues<'a> {
    pub on: &'a str,
    pub status: &'a str,
    pub region: &'a str,
    pub sort: &'a str,
}

pub fn choices<T: Copy>(
    all: &[T],
    value: impl Fn(T) -> &'static str,
    label: impl Fn(T) -> &'static str,
    selected: &str,
) -> Vec<Choice> {
    all.iter()
        .map(|&item| Choice {
            value: value(item),
            label: label(item),
            selected: value(item) == selected,
        })
        .collect()
}

impl StatesPageView {
    pub fn new(
        form: &FormValues<'_>,
        errors: &FieldErrors,
        filter: &StatesFilter,
        list: &StatesList<'_>,
        today: NaiveDate,
        years: &[(i32, u64)],
    ) -> Self {
        let total = list.counts.total();
        let largest = list
            .counts
            .0
            .iter()
            .map(|&(_, n)| n)
            .max()
            .unwrap_or(0)
            .max(1);
        let mut x = 0.0;
        let counts = list
            .counts
            .0
            .iter()
            .enumerate()
            .map(|(i, &(status, count))| {
                let width = if total == 0 {
                    0.0
                } else {
                    count as f64 * 100.0 / total as f64
                };
                let view = CountView {
                    status: status.as_str(),
                    label: status.label(),
                    count,
                    href: states_href(filter, Some(status)),
                    x,
                    width,
                    y: i * 30,
                    bar: count * 600 / largest,
                    end: 250 + count * 600 / largest + 8,
                };
                x += width;
                view
            })
            .collect::<Vec<CountView>>();
        let counts_summary = counts
            .iter()
            .map(|c| format!("{}: {}", c.label, c.count))
            .collect::<Vec<_>>()
            .join(", ");
        let years_max = years.iter().map(|(_, n)| *n).max().unwrap_or(0).max(1);
        let chart_height = 120.0;
        let year_bars = years
            .iter()
            .enumerate()
            .map(|(i, &(year, parties))| {
                let height = parties as f64 * chart_height / years_max as f64;
                YearBar {
                    year,
                    parties,
                    x: u32::try_from(i).unwrap_or(0) * 20,
                    centre: u32::try_from(i).unwrap_or(0) * 20 + 8,
                    y: chart_height - height,
                    height,
                    labelled: year % 5 == 0,
                }
            })
            .collect();
        let year_ticks = (0..=years_max / 50)
            .map(|k| YearTick {
                y: chart_height - (k * 50) as f64 * chart_height / years_max as f64,
                label: k * 50,
            })
            .collect();
        let years_summary = match (years.first(), years.last()) {
            (Some(first), Some(last)) => format!(
                "States Parties at the end of each year: {} at the end of {}, {} on {}.",
                first.1,
                first.0,
                last.1,
                long_date(filter.on)
            ),
            _ => String::new(),
        };
        Self {
            on: form.on.to_owned(),
            on_long: long_date(filter.on),
            is_today: filter.on == today,
            errors: errors.into(),
            statuses: choices(
                &TreatyStatus::ALL,
                TreatyStatus::as_str,
                TreatyStatus::label,
                form.status,
            ),
            regions: choices(&Region::ALL, Region::as_str, Region::as_str, form.region),
            sorts: choices(&Sort::ALL, Sort::as_str, Sort::label, form.sort),
            region: filter
                .region
                .map(|r| r.as_str().to_owned())
                .unwrap_or_default(),
            counts_height: counts.len() * 30 + 6,
            counts_summary,
            counts,
            total,
            in_force: list.counts.in_force(),
            shown: list.states.len(),
            rows: list
                .states
                .iter()
                .map(|s| RowView {
                    iso3: s.state.iso3.clone(),
                    name: s.state.name.clone(),
                    region: s.state.region.clone(),
                    status: s.status.as_str(),
                    status_label: s.status.label(),
                    signed: short(s.record.signed_on),
                    joined: short(s.record.joined_on),
                    join_method: s.record.join_method.map_or("", |k| k.as_str()),
                    in_force: short(s.record.entry_into_force_on),
                })
                .collect(),
            years_width: u32::try_from(years.len()).unwrap_or(0) * 20 + 48,
            years: year_bars,
            years_max,
            years_summary,
            year_ticks,
            map: None,
        }
    }
}

/// The address of this list with another status filter.
fn states_href(filter: &StatesFilter, status: Option<TreatyStatus>) -> String {
    let mut query = form_urlencoded::Serializer::new(String::new());
    query.append_pair("on", &filter.on.to_string());
    if let Some(status) = status {
        query.append_pair("status", status.as_str());
    }
    if let Some(region) = filter.region {
        query.append_pair("region", region.as_str());
    }
    if filter.sort != Sort::Name {
        query.append_pair("sort", filter.sort.as_str());
    }
    format!("/states?{}", query.finish())
}

#[derive(Serialize)]
pub struct StatePageView {
    pub iso3: String,
    pub iso2: String,
    pub name: String,
    pub region: String,
    pub note: String,
    pub confidence: String,
    pub status: &'static str,
    pub status_label: &'static str,
    pub on_long: String,
    /// Whether the Convention is in force for the state on that date.
    pub in_force: bool,
    /// "30 November 2026, by accession" (empty when it has not joined).
    pub joined: String,
    /// "1 June 2027" (empty when not known).
    pub in_force_from: String,
    pub timeline: Vec<TimelineEntry>,
    /// Whether to show the form that records an event.
    pub can_record: bool,
    pub kinds: Vec<Choice>,
    /// What the event form holds: empty, or what was typed when it was refused.
    pub event: EventFormView,
    /// Staff only: the state's sensitivity marking and the form to change it.
    pub sensitivity: Option<SensitivityView>,
}

/// The event form's values and, when it was refused, why: a sentence per field (keyed by the
/// field's name) or, for an event that does not fit the history, one about the whole form.
#[derive(Default, Serialize)]
pub struct EventFormView {
    pub occurred_on: String,
    pub note: String,
    pub entry_into_force_on: String,
    pub entry_into_force_reason: String,
    pub errors: std::collections::BTreeMap<String, String>,
    pub message: Option<String>,
}

/// A state's sensitivity marking, as the staff's form on its page shows it.
#[derive(Serialize)]
pub struct SensitivityView {
    pub level_label: &'static str,
    pub guarded: bool,
    pub reason: String,
    pub review_on: String,
    pub levels: Vec<crate::choice::Choice>,
    /// The form's values: the marking's, or what was typed when it was refused.
    pub typed_reason: String,
    pub typed_review_on: String,
    /// Why the form was refused: a sentence per field (`level`, `reason`, `review_on`).
    pub errors: std::collections::BTreeMap<String, String>,
}

impl StatePageView {
    pub fn new(state: &state::Model, history: &TreatyHistory, on: NaiveDate) -> Self {
        let status = history.status_on(on);
        let record = history.record();
        Self {
            iso3: state.iso3.clone(),
            iso2: state.iso2.clone(),
            name: state.name.clone(),
            region: state.region.clone(),
            note: state.note.clone(),
            confidence: state.confidence.clone(),
            status: status.as_str(),
            status_label: status.label(),
            on_long: long_date(on),
            in_force: history.in_force_on(on),
            joined: match (record.joined_on, record.join_method) {
                (Some(joined), Some(method)) => {
                    format!("{}, by {}", long_date(joined), method.as_str())
                }
                _ => String::new(),
            },
            in_force_from: record
                .entry_into_force_on
                .map(long_date)
                .unwrap_or_default(),
            timeline: timeline(history),
            can_record: false,
            kinds: choices(&EventKind::ALL, EventKind::as_str, EventKind::label, ""),
            event: EventFormView::default(),
            sensitivity: None,
        }
    }
}
