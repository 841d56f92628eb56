//! Staff record new treaty events (an accession deposited, a withdrawal notified) as they happen.
//! An event must make sense where it falls in the state's history: a state signs or joins only
//! while outside the Convention, notifies a withdrawal only as a party, and so on. Every event is
//! audited in the transaction that records it; the cached record of every instance follows at
//! once (see `cache`).

use chrono::{Duration, NaiveDate, Utc};
use sea_orm::{ActiveModelTrait, ConnectionTrait, Set};
use serde::Deserialize;

use super::status::{EventKind, TreatyHistory, TreatyStatus};
use crate::audit::{self, Actor};
use crate::dates::parse_date;
use crate::entities::{state, treaty_event};
use crate::error::{AppError, FieldErrors};
use crate::input::parse_field;

/// The Convention was opened for signature on this day.
pub const OPENED: NaiveDate = match NaiveDate::from_ymd_opt(1997, 12, 3) {
    Some(date) => date,
    None => NaiveDate::MIN,
};

/// A treaty event as submitted (a form or a JSON body). It must fit where it falls in the
/// state's history (a state signs or joins only while outside the Convention, notifies a
/// withdrawal only as a party, ...).
#[derive(Clone, Debug, Default, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct EventInput {
    /// Required.
    #[schema(value_type = Option<EventKind>)]
    pub kind: Option<String>,
    /// Required: not before 1997-12-03 (the Convention opened for signature), at most a year
    /// from today.
    #[schema(value_type = Option<NaiveDate>)]
    pub occurred_on: Option<String>,
    /// At most 1000 characters.
    pub note: Option<String>,
}

/// A checked event, ready to record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewEvent {
    pub kind: EventKind,
    pub on: NaiveDate,
    pub note: String,
}

impl EventInput {
    pub fn parse(&self, today: NaiveDate) -> Result<NewEvent, FieldErrors> {
        let mut errors = FieldErrors::new();
        let kind = parse_field(
            &mut errors,
            "kind",
            self.kind.as_deref(),
            str::parse::<EventKind>,
        );
        let on = parse_field(
            &mut errors,
            "occurred_on",
            self.occurred_on.as_deref(),
            parse_date,
        );
        if self.kind.as_deref().is_none_or(|k| k.trim().is_empty()) {
            errors.add("kind", "is required");
        }
        match on {
            None if self
                .occurred_on
                .as_deref()
                .is_none_or(|d| d.trim().is_empty()) =>
            {
                errors.add("occurred_on", "is required")
            }
            Some(on) if on < OPENED => errors.add(
                "occurred_on",
                "must not be before 3 December 1997, when the Convention opened for signature",
            ),
            Some(on) if on > today + Duration::days(366) => {
                errors.add("occurred_on", "must be within a year from today")
            }
            _ => {}
        }
        let note = self.note.as_deref().unwrap_or_default().trim().to_owned();
        if note.chars().count() > 1000 {
            errors.add("note", "must be at most 1000 characters long");
        }
        match (kind, on, errors.is_empty()) {
            (Some(kind), Some(on), true) => Ok(NewEvent { kind, on, note }),
            _ => Err(errors),
        }
    }
}

/// Why an event cannot stand where it falls in the history, if it cannot.
pub fn conflict(history: &TreatyHistory, event: &NewEvent) -> Option<String> {
    use TreatyStatus::*;
    let before = history.status_on(event.on);
    let fits = match event.kind {
        EventKind::Signature => matches!(before, NotParty),
        kind if kind.is_joining() => matches!(before, NotParty | Signatory | Withdrawn),
        EventKind::EntryIntoForce => matches!(before, StateParty),
        EventKind::WithdrawalNotified => matches!(before, StateParty),
        EventKind::WithdrawalEffective => matches!(before, Withdrawing),
        _ => false,
    };
    if fits {
        return None;
    }
    Some(format!(
        "on {} the state is {}: a {} does not fit there",
        event.on,
        before.label().to_lowercase(),
        event.kind.as_str().replace('_', " ")
    ))
}

/// Records `event` for `state` with its audit record, after checking it fits the history.
pub async fn record<C: ConnectionTrait>(
    db: &C,
    actor: &Actor,
    state: &state::Model,
    history: &TreatyHistory,
    event: NewEvent,
) -> Result<treaty_event::Model, AppError> {
    if let Some(message) = conflict(history, &event) {
        return Err(AppError::Conflict(message));
    }
    if let Some(last) = history.events().last().filter(|e| e.on > event.on) {
        return Err(AppError::Conflict(format!(
            "events are recorded in the order they happen, and one of {} is already recorded",
            last.on
        )));
    }
    let recorded = treaty_event::ActiveModel {
        state_iso3: Set(state.iso3.clone()),
        kind: Set(event.kind),
        occurred_on: Set(event.on),
        note: Set(event.note.clone()),
        source: Set("staff".to_owned()),
        recorded_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(db)
    .await
    .map_err(|e| match AppError::from(e) {
        AppError::Conflict(_) => AppError::Conflict("this event is already recorded".to_owned()),
        other => other,
    })?;
    audit::record(
        db,
        actor,
        "treaty_event_recorded",
        "state",
        &state.iso3,
        None,
        Some(serde_json::json!({
            "kind": recorded.kind, "occurred_on": recorded.occurred_on, "note": recorded.note
        })),
    )
    .await?;
    if event.kind.is_joining() {
        // The state's campaigns are flagged for staff to mark them achieved.
        crate::flags::state_joined(db, actor, &state.iso3, recorded.id).await?;
    }
    Ok(recorded)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::treaty::status::Event;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn new(kind: EventKind, on: &str) -> NewEvent {
        NewEvent {
            kind,
            on: d(on),
            note: String::new(),
        }
    }

    #[test]
    fn events_must_fit_the_history() {
        let outside = TreatyHistory::default();
        assert!(conflict(&outside, &new(EventKind::Accession, "2026-12-01")).is_none());
        assert!(conflict(&outside, &new(EventKind::WithdrawalNotified, "2026-12-01")).is_some());
        let party = TreatyHistory::new(vec![Event {
            kind: EventKind::Ratification,
            on: d("2000-01-01"),
        }]);
        assert!(
            conflict(&party, &new(EventKind::Accession, "2026-12-01"))
                .unwrap()
                .contains("state party")
        );
        assert!(conflict(&party, &new(EventKind::WithdrawalNotified, "2026-12-01")).is_none());
        assert!(conflict(&party, &new(EventKind::WithdrawalEffective, "2026-12-01")).is_some());
    }

    #[test]
    fn inputs_are_checked_field_by_field() {
        let today = d("2026-11-28");
        let errors = EventInput {
            kind: Some("joined".into()),
            occurred_on: Some("1990-01-01".into()),
            note: None,
        }
        .parse(today)
        .unwrap_err();
        assert!(errors.first("kind").is_some());
        assert!(errors.first("occurred_on").unwrap().contains("1997"));
        let missing = EventInput::default().parse(today).unwrap_err();
        assert_eq!(missing.first("kind"), Some("is required"));
        assert_eq!(missing.first("occurred_on"), Some("is required"));
        let ok = EventInput {
            kind: Some("accession".into()),
            occurred_on: Some("2026-11-30".into()),
            note: Some(" deposited ".into()),
        }
        .parse(today)
        .unwrap();
        assert_eq!(
            ok,
            NewEvent {
                kind: EventKind::Accession,
                on: d("2026-11-30"),
                note: "deposited".into()
            }
        );
    }
}
