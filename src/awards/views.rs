//! What the award API answers (field names fixed by API.md) and the pages show.

use chrono::NaiveDate;
use serde::Serialize;

use super::amendments::AmendmentKind;
use super::conditions::Condition;
use super::list::Row;
use super::model::Full;
use super::reports;
use super::workflow::{AwardStatus, InstallmentStatus, ReportStatus};
use crate::entities::{disbursement, report};
use crate::money::{Currency, Money};
use crate::rounds::model::ReportKind;

/// An installment of the award's schedule (a disbursement).
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct InstallmentItem {
    pub id: i64,
    /// 1 for the first installment.
    pub sequence: i32,
    /// In the award's currency.
    #[schema(pattern = r"^-?[0-9]+(\.[0-9]+)?$", example = "1500.00")]
    pub amount: String,
    pub due_on: Option<NaiveDate>,
    /// What the service checks before it is approved: `none`, `on_signature`, `on_date`,
    /// `after_report:{report id}` or `after_final_reports`.
    pub condition: String,
    /// The condition for people: "On signature of the agreement".
    pub condition_label: String,
    /// Staff's words on it (may be empty).
    pub condition_note: String,
    /// For a scheduled installment, what is missing before it may be approved (`null` when
    /// its condition holds).
    pub condition_unmet: Option<String>,
    /// Why its unmet condition was overridden, when finance asked for that.
    pub override_reason: Option<String>,
    /// The user who asked for the override, and the second person who confirmed it.
    pub override_by: Option<i64>,
    pub override_confirmed_by: Option<i64>,
    pub status: InstallmentStatus,
    pub paid_on: Option<NaiveDate>,
    pub payment_reference: Option<String>,
    /// A payment made in another currency than the award's: what was paid and at what rate
    /// (`amount` is then what it is worth in the award's currency).
    pub paid_in: Option<PaidIn>,
    pub cancel_reason: Option<String>,
}

/// What was paid in another currency, and the rate used.
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct PaidIn {
    #[schema(value_type = String, example = "USD")]
    pub currency: Currency,
    #[schema(pattern = r"^-?[0-9]+(\.[0-9]+)?$", example = "785.00")]
    pub amount: String,
    /// One of `currency` in the award's currency.
    #[schema(example = "0.8917")]
    pub rate: String,
    pub rate_on: NaiveDate,
    /// What was scheduled before the payment, in the award's currency.
    #[schema(pattern = r"^-?[0-9]+(\.[0-9]+)?$", example = "700.00")]
    pub scheduled: Option<String>,
}

impl InstallmentItem {
    pub fn new(d: &disbursement::Model, full: &Full, today: NaiveDate) -> Self {
        let currency = full.currency();
        let condition = Condition::stored(d);
        Self {
            id: d.id,
            sequence: d.sequence,
            amount: Money::from_minor(d.amount_minor, currency)
                .amount()
                .to_string(),
            due_on: d.due_on,
            condition: condition.code(),
            condition_label: condition.describe(full),
            condition_note: d.condition.clone(),
            condition_unmet: (d.status == InstallmentStatus::Scheduled)
                .then(|| condition.unmet(crate::i18n::Lang::En, full, d, today))
                .flatten(),
            override_reason: d.override_reason.clone(),
            override_by: d.override_by,
            override_confirmed_by: d.override_confirmed_by,
            status: d.status,
            paid_on: d.paid_on,
            payment_reference: d.payment_reference.clone(),
            paid_in: match (
                d.paid_currency,
                d.paid_amount_minor,
                d.paid_rate,
                d.paid_rate_on,
            ) {
                (Some(c), Some(minor), Some(rate), Some(rate_on)) => Some(PaidIn {
                    currency: c,
                    amount: Money::from_minor(minor, c).amount().to_string(),
                    rate: rate.to_string(),
                    rate_on,
                    scheduled: d
                        .scheduled_minor
                        .map(|s| Money::from_minor(s, currency).amount().to_string()),
                }),
                _ => None,
            },
            cancel_reason: d.cancel_reason.clone(),
        }
    }
}

/// A report the award's organization owes.
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct ReportItem {
    pub id: i64,
    pub kind: ReportKind,
    pub due_on: NaiveDate,
    /// As of today: a report due and past its date is `overdue`.
    pub status: ReportStatus,
    pub submitted_at: Option<chrono::DateTime<chrono::Utc>>,
    /// What staff asked to revise, when they sent it back.
    pub staff_message: Option<String>,
}

impl ReportItem {
    pub fn new(r: &report::Model, today: NaiveDate) -> Self {
        Self {
            id: r.id,
            kind: r.kind,
            due_on: r.due_on,
            status: r.status.on(r.due_on, today),
            submitted_at: r.submitted_at,
            staff_message: r.staff_message.clone(),
        }
    }
}

/// A report in the API's list, with its award and organization.
#[derive(Serialize, utoipa::ToSchema)]
pub struct ReportRow {
    #[serde(flatten)]
    pub report: ReportItem,
    pub award_id: i64,
    /// The award's reference.
    pub reference: String,
    pub organization_id: i64,
    pub organization_name: String,
    /// The award's target state (for the redaction of sensitive countries).
    #[serde(skip)]
    pub target_state: String,
}

impl crate::sensitivity::Redact for ReportRow {
    fn concerns(&self) -> (Option<&str>, Option<i64>) {
        (Some(&self.target_state), Some(self.organization_id))
    }

    fn withhold(&mut self) {
        crate::sensitivity::WITHHELD.clone_into(&mut self.organization_name);
        if self.report.staff_message.is_some() {
            self.report.staff_message = Some(crate::sensitivity::WITHHELD.to_owned());
        }
    }
}

impl crate::sensitivity::Redact for AwardRow {
    fn concerns(&self) -> (Option<&str>, Option<i64>) {
        (Some(&self.target_state), Some(self.organization_id))
    }

    fn withhold(&mut self) {
        crate::sensitivity::WITHHELD.clone_into(&mut self.organization_name);
    }
}

impl ReportRow {
    pub fn new(r: reports::Row, today: NaiveDate) -> Self {
        Self {
            report: ReportItem {
                id: r.id,
                kind: r.kind,
                due_on: r.due_on,
                status: r.status.on(r.due_on, today),
                submitted_at: r.submitted_at,
                staff_message: r.staff_message,
            },
            award_id: r.award_id,
            reference: r.reference,
            organization_id: r.organization_id,
            organization_name: r.organization_name,
            target_state: r.target_state,
        }
    }
}

/// An amendment of the award, with what it changed.
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct AmendmentItem {
    pub id: i64,
    pub kind: AmendmentKind,
    pub reason: String,
    /// What the amendment changed, as it was (the end date, the amount or the budget lines).
    pub before: serde_json::Value,
    /// What the amendment changed, as it is after.
    pub after: serde_json::Value,
    pub created_at: chrono::DateTime<chrono::Utc>,
}

/// An award, with its installments, reports and amendments.
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct AwardItem {
    pub id: i64,
    pub application_id: i64,
    pub organization_id: i64,
    pub round_id: i64,
    /// The ISO3 code of the state the work targets.
    pub target_state: String,
    pub reference: String,
    #[schema(pattern = r"^-?[0-9]+(\.[0-9]+)?$", example = "1500.00")]
    pub amount: String,
    pub currency: Currency,
    pub status: AwardStatus,
    /// Why it was suspended or terminated.
    pub status_reason: Option<String>,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub conditions: String,
    /// When the agreement was signed.
    pub signed_on: Option<NaiveDate>,
    /// What the installments paid add up to.
    #[schema(pattern = r"^-?[0-9]+(\.[0-9]+)?$", example = "1500.00")]
    pub paid: String,
    /// What the schedule does not cover (after a cancellation or an amount change): staff
    /// rebalance it.
    #[schema(pattern = r"^-?[0-9]+(\.[0-9]+)?$", example = "1500.00")]
    pub unscheduled: String,
    pub disbursements: Vec<InstallmentItem>,
    pub reports: Vec<ReportItem>,
    pub amendments: Vec<AmendmentItem>,
}

impl AwardItem {
    pub fn new(full: &Full, today: NaiveDate) -> Self {
        let a = &full.award;
        Self {
            id: a.id,
            application_id: a.application_id,
            organization_id: a.organization_id,
            round_id: a.round_id,
            target_state: a.target_state.clone(),
            reference: a.reference.clone(),
            amount: full.amount().amount().to_string(),
            currency: a.amount_currency,
            status: a.status,
            status_reason: a.status_reason.clone(),
            starts_on: a.starts_on,
            ends_on: a.ends_on,
            conditions: a.conditions.clone(),
            signed_on: a.signed_on,
            paid: full.paid().amount().to_string(),
            unscheduled: full.unscheduled().amount().to_string(),
            disbursements: full
                .disbursements
                .iter()
                .map(|d| InstallmentItem::new(d, full, today))
                .collect(),
            reports: full
                .reports
                .iter()
                .map(|r| ReportItem::new(r, today))
                .collect(),
            amendments: full
                .amendments
                .iter()
                .map(|m| AmendmentItem {
                    id: m.id,
                    kind: m.kind,
                    reason: m.reason.clone(),
                    before: m.before.clone(),
                    after: m.after.clone(),
                    created_at: m.created_at,
                })
                .collect(),
        }
    }
}

/// A row of the award list.
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct AwardRow {
    pub id: i64,
    pub application_id: i64,
    pub organization_id: i64,
    pub organization_name: String,
    pub reference: String,
    #[schema(pattern = r"^-?[0-9]+(\.[0-9]+)?$", example = "1500.00")]
    pub amount: String,
    pub currency: Currency,
    pub status: AwardStatus,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub target_state: String,
    pub state_name: String,
}

impl From<Row> for AwardRow {
    fn from(r: Row) -> Self {
        Self {
            amount: r.amount().amount().to_string(),
            id: r.id,
            application_id: r.application_id,
            organization_id: r.organization_id,
            organization_name: r.organization_name,
            reference: r.reference,
            currency: r.amount_currency,
            status: r.status,
            starts_on: r.starts_on,
            ends_on: r.ends_on,
            target_state: r.target_state,
            state_name: r.state_name,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The items carry the enums, which serde spells: that must be the stored spelling, which
    /// the API answered before the columns were typed.
    #[test]
    fn the_api_spells_every_status_and_kind_as_stored() {
        fn check<T: Serialize + Copy>(all: &[T], as_str: fn(T) -> &'static str) {
            for v in all {
                assert_eq!(serde_json::to_value(v).unwrap(), as_str(*v));
            }
        }
        check(AwardStatus::ALL, AwardStatus::as_str);
        check(InstallmentStatus::ALL, InstallmentStatus::as_str);
        check(ReportStatus::ALL, ReportStatus::as_str);
        check(ReportKind::ALL, ReportKind::as_str);
        check(AmendmentKind::ALL, AmendmentKind::as_str);
    }
}

/// One line of a financial report: what was spent in a budget category.
#[derive(Serialize, utoipa::ToSchema)]
#[schema(as = awards::SpendingLine)]
pub struct SpendingLine {
    pub category: crate::budget_category::Category,
    #[schema(pattern = r"^-?[0-9]+(\.[0-9]+)?$", example = "1500.00")]
    pub amount: String,
}

/// A report whole: what the organization wrote and declared, and staff's notes.
#[derive(Serialize, utoipa::ToSchema)]
#[schema(as = awards::ReportDetail)]
pub struct ReportDetail {
    #[serde(flatten)]
    pub report: ReportItem,
    pub award_id: i64,
    /// The award's reference.
    pub award_reference: String,
    pub narrative: String,
    /// The outcomes, each a sentence.
    pub outcomes: Vec<String>,
    /// Declared spending by budget category (financial reports), in the award's currency.
    pub spending: Vec<SpendingLine>,
    pub currency: Currency,
    pub accepted_at: Option<chrono::DateTime<chrono::Utc>>,
}
