//! Staff record new treaty events (an accession deposited, a withdrawal notified) as they happen.
//! An event must make sense where it falls in the state's history: a state signs or joins only
//! while outside the Convention, notifies a withdrawal only as a party, and so on. Every event is
//! audited in the transaction that records it; the cached record of every instance follows at
//! once (see `cache`).

use chrono::{Duration, NaiveDate, Utc};
use sea_orm::{ActiveModelTrait, ConnectionTrait, Set};
use serde::Deserialize;

use super::status::{
    CONVENTION_IN_FORCE, EventKind, TreatyHistory, TreatyStatus, entry_into_force_by_rule,
};
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
    /// Required: not before 1997-12-03 (the Convention opened for signature). A signature, a
    /// deposit or a notice of withdrawal is recorded when it has happened, so not after today;
    /// an entry into force or a withdrawal taking effect (dates the Convention fixes) may be up
    /// to a year ahead.
    #[schema(value_type = Option<NaiveDate>)]
    pub occurred_on: Option<String>,
    /// At most 1000 characters.
    pub note: Option<String>,
    /// For a ratification or accession: when the Convention enters into force for the state.
    /// Left out, Article 17's date (the first day of the sixth month after the month of
    /// deposit); another date needs `entry_into_force_reason`. Required for a succession: the
    /// date the successor state names.
    #[schema(value_type = Option<NaiveDate>)]
    pub entry_into_force_on: Option<String>,
    /// Why the entry into force is not Article 17's date (required when it is not). At most
    /// 1000 characters.
    pub entry_into_force_reason: Option<String>,
}

/// A checked event, ready to record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewEvent {
    pub kind: EventKind,
    pub on: NaiveDate,
    pub note: String,
    /// For a ratification, accession or succession: the entry into force recorded with it.
    pub entry_into_force: Option<EntryIntoForce>,
}

/// When the Convention enters into force for a joining state, and on what ground.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EntryIntoForce {
    pub on: NaiveDate,
    /// Article 17's date, or the reason it differs, or the succession's.
    pub note: String,
}

/// Events that are recorded once they have happened: refused when dated after today.
fn happens_on_its_day(kind: EventKind) -> bool {
    !matches!(
        kind,
        EventKind::EntryIntoForce | EventKind::WithdrawalEffective
    )
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
            Some(on) if on > today && kind.is_some_and(happens_on_its_day) => errors.add(
                "occurred_on",
                format!("is in the future (today is {today}): record it on the day it happens"),
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
        let entry_into_force = match (kind, on) {
            (Some(kind), Some(on)) => self.entry_into_force(&mut errors, kind, on),
            _ => None,
        };
        match (kind, on, errors.is_empty()) {
            (Some(kind), Some(on), true) => Ok(NewEvent {
                kind,
                on,
                note,
                entry_into_force,
            }),
            _ => Err(errors),
        }
    }

    /// The entry into force that goes with a joining event: Article 17's date, or the one given
    /// (with a reason, unless it is a succession's).
    fn entry_into_force(
        &self,
        errors: &mut FieldErrors,
        kind: EventKind,
        deposit: NaiveDate,
    ) -> Option<EntryIntoForce> {
        let given = parse_field(
            errors,
            "entry_into_force_on",
            self.entry_into_force_on
                .as_deref()
                .filter(|v| !v.trim().is_empty()),
            parse_date,
        );
        let reason = self
            .entry_into_force_reason
            .as_deref()
            .unwrap_or_default()
            .trim()
            .to_owned();
        if reason.chars().count() > 1000 {
            errors.add(
                "entry_into_force_reason",
                "must be at most 1000 characters long",
            );
        }
        if !kind.is_joining() {
            if given.is_some() || !reason.is_empty() {
                errors.add(
                    "entry_into_force_on",
                    "goes only with a ratification, accession or succession",
                );
            }
            return None;
        }
        if let Some(on) = given {
            if on < CONVENTION_IN_FORCE {
                errors.add(
                    "entry_into_force_on",
                    "must not be before 1 March 1999, when the Convention entered into force",
                );
                return None;
            }
            if on > deposit + Duration::days(366) {
                errors.add(
                    "entry_into_force_on",
                    "must be within a year of the deposit",
                );
                return None;
            }
        }
        if kind == EventKind::Succession {
            let Some(on) = given else {
                errors.add(
                    "entry_into_force_on",
                    "is required for a succession: the date the successor state names (often its independence)",
                );
                return None;
            };
            let note = if reason.is_empty() {
                "as named in the notification of succession".to_owned()
            } else {
                reason
            };
            return Some(EntryIntoForce { on, note });
        }
        let rule = entry_into_force_by_rule(deposit);
        match given {
            Some(on) if on != rule => {
                if reason.is_empty() {
                    errors.add(
                        "entry_into_force_reason",
                        format!(
                            "is required: say why the entry into force is not Article 17's date, {}",
                            super::views::long_date(rule)
                        ),
                    );
                    return None;
                }
                Some(EntryIntoForce { on, note: reason })
            }
            _ => Some(EntryIntoForce {
                on: rule,
                note: "Article 17: the first day of the sixth month after the month of deposit"
                    .to_owned(),
            }),
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
        EventKind::EntryIntoForce => {
            matches!(before, StateParty | Withdrawing) && !history.has_entry_into_force()
        }
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
    // An entry into force is often dated ahead of what follows it.
    if let Some(last) = history
        .events()
        .iter()
        .rfind(|e| e.kind != EventKind::EntryIntoForce)
        .filter(|e| e.on > event.on)
    {
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
            "kind": recorded.kind, "occurred_on": recorded.occurred_on, "note": recorded.note,
            "entry_into_force_on": event.entry_into_force.as_ref().map(|e| e.on),
            "entry_into_force_note": event.entry_into_force.as_ref().map(|e| &e.note),
        })),
    )
    .await?;
    if let Some(entry) = &event.entry_into_force {
        treaty_event::ActiveModel {
            state_iso3: Set(state.iso3.clone()),
            kind: Set(EventKind::EntryIntoForce),
            occurred_on: Set(entry.on),
            note: Set(entry.note.clone()),
            source: Set("staff".to_owned()),
            recorded_at: Set(Utc::now()),
            ..Default::default()
        }
        .insert(db)
        .await?;
    }
    if event.kind.is_joining() {
        // The state's campaigns are flagged for staff to mark them achieved (a joining event is
        // never dated after today: see `EventInput::parse`).
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
            entry_into_force: None,
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
        let today = d("2026-12-01");
        let errors = EventInput {
            kind: Some("joined".into()),
            occurred_on: Some("1990-01-01".into()),
            ..Default::default()
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
            ..Default::default()
        }
        .parse(today)
        .unwrap();
        assert_eq!(ok.kind, EventKind::Accession);
        assert_eq!(ok.on, d("2026-11-30"));
        assert_eq!(ok.note, "deposited");
        assert_eq!(ok.entry_into_force.unwrap().on, d("2027-05-01"));
    }

    #[test]
    fn what_happens_on_its_day_is_not_recorded_ahead_but_what_the_convention_fixes_may_be() {
        let today = d("2026-12-01");
        let at = |kind: &str, on: &str| EventInput {
            kind: Some(kind.into()),
            occurred_on: Some(on.into()),
            ..Default::default()
        };
        for kind in [
            "signature",
            "ratification",
            "accession",
            "withdrawal_notified",
        ] {
            let refused = at(kind, "2026-12-02").parse(today).unwrap_err();
            assert!(
                refused
                    .first("occurred_on")
                    .unwrap()
                    .contains("in the future"),
                "{kind}"
            );
        }
        assert!(
            at("withdrawal_effective", "2027-06-01")
                .parse(today)
                .is_ok()
        );
        assert!(at("entry_into_force", "2027-06-01").parse(today).is_ok());
        assert!(at("accession", "2026-12-01").parse(today).is_ok());
    }
}
