//! Applications: a member organization's request for a grant, from its draft to staff's
//! decision. `workflow` is the pure state machine, `content` and `model` the content and its
//! storage, `transitions` the steps, `reviews` the reviewers' work, `list` the staff list and
//! its export. Every write is one function of `commands`, which the API (`api`) and the pages
//! (`pages`, `drafts`, `check`, `detail`, `detail_forms`, `reviewers`) call alike.

pub mod access;
pub mod api;
pub mod blind;
pub mod bulk;
pub mod check;
pub mod commands;
pub mod content;
pub mod detail;
pub mod detail_forms;
pub mod detail_reviews;
pub mod drafts;
pub mod form;
pub mod list;
pub mod model;
pub mod notices;
pub mod pages;
pub mod reviewers;
pub mod reviews;
pub mod revisions;
pub mod revisions_page;
pub mod transitions;
pub mod views;
pub mod workflow;
