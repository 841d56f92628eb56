//! Virus scanning through a running ClamAV daemon, when `attachments.clamd` names one
//! (`tcp://127.0.0.1:3310` or `unix:/run/clamav/clamd.ctl`). Without it, files are not scanned
//! (`scan_status = not_scanned`).
//!
//! An upload is scanned once its bytes are stored, before its row is written: a file the
//! scanner finds infected is refused (422, nothing kept); a clean one is recorded `clean`. When
//! the scanner does not answer (stopped, too slow, an error), the file is recorded `pending`: it
//! is listed but cannot be downloaded, and [`scan_pending`] (every minute, with the periodic
//! jobs) scans it again until the scanner answers. A pending file found infected then is
//! marked `infected`, its bytes deleted, the finding audited on its record, and its uploader
//! told by e-mail.

use std::time::Duration;

use chrono::Utc;
use futures_util::TryStreamExt;
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use super::storage::Files;
use super::{RecordType, ScanStatus};
use crate::entities::{attachment, user};
use crate::error::AppError;
use crate::state::AppState;

/// How many pending files one round of [`scan_pending`] takes on.
const BATCH: u64 = 20;

/// Where the daemon listens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Scanner {
    Tcp(String),
    Socket(std::path::PathBuf),
}

impl Scanner {
    /// The scanner `attachments.clamd` names: `None` when it is empty (no scanning), an error
    /// naming the expected forms when it is neither.
    pub fn parse(setting: &str) -> Result<Option<Self>, String> {
        let setting = setting.trim();
        if setting.is_empty() {
            return Ok(None);
        }
        if let Some(address) = setting.strip_prefix("tcp://") {
            let address = address.trim_end_matches('/');
            if address.rsplit_once(':').is_some_and(|(host, port)| {
                !host.is_empty() && port.parse::<u16>().is_ok_and(|p| p > 0)
            }) {
                return Ok(Some(Self::Tcp(address.to_owned())));
            }
        } else if let Some(path) = setting.strip_prefix("unix:")
            && path.starts_with('/')
        {
            return Ok(Some(Self::Socket(path.into())));
        }
        Err(format!(
            "attachments.clamd must be empty (no virus scanning), tcp://host:port or \
             unix:/path/to/clamd.socket, not '{setting}'"
        ))
    }
}

/// What the scanner said of a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    Clean,
    /// The name of what it found (`Win.Test.EICAR_HDB-1`).
    Infected(String),
    /// No verdict: why (the daemon is down, too slow, or answered an error).
    NoAnswer(String),
}

/// Reads the daemon's answer to `INSTREAM`: `stream: OK`, `stream: <name> FOUND`, or an error.
pub fn verdict(answer: &[u8]) -> Verdict {
    let text = String::from_utf8_lossy(answer);
    let text = text.trim_end_matches(['\0', '\n']).trim();
    let said = text.strip_prefix("stream:").map_or(text, str::trim);
    if said == "OK" {
        Verdict::Clean
    } else if let Some(name) = said.strip_suffix(" FOUND")
        && !name.trim().is_empty()
    {
        Verdict::Infected(name.trim().to_owned())
    } else {
        Verdict::NoAnswer(format!("the scanner answered '{said}'"))
    }
}

/// Scans the stored object `key`, giving up after `timeout`.
pub async fn scan(scanner: &Scanner, files: &Files, key: &str, timeout: Duration) -> Verdict {
    let stream = match files.read(key).await {
        Ok(stream) => stream.map_err(std::io::Error::other),
        Err(error) => return Verdict::NoAnswer(format!("the file store: {error}")),
    };
    let answer = tokio::time::timeout(timeout, async {
        match scanner {
            Scanner::Tcp(address) => {
                let tcp = clamav_client::tokio::Tcp {
                    host_address: address.as_str(),
                };
                clamav_client::tokio::scan_stream(stream, tcp, None).await
            }
            Scanner::Socket(path) => {
                let socket = clamav_client::tokio::Socket {
                    socket_path: path.as_path(),
                };
                clamav_client::tokio::scan_stream(stream, socket, None).await
            }
        }
    })
    .await;
    match answer {
        Ok(Ok(answer)) => verdict(&answer),
        Ok(Err(error)) => Verdict::NoAnswer(format!("the scanner: {error}")),
        Err(_) => Verdict::NoAnswer(format!(
            "the scanner did not answer within {} s",
            timeout.as_secs()
        )),
    }
}

/// The configured scanner, if any (the setting was checked at start-up).
pub fn configured(state: &AppState) -> Option<Scanner> {
    Scanner::parse(&state.settings.attachments.clamd)
        .ok()
        .flatten()
}

fn timeout(state: &AppState) -> Duration {
    Duration::from_secs(state.settings.attachments.scan_timeout_secs.max(1))
}

/// Scans an upload just stored: what its row records, or the sentence that refuses it.
pub async fn check_upload(
    state: &AppState,
    key: &str,
    record_type: RecordType,
    record_id: i64,
) -> Result<ScanStatus, String> {
    let Some(scanner) = configured(state) else {
        return Ok(ScanStatus::NotScanned);
    };
    match scan(&scanner, &state.files, key, timeout(state)).await {
        Verdict::Clean => Ok(ScanStatus::Clean),
        Verdict::Infected(name) => {
            tracing::warn!(
                record_type = record_type.as_str(),
                record_id,
                signature = %name,
                "an upload with a virus was refused"
            );
            Err(format!(
                "the virus scanner found '{name}' in the file: it was not saved. Attach a clean \
                 copy"
            ))
        }
        Verdict::NoAnswer(why) => {
            tracing::warn!(%why, "the virus scanner did not answer: the upload waits for its scan");
            Ok(ScanStatus::Pending)
        }
    }
}

/// What a round of [`scan_pending`] did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Scanned {
    pub clean: usize,
    pub infected: usize,
}

/// Scans the files left pending, oldest first, until the scanner stops answering. Nothing
/// without a scanner.
pub async fn scan_pending(state: &AppState) -> Result<Scanned, AppError> {
    let mut scanned = Scanned::default();
    let Some(scanner) = configured(state) else {
        return Ok(scanned);
    };
    let waiting = attachment::Entity::find()
        .filter(attachment::Column::ScanStatus.eq(ScanStatus::Pending))
        .filter(attachment::Column::RemovedAt.is_null())
        .order_by_asc(attachment::Column::Id)
        .limit(BATCH)
        .all(&state.db)
        .await?;
    for file in waiting {
        match scan(&scanner, &state.files, &file.storage_key, timeout(state)).await {
            Verdict::Clean => {
                attachment::Entity::update_many()
                    .col_expr(
                        attachment::Column::ScanStatus,
                        Expr::val(ScanStatus::Clean.as_str()),
                    )
                    .col_expr(attachment::Column::ScannedAt, Expr::val(Utc::now()))
                    .filter(attachment::Column::Id.eq(file.id))
                    .filter(attachment::Column::ScanStatus.eq(ScanStatus::Pending))
                    .exec(&state.db)
                    .await?;
                scanned.clean += 1;
            }
            Verdict::Infected(name) => {
                if quarantine(state, &file, &name).await? {
                    scanned.infected += 1;
                }
            }
            Verdict::NoAnswer(why) => {
                tracing::warn!(%why, "the virus scanner did not answer: pending files wait");
                break;
            }
        }
    }
    Ok(scanned)
}

/// Marks `file` infected (when it is still pending), audits it on its record and tells its
/// uploader, in one transaction; then deletes its bytes. Whether it did.
async fn quarantine(
    state: &AppState,
    file: &attachment::Model,
    name: &str,
) -> Result<bool, AppError> {
    let txn = crate::db::begin_write(&state.db).await?;
    let marked = attachment::Entity::update_many()
        .col_expr(
            attachment::Column::ScanStatus,
            Expr::val(ScanStatus::Infected.as_str()),
        )
        .col_expr(attachment::Column::ScanSignature, Expr::val(name))
        .col_expr(attachment::Column::ScannedAt, Expr::val(Utc::now()))
        .filter(attachment::Column::Id.eq(file.id))
        .filter(attachment::Column::ScanStatus.eq(ScanStatus::Pending))
        .exec(&txn)
        .await?
        .rows_affected
        == 1;
    if !marked {
        return Ok(false);
    }
    crate::audit::record(
        &txn,
        &crate::audit::Actor::system("virus scanner"),
        "attachment_infected",
        file.record_type.as_str(),
        file.record_id,
        Some(super::snapshot(file)),
        Some(serde_json::json!({ "attachment_id": file.id, "signature": name })),
    )
    .await?;
    let uploader = user::Entity::find_by_id(file.uploaded_by)
        .one(&txn)
        .await?
        .filter(|u| u.active && u.anonymized_at.is_none());
    if let Some(uploader) = uploader {
        let mail = crate::notify::Mail::from(state);
        // Nothing of the record or the file: the record may concern a marked state.
        let paragraphs = [
            "Hello,".to_owned(),
            "The virus scanner found a virus in a document you attached in Clearway. The file \
             was deleted before anyone could download it. Open the link below to see which \
             document it was, and attach a clean copy."
                .to_owned(),
        ];
        let link = format!("{}{}", mail.public_url, page(&txn, file).await?);
        let notice = crate::notify::Notice {
            subject: "Clearway: a document you attached had a virus",
            reference: "Clearway",
            paragraphs: &paragraphs,
            link,
            link_label: "See the record",
        };
        mail.notice(&txn, uploader.language, &uploader.email, &notice)
            .await?;
    }
    txn.commit().await?;
    tracing::warn!(
        attachment = file.id,
        record_type = file.record_type.as_str(),
        record_id = file.record_id,
        signature = %name,
        "a pending file was found infected: its bytes are deleted"
    );
    if let Err(error) = state.files.delete(&file.storage_key).await {
        tracing::warn!(attachment = file.id, %error, "could not delete an infected file");
    }
    Ok(true)
}

/// The page that shows the record `file` belongs to.
async fn page<C: sea_orm::ConnectionTrait>(
    db: &C,
    file: &attachment::Model,
) -> Result<String, AppError> {
    Ok(match file.record_type {
        RecordType::Report => {
            let report = crate::awards::reports::get(db, file.record_id).await?;
            format!("/awards/{}#report-{}", report.award_id, report.id)
        }
        other => format!("/{}/{}", other.segment(), file.record_id),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_setting_names_a_tcp_address_a_socket_or_nothing() {
        assert_eq!(Scanner::parse("  "), Ok(None));
        assert_eq!(
            Scanner::parse("tcp://127.0.0.1:3310"),
            Ok(Some(Scanner::Tcp("127.0.0.1:3310".to_owned())))
        );
        assert_eq!(
            Scanner::parse("unix:/run/clamav/clamd.ctl"),
            Ok(Some(Scanner::Socket("/run/clamav/clamd.ctl".into())))
        );
        for wrong in [
            "127.0.0.1:3310",
            "tcp://127.0.0.1",
            "tcp://:3310",
            "unix:clamd.ctl",
        ] {
            assert!(
                Scanner::parse(wrong)
                    .unwrap_err()
                    .contains("attachments.clamd")
            );
        }
    }

    #[test]
    fn answers_read_as_clean_infected_or_none() {
        assert_eq!(verdict(b"stream: OK\0"), Verdict::Clean);
        assert_eq!(
            verdict(b"stream: Win.Test.EICAR_HDB-1 FOUND\0"),
            Verdict::Infected("Win.Test.EICAR_HDB-1".to_owned())
        );
        assert!(matches!(
            verdict(b"INSTREAM size limit exceeded. ERROR\0"),
            Verdict::NoAnswer(why) if why.contains("size limit")
        ));
        assert!(matches!(verdict(b""), Verdict::NoAnswer(_)));
    }
}
