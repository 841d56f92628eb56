//! What the API answers and the pages show of a coordination request: everything for staff, and
//! for the requester only its own request's status and steps.

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

use super::input::{Approach, Mode};
use super::workflow::{Party, Status};
use crate::entities::{coordination_request as request, coordination_step, flag};
use crate::flags::FlagItem;

/// A coordination request as staff see it, with its flags.
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct RequestItem {
    pub id: i64,
    /// `CR-2026-0007`.
    pub reference: String,
    pub requesting_state: String,
    pub ministry: String,
    pub contact_name: String,
    pub contact_email: String,
    pub target_state: String,
    pub approach: Approach,
    pub window_start: NaiveDate,
    pub window_end: NaiveDate,
    pub mode: Mode,
    pub message: String,
    pub consent_to_share: bool,
    pub status: Status,
    /// A campaign that targeted the state when the request came in, if there was one.
    pub campaign_id: Option<i64>,
    pub received_at: DateTime<Utc>,
    pub acknowledged_at: Option<DateTime<Utc>>,
    /// When it was escalated for not being acknowledged within 2 working days.
    pub escalated_at: Option<DateTime<Utc>>,
    /// When staff shared it with the member organizations concerned (only ever with the
    /// requester's consent); until then only staff see it.
    pub shared_at: Option<DateTime<Utc>>,
    pub flags: Vec<FlagItem>,
}

impl crate::sensitivity::Redact for RequestItem {
    fn concerns(&self) -> (Option<&str>, Option<i64>) {
        (Some(&self.target_state), None)
    }

    /// Who plans what: the requesting state's ministry, its contact and its message.
    fn withhold(&mut self) {
        for field in [
            &mut self.ministry,
            &mut self.contact_name,
            &mut self.contact_email,
            &mut self.message,
        ] {
            crate::sensitivity::WITHHELD.clone_into(field);
        }
    }
}

impl RequestItem {
    pub fn new(r: request::Model, flags: Vec<flag::Model>) -> Self {
        Self {
            id: r.id,
            reference: r.reference,
            requesting_state: r.requesting_state,
            ministry: r.ministry,
            contact_name: r.contact_name,
            contact_email: r.contact_email,
            target_state: r.target_state,
            approach: r.approach,
            window_start: r.window_start,
            window_end: r.window_end,
            mode: r.mode,
            message: r.message,
            consent_to_share: r.consent_to_share,
            status: r.status,
            campaign_id: r.campaign_id,
            received_at: r.received_at,
            acknowledged_at: r.acknowledged_at,
            escalated_at: r.escalated_at,
            shared_at: r.shared_at,
            flags: flags.into_iter().map(FlagItem::from).collect(),
        }
    }
}

/// One line of a request's history: a step into a status, or a message from staff.
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
#[schema(as = coordination::StepView)]
pub struct StepView {
    /// The status the request then took; none for a message alone.
    pub status: Option<Status>,
    /// The status for people.
    pub label: Option<&'static str>,
    /// What the status means for the requester.
    pub explanation: Option<&'static str>,
    /// Staff's message to the requester.
    pub message: Option<String>,
    pub at: DateTime<Utc>,
    /// `at` for people.
    pub when: String,
}

impl From<coordination_step::Model> for StepView {
    fn from(s: coordination_step::Model) -> Self {
        Self {
            label: s.status.map(Status::label),
            explanation: s.status.map(Status::explanation),
            status: s.status,
            message: s.message,
            when: crate::views::instant(s.created_at),
            at: s.created_at,
        }
    }
}

/// What the private status link shows: this request, and nothing of any other.
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
#[schema(as = coordination::StatusItem)]
pub struct StatusItem {
    /// `CR-2026-0007`.
    pub reference: String,
    pub status: Status,
    /// The status for people.
    pub status_label: &'static str,
    /// What the status means for the requester.
    pub explanation: &'static str,
    pub requesting_state: String,
    pub target_state: String,
    pub approach: Approach,
    pub approach_label: &'static str,
    pub mode: Mode,
    pub mode_label: &'static str,
    pub window_start: NaiveDate,
    pub window_end: NaiveDate,
    pub received_at: DateTime<Utc>,
    /// Every step (a change of status, with the message that came with it), oldest first.
    pub steps: Vec<StepView>,
    /// The conversation between ICBL and the requester, oldest first (see `threads`).
    pub messages: Vec<crate::threads::MessageItem>,
    /// The last word is the requester's: ICBL has not answered it yet.
    pub replied: bool,
    /// Whether the requester can still withdraw the request.
    pub can_withdraw: bool,
    /// When ICBL shared the request with the member organizations concerned (never without
    /// the requester's consent).
    pub shared_at: Option<DateTime<Utc>>,
    /// `shared_at` for people.
    pub shared_when: Option<String>,
}

impl StatusItem {
    pub fn new(
        r: &request::Model,
        steps: Vec<coordination_step::Model>,
        messages: Vec<crate::threads::MessageItem>,
    ) -> Self {
        Self {
            reference: r.reference.clone(),
            status: r.status,
            status_label: r.status.label(),
            explanation: r.status.explanation(),
            requesting_state: r.requesting_state.clone(),
            target_state: r.target_state.clone(),
            approach: r.approach,
            approach_label: r.approach.label(),
            mode: r.mode,
            mode_label: r.mode.label(),
            window_start: r.window_start,
            window_end: r.window_end,
            received_at: r.received_at,
            steps: steps.into_iter().map(StepView::from).collect(),
            replied: messages
                .last()
                .is_some_and(|m| m.side == crate::threads::Side::Requester),
            messages,
            can_withdraw: r.status.steps().any(|s| s.party() == Party::Requester),
            shared_at: r.shared_at,
            shared_when: r.shared_at.map(crate::views::instant),
        }
    }
}
