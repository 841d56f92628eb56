//! The application workflow of DESIGN.md as a pure state machine: [`next`] says where an action
//! leads from a status, or why it may not be taken. Handlers call it before they change anything;
//! who may take an action is the policy's business (`crate::policy`), what else must hold (the
//! round is open, the amount fits the budget) the model's.

use serde::Serialize;

use crate::choice::choice;

choice!(Status, "an application status", {
    Draft => "draft", "Draft",
    Submitted => "submitted", "Submitted",
    UnderReview => "under_review", "Under review",
    ChangesRequested => "changes_requested", "Changes requested",
    Approved => "approved", "Approved",
    Rejected => "rejected", "Rejected",
    Withdrawn => "withdrawn", "Withdrawn",
});

choice!(Step, "an application action", {
    Submit => "submit", "Submit",
    StartReview => "start-review", "Start the review",
    RequestChanges => "request-changes", "Request changes",
    Resubmit => "resubmit", "Resubmit",
    Approve => "approve", "Approve",
    Reject => "reject", "Reject",
    Withdraw => "withdraw", "Withdraw",
});

/// Who takes a step: the applicant organization or ICBL staff.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Party {
    Member,
    Staff,
}

impl Step {
    pub fn party(self) -> Party {
        match self {
            Step::Submit | Step::Resubmit | Step::Withdraw => Party::Member,
            Step::StartReview | Step::RequestChanges | Step::Approve | Step::Reject => Party::Staff,
        }
    }
}

impl Status {
    /// A status nothing leads out of.
    pub fn is_final(self) -> bool {
        matches!(
            self,
            Status::Approved | Status::Rejected | Status::Withdrawn
        )
    }

    /// The organization may edit its application only in these.
    pub fn is_editable(self) -> bool {
        matches!(self, Status::Draft | Status::ChangesRequested)
    }

    /// The steps that lead out of this status.
    pub fn steps(self) -> impl Iterator<Item = Step> {
        Step::ALL
            .iter()
            .copied()
            .filter(move |step| next(self, *step).is_ok())
    }

    /// What happens next, in words for the organization's dashboard.
    /// [`Self::next_step`] in `lang`.
    pub fn next_step_in(self, lang: crate::i18n::Lang) -> String {
        let id = format!("applications-next-{}", self.as_str().replace('_', "-"));
        crate::i18n::text(lang, &id)
    }

    pub fn next_step(self) -> &'static str {
        match self {
            Status::Draft => "Complete the application and submit it before the round closes.",
            Status::Submitted => "ICBL staff will start the review.",
            Status::UnderReview => "Reviewers are assessing it; ICBL staff will decide.",
            Status::ChangesRequested => "Make the changes ICBL asked for and resubmit.",
            Status::Approved => "Approved: see the award.",
            Status::Rejected => "Not funded this time.",
            Status::Withdrawn => "Withdrawn.",
        }
    }
}

/// Why a step may not be taken from a status: a 409 for the person who tried.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("an application that is '{}' cannot be {}", .from.label().to_lowercase(), past(*.step))]
pub struct IllegalTransition {
    pub from: Status,
    pub step: Step,
}

fn past(step: Step) -> &'static str {
    match step {
        Step::Submit => "submitted",
        Step::StartReview => "put under review",
        Step::RequestChanges => "sent back for changes",
        Step::Resubmit => "resubmitted",
        Step::Approve => "approved",
        Step::Reject => "rejected",
        Step::Withdraw => "withdrawn",
    }
}

/// The transitions of DESIGN.md, and only those.
pub fn next(from: Status, step: Step) -> Result<Status, IllegalTransition> {
    use Status::*;
    let to = match (from, step) {
        (Draft, Step::Submit) => Submitted,
        (Submitted, Step::StartReview) => UnderReview,
        (UnderReview, Step::RequestChanges) => ChangesRequested,
        (ChangesRequested, Step::Resubmit) => UnderReview,
        (UnderReview, Step::Approve) => Approved,
        (UnderReview, Step::Reject) => Rejected,
        (Draft | Submitted | ChangesRequested, Step::Withdraw) => Withdrawn,
        _ => return Err(IllegalTransition { from, step }),
    };
    Ok(to)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The diagram of DESIGN.md, written out as (from, step, to) so that the tests check the
    /// machine against the specification rather than against itself.
    const DIAGRAM: &[(Status, Step, Status)] = &[
        (Status::Draft, Step::Submit, Status::Submitted),
        (Status::Submitted, Step::StartReview, Status::UnderReview),
        (
            Status::UnderReview,
            Step::RequestChanges,
            Status::ChangesRequested,
        ),
        (
            Status::ChangesRequested,
            Step::Resubmit,
            Status::UnderReview,
        ),
        (Status::UnderReview, Step::Approve, Status::Approved),
        (Status::UnderReview, Step::Reject, Status::Rejected),
        (Status::Draft, Step::Withdraw, Status::Withdrawn),
        (Status::Submitted, Step::Withdraw, Status::Withdrawn),
        (Status::ChangesRequested, Step::Withdraw, Status::Withdrawn),
    ];

    fn in_diagram(from: Status, step: Step) -> Option<Status> {
        DIAGRAM
            .iter()
            .find(|(f, s, _)| *f == from && *s == step)
            .map(|(_, _, to)| *to)
    }

    #[test]
    fn every_pair_of_status_and_step_follows_the_diagram() {
        for from in Status::ALL {
            for step in Step::ALL {
                assert_eq!(
                    next(*from, *step).ok(),
                    in_diagram(*from, *step),
                    "{from:?} {step:?}"
                );
            }
        }
    }

    #[test]
    fn final_statuses_lead_nowhere_and_the_message_names_both_ends() {
        for status in [Status::Approved, Status::Rejected, Status::Withdrawn] {
            assert!(status.is_final());
            assert_eq!(status.steps().count(), 0);
        }
        let error = next(Status::Approved, Step::Withdraw).unwrap_err();
        assert_eq!(
            error.to_string(),
            "an application that is 'approved' cannot be withdrawn"
        );
    }

    /// The organization edits a draft and an application sent back to it; nothing else.
    #[test]
    fn only_drafts_and_applications_sent_back_are_editable() {
        for status in Status::ALL.iter().copied() {
            let editable = matches!(status, Status::Draft | Status::ChangesRequested);
            assert_eq!(status.is_editable(), editable, "{status:?}");
            assert!(!(status.is_editable() && status.is_final()), "{status:?}");
        }
    }

    /// A status offers the steps that lead out of it, and says what comes next.
    #[test]
    fn each_status_offers_its_steps_and_says_what_comes_next() {
        let steps = |s: Status| s.steps().collect::<Vec<_>>();
        assert_eq!(steps(Status::Draft), [Step::Submit, Step::Withdraw]);
        assert_eq!(
            steps(Status::UnderReview),
            [Step::RequestChanges, Step::Approve, Step::Reject]
        );
        assert_eq!(
            Status::ChangesRequested.next_step(),
            "Make the changes ICBL asked for and resubmit."
        );
        let mut seen = std::collections::HashSet::new();
        for status in Status::ALL.iter().copied() {
            assert!(
                seen.insert(status.next_step()),
                "{status:?} says the same as another"
            );
        }
    }

    #[test]
    fn members_submit_resubmit_and_withdraw_staff_do_the_rest() {
        for step in Step::ALL {
            let member = matches!(step, Step::Submit | Step::Resubmit | Step::Withdraw);
            assert_eq!(step.party() == Party::Member, member, "{step:?}");
        }
    }

    fn any_step() -> impl Strategy<Value = Step> {
        proptest::sample::select(Step::ALL)
    }

    proptest! {
        /// Random sequences of actions, legal or not: an illegal one changes nothing, a legal
        /// one moves along an arrow of the diagram, and nothing ever leaves a final status.
        #[test]
        fn no_sequence_of_actions_leaves_the_diagram(steps in proptest::collection::vec(any_step(), 0..40)) {
            let mut status = Status::Draft;
            let mut reached = vec![status];
            for step in steps {
                match next(status, step) {
                    Ok(to) => {
                        prop_assert_eq!(in_diagram(status, step), Some(to));
                        prop_assert!(!status.is_final());
                        status = to;
                    }
                    Err(error) => {
                        prop_assert_eq!(in_diagram(status, step), None);
                        prop_assert_eq!(error, IllegalTransition { from: status, step });
                    }
                }
                reached.push(status);
            }
            // Once decided or withdrawn, the application stays so.
            if let Some(first_final) = reached.iter().position(|s| s.is_final()) {
                prop_assert!(reached[first_final..].iter().all(|s| *s == reached[first_final]));
            }
            // Approval and rejection are reached only through a review.
            for pair in reached.windows(2) {
                if pair[1] != pair[0] && matches!(pair[1], Status::Approved | Status::Rejected) {
                    prop_assert_eq!(pair[0], Status::UnderReview);
                }
            }
        }
    }
}
