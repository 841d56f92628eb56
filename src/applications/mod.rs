//! Applications: a member organization's request for a grant, from its draft to staff's
//! decision. `workflow` is the pure state machine, `model` the content, `transitions` the steps,
//! `reviews` the reviewers' work, `list` the staff list and its export.

pub mod api;
pub mod content;
pub mod detail;
pub mod list;
pub mod model;
pub mod notices;
pub mod pages;
pub mod reviewers;
pub mod reviews;
pub mod revisions;
pub mod transitions;
pub mod views;
pub mod workflow;
