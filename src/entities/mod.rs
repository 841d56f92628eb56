//! sea-orm entities, one per table. They are the database's shape, not the API's or the pages':
//! handlers turn them into views.

pub mod state;
pub mod treaty_event;
