//! Queries and rules of the treaty record: which states, with which status on a date.
//!
//! The record is small and fixed in size (197 states, a few hundred events), and status is
//! derived by `TreatyHistory::status_on`, so lists work on the whole record in memory, read in
//! two queries and kept by `cache::RecordCache` while the database's record is unchanged. The
//! parameters (and the date helpers other features use) are in `params`, re-exported here.

use std::collections::HashMap;

use chrono::NaiveDate;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};

pub use super::params::{
    Region, STATUS_DATES, Sort, StateParams, StatesFilter, StatesParams, parse_status_date,
};
use super::status::{Event, TreatyHistory, TreatyRecord, TreatyStatus};
use crate::entities::{state, treaty_event};

/// A state with its record and its status on the date asked for, borrowed from the [`Record`].
#[derive(Clone, Debug)]
pub struct StateOnDate<'a> {
    pub state: &'a state::Model,
    pub history: &'a TreatyHistory,
    pub record: TreatyRecord,
    pub status: TreatyStatus,
    /// Whether the Convention is in force for the state on the date.
    pub in_force: bool,
}

/// Counts per status, in the order of [`TreatyStatus::ALL`], and of the states for which the
/// Convention is in force.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StatusCounts(pub [(TreatyStatus, u64); 5], pub u64);

impl StatusCounts {
    pub fn in_force(&self) -> u64 {
        self.1
    }

    pub fn get(&self, status: TreatyStatus) -> u64 {
        self.0
            .iter()
            .find(|(s, _)| *s == status)
            .map_or(0, |(_, n)| *n)
    }

    pub fn total(&self) -> u64 {
        self.0.iter().map(|(_, n)| n).sum()
    }
}

/// The states matching a filter, sorted, with counts per status over the region (before the
/// status filter, so a page can show the whole breakdown).
#[derive(Clone, Debug)]
pub struct StatesList<'a> {
    pub states: Vec<StateOnDate<'a>>,
    pub counts: StatusCounts,
}

/// A state and its treaty history.
pub type StateWithHistory = (state::Model, TreatyHistory);

/// The whole treaty record: every state with its history, in alphabetical order of name
/// (accents and case folded, so "Côte d'Ivoire" sorts among the Cs on both databases).
#[derive(Clone, Debug, Default)]
pub struct Record {
    states: Vec<StateWithHistory>,
}

impl Record {
    pub fn new(mut states: Vec<StateWithHistory>) -> Self {
        states.sort_by_cached_key(|(state, _)| sort_key(&state.name));
        Self { states }
    }

    pub fn states(&self) -> &[StateWithHistory] {
        &self.states
    }

    /// The histories of a region's states (of every state without one).
    pub fn histories(&self, region: Option<Region>) -> Vec<&TreatyHistory> {
        self.states
            .iter()
            .filter(|(state, _)| in_region(state, region))
            .map(|(_, history)| history)
            .collect()
    }
}

fn in_region(state: &state::Model, region: Option<Region>) -> bool {
    region.is_none_or(|region| state.region == region.as_str())
}

/// Lower case without diacritics: `cote d'ivoire`.
fn sort_key(name: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    name.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// Reads every state with its events, in two queries.
pub async fn states_with_histories<C: ConnectionTrait>(
    db: &C,
) -> Result<Vec<StateWithHistory>, DbErr> {
    let states = state::Entity::find().all(db).await?;
    let mut by_state: HashMap<String, Vec<Event>> = HashMap::with_capacity(states.len());
    for event in treaty_event::Entity::find().all(db).await? {
        by_state
            .entry(event.state_iso3.clone())
            .or_default()
            .push(to_event(&event)?);
    }
    Ok(states
        .into_iter()
        .map(|state| {
            let history = TreatyHistory::new(by_state.remove(&state.iso3).unwrap_or_default());
            (state, history)
        })
        .collect())
}

fn to_event(model: &treaty_event::Model) -> Result<Event, DbErr> {
    Ok(Event {
        kind: model.kind,
        on: model.occurred_on,
    })
}

/// The states of `record` matching `filter`, with their status on its date.
pub fn list_states<'a>(record: &'a Record, filter: &StatesFilter) -> StatesList<'a> {
    let mut counts = StatusCounts(TreatyStatus::ALL.map(|s| (s, 0)), 0);
    let mut states = Vec::new();
    for (state, history) in record
        .states()
        .iter()
        .filter(|(state, _)| in_region(state, filter.region))
    {
        let status = history.status_on(filter.on);
        if let Some(slot) = counts.0.iter_mut().find(|(s, _)| *s == status) {
            slot.1 += 1;
        }
        let in_force = history.in_force_on(filter.on);
        counts.1 += u64::from(in_force);
        if filter.status.is_none_or(|wanted| wanted == status) {
            states.push(StateOnDate {
                state,
                history,
                record: history.record(),
                status,
                in_force,
            });
        }
    }
    sort_states(&mut states, filter.sort);
    StatesList { states, counts }
}

fn sort_states(states: &mut [StateOnDate<'_>], sort: Sort) {
    match sort {
        // The record is in order of name.
        Sort::Name => {}
        Sort::NameDesc => states.reverse(),
        Sort::JoinedOn => {
            states.sort_by_key(|s| (s.record.joined_on.is_none(), s.record.joined_on))
        }
        Sort::JoinedOnDesc => states.sort_by_key(|s| {
            (
                s.record.joined_on.is_none(),
                std::cmp::Reverse(s.record.joined_on),
            )
        }),
    }
}

/// One state and its history, by ISO 3166 alpha-3 code in any case, or a 404 that says so.
pub async fn state_or_404<C: ConnectionTrait>(
    db: &C,
    iso3: &str,
) -> Result<StateWithHistory, crate::error::AppError> {
    find_state(db, iso3).await?.ok_or_else(|| {
        crate::error::AppError::not_found(format!("no state has the ISO 3166 code '{iso3}'"))
    })
}

/// One state and its history, by ISO 3166 alpha-3 code in any case.
pub async fn find_state<C: ConnectionTrait>(
    db: &C,
    iso3: &str,
) -> Result<Option<(state::Model, TreatyHistory)>, DbErr> {
    let code = iso3.to_ascii_uppercase();
    if code.len() != 3 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
        return Ok(None);
    }
    let Some(state) = state::Entity::find_by_id(code).one(db).await? else {
        return Ok(None);
    };
    let events = treaty_event::Entity::find()
        .filter(treaty_event::Column::StateIso3.eq(&state.iso3))
        .all(db)
        .await?
        .iter()
        .map(to_event)
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Some((state, TreatyHistory::new(events))))
}

/// How many states were parties at the end of each year from the Convention's signature (1997)
/// to `until`'s year, the last point being `until` itself.
pub fn parties_by_year(histories: &[&TreatyHistory], until: NaiveDate) -> Vec<(i32, u64)> {
    use chrono::Datelike;
    (1997..=until.year())
        .filter_map(|year| {
            let date = NaiveDate::from_ymd_opt(year, 12, 31)?.min(until);
            let parties = histories
                .iter()
                .filter(|h| {
                    matches!(
                        h.status_on(date),
                        TreatyStatus::StateParty | TreatyStatus::Withdrawing
                    )
                })
                .count() as u64;
            Some((year, parties))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_sort_without_regard_to_accents_or_case() {
        assert_eq!(sort_key("Côte d'Ivoire"), "cote d'ivoire");
        let record = Record::new(
            [
                "Türkiye",
                "Tuvalu",
                "Côte d'Ivoire",
                "Croatia",
                "Costa Rica",
            ]
            .iter()
            .map(|name| {
                let state = state::Model {
                    iso3: String::new(),
                    iso2: String::new(),
                    name: (*name).to_owned(),
                    region: "Europe".to_owned(),
                    note: String::new(),
                    confidence: "high".to_owned(),
                };
                (state, TreatyHistory::default())
            })
            .collect(),
        );
        let names: Vec<_> = record
            .states()
            .iter()
            .map(|(s, _)| s.name.as_str())
            .collect();
        assert_eq!(
            names,
            [
                "Costa Rica",
                "Côte d'Ivoire",
                "Croatia",
                "Türkiye",
                "Tuvalu"
            ]
        );
    }
}
