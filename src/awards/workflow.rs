//! The three small state machines of an award's life, pure like the applications' one: the
//! award itself, each installment of its payment schedule, and each report it owes.

use crate::choice::choice;

choice!(AwardStatus, "an award status", {
    Active => "active", "Active",
    Suspended => "suspended", "Suspended",
    Completed => "completed", "Completed",
    Terminated => "terminated", "Terminated",
});

choice!(AwardStep, "an award action", {
    Suspend => "suspend", "Suspend",
    Resume => "resume", "Resume",
    Terminate => "terminate", "Terminate",
    Complete => "complete", "Complete",
});

choice!(InstallmentStatus, "an installment status", {
    Scheduled => "scheduled", "Scheduled",
    Approved => "approved", "Approved for payment",
    Paid => "paid", "Paid",
    Cancelled => "cancelled", "Cancelled",
});

choice!(InstallmentStep, "an installment action", {
    Approve => "approve", "Approve",
    Pay => "pay", "Mark paid",
    Cancel => "cancel", "Cancel",
});

choice!(ReportStatus, "a report status", {
    Due => "due", "Due",
    Overdue => "overdue", "Overdue",
    Submitted => "submitted", "Submitted",
    RevisionRequested => "revision_requested", "Revision requested",
    Accepted => "accepted", "Accepted",
});

choice!(ReportStep, "a report action", {
    Submit => "submit", "Submit",
    Accept => "accept", "Accept",
    RequestRevision => "request-revision", "Request a revision",
});

/// An action that may not be taken from a status: a 409 with this message.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{what} that is {from} cannot be {action}")]
pub struct Illegal {
    pub what: &'static str,
    pub from: &'static str,
    pub action: &'static str,
}

pub fn award_next(from: AwardStatus, step: AwardStep) -> Result<AwardStatus, Illegal> {
    use AwardStatus::*;
    match (from, step) {
        (Active, AwardStep::Suspend) => Ok(Suspended),
        (Suspended, AwardStep::Resume) => Ok(Active),
        (Active | Suspended, AwardStep::Terminate) => Ok(Terminated),
        (Active, AwardStep::Complete) => Ok(Completed),
        _ => Err(Illegal {
            what: "an award",
            from: from.label(),
            action: match step {
                AwardStep::Suspend => "suspended",
                AwardStep::Resume => "resumed",
                AwardStep::Terminate => "terminated",
                AwardStep::Complete => "completed",
            },
        }),
    }
}

pub fn installment_next(
    from: InstallmentStatus,
    step: InstallmentStep,
) -> Result<InstallmentStatus, Illegal> {
    use InstallmentStatus::*;
    match (from, step) {
        (Scheduled, InstallmentStep::Approve) => Ok(Approved),
        (Approved, InstallmentStep::Pay) => Ok(Paid),
        (Scheduled | Approved, InstallmentStep::Cancel) => Ok(Cancelled),
        _ => Err(Illegal {
            what: "an installment",
            from: from.label(),
            action: match step {
                InstallmentStep::Approve => "approved",
                InstallmentStep::Pay => "paid",
                InstallmentStep::Cancel => "cancelled",
            },
        }),
    }
}

/// `Overdue` is never stored: it is `Due` past its date (see [`ReportStatus::on`]).
pub fn report_next(from: ReportStatus, step: ReportStep) -> Result<ReportStatus, Illegal> {
    use ReportStatus::*;
    match (from, step) {
        (Due | Overdue | RevisionRequested, ReportStep::Submit) => Ok(Submitted),
        (Submitted, ReportStep::Accept) => Ok(Accepted),
        (Submitted, ReportStep::RequestRevision) => Ok(RevisionRequested),
        _ => Err(Illegal {
            what: "a report",
            from: from.label(),
            action: match step {
                ReportStep::Submit => "submitted",
                ReportStep::Accept => "accepted",
                ReportStep::RequestRevision => "sent back for revision",
            },
        }),
    }
}

impl ReportStatus {
    /// The status to show on `today` of a report stored with this one: a report due and past
    /// its date is overdue.
    pub fn on(self, due_on: chrono::NaiveDate, today: chrono::NaiveDate) -> Self {
        match self {
            ReportStatus::Due if due_on < today => ReportStatus::Overdue,
            other => other,
        }
    }

    /// Still owed by the organization.
    pub fn is_owed(self) -> bool {
        matches!(
            self,
            ReportStatus::Due | ReportStatus::Overdue | ReportStatus::RevisionRequested
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn awards_suspend_resume_terminate_and_complete_as_designed() {
        use AwardStatus::*;
        assert_eq!(award_next(Active, AwardStep::Suspend), Ok(Suspended));
        assert_eq!(award_next(Suspended, AwardStep::Resume), Ok(Active));
        assert_eq!(award_next(Suspended, AwardStep::Terminate), Ok(Terminated));
        assert!(award_next(Suspended, AwardStep::Complete).is_err());
        assert_eq!(
            award_next(Completed, AwardStep::Suspend)
                .unwrap_err()
                .to_string(),
            "an award that is Completed cannot be suspended"
        );
    }

    /// Every pair of status and step, against the diagrams of DESIGN.md: the pairs listed
    /// lead where they say, every other pair is refused.
    #[test]
    fn every_pair_of_status_and_step_follows_the_diagrams() {
        use AwardStatus as A;
        use InstallmentStatus as I;
        use ReportStatus as R;
        let awards = [
            (A::Active, AwardStep::Suspend, A::Suspended),
            (A::Suspended, AwardStep::Resume, A::Active),
            (A::Active, AwardStep::Terminate, A::Terminated),
            (A::Suspended, AwardStep::Terminate, A::Terminated),
            (A::Active, AwardStep::Complete, A::Completed),
        ];
        for from in AwardStatus::ALL.iter().copied() {
            for step in AwardStep::ALL.iter().copied() {
                let expected = awards
                    .iter()
                    .find(|(f, s, _)| *f == from && *s == step)
                    .map(|(_, _, to)| *to);
                assert_eq!(award_next(from, step).ok(), expected, "{from:?} {step:?}");
            }
        }
        let installments = [
            (I::Scheduled, InstallmentStep::Approve, I::Approved),
            (I::Approved, InstallmentStep::Pay, I::Paid),
            (I::Scheduled, InstallmentStep::Cancel, I::Cancelled),
            (I::Approved, InstallmentStep::Cancel, I::Cancelled),
        ];
        for from in InstallmentStatus::ALL.iter().copied() {
            for step in InstallmentStep::ALL.iter().copied() {
                let expected = installments
                    .iter()
                    .find(|(f, s, _)| *f == from && *s == step)
                    .map(|(_, _, to)| *to);
                assert_eq!(
                    installment_next(from, step).ok(),
                    expected,
                    "{from:?} {step:?}"
                );
            }
        }
        let reports = [
            (R::Due, ReportStep::Submit, R::Submitted),
            (R::Overdue, ReportStep::Submit, R::Submitted),
            (R::RevisionRequested, ReportStep::Submit, R::Submitted),
            (R::Submitted, ReportStep::Accept, R::Accepted),
            (
                R::Submitted,
                ReportStep::RequestRevision,
                R::RevisionRequested,
            ),
        ];
        for from in ReportStatus::ALL.iter().copied() {
            for step in ReportStep::ALL.iter().copied() {
                let expected = reports
                    .iter()
                    .find(|(f, s, _)| *f == from && *s == step)
                    .map(|(_, _, to)| *to);
                assert_eq!(report_next(from, step).ok(), expected, "{from:?} {step:?}");
            }
        }
        assert_eq!(
            installment_next(I::Paid, InstallmentStep::Cancel)
                .unwrap_err()
                .to_string(),
            "an installment that is Paid cannot be cancelled"
        );
        assert_eq!(
            report_next(R::Accepted, ReportStep::RequestRevision)
                .unwrap_err()
                .to_string(),
            "a report that is Accepted cannot be sent back for revision"
        );
    }

    #[test]
    fn owed_reports_are_due_overdue_or_sent_back() {
        for status in ReportStatus::ALL.iter().copied() {
            let owed = matches!(
                status,
                ReportStatus::Due | ReportStatus::Overdue | ReportStatus::RevisionRequested
            );
            assert_eq!(status.is_owed(), owed, "{status:?}");
        }
    }

    #[test]
    fn a_report_due_past_its_date_is_overdue() {
        let day = |d: &str| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").unwrap();
        let due = day("2027-06-30");
        assert_eq!(
            ReportStatus::Due.on(due, day("2027-06-30")),
            ReportStatus::Due
        );
        assert_eq!(
            ReportStatus::Due.on(due, day("2027-07-01")),
            ReportStatus::Overdue
        );
        assert_eq!(
            ReportStatus::Submitted.on(due, day("2027-07-01")),
            ReportStatus::Submitted
        );
    }

    proptest! {
        /// Whatever finance tries, in whatever order, an installment is paid at most once and
        /// nothing leaves `paid` or `cancelled`.
        #[test]
        fn an_installment_is_paid_at_most_once(
            steps in proptest::collection::vec(proptest::sample::select(InstallmentStep::ALL), 0..30)
        ) {
            let mut status = InstallmentStatus::Scheduled;
            let mut payments = 0;
            for step in steps {
                if let Ok(next) = installment_next(status, step) {
                    prop_assert!(!matches!(status, InstallmentStatus::Paid | InstallmentStatus::Cancelled));
                    if next == InstallmentStatus::Paid {
                        payments += 1;
                    }
                    status = next;
                }
            }
            prop_assert!(payments <= 1);
        }

        /// Completed and terminated awards stay so.
        #[test]
        fn closed_awards_stay_closed(
            steps in proptest::collection::vec(proptest::sample::select(AwardStep::ALL), 0..30)
        ) {
            let mut status = AwardStatus::Active;
            let mut closed = false;
            for step in steps {
                if let Ok(next) = award_next(status, step) {
                    prop_assert!(!closed);
                    status = next;
                    closed = matches!(next, AwardStatus::Completed | AwardStatus::Terminated);
                }
            }
        }

        /// An accepted report is never sent back or submitted again.
        #[test]
        fn accepted_reports_stay_accepted(
            steps in proptest::collection::vec(proptest::sample::select(ReportStep::ALL), 0..30)
        ) {
            let mut status = ReportStatus::Due;
            for step in steps {
                let was_accepted = status == ReportStatus::Accepted;
                if let Ok(next) = report_next(status, step) {
                    prop_assert!(!was_accepted);
                    status = next;
                }
            }
        }
    }
}
