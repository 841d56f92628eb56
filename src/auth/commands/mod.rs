//! The writes of signing in, of accounts and of people, one function per use case. Handlers
//! (`routes`, `links`, `invitations`) extract, call one of these, and answer.

pub mod account;
pub mod links;
pub mod people;
pub mod second_factor;

pub use account::{
    SignIn, create_token, issue_token, revoke_token, set_language, set_time_zone, sign_in,
    sign_out_everywhere,
};
pub use links::{
    PasswordInput, accept_invitation, expired, has_admin, request_password_reset, reset_password,
    set_up, setup_link,
};
pub use people::{
    InvitationBody, InviteInput, RoleChanged, RoleInput, change_role, create_with_password, invite,
    set_active,
};
