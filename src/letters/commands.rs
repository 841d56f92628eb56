//! The writes of award letters, once for the API and the pages: sending an award's letter, and
//! changing a round's letter template.

use sea_orm::{ActiveModelTrait, DatabaseConnection, Set};

use super::Letter;
use super::{data, template};
use crate::attachments::commands::{
    Generated, StoredFile, discard, record_generated, store_generated,
};
use crate::attachments::{Kind, RecordType};
use crate::auth::Caller;
use crate::awards::access;
use crate::awards::model::Full;
use crate::awards::workflow::AwardStatus;
use crate::entities::{attachment, round};
use crate::error::{AppError, FieldErrors};
use crate::notify::Mail;
use crate::policy::{self, Action};
use crate::rounds::model::Round;
use crate::state::AppState;

/// Sends award `id`'s letter (staff): draws its PDF, keeps it among the award's documents
/// (kind `award_letter`), writes `award_letter_sent` to the audit log and tells the
/// organization. Only an active award's letter is sent (409 otherwise); sending again keeps a
/// new copy beside the earlier ones.
///
/// The PDF is drawn, stored and scanned (as an upload is) before the write transaction, so that
/// no lock is held meanwhile; under the award's lock, the letter is composed again and must
/// say the same (409 when the award changed in between), then the attachment's row, the audit
/// and the e-mail commit together. When that fails, the stored file is deleted.
pub async fn send(
    state: &AppState,
    caller: &Caller,
    id: i64,
) -> Result<attachment::Model, AppError> {
    let full = access::visible(&state.db, caller, id).await?;
    policy::authorize(caller, Action::ManageAward)?;
    sendable(&full)?;
    let today = crate::dates::today();
    let letter = super::compose(&state.db, &full, today).await?;
    let bytes = letter.pdf()?;
    let file = store_generated(state, RecordType::Award, id, &bytes).await?;
    match record_sent(state, caller, id, &letter, &file).await {
        Ok(saved) => {
            tracing::info!(award = id, attachment = saved.id, "award letter sent");
            Ok(saved)
        }
        Err(error) => {
            discard(state, &file).await;
            Err(error)
        }
    }
}

/// Only an active award's letter is sent.
fn sendable(full: &Full) -> Result<(), AppError> {
    if full.status() == AwardStatus::Active {
        Ok(())
    } else {
        Err(AppError::Conflict(format!(
            "the letter of an award is sent while the award is active: this one is '{}'",
            full.status().label().to_lowercase()
        )))
    }
}

/// The sent letter's row, audit and e-mail, in one transaction under the award's lock.
async fn record_sent(
    state: &AppState,
    caller: &Caller,
    id: i64,
    letter: &Letter,
    file: &StoredFile,
) -> Result<attachment::Model, AppError> {
    let txn = crate::db::begin_write(&state.db).await?;
    let full = access::locked(&txn, caller, id, "award").await?;
    policy::authorize(caller, Action::ManageAward)?;
    sendable(&full)?;
    let again = super::compose(&txn, &full, crate::dates::today()).await?;
    if again.blocks != letter.blocks {
        return Err(AppError::Conflict(
            "the award changed while its letter was drawn: send the letter again".to_owned(),
        ));
    }
    let saved = record_generated(
        state,
        &txn,
        caller,
        Generated {
            record_type: RecordType::Award,
            record_id: id,
            kind: Kind::AwardLetter,
            title: letter.title(),
            file_name: letter.file_name(),
            media_type: "application/pdf",
        },
        file,
    )
    .await?;
    crate::audit::record(
        &txn,
        &caller.actor(),
        "award_letter_sent",
        "award",
        id,
        None,
        Some(serde_json::json!({
            "attachment_id": saved.id,
            "file_name": saved.file_name,
            "sha256": saved.sha256,
            "amount_minor": full.award.amount_minor,
            "currency": full.award.amount_currency.code(),
        })),
    )
    .await?;
    crate::awards::notices::letter_sent(&txn, Mail::from(state), &full).await?;
    txn.commit().await?;
    Ok(saved)
}

/// Sets round `id`'s letter template (`None`: back to the default letter). A template that does
/// not compile, uses a partial, or names a variable a letter does not have is refused (422,
/// the message under `letter_template`, with its line).
pub async fn set_template(
    db: &DatabaseConnection,
    caller: &Caller,
    id: i64,
    source: Option<String>,
) -> Result<Round, AppError> {
    policy::authorize(caller, Action::ManageRounds)?;
    if let Some(text) = &source {
        let current = crate::rounds::model::get(db, id).await?;
        template::check(text, &data::sample_for(&current, text)).map_err(|problem| {
            AppError::Validation(FieldErrors::one("letter_template", problem.sentence()))
        })?;
    }
    let txn = crate::db::begin_write(db).await?;
    let current = crate::rounds::model::get_for_update(&txn, id).await?;
    let before = current.model.letter_template.clone();
    if before == source {
        txn.commit().await?;
        return Ok(current);
    }
    let mut active: round::ActiveModel = current.model.into();
    active.letter_template = Set(source.clone());
    active.updated_at = Set(chrono::Utc::now());
    let updated = active.update(&txn).await?;
    crate::audit::record(
        &txn,
        &caller.actor(),
        "round_letter_template_changed",
        "round",
        id,
        Some(serde_json::json!({"letter_template": before})),
        Some(serde_json::json!({"letter_template": source})),
    )
    .await?;
    txn.commit().await?;
    Round::from_model(updated)
}
