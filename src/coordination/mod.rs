//! Coordination requests: a State Party tells ICBL it plans to approach a state's authorities,
//! through a public form with no account, and follows its request with a private link. `input`
//! checks what is submitted, `commands` holds every write (one function per use case, for the
//! API and the pages alike), `model` records a request once with its flags (`reasons`), `workflow`
//! is the pure state machine, `transitions` its steps, `queries` what is read back, `token` the
//! status link's credential, `escalation` the job for requests left unacknowledged.

pub mod api;
pub mod commands;
pub(crate) mod counters;
pub mod escalation;
pub mod input;
pub mod model;
pub mod notices;
pub mod pages;
pub mod queries;
mod reasons;
pub mod token;
pub mod transitions;
pub mod views;
pub mod workflow;
