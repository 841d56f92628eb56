//! CSV exports: one record at a time, so that a download streams from the database in batches
//! instead of holding the whole table. [`stream_csv`] is the one way an export is answered.

use std::future::Future;

use axum::body::Body;
use axum::http::header;
use axum::response::{IntoResponse, Response};

use crate::error::AppError;
use crate::sensitivity::Redaction;

/// The rows an export reads at a time.
pub const BATCH: u64 = 500;

/// A row of an export: its id (the key the batches are read by) and its cells.
pub trait CsvRow {
    fn id(&self) -> i64;
    fn cells(&self) -> Vec<String>;
    /// What the row concerns, for the redaction of sensitive countries: the state it targets
    /// and the organization it belongs to (see `crate::sensitivity::Redaction`).
    fn concerns(&self) -> (Option<&str>, Option<i64>) {
        (None, None)
    }
    /// The cells that name people or organizations or hold free text: "withheld" in a row
    /// concerning a sensitive or high-risk state.
    fn named_cells(&self) -> &'static [usize] {
        &[]
    }
}

/// A CSV download named `name`: the `header`, then the rows `fetch_batch(after, limit)` returns,
/// batch after batch, each one the next `limit` rows of id above `after` in the order of their
/// ids (keyset pagination, filtered and paginated in SQL by the caller), until a batch comes
/// back short. Memory stays flat however long the list. The header is written as given (a
/// documented format: the open data standard's columns, the access log's).
///
/// Once the header is sent the answer is a 200: a batch that fails cuts the download short,
/// and is logged here, since no error response will log it.
pub fn stream_csv<R, F, Fut>(name: &str, header: &[&str], fetch_batch: F) -> Response
where
    R: CsvRow + Send + 'static,
    F: Fn(i64, u64) -> Fut + Send + 'static,
    Fut: Future<Output = Result<Vec<R>, AppError>> + Send + 'static,
{
    stream(name, record(header), Redaction::none(), fetch_batch)
}

/// [`stream_csv`] for an export downloaded from a page: each row passed through `redaction`
/// (its named cells withheld where it concerns a sensitive or high-risk state), the header's
/// keys written in the request's language ([`columns`]).
pub fn stream_csv_redacted<R, F, Fut>(
    name: &str,
    header: &[&str],
    redaction: Redaction,
    fetch_batch: F,
) -> Response
where
    R: CsvRow + Send + 'static,
    F: Fn(i64, u64) -> Fut + Send + 'static,
    Fut: Future<Output = Result<Vec<R>, AppError>> + Send + 'static,
{
    let first = record(&columns(crate::i18n::current_request(), header));
    stream(name, first, redaction, fetch_batch)
}

/// The download: the header record `first`, then the rows (see [`stream_csv`]).
fn stream<R, F, Fut>(name: &str, first: Vec<u8>, redaction: Redaction, fetch_batch: F) -> Response
where
    R: CsvRow + Send + 'static,
    F: Fn(i64, u64) -> Fut + Send + 'static,
    Fut: Future<Output = Result<Vec<R>, AppError>> + Send + 'static,
{
    let redaction = std::sync::Arc::new(redaction);
    let rest = futures_util::stream::try_unfold(
        (Some(0_i64), fetch_batch),
        move |(after, fetch_batch)| {
            let redaction = redaction.clone();
            async move {
                let Some(after) = after else {
                    return Ok(None);
                };
                let rows = fetch_batch(after, BATCH).await.map_err(|error| {
                    tracing::error!(error = %format!("{error:#}"), "a CSV export failed");
                    std::io::Error::other(error.to_string())
                })?;
                let mut chunk = Vec::new();
                for row in &rows {
                    chunk.extend(record(&redaction.apply(row)));
                }
                let next = (rows.len() as u64 == BATCH)
                    .then(|| rows.last().map(CsvRow::id))
                    .flatten();
                Ok(Some((chunk, (next, fetch_batch))))
            }
        },
    );
    let stream = futures_util::StreamExt::chain(
        futures_util::stream::once(async move { Ok::<_, std::io::Error>(first) }),
        rest,
    );
    (
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}\""),
            ),
        ],
        Body::from_stream(stream),
    )
        .into_response()
}

/// The column keys of an export (`membership_status`) as `lang` names them: the catalogue's
/// `csv-column-<key>` (in English, the key itself), or the key when the catalogue has none.
pub fn columns(lang: crate::i18n::Lang, keys: &[&str]) -> Vec<String> {
    keys.iter()
        .map(|key| {
            let id = format!("csv-column-{}", key.replace('_', "-"));
            crate::i18n::catalog::try_format(lang, &id, None).unwrap_or_else(|| (*key).to_owned())
        })
        .collect()
}

/// One CSV record (with its line end). Text a spreadsheet would run as a formula (`=`, `+`,
/// `-`, `@` first) starts with a quote instead; numbers such as `-12.50` are left as they are.
pub fn record<S: AsRef<str>>(fields: &[S]) -> Vec<u8> {
    let safe: Vec<String> = fields
        .iter()
        .map(|f| spreadsheet_safe(f.as_ref()))
        .collect();
    let mut writer = csv::Writer::from_writer(Vec::new());
    // Writing to memory cannot fail.
    let _ = writer.write_record(&safe);
    writer.into_inner().unwrap_or_default()
}

fn spreadsheet_safe(value: &str) -> String {
    if value.starts_with(['=', '+', '-', '@', '\t', '\r']) && value.parse::<f64>().is_err() {
        format!("'{value}")
    } else {
        value.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_defused_and_numbers_kept() {
        let line =
            String::from_utf8(record(&["=HYPERLINK(\"x\")", "Talks in Baku", "-12.50"])).unwrap();
        assert_eq!(line, "\"'=HYPERLINK(\"\"x\"\")\",Talks in Baku,-12.50\n");
    }
}
