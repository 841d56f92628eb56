//! Error responses in the form the client expects: under `/api/` always the JSON body of API.md,
//! elsewhere an HTML page. Handlers (and `AppError`) produce the JSON form with an `ErrorReport`
//! in the response's extensions; this middleware renders the page from it. Responses made outside
//! our handlers (no route, wrong method, body too large, timeout, panic) get the same treatment.

use axum::body::to_bytes;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Serialize;

use crate::error::ErrorReport;
use crate::views::Views;
use crate::web::context::{LayoutView, PageContext};

#[derive(Serialize)]
struct ErrorPageView<'a> {
    title: &'a str,
    status: u16,
    reason: &'a str,
    message: &'a str,
    fields: Vec<(String, String)>,
    request_id: String,
}

pub async fn render_error_pages(
    State(views): State<Views>,
    request: Request,
    next: Next,
) -> Response {
    let is_api = request.uri().path().starts_with("/api/");
    let wants_page = request
        .headers()
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("text/html"));
    let asked_for = request
        .uri()
        .path_and_query()
        .map(|p| p.as_str().to_owned())
        .unwrap_or_default();
    let request_id = request
        .headers()
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    let response = next.run(request).await;
    let status = response.status();
    if !(status.is_client_error() || status.is_server_error()) {
        return response;
    }
    let report = response.extensions().get::<ErrorReport>().cloned();
    let page_context = response.extensions().get::<PageContext>().cloned();
    let final_form = if is_api {
        report.is_some()
    } else {
        // A page the handler rendered itself (a form with messages next to its fields), or a
        // machine-readable answer such as /readyz's.
        report.is_none() && content_type_is(&response, &["text/html", "application/json"])
    };
    if final_form {
        return response;
    }
    if !is_api && wants_page && status == StatusCode::UNAUTHORIZED {
        // A page that needs a signed-in user: sign in, then come back.
        let next: String = form_urlencoded::byte_serialize(asked_for.as_bytes()).collect();
        return Redirect::to(&format!("/login?next={next}")).into_response();
    }
    // `Allow` (405) and `Retry-After` (429, 503) still matter once the body is replaced.
    let kept: Vec<_> = [header::ALLOW, header::RETRY_AFTER]
        .into_iter()
        .filter_map(|name| response.headers().get(&name).cloned().map(|v| (name, v)))
        .collect();
    let report = match report {
        Some(report) => report,
        None => report_from_plain(response).await,
    };
    let mut replaced = if is_api {
        report.into_json_response()
    } else {
        error_page(&views, report, request_id, page_context)
    };
    replaced.headers_mut().extend(kept);
    replaced
}

/// The error page, in the layout of the person who asked: signed in, they see their name and
/// "Sign out" (`context` is what [`crate::web::context::keep_for_error_pages`] kept).
fn error_page(
    views: &Views,
    report: ErrorReport,
    request_id: String,
    context: Option<PageContext>,
) -> Response {
    let lang = context.as_ref().map_or(crate::i18n::Lang::En, |c| c.lang);
    let title = error_title(lang, report.status);
    let layout = match context {
        Some(context) => context.layout(title.clone(), ""),
        None => LayoutView::new(title.clone(), "", None),
    };
    let fields = crate::i18n::negotiate::in_request_lang(lang, || {
        report
            .fields
            .clone()
            .into_iter()
            .flat_map(|(field, messages)| {
                messages
                    .into_iter()
                    .map(move |m| (field.clone(), crate::error::sentence(&field, &m)))
            })
            .collect()
    });
    let view = ErrorPageView {
        title: &title,
        status: report.status.as_u16(),
        reason: report.status.canonical_reason().unwrap_or("Error"),
        message: &report.message,
        fields,
        request_id,
    };
    match views.page("errors/error", &layout, &view) {
        Ok(page) => (report.status, page).into_response(),
        Err(error) => {
            tracing::error!(%error, "error page could not be rendered");
            (report.status, report.message).into_response()
        }
    }
}

fn content_type_is(response: &Response, types: &[&str]) -> bool {
    response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| types.iter().any(|t| v.starts_with(t)))
}

/// A report from a response that has only a status and perhaps a short plain-text explanation
/// (axum's rejections say what was wrong with the request in plain text).
async fn report_from_plain(response: Response) -> ErrorReport {
    let status = response.status();
    let plain = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v == HeaderValue::from_static("text/plain; charset=utf-8"));
    let text = if plain && status.is_client_error() {
        to_bytes(response.into_body(), 2048)
            .await
            .ok()
            .and_then(|bytes| String::from_utf8(bytes.to_vec()).ok())
    } else {
        None
    };
    ErrorReport::for_status(status, text)
}

fn error_title(lang: crate::i18n::Lang, status: StatusCode) -> String {
    match status {
        StatusCode::NOT_FOUND => crate::i18n::text(lang, "error-title-not-found"),
        s if s.is_server_error() => crate::i18n::text(lang, "error-title-server"),
        s => s.canonical_reason().unwrap_or("Error").to_owned(),
    }
}

/// An empty body with a status, for tests of this module.
#[cfg(test)]
fn bare(status: StatusCode) -> Response {
    let mut response = Response::new(axum::body::Body::empty());
    *response.status_mut() = status;
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_bare_status_gets_a_message_for_a_person() {
        let report = report_from_plain(bare(StatusCode::PAYLOAD_TOO_LARGE)).await;
        assert_eq!(report.code, "payload_too_large");
        assert_eq!(report.message, "the request is too large");
    }

    #[tokio::test]
    async fn a_plain_rejection_keeps_its_explanation() {
        let response =
            (StatusCode::BAD_REQUEST, "Failed to parse the request body").into_response();
        let report = report_from_plain(response).await;
        assert_eq!(report.message, "Failed to parse the request body");
    }
}
