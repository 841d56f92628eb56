//! The workflow of a coordination request (DESIGN.md, "Coordination requests") as a pure state
//! machine: [`next`] says where a step leads from a status, or why it may not be taken. Staff
//! take every step but the withdrawal, which is the requester's (from the status page).

use serde::Serialize;

use crate::choice::choice;

choice!(Status, "a coordination request status", {
    Received => "received", "Received",
    Acknowledged => "acknowledged", "Acknowledged",
    Coordinating => "coordinating", "Coordinating",
    JointApproachAgreed => "joint_approach_agreed", "Joint approach agreed",
    Completed => "completed", "Completed",
    Declined => "declined", "Declined",
    Withdrawn => "withdrawn", "Withdrawn",
});

choice!(Step, "a coordination request action", {
    Acknowledge => "acknowledge", "Acknowledge",
    Coordinate => "coordinate", "Start coordinating",
    Agree => "agree", "Record the joint approach agreed",
    Complete => "complete", "Complete",
    Decline => "decline", "Decline",
    Withdraw => "withdraw", "Withdraw",
});

/// Who takes a step: the requesting State (through its private link) or ICBL staff.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Party {
    Requester,
    Staff,
}

impl Step {
    pub fn party(self) -> Party {
        match self {
            Step::Withdraw => Party::Requester,
            _ => Party::Staff,
        }
    }
}

impl Status {
    pub fn is_final(self) -> bool {
        matches!(
            self,
            Status::Completed | Status::Declined | Status::Withdrawn
        )
    }

    /// Still being worked on: counts for the `overlap` flag.
    pub fn is_open(self) -> bool {
        !self.is_final()
    }

    /// The statuses [`is_open`](Self::is_open) holds for: for a query's `IN`.
    pub fn open() -> impl Iterator<Item = Status> {
        Status::ALL.iter().copied().filter(|s| s.is_open())
    }

    /// The steps that lead out of this status.
    pub fn steps(self) -> impl Iterator<Item = Step> {
        Step::ALL
            .iter()
            .copied()
            .filter(move |step| next(self, *step).is_ok())
    }

    /// The catalogue's id of [`Status::explanation`], for the requester's pages and e-mails in
    /// their language.
    pub fn explanation_id(self) -> &'static str {
        match self {
            Status::Received => "coordination-explanation-received",
            Status::Acknowledged => "coordination-explanation-acknowledged",
            Status::Coordinating => "coordination-explanation-coordinating",
            Status::JointApproachAgreed => "coordination-explanation-joint-approach-agreed",
            Status::Completed => "coordination-explanation-completed",
            Status::Declined => "coordination-explanation-declined",
            Status::Withdrawn => "coordination-explanation-withdrawn",
        }
    }

    /// What this status means, in words for the requester's status page.
    pub fn explanation(self) -> &'static str {
        match self {
            Status::Received => {
                "Your request has reached ICBL. A programme officer will acknowledge it within two working days."
            }
            Status::Acknowledged => {
                "ICBL has read your request and is checking who works on this state."
            }
            Status::Coordinating => {
                "ICBL is arranging the approach with the national campaign and any other State planning one."
            }
            Status::JointApproachAgreed => {
                "A joint or complementary approach has been agreed; ICBL will confirm the details with you."
            }
            Status::Completed => {
                "The approach has taken place. Thank you for coordinating with ICBL."
            }
            Status::Declined => "ICBL will not coordinate this approach; see the message below.",
            Status::Withdrawn => "You withdrew this request.",
        }
    }
}

/// Why a step may not be taken from a status: a 409 for the person who tried.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("a coordination request that is '{}' cannot be {}", .from.label().to_lowercase(), past(*.step))]
pub struct IllegalTransition {
    pub from: Status,
    pub step: Step,
}

fn past(step: Step) -> &'static str {
    match step {
        Step::Acknowledge => "acknowledged",
        Step::Coordinate => "moved to coordinating",
        Step::Agree => "marked as agreed",
        Step::Complete => "completed",
        Step::Decline => "declined",
        Step::Withdraw => "withdrawn",
    }
}

/// The transitions of DESIGN.md, and only those.
pub fn next(from: Status, step: Step) -> Result<Status, IllegalTransition> {
    use Status::*;
    let to = match (from, step) {
        (Received, Step::Acknowledge) => Acknowledged,
        (Acknowledged, Step::Coordinate) => Coordinating,
        (Coordinating, Step::Agree) => JointApproachAgreed,
        (JointApproachAgreed, Step::Complete) => Completed,
        (Received | Acknowledged | Coordinating | JointApproachAgreed, Step::Decline) => Declined,
        (Received | Acknowledged | Coordinating | JointApproachAgreed, Step::Withdraw) => Withdrawn,
        _ => return Err(IllegalTransition { from, step }),
    };
    Ok(to)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// DESIGN.md's workflow written out, so the machine is checked against the specification.
    const DIAGRAM: &[(Status, Step, Status)] = &[
        (Status::Received, Step::Acknowledge, Status::Acknowledged),
        (Status::Acknowledged, Step::Coordinate, Status::Coordinating),
        (
            Status::Coordinating,
            Step::Agree,
            Status::JointApproachAgreed,
        ),
        (
            Status::JointApproachAgreed,
            Step::Complete,
            Status::Completed,
        ),
        (Status::Received, Step::Decline, Status::Declined),
        (Status::Acknowledged, Step::Decline, Status::Declined),
        (Status::Coordinating, Step::Decline, Status::Declined),
        (Status::JointApproachAgreed, Step::Decline, Status::Declined),
        (Status::Received, Step::Withdraw, Status::Withdrawn),
        (Status::Acknowledged, Step::Withdraw, Status::Withdrawn),
        (Status::Coordinating, Step::Withdraw, Status::Withdrawn),
        (
            Status::JointApproachAgreed,
            Step::Withdraw,
            Status::Withdrawn,
        ),
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
        for status in [Status::Completed, Status::Declined, Status::Withdrawn] {
            assert!(status.is_final());
            assert_eq!(status.steps().count(), 0);
        }
        assert_eq!(
            next(Status::Received, Step::Complete)
                .unwrap_err()
                .to_string(),
            "a coordination request that is 'received' cannot be completed"
        );
        assert_eq!(Status::open().count(), 4);
    }

    /// A status offers the steps that lead out of it, and tells the requester what it means.
    #[test]
    fn each_status_offers_its_steps_and_explains_itself() {
        let received: Vec<Step> = Status::Received.steps().collect();
        assert_eq!(received, [Step::Acknowledge, Step::Decline, Step::Withdraw]);
        assert!(Status::Completed.steps().next().is_none());
        assert!(
            Status::Received
                .explanation()
                .contains("within two working days")
        );
        let mut seen = std::collections::HashSet::new();
        for status in Status::ALL.iter().copied() {
            assert!(seen.insert(status.explanation()), "{status:?}");
        }
    }

    #[test]
    fn only_the_requester_withdraws() {
        for step in Step::ALL {
            assert_eq!(
                step.party() == Party::Requester,
                *step == Step::Withdraw,
                "{step:?}"
            );
        }
    }

    proptest! {
        /// Random sequences of steps: an illegal one changes nothing, a legal one follows an
        /// arrow, nothing leaves a final status, and completion is reached only through an
        /// agreed approach.
        #[test]
        fn no_sequence_of_steps_leaves_the_diagram(
            steps in proptest::collection::vec(proptest::sample::select(Step::ALL), 0..40)
        ) {
            let mut status = Status::Received;
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
            if let Some(first_final) = reached.iter().position(|s| s.is_final()) {
                prop_assert!(reached[first_final..].iter().all(|s| *s == reached[first_final]));
            }
            for pair in reached.windows(2) {
                if pair[1] != pair[0] && pair[1] == Status::Completed {
                    prop_assert_eq!(pair[0], Status::JointApproachAgreed);
                }
            }
        }
    }
}
