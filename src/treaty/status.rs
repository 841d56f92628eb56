//! The status of a state toward the Convention on any date, derived from its treaty events.
//!
//! This is the one place that knows the rules (`data/README.md`): on a date D a state is
//! `withdrawn` once its withdrawal has taken effect, `withdrawing` between notice and effect,
//! `state_party` from the deposit of its instrument (ratification, accession or succession),
//! `signatory` once it has signed without joining, and `not_party` otherwise. The events are
//! replayed in order, which gives the same answers as those rules for a single membership and
//! stays right if a state that withdrew accedes again.
//!
//! Joining (ICBL's count, from deposit) and the Convention being *in force* for a state are two
//! facts: under Article 17 the Convention entered into force on 1 March 1999 for the 40 states
//! whose instruments were deposited by 16 September 1998 (and, in practice, for those deposited
//! later that month), and for each later one on the first day of the sixth month after the month
//! of its deposit. A succession takes the date the successor state names (South Sudan's is the
//! day of its independence, before its notification).

use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Where a state stands on a given date.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    utoipa::ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum TreatyStatus {
    NotParty,
    Signatory,
    StateParty,
    Withdrawing,
    Withdrawn,
}

impl TreatyStatus {
    pub const ALL: [TreatyStatus; 5] = [
        Self::StateParty,
        Self::Signatory,
        Self::NotParty,
        Self::Withdrawing,
        Self::Withdrawn,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::NotParty => "not_party",
            Self::Signatory => "signatory",
            Self::StateParty => "state_party",
            Self::Withdrawing => "withdrawing",
            Self::Withdrawn => "withdrawn",
        }
    }

    /// For counts: "161 States Parties", "31 not party".
    pub fn plural_label(self) -> &'static str {
        match self {
            Self::NotParty => "not party",
            Self::Signatory => "signatories",
            Self::StateParty => "States Parties",
            Self::Withdrawing => "withdrawing",
            Self::Withdrawn => "withdrawn",
        }
    }

    /// [`TreatyStatus::label`] in `lang` (`treaty-status-state-party`).
    pub fn label_in(self, lang: crate::i18n::Lang) -> String {
        crate::i18n::text(
            lang,
            &crate::choice::label_id("treaty status", self.as_str()),
        )
    }

    /// [`TreatyStatus::plural_label`] in `lang`, for `count` states.
    pub fn plural_label_in(self, lang: crate::i18n::Lang, count: usize) -> String {
        crate::i18n::format(
            lang,
            &format!(
                "{}-count",
                crate::choice::label_id("treaty status", self.as_str())
            ),
            &[("count", count.into())],
        )
    }

    /// For people: "State Party", "Not party".
    pub fn label(self) -> &'static str {
        match self {
            Self::NotParty => "Not party",
            Self::Signatory => "Signatory",
            Self::StateParty => "State Party",
            Self::Withdrawing => "Withdrawing",
            Self::Withdrawn => "Withdrawn",
        }
    }
}

impl fmt::Display for TreatyStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for TreatyStatus {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|status| status.as_str() == s)
            .ok_or_else(|| {
                format!(
                    "'{s}' is not a status; use one of {}",
                    Self::ALL.map(Self::as_str).join(", ")
                )
            })
    }
}

/// The day the Convention entered into force (Article 17(1)).
pub const CONVENTION_IN_FORCE: NaiveDate = match NaiveDate::from_ymd_opt(1999, 3, 1) {
    Some(date) => date,
    None => NaiveDate::MIN,
};

/// Instruments deposited up to the end of the month of the 40th (16 September 1998) took effect
/// with the Convention itself: "the first day of the sixth month after the month in which the
/// 40th instrument has been deposited".
const FIRST_MONTH_END: NaiveDate = match NaiveDate::from_ymd_opt(1998, 9, 30) {
    Some(date) => date,
    None => NaiveDate::MIN,
};

/// When the Convention enters into force for a state that deposits its instrument of
/// ratification or accession on `deposit`, by Article 17: 1 March 1999 for a deposit up to
/// September 1998, else the first day of the sixth month after the month of deposit.
pub fn entry_into_force_by_rule(deposit: NaiveDate) -> NaiveDate {
    use chrono::{Datelike, Months};
    if deposit <= FIRST_MONTH_END {
        return CONVENTION_IN_FORCE;
    }
    let first_of_month = deposit.with_day(1).unwrap_or(deposit);
    first_of_month
        .checked_add_months(Months::new(6))
        .unwrap_or(NaiveDate::MAX)
}

/// What happened on a date. The order of the variants is the order of events on the same day
/// (a state may sign and ratify on one day).
/// Stored as its `as_str` value: an event whose stored kind the code does not know fails the read.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    utoipa::ToSchema,
    sea_orm::EnumIter,
    sea_orm::DeriveActiveEnum,
)]
#[serde(rename_all = "snake_case")]
#[sea_orm(rs_type = "String", db_type = "Text")]
pub enum EventKind {
    #[sea_orm(string_value = "signature")]
    Signature,
    #[sea_orm(string_value = "ratification")]
    Ratification,
    #[sea_orm(string_value = "accession")]
    Accession,
    #[sea_orm(string_value = "succession")]
    Succession,
    #[sea_orm(string_value = "entry_into_force")]
    EntryIntoForce,
    #[sea_orm(string_value = "withdrawal_notified")]
    WithdrawalNotified,
    #[sea_orm(string_value = "withdrawal_effective")]
    WithdrawalEffective,
}

impl EventKind {
    pub const ALL: [EventKind; 7] = [
        Self::Signature,
        Self::Ratification,
        Self::Accession,
        Self::Succession,
        Self::EntryIntoForce,
        Self::WithdrawalNotified,
        Self::WithdrawalEffective,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Signature => "signature",
            Self::Ratification => "ratification",
            Self::Accession => "accession",
            Self::Succession => "succession",
            Self::EntryIntoForce => "entry_into_force",
            Self::WithdrawalNotified => "withdrawal_notified",
            Self::WithdrawalEffective => "withdrawal_effective",
        }
    }

    /// [`EventKind::label`] in `lang` (`treaty-event-ratification`).
    pub fn label_in(self, lang: crate::i18n::Lang) -> String {
        crate::i18n::text(
            lang,
            &crate::choice::label_id("treaty event", self.as_str()),
        )
    }

    /// For the timeline: "Instrument of ratification deposited".
    pub fn label(self) -> &'static str {
        match self {
            Self::Signature => "Signed the Convention",
            Self::Ratification => "Instrument of ratification deposited",
            Self::Accession => "Instrument of accession deposited",
            Self::Succession => "Notification of succession deposited",
            Self::EntryIntoForce => "Convention entered into force",
            Self::WithdrawalNotified => "Withdrawal notified (Article 20)",
            Self::WithdrawalEffective => "Withdrawal took effect",
        }
    }

    /// Ratification, accession and succession each make the state a party.
    pub fn is_joining(self) -> bool {
        matches!(
            self,
            Self::Ratification | Self::Accession | Self::Succession
        )
    }
}

impl FromStr for EventKind {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|kind| kind.as_str() == s)
            .ok_or_else(|| format!("'{s}' is not a treaty event"))
    }
}

/// One dated event.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Event {
    pub kind: EventKind,
    pub on: NaiveDate,
}

/// The dates that describe a state's record, as the list shows them. Where an event happened
/// more than once (a state that withdrew and acceded again), the latest counts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TreatyRecord {
    pub signed_on: Option<NaiveDate>,
    pub joined_on: Option<NaiveDate>,
    pub join_method: Option<EventKind>,
    pub entry_into_force_on: Option<NaiveDate>,
    pub withdrawal_notified_on: Option<NaiveDate>,
    pub withdrawal_effective_on: Option<NaiveDate>,
}

/// A state's events in the order they happened.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TreatyHistory {
    events: Vec<Event>,
}

impl TreatyHistory {
    pub fn new(mut events: Vec<Event>) -> Self {
        events.sort_by_key(|e| (e.on, e.kind));
        Self { events }
    }

    pub fn events(&self) -> &[Event] {
        &self.events
    }

    /// The status on `date` (events dated `date` count).
    pub fn status_on(&self, date: NaiveDate) -> TreatyStatus {
        use TreatyStatus::*;
        self.events
            .iter()
            .take_while(|e| e.on <= date)
            .fold(NotParty, |status, event| match (event.kind, status) {
                (EventKind::Signature, NotParty) => Signatory,
                (kind, _) if kind.is_joining() => StateParty,
                (EventKind::WithdrawalNotified, StateParty) => Withdrawing,
                (EventKind::WithdrawalEffective, _) => Withdrawn,
                (_, unchanged) => unchanged,
            })
    }

    /// Whether the Convention is in force for the state on `date`: it has joined (and not left),
    /// and the entry into force of this membership is on or before `date`.
    pub fn in_force_on(&self, date: NaiveDate) -> bool {
        if !matches!(
            self.status_on(date),
            TreatyStatus::StateParty | TreatyStatus::Withdrawing
        ) {
            return false;
        }
        let membership_from = self
            .events
            .iter()
            .take_while(|e| e.on <= date)
            .filter(|e| e.kind == EventKind::WithdrawalEffective)
            .map(|e| e.on)
            .last();
        self.events.iter().take_while(|e| e.on <= date).any(|e| {
            e.kind == EventKind::EntryIntoForce && membership_from.is_none_or(|from| e.on > from)
        })
    }

    /// Whether this membership (since the last withdrawal took effect) already has its entry into
    /// force recorded.
    pub fn has_entry_into_force(&self) -> bool {
        let membership_from = self
            .events
            .iter()
            .rfind(|e| e.kind == EventKind::WithdrawalEffective)
            .map(|e| e.on);
        self.events.iter().any(|e| {
            e.kind == EventKind::EntryIntoForce && membership_from.is_none_or(|from| e.on > from)
        })
    }

    pub fn record(&self) -> TreatyRecord {
        let mut record = TreatyRecord::default();
        for event in &self.events {
            let on = Some(event.on);
            match event.kind {
                EventKind::Signature => record.signed_on = on,
                kind if kind.is_joining() => {
                    record.joined_on = on;
                    record.join_method = Some(kind);
                }
                EventKind::EntryIntoForce => record.entry_into_force_on = on,
                EventKind::WithdrawalNotified => record.withdrawal_notified_on = on,
                EventKind::WithdrawalEffective => record.withdrawal_effective_on = on,
                _ => {}
            }
        }
        record
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use TreatyStatus::*;

    fn d(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    fn history(events: &[(EventKind, &str)]) -> TreatyHistory {
        TreatyHistory::new(
            events
                .iter()
                .map(|&(kind, on)| Event { kind, on: d(on) })
                .collect(),
        )
    }

    #[test]
    fn a_state_with_no_events_is_not_party() {
        assert_eq!(
            TreatyHistory::default().status_on(d("2026-11-28")),
            NotParty
        );
    }

    #[test]
    fn signature_makes_a_signatory_from_its_day() {
        let h = history(&[(EventKind::Signature, "1997-12-03")]);
        assert_eq!(h.status_on(d("1997-12-02")), NotParty);
        assert_eq!(h.status_on(d("1997-12-03")), Signatory);
    }

    #[test]
    fn deposit_makes_a_party_from_its_day_not_from_entry_into_force() {
        let h = history(&[
            (EventKind::Signature, "1997-12-03"),
            (EventKind::Ratification, "1998-06-29"),
            (EventKind::EntryIntoForce, "1999-03-01"),
        ]);
        assert_eq!(h.status_on(d("1998-06-28")), Signatory);
        assert_eq!(h.status_on(d("1998-06-29")), StateParty);
        assert_eq!(h.status_on(d("1999-03-01")), StateParty);
        let accession = history(&[(EventKind::Accession, "2002-09-11")]);
        assert_eq!(accession.status_on(d("2002-09-10")), NotParty);
        assert_eq!(accession.status_on(d("2002-09-11")), StateParty);
    }

    #[test]
    fn withdrawal_runs_from_notice_to_effect() {
        let h = history(&[
            (EventKind::Signature, "1997-12-04"),
            (EventKind::Ratification, "2012-12-27"),
            (EventKind::WithdrawalNotified, "2025-08-20"),
            (EventKind::WithdrawalEffective, "2026-02-20"),
        ]);
        assert_eq!(h.status_on(d("2025-08-19")), StateParty);
        assert_eq!(h.status_on(d("2025-08-20")), Withdrawing);
        assert_eq!(h.status_on(d("2026-02-19")), Withdrawing);
        assert_eq!(h.status_on(d("2026-02-20")), Withdrawn);
    }

    #[test]
    fn signing_and_ratifying_on_one_day_makes_a_party_that_day() {
        let h = history(&[
            (EventKind::Ratification, "1997-12-03"),
            (EventKind::Signature, "1997-12-03"),
        ]);
        assert_eq!(h.status_on(d("1997-12-03")), StateParty);
        assert_eq!(h.events()[0].kind, EventKind::Signature);
    }

    #[test]
    fn acceding_again_after_withdrawal_makes_a_party_again() {
        let h = history(&[
            (EventKind::Accession, "2000-01-01"),
            (EventKind::WithdrawalNotified, "2010-01-01"),
            (EventKind::WithdrawalEffective, "2010-07-01"),
            (EventKind::Accession, "2020-01-01"),
        ]);
        assert_eq!(h.status_on(d("2015-01-01")), Withdrawn);
        assert_eq!(h.status_on(d("2020-01-01")), StateParty);
        assert_eq!(h.record().joined_on, Some(d("2020-01-01")));
    }

    #[test]
    fn the_record_lists_each_date_and_the_way_of_joining() {
        let record = history(&[
            (EventKind::Signature, "1997-12-03"),
            (EventKind::Succession, "2006-06-05"),
            (EventKind::EntryIntoForce, "2006-12-01"),
        ])
        .record();
        assert_eq!(record.signed_on, Some(d("1997-12-03")));
        assert_eq!(record.join_method, Some(EventKind::Succession));
        assert_eq!(record.entry_into_force_on, Some(d("2006-12-01")));
        assert_eq!(record.withdrawal_effective_on, None);
    }

    #[test]
    fn article_17_dates_entry_into_force_from_the_deposit() {
        let rule = |deposit: &str| entry_into_force_by_rule(d(deposit));
        // The first 40 (the 40th, Burkina Faso, on 16 September 1998) and the rest of that month.
        assert_eq!(rule("1997-12-03"), d("1999-03-01"));
        assert_eq!(rule("1998-09-16"), d("1999-03-01"));
        assert_eq!(rule("1998-09-30"), d("1999-03-01"));
        // Then the first day of the sixth month after the month of deposit.
        assert_eq!(rule("1998-10-01"), d("1999-04-01"));
        assert_eq!(rule("2002-09-11"), d("2003-03-01"));
        assert_eq!(rule("2005-12-27"), d("2006-06-01"));
        assert_eq!(rule("2017-07-31"), d("2018-01-01"));
    }

    #[test]
    fn in_force_from_entry_into_force_until_a_withdrawal_takes_effect() {
        let h = history(&[
            (EventKind::Ratification, "2000-01-10"),
            (EventKind::EntryIntoForce, "2000-07-01"),
            (EventKind::WithdrawalNotified, "2025-08-20"),
            (EventKind::WithdrawalEffective, "2026-02-20"),
            (EventKind::Accession, "2030-01-15"),
        ]);
        assert!(!h.in_force_on(d("2000-01-10")), "joined, not yet in force");
        assert!(h.in_force_on(d("2000-07-01")));
        assert!(h.in_force_on(d("2025-09-01")), "in force while withdrawing");
        assert!(!h.in_force_on(d("2026-02-20")));
        assert!(
            !h.in_force_on(d("2030-02-01")),
            "a new membership waits for its own entry into force"
        );
        assert!(!h.has_entry_into_force());
        // A succession named an earlier date (South Sudan): in force once it has joined.
        let s = history(&[
            (EventKind::Succession, "2011-11-11"),
            (EventKind::EntryIntoForce, "2011-07-09"),
        ]);
        assert!(!s.in_force_on(d("2011-08-01")));
        assert!(s.in_force_on(d("2011-11-11")));
        assert!(s.has_entry_into_force());
    }

    #[test]
    fn names_parse_back_and_unknown_ones_say_what_is_allowed() {
        for status in TreatyStatus::ALL {
            assert_eq!(status.as_str().parse::<TreatyStatus>(), Ok(status));
        }
        let error = "party".parse::<TreatyStatus>().unwrap_err();
        assert!(error.contains("state_party"), "{error}");
        for kind in EventKind::ALL {
            assert_eq!(kind.as_str().parse::<EventKind>(), Ok(kind));
        }
    }
}
