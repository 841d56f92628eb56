//! Delivers the outbox: over SMTP (lettre, with rustls) or, by default on a fresh install, into
//! `.eml` files in a folder.
//!
//! A worker claims a batch of due messages in one statement (marking them `sending` until a
//! deadline; on PostgreSQL with `FOR UPDATE SKIP LOCKED`, so that instances never claim the same
//! message), sends each, and marks it `sent`, or `queued` again with a doubled delay, or
//! `failed` after `mail.max_attempts` (or at once on a permanent SMTP refusal). A message whose
//! worker died while sending is taken over when its deadline passes.

use std::path::PathBuf;
use std::time::Duration;

use chrono::{DateTime, Utc};
use lettre::message::{Mailbox, MultiPart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use sea_orm::sea_query::{Expr, LockBehavior, LockType, Query};
use sea_orm::{
    ColumnTrait, Condition, DatabaseConnection, DbBackend, DbErr, EntityTrait, FromQueryResult,
    QueryFilter,
};
use tokio::sync::watch;

use crate::config::{MailSettings, MailTransport, SmtpTls};
use crate::entities::outbox;
use crate::notify::OutboxStatus;

/// How long a claimed message is left to its worker before another may take it over: after a
/// crash, the messages it held wait this long (a clean stop releases them at once).
const CLAIM: chrono::Duration = chrono::Duration::minutes(2);
/// A worker sends nothing it claimed once its claim is this close to running out, so that a
/// message is never being sent by two workers (an SMTP exchange is bounded by its timeouts).
const MARGIN: chrono::Duration = chrono::Duration::minutes(1);
/// Messages claimed at a time.
const BATCH: u64 = 20;
/// During a round, what became of the messages tried is written at least this often.
const RECORD_EVERY: Duration = Duration::from_secs(1);

/// Where messages go.
#[derive(Clone)]
pub enum Transport {
    Files(PathBuf),
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
}

/// What a worker needs: its transport and the sender.
#[derive(Clone)]
pub struct Mailer {
    transport: Transport,
    from: Mailbox,
    settings: MailSettings,
}

impl Mailer {
    pub fn new(settings: &MailSettings) -> anyhow::Result<Self> {
        let from: Mailbox = settings
            .from
            .parse()
            .map_err(|e| anyhow::anyhow!("mail.from: {e}"))?;
        let transport = match settings.transport {
            MailTransport::File => Transport::Files(PathBuf::from(&settings.outbox_dir)),
            MailTransport::Smtp => {
                let host = settings.smtp_host.as_str();
                let mut builder = match settings.smtp_tls {
                    SmtpTls::None => AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host),
                    SmtpTls::Starttls => {
                        AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(host)?
                    }
                    SmtpTls::Tls => AsyncSmtpTransport::<Tokio1Executor>::relay(host)?,
                }
                .port(settings.smtp_port)
                .timeout(Some(Duration::from_secs(30)));
                if !settings.smtp_username.is_empty() {
                    builder = builder.credentials(Credentials::new(
                        settings.smtp_username.clone(),
                        settings.smtp_password.clone(),
                    ));
                }
                Transport::Smtp(builder.build())
            }
        };
        Ok(Self {
            transport,
            from,
            settings: settings.clone(),
        })
    }

    /// Sends one message; `Err((permanent, reason))` when it could not.
    async fn send(&self, message: &outbox::Model) -> Result<(), (bool, String)> {
        let to: Mailbox = message
            .to_address
            .parse()
            .map_err(|e| (true, format!("the address cannot be used: {e}")))?;
        let email = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(message.subject.clone())
            .multipart(MultiPart::alternative_plain_html(
                message.text_body.clone(),
                message.html_body.clone(),
            ))
            .map_err(|e| (true, format!("the message cannot be built: {e}")))?;
        match &self.transport {
            Transport::Files(dir) => {
                tokio::fs::create_dir_all(dir)
                    .await
                    .map_err(|e| (false, format!("cannot create {}: {e}", dir.display())))?;
                let path = dir.join(format!("{:06}-{}.eml", message.id, message.template));
                tokio::fs::write(&path, email.formatted())
                    .await
                    .map_err(|e| (false, format!("cannot write {}: {e}", path.display())))
            }
            Transport::Smtp(smtp) => smtp
                .send(email)
                .await
                .map(|_| ())
                .map_err(|e| (e.is_permanent(), e.to_string())),
        }
    }
}

/// Claims the messages due now.
async fn claim(db: &DatabaseConnection, now: DateTime<Utc>) -> Result<Vec<outbox::Model>, DbErr> {
    let due = Condition::any()
        .add(
            Condition::all()
                .add(outbox::Column::Status.eq(OutboxStatus::Queued))
                .add(outbox::Column::NextAttemptAt.lte(now)),
        )
        .add(
            Condition::all()
                .add(outbox::Column::Status.eq(OutboxStatus::Sending))
                .add(outbox::Column::ClaimedUntil.lt(now)),
        );
    let mut batch = Query::select();
    batch
        .column(outbox::Column::Id)
        .from(outbox::Entity)
        .cond_where(due)
        .order_by(outbox::Column::Id, sea_orm::Order::Asc)
        .limit(BATCH);
    let backend = db.get_database_backend();
    if backend == DbBackend::Postgres {
        batch.lock_with_behavior(LockType::Update, LockBehavior::SkipLocked);
    }
    let update = Query::update()
        .table(outbox::Entity)
        .value(outbox::Column::Status, OutboxStatus::Sending)
        .value(outbox::Column::ClaimedUntil, now + CLAIM)
        .value(
            outbox::Column::Attempts,
            sea_orm::sea_query::ExprTrait::add(Expr::col(outbox::Column::Attempts), 1),
        )
        .and_where(outbox::Column::Id.in_subquery(batch))
        .returning_all()
        .to_owned();
    let mut claimed = outbox::Model::find_by_statement(backend.build(&update))
        .all(db)
        .await?;
    claimed.sort_by_key(|m| m.id);
    Ok(claimed)
}

/// The wait before attempt `attempts + 1`: `retry_base_secs`, doubled each time, at most an hour.
fn backoff(settings: &MailSettings, attempts: i32) -> chrono::Duration {
    let doublings = u32::try_from(attempts.saturating_sub(1))
        .unwrap_or(0)
        .min(16);
    let secs = settings
        .retry_base_secs
        .saturating_mul(1 << doublings)
        .min(3600);
    chrono::Duration::seconds(i64::try_from(secs).unwrap_or(3600))
}

/// One round: claims what is due and tries to send it. Returns how many messages were tried.
pub async fn deliver_due(db: &DatabaseConnection, mailer: &Mailer) -> Result<usize, DbErr> {
    let (_never, running) = watch::channel(false);
    deliver_due_until(db, mailer, &running).await
}

/// Like [`deliver_due`], stopping between two messages once `stop` turns true: the messages
/// claimed and not tried are released (queued again, their attempt not counted), so that the
/// next start, or another instance, sends them at once rather than when the claim runs out.
///
/// What became of the messages is written together, in one transaction, at the end of the
/// round, or sooner once [`RECORD_EVERY`] has passed since the last write: on SQLite the worker
/// takes the write lock twice a round (claim and record), not once per message, and leaves it to
/// the requests. A worker that dies between sending and recording leaves its messages claimed;
/// they go again once the claim runs out (as they would have if it had died during the send).
pub async fn deliver_due_until(
    db: &DatabaseConnection,
    mailer: &Mailer,
    stop: &watch::Receiver<bool>,
) -> Result<usize, DbErr> {
    let claimed_at = Utc::now();
    let claimed = claim(db, claimed_at).await?;
    let mut tried = 0;
    let mut outcomes = Vec::new();
    let mut recorded_at = std::time::Instant::now();
    for message in &claimed {
        if *stop.borrow() {
            record(db, &mut outcomes).await?;
            release(db, &claimed[tried..]).await?;
            return Ok(tried);
        }
        if Utc::now() >= claimed_at + CLAIM - MARGIN {
            // Left for the next round (or another worker) once the claim runs out.
            break;
        }
        tried += 1;
        let sent = mailer.send(message).await;
        outcomes.push(Outcome::of(message, sent, &mailer.settings, Utc::now()));
        if recorded_at.elapsed() >= RECORD_EVERY {
            record(db, &mut outcomes).await?;
            recorded_at = std::time::Instant::now();
        }
    }
    record(db, &mut outcomes).await?;
    Ok(tried)
}

/// What became of a message a worker tried: its new status, and when it may be tried again.
struct Outcome {
    id: i64,
    attempts: i32,
    status: OutboxStatus,
    at: DateTime<Utc>,
    error: Option<String>,
    next_attempt_at: Option<DateTime<Utc>>,
}

impl Outcome {
    fn of(
        message: &outbox::Model,
        sent: Result<(), (bool, String)>,
        settings: &MailSettings,
        now: DateTime<Utc>,
    ) -> Self {
        let (status, error, next_attempt_at) = match sent {
            Ok(()) => (OutboxStatus::Sent, None, None),
            Err((permanent, reason)) => {
                let give_up = permanent
                    || u32::try_from(message.attempts).unwrap_or(u32::MAX) >= settings.max_attempts;
                tracing::warn!(
                    message_id = message.id,
                    attempt = message.attempts,
                    give_up,
                    %reason,
                    "email not delivered"
                );
                let status = if give_up {
                    OutboxStatus::Failed
                } else {
                    OutboxStatus::Queued
                };
                (
                    status,
                    Some(reason),
                    Some(now + backoff(settings, message.attempts)),
                )
            }
        };
        Self {
            id: message.id,
            attempts: message.attempts,
            status,
            at: now,
            error,
            next_attempt_at,
        }
    }
}

/// Writes the outcomes gathered so far, in one transaction, and forgets them.
async fn record(db: &DatabaseConnection, outcomes: &mut Vec<Outcome>) -> Result<(), DbErr> {
    if outcomes.is_empty() {
        return Ok(());
    }
    let txn = crate::db::begin_write(db).await?;
    for outcome in outcomes.iter() {
        // Only while the claim is still this worker's: a message taken over by another worker
        // (its attempts moved on) is that worker's to record.
        let mut update = outbox::Entity::update_many()
            .col_expr(
                outbox::Column::ClaimedUntil,
                Expr::val(None::<DateTime<Utc>>),
            )
            .col_expr(outbox::Column::Status, Expr::val(outcome.status))
            .col_expr(outbox::Column::LastError, Expr::val(outcome.error.clone()))
            .filter(outbox::Column::Id.eq(outcome.id))
            .filter(outbox::Column::Status.eq(OutboxStatus::Sending))
            .filter(outbox::Column::Attempts.eq(outcome.attempts));
        update = match outcome.next_attempt_at {
            None => update.col_expr(outbox::Column::SentAt, Expr::val(outcome.at)),
            Some(next) => update.col_expr(outbox::Column::NextAttemptAt, Expr::val(next)),
        };
        update.exec(&txn).await?;
    }
    txn.commit().await?;
    outcomes.clear();
    Ok(())
}

/// Gives back messages this worker claimed and did not try (while its claim holds), in one
/// transaction.
async fn release(db: &DatabaseConnection, messages: &[outbox::Model]) -> Result<(), DbErr> {
    if messages.is_empty() {
        return Ok(());
    }
    let txn = crate::db::begin_write(db).await?;
    for message in messages {
        outbox::Entity::update_many()
            .col_expr(outbox::Column::Status, Expr::val(OutboxStatus::Queued))
            .col_expr(
                outbox::Column::ClaimedUntil,
                Expr::val(None::<DateTime<Utc>>),
            )
            .col_expr(outbox::Column::Attempts, Expr::val(message.attempts - 1))
            .filter(outbox::Column::Id.eq(message.id))
            .filter(outbox::Column::Status.eq(OutboxStatus::Sending))
            .filter(outbox::Column::Attempts.eq(message.attempts))
            .exec(&txn)
            .await?;
    }
    txn.commit().await?;
    tracing::info!(
        released = messages.len(),
        "stopping: claimed messages released"
    );
    Ok(())
}

/// Delivers until `shutdown` turns true, looking for due messages every `mail.poll_interval_ms`
/// (at once again after a full batch).
pub async fn run(db: DatabaseConnection, mailer: Mailer, mut shutdown: watch::Receiver<bool>) {
    let pause = Duration::from_millis(mailer.settings.poll_interval_ms.max(10));
    loop {
        let tried = match deliver_due_until(&db, &mailer, &shutdown).await {
            Ok(tried) => tried,
            Err(error) => {
                tracing::error!(%error, "the outbox could not be read");
                0
            }
        };
        if *shutdown.borrow() {
            return;
        }
        if tried < usize::try_from(BATCH).unwrap_or(usize::MAX) {
            tokio::select! {
                () = tokio::time::sleep(pause) => {}
                _ = shutdown.changed() => return,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retries_wait_longer_each_time_up_to_an_hour() {
        let settings = crate::config::defaults().mail;
        assert_eq!(backoff(&settings, 1).num_seconds(), 30);
        assert_eq!(backoff(&settings, 2).num_seconds(), 60);
        assert_eq!(backoff(&settings, 4).num_seconds(), 240);
        assert_eq!(backoff(&settings, 40).num_seconds(), 3600);
    }
}
