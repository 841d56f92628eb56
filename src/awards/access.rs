//! Who sees which award: members their organization's, everyone else who may list awards all of
//! them. A record the caller may not see answers the same 404 as one that does not exist.

use sea_orm::ConnectionTrait;

use super::model::{self, Full};
use crate::auth::{CurrentUser, Role};
use crate::entities::award;
use crate::error::AppError;
use crate::policy::{self, Action};

/// The organization a member's lists are limited to; `None` for everyone else. A member
/// without an organization sees nothing (no organization has id 0).
pub fn only_organization(user: &CurrentUser) -> Option<i64> {
    (user.role == Role::Member).then(|| user.organization_id.unwrap_or(0))
}

/// The award with everything it holds, if the user may see it: for reading.
pub async fn visible<C: ConnectionTrait>(
    db: &C,
    user: &CurrentUser,
    id: i64,
) -> Result<Full, AppError> {
    let award = model::get(db, id).await?;
    policy::visible(user, Action::ViewAward(&award), "award")?;
    model::load(db, award).await
}

/// The award, locked until the transaction ends, if the user may see it: for writing. `what`
/// names what the caller asked for (an award, an installment or a report of it) in the 404.
pub async fn locked<C: ConnectionTrait>(
    db: &C,
    user: &CurrentUser,
    id: i64,
    what: &str,
) -> Result<Full, AppError> {
    let award = crate::db::get_for_update::<award::Entity, _>(db, id, what).await?;
    policy::visible(user, Action::ViewAward(&award), what)?;
    model::load(db, award).await
}
