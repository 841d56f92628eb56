//! The treaty record shipped with Clearway: all 197 states and the dates of their signature,
//! ratification, accession or succession, entry into force and withdrawal (see `data/README.md`).
//!
//! The file is compiled into the binary, so a fresh installation has the record without any file
//! beside it. Loading is idempotent: states and events already present are left as they are, so
//! running it again (or on a database where staff have since recorded events) adds only what is
//! missing and never duplicates a row.

use chrono::{NaiveDate, Utc};
use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DbErr};
use serde::Deserialize;

use crate::m20261128_000001_create_treaty_tables::{States, TreatyEvents};

/// The CSV file as shipped (`migrations/data/states.csv`).
pub const STATES_CSV: &str = include_str!("../data/states.csv");

/// The `source` of events that come from the shipped file (staff-recorded events say `staff`).
pub const REFERENCE_SOURCE: &str = "reference_data";

/// One row of `states.csv`.
#[derive(Debug, Clone, Deserialize)]
pub struct StateRow {
    pub iso3: String,
    pub iso2: String,
    pub name: String,
    pub region: String,
    pub signed_on: Option<NaiveDate>,
    pub joined_on: Option<NaiveDate>,
    pub join_method: Option<String>,
    pub entry_into_force_on: Option<NaiveDate>,
    pub withdrawal_notified_on: Option<NaiveDate>,
    pub withdrawal_effective_on: Option<NaiveDate>,
    pub note: String,
    pub confidence: String,
}

/// A treaty event derived from a row: its kind (as stored), date and the note that goes with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventRow {
    pub kind: &'static str,
    pub occurred_on: NaiveDate,
}

impl StateRow {
    /// The events this row records, in the order they happened.
    pub fn events(&self) -> Result<Vec<EventRow>, DataError> {
        let mut events = Vec::new();
        let mut push = |kind, date: Option<NaiveDate>| {
            if let Some(occurred_on) = date {
                events.push(EventRow { kind, occurred_on });
            }
        };
        push("signature", self.signed_on);
        if let Some(joined_on) = self.joined_on {
            let kind = match self.join_method.as_deref() {
                Some("ratification") => "ratification",
                Some("accession") => "accession",
                Some("succession") => "succession",
                other => {
                    return Err(DataError::Row {
                        iso3: self.iso3.clone(),
                        message: format!(
                            "join_method {other:?} is not ratification, accession or succession"
                        ),
                    });
                }
            };
            push(kind, Some(joined_on));
        }
        push("entry_into_force", self.entry_into_force_on);
        push("withdrawal_notified", self.withdrawal_notified_on);
        push("withdrawal_effective", self.withdrawal_effective_on);
        events.sort_by_key(|event| event.occurred_on);
        Ok(events)
    }
}

/// Why the shipped file could not be read. Each names the row at fault.
#[derive(Debug, thiserror::Error)]
pub enum DataError {
    #[error("states.csv: {0}")]
    Csv(#[from] csv::Error),
    #[error("states.csv, row {iso3}: {message}")]
    Row { iso3: String, message: String },
}

/// Parses the shipped file, checking each row's codes and region.
pub fn parse(csv_text: &str) -> Result<Vec<StateRow>, DataError> {
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let mut rows = Vec::new();
    for record in reader.deserialize::<StateRow>() {
        let row = record?;
        let bad = |message: &str| DataError::Row {
            iso3: row.iso3.clone(),
            message: message.to_owned(),
        };
        if row.iso3.len() != 3 || !row.iso3.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(bad("iso3 is not three capital letters"));
        }
        if row.iso2.len() != 2 || !row.iso2.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(bad("iso2 is not two capital letters"));
        }
        if !["Africa", "Americas", "Asia", "Europe", "Oceania"].contains(&row.region.as_str()) {
            return Err(bad(
                "region is not one of Africa, Americas, Asia, Europe, Oceania",
            ));
        }
        row.events()?;
        rows.push(row);
    }
    Ok(rows)
}

/// What a load added.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LoadReport {
    pub states_added: u64,
    pub events_added: u64,
}

/// Inserts every state and event of the shipped file that the database does not hold yet.
pub async fn load<C: ConnectionTrait>(db: &C) -> Result<LoadReport, DbErr> {
    let rows = parse(STATES_CSV).map_err(|e| DbErr::Custom(e.to_string()))?;
    let recorded_at = Utc::now();

    let mut states = Query::insert();
    states
        .into_table(States::Table)
        .columns([
            States::Iso3,
            States::Iso2,
            States::Name,
            States::Region,
            States::Note,
            States::Confidence,
        ])
        .on_conflict(OnConflict::column(States::Iso3).do_nothing().to_owned());
    let mut events = Query::insert();
    events
        .into_table(TreatyEvents::Table)
        .columns([
            TreatyEvents::StateIso3,
            TreatyEvents::Kind,
            TreatyEvents::OccurredOn,
            TreatyEvents::Note,
            TreatyEvents::Source,
            TreatyEvents::RecordedAt,
        ])
        .on_conflict(
            OnConflict::columns([
                TreatyEvents::StateIso3,
                TreatyEvents::Kind,
                TreatyEvents::OccurredOn,
            ])
            .do_nothing()
            .to_owned(),
        );
    for row in &rows {
        states
            .values([
                row.iso3.clone().into(),
                row.iso2.clone().into(),
                row.name.clone().into(),
                row.region.clone().into(),
                row.note.clone().into(),
                row.confidence.clone().into(),
            ])
            .map_err(|e| DbErr::Custom(e.to_string()))?;
        for event in row.events().map_err(|e| DbErr::Custom(e.to_string()))? {
            events
                .values([
                    row.iso3.clone().into(),
                    event.kind.into(),
                    event.occurred_on.into(),
                    "".into(),
                    REFERENCE_SOURCE.into(),
                    recorded_at.into(),
                ])
                .map_err(|e| DbErr::Custom(e.to_string()))?;
        }
    }
    let states_added = db.execute(&states).await?.rows_affected();
    let events_added = db.execute(&events).await?.rows_affected();
    Ok(LoadReport {
        states_added,
        events_added,
    })
}

/// Removes what [`load`] added: the shipped events, and the states that have no other events.
pub async fn unload<C: ConnectionTrait>(db: &C) -> Result<(), DbErr> {
    db.execute(
        &Query::delete()
            .from_table(TreatyEvents::Table)
            .and_where(Expr::col(TreatyEvents::Source).eq(REFERENCE_SOURCE))
            .to_owned(),
    )
    .await?;
    db.execute(
        &Query::delete()
            .from_table(States::Table)
            .and_where(
                Expr::col(States::Iso3).not_in_subquery(
                    Query::select()
                        .column(TreatyEvents::StateIso3)
                        .from(TreatyEvents::Table)
                        .to_owned(),
                ),
            )
            .to_owned(),
    )
    .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_file_has_every_state_once() {
        let rows = parse(STATES_CSV).unwrap();
        assert_eq!(rows.len(), 197);
        let mut codes: Vec<_> = rows.iter().map(|r| r.iso3.as_str()).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), 197);
    }

    #[test]
    fn a_row_becomes_its_events_in_date_order() {
        let rows = parse(STATES_CSV).unwrap();
        let poland = rows.iter().find(|r| r.iso3 == "POL").unwrap();
        let kinds: Vec<_> = poland.events().unwrap().iter().map(|e| e.kind).collect();
        assert_eq!(
            kinds,
            [
                "signature",
                "ratification",
                "entry_into_force",
                "withdrawal_notified",
                "withdrawal_effective"
            ]
        );
        let azerbaijan = rows.iter().find(|r| r.iso3 == "AZE").unwrap();
        assert!(azerbaijan.events().unwrap().is_empty());
    }

    #[test]
    fn a_bad_row_is_refused_with_its_code() {
        let header = STATES_CSV.lines().next().unwrap();
        let text = format!("{header}\nXX,X,Nowhere,Atlantis,,,,,,,,high\n");
        let error = parse(&text).unwrap_err().to_string();
        assert!(error.contains("XX"), "{error}");
        let text = format!("{header}\nAAA,AA,Somewhere,Europe,,2001-01-01,treaty,,,,,high\n");
        let error = parse(&text).unwrap_err().to_string();
        assert!(error.contains("join_method"), "{error}");
    }
}
