//! The pages of coordination requests: `public` for the requesting State (no account, a private
//! link), `staff` for ICBL. Both call `commands` for every write.

mod public;
mod staff;

pub use public::{render_status, show_form, show_status, submit_form, withdraw_form};
pub use staff::{
    export_requests, list_requests, render_request, share_form, show_request, take_step_form,
};
