//! Coordination requests: a State Party tells ICBL it plans to approach a state's authorities,
//! through a public form with no account, and follows its request with a private link. `input`
//! checks what is submitted, `model` records it once with its flags, `workflow` is the pure
//! state machine, `transitions` its steps, `escalation` the job for requests left unacknowledged.

pub mod api;
pub mod escalation;
pub mod input;
pub mod model;
pub mod notices;
pub mod pages;
pub mod transitions;
pub mod views;
pub mod workflow;
