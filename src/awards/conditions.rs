//! What must hold before an installment is approved for payment, and whether it holds.
//!
//! Each installment has a condition: `none`, `on_signature` (the agreement's signature is
//! recorded), `on_date` (its due date has come), `after_report:{id}` (that report of the award is
//! accepted) or `after_final_reports` (every final report of the award is accepted). Finance
//! cannot approve an installment whose condition does not hold (409, with a sentence naming
//! what is missing) unless one finance officer has written a reason to override it and a second
//! person (an administrator or another finance officer) has confirmed the override.

use chrono::NaiveDate;

use super::model::{Full, is_final};
use super::workflow::ReportStatus;
use crate::choice::choice;
use crate::entities::{disbursement, report};
use crate::i18n::Lang;

choice!(ConditionKind, "an installment condition", {
    None => "none", "No condition",
    OnSignature => "on_signature", "On signature of the agreement",
    OnDate => "on_date", "On its due date",
    AfterReport => "after_report", "After a report is accepted",
    AfterFinalReports => "after_final_reports", "After the final reports are accepted",
});

/// A checked condition: its kind, and the report it waits for (`after_report`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Condition {
    pub kind: ConditionKind,
    pub report_id: Option<i64>,
}

impl Condition {
    pub const NONE: Self = Self {
        kind: ConditionKind::None,
        report_id: None,
    };

    pub fn of(kind: ConditionKind) -> Self {
        Self {
            kind,
            report_id: None,
        }
    }

    /// The condition stored with an installment (its kind is typed: a stored kind the code does
    /// not know fails the read). An `after_report` that names no report, or one of another
    /// award, never holds: it is not taken for "no condition".
    pub fn stored(d: &disbursement::Model) -> Self {
        match d.condition_kind {
            ConditionKind::AfterReport => Self {
                kind: ConditionKind::AfterReport,
                report_id: d.condition_report_id,
            },
            kind => Self::of(kind),
        }
    }

    /// `on_signature`, `after_report:12`: as the API and the forms write it.
    pub fn code(&self) -> String {
        match (self.kind, self.report_id) {
            (ConditionKind::AfterReport, Some(id)) => format!("after_report:{id}"),
            (kind, _) => kind.as_str().to_owned(),
        }
    }

    /// Parses a condition as written (empty is `none`); `after_report:{id}` must name one of
    /// `reports` (the award's).
    pub fn parse(text: &str, reports: &[report::Model]) -> Result<Self, String> {
        let text = text.trim();
        if text.is_empty() {
            return Ok(Self::NONE);
        }
        if let Some(id) = text.strip_prefix("after_report:") {
            let id: i64 = id
                .trim()
                .parse()
                .map_err(|_| format!("'{text}' does not name a report: write after_report:ID"))?;
            if !reports.iter().any(|r| r.id == id) {
                return Err(format!("this award has no report {id}"));
            }
            return Ok(Self {
                kind: ConditionKind::AfterReport,
                report_id: Some(id),
            });
        }
        match ConditionKind::ALL.iter().find(|k| k.as_str() == text) {
            Some(ConditionKind::AfterReport) => {
                Err("name the report it waits for: after_report:ID".to_owned())
            }
            Some(kind) => Ok(Self::of(*kind)),
            None => Err(format!(
                "'{text}' is not a condition; use none, on_signature, on_date, \
                 after_report:ID or after_final_reports"
            )),
        }
    }

    /// The condition for people: "After the Final narrative report (due 31 Jan 2028) is accepted".
    pub fn describe(&self, full: &Full) -> String {
        self.describe_in(Lang::En, full)
    }

    /// The condition for people, in `lang`.
    pub fn describe_in(&self, lang: Lang, full: &Full) -> String {
        match (self.kind, self.report_id) {
            (ConditionKind::AfterReport, Some(id)) => {
                match full.reports.iter().find(|r| r.id == id) {
                    Some(r) => crate::i18n::format(
                        lang,
                        "awards-condition-after-report",
                        &[
                            ("report", r.kind.label_in(lang).to_lowercase().into()),
                            ("due", crate::i18n::formats::date(lang, r.due_on).into()),
                        ],
                    ),
                    None => crate::i18n::format(
                        lang,
                        "awards-condition-after-report-id",
                        &[("id", id.to_string().into())],
                    ),
                }
            }
            (kind, _) => kind.label_in(lang).into_owned(),
        }
    }

    /// What is missing, as a sentence in `lang`, or `None` when the condition holds on `today`.
    pub fn unmet(
        &self,
        lang: Lang,
        full: &Full,
        installment: &disbursement::Model,
        today: NaiveDate,
    ) -> Option<String> {
        let accepted = |r: &report::Model| r.status == ReportStatus::Accepted;
        let status = |r: &report::Model| {
            crate::i18n::format(
                lang,
                "awards-unmet-report-status",
                &[
                    ("report", r.kind.label_in(lang).to_lowercase().into()),
                    ("status", r.status.label_in(lang).to_lowercase().into()),
                ],
            )
        };
        let waits = |id: &str, status: String| {
            crate::i18n::catalog::format(lang, id, &[("status", status.into())])
        };
        match self.kind {
            ConditionKind::None => None,
            ConditionKind::OnSignature => full
                .award
                .signed_on
                .is_none()
                .then(|| crate::i18n::text(lang, "awards-unmet-on-signature")),
            ConditionKind::OnDate => match installment.due_on {
                Some(due) if due <= today => None,
                Some(due) => Some(crate::i18n::format(
                    lang,
                    "awards-unmet-on-date",
                    &[("date", crate::treaty::views::long_date_in(lang, due).into())],
                )),
                None => Some(crate::i18n::text(lang, "awards-unmet-no-date")),
            },
            ConditionKind::AfterReport => {
                let report = full.reports.iter().find(|r| Some(r.id) == self.report_id);
                match report {
                    Some(r) if accepted(r) => None,
                    Some(r) => Some(waits("awards-unmet-report", status(r))),
                    None => Some(crate::i18n::text(lang, "awards-unmet-no-report")),
                }
            }
            ConditionKind::AfterFinalReports => {
                let waiting: Vec<String> = full
                    .reports
                    .iter()
                    .filter(|r| is_final(r.kind) && !accepted(r))
                    .map(status)
                    .collect();
                let both = waiting.into_iter().reduce(|first, second| {
                    crate::i18n::format(
                        lang,
                        "awards-unmet-and",
                        &[("first", first.into()), ("second", second.into())],
                    )
                });
                both.map(|status| waits("awards-unmet-final-reports", status))
            }
        }
    }
}

/// Where an installment's override stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Override {
    None,
    /// Asked for, waiting for a second person.
    Requested,
    Confirmed,
}

pub fn override_of(d: &disbursement::Model) -> Override {
    match (d.override_at, d.override_confirmed_at) {
        (_, Some(_)) => Override::Confirmed,
        (Some(_), None) => Override::Requested,
        (None, None) => Override::None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conditions_parse_from_their_codes_and_say_what_is_allowed() {
        assert_eq!(Condition::parse("", &[]), Ok(Condition::NONE));
        assert_eq!(
            Condition::parse(" on_signature ", &[]),
            Ok(Condition::of(ConditionKind::OnSignature))
        );
        assert_eq!(Condition::parse("on_date", &[]).unwrap().code(), "on_date");
        let error = Condition::parse("new bank", &[]).unwrap_err();
        assert!(error.contains("after_report:ID"), "{error}");
        assert!(
            Condition::parse("after_report", &[])
                .unwrap_err()
                .contains("name the report")
        );
        assert!(
            Condition::parse("after_report:7", &[])
                .unwrap_err()
                .contains("no report 7")
        );
        assert!(Condition::parse("after_report:x", &[]).is_err());
    }
}
