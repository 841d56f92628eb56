//! The stack every request goes through, outermost first: request id, tracing span, metrics,
//! security and cache headers, compression, error pages, flash messages, authentication, CSRF
//! protection, panic catching, timeout (answered 503), body limit (larger for uploads).

use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::extract::{MatchedPath, Request, State};
use axum::http::{HeaderName, HeaderValue, Method, Response, StatusCode, header};
use axum::middleware::{Next, from_fn_with_state, map_request};
use tower::ServiceBuilder;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::TraceLayer;
use tracing::Span;

use crate::auth::csrf;
use crate::auth::extract::authenticate;
use crate::error::AppError;
use crate::state::AppState;
use crate::web::{errors, flash, metrics};

/// The `Content-Security-Policy` of every response: no inline script or style, no framing.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self'; \
     style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; \
     form-action 'self'; frame-ancestors 'none'";

/// Wraps `router` in the stack. Layers run per route, so the span and the metrics know the
/// matched route template (`/states/{iso3}`), never the raw path, which can carry identifiers.
pub fn apply(router: Router<AppState>, state: &AppState) -> Router<AppState> {
    let server = &state.settings.server;
    let x_request_id = HeaderName::from_static("x-request-id");
    let header = |name: HeaderName, value: &'static str| {
        SetResponseHeaderLayer::if_not_present(name, HeaderValue::from_static(value))
    };
    let hsts = server.public_url.starts_with("https://").then(|| {
        header(
            header::STRICT_TRANSPORT_SECURITY,
            "max-age=31536000; includeSubDomains",
        )
    });

    // Inside the body limit: what it reads is bounded.
    let router = router.layer(axum::middleware::from_fn(
        super::hygiene::refuse_hidden_characters,
    ));
    router.layer(
        ServiceBuilder::new()
            .layer(map_request(drop_unsafe_request_id))
            .layer(SetRequestIdLayer::new(
                x_request_id.clone(),
                MakeRequestUuid,
            ))
            .layer(
                TraceLayer::new_for_http()
                    .make_span_with(make_span)
                    .on_request(())
                    .on_response(on_response)
                    .on_failure(()),
            )
            .layer(PropagateRequestIdLayer::new(x_request_id))
            .layer(from_fn_with_state(state.metrics.clone(), metrics::track))
            .layer(header(
                header::CONTENT_SECURITY_POLICY,
                CONTENT_SECURITY_POLICY,
            ))
            .layer(header(header::X_FRAME_OPTIONS, "DENY"))
            .layer(header(header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
            .layer(header(header::REFERRER_POLICY, "same-origin"))
            .layer(header(
                HeaderName::from_static("permissions-policy"),
                "camera=(), microphone=(), geolocation=(), interest-cohort=()",
            ))
            .layer(header(
                HeaderName::from_static("cross-origin-opener-policy"),
                "same-origin",
            ))
            // Nearly every page holds personal data or a secret: no copy is kept anywhere (the
            // static files set their own long caching).
            .layer(header(header::CACHE_CONTROL, "no-store"))
            .option_layer(hsts)
            .layer(axum::middleware::map_response(retry_after))
            .layer(CompressionLayer::new())
            .layer(from_fn_with_state(
                state.views.clone(),
                errors::render_error_pages,
            ))
            .layer(from_fn_with_state(state.clone(), flash::read_flash))
            .layer(from_fn_with_state(state.clone(), authenticate))
            .layer(axum::middleware::from_fn(crate::i18n::negotiate::choose))
            .layer(from_fn_with_state(state.clone(), csrf::protect))
            .layer(axum::middleware::from_fn(
                super::context::keep_for_error_pages,
            ))
            .layer(CatchPanicLayer::custom(panic_response))
            .layer(from_fn_with_state(state.clone(), time_limit))
            .layer(from_fn_with_state(state.clone(), limit_body)),
    )
}

/// A request that takes longer than `server.request_timeout_secs` is answered 503 (rather than
/// 408: the service was slow, not the client). An upload has `attachments.upload_timeout_secs`:
/// a large file over a slow line takes minutes.
async fn time_limit(State(state): State<AppState>, request: Request, next: Next) -> Response<Body> {
    let secs = if is_upload(request.method(), request.uri().path()) {
        state.settings.attachments.upload_timeout_secs
    } else {
        state.settings.server.request_timeout_secs
    };
    match tokio::time::timeout(Duration::from_secs(secs), next.run(request)).await {
        Ok(response) => response,
        Err(_) => axum::response::IntoResponse::into_response(StatusCode::SERVICE_UNAVAILABLE),
    }
}

/// Whether a request uploads an attachment (`POST .../attachments`, a page's form or the API):
/// its body may be as large as a file.
pub fn is_upload(method: &Method, path: &str) -> bool {
    method == Method::POST && path.ends_with("/attachments")
}

/// The body limit: `server.body_limit_bytes`, or for an upload the limit of a file and room for
/// its form's other fields (the upload counts the file's bytes as they stream, and says which
/// limit was passed). A body declared larger is refused with 413 before it is read.
async fn limit_body(State(state): State<AppState>, request: Request, next: Next) -> Response<Body> {
    let upload = is_upload(request.method(), request.uri().path());
    let max_file = state.settings.attachments.max_file_bytes;
    let limit = if upload {
        max_file.saturating_add(UPLOAD_FORM_BYTES)
    } else {
        state.settings.server.body_limit_bytes as u64
    };
    let declared = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|length| length > limit) {
        let sentence = if upload {
            format!(
                "the file is larger than '{}', the largest file accepted",
                crate::attachments::human_size(max_file)
            )
        } else {
            "the request's body is larger than the service accepts".to_owned()
        };
        return crate::error::ErrorReport::for_status(
            StatusCode::PAYLOAD_TOO_LARGE,
            Some(sentence),
        )
        .into_json_response();
    }
    if upload {
        // Bounded by the upload's reader (`attachments::upload`), which says which limit.
        return next.run(request).await;
    }
    let limit = usize::try_from(limit).unwrap_or(usize::MAX);
    let (parts, body) = request.into_parts();
    let body = Body::new(http_body_util::Limited::new(body, limit));
    next.run(Request::from_parts(parts, body)).await
}

/// Room for an upload form's fields other than the file.
const UPLOAD_FORM_BYTES: u64 = 1024 * 1024;

/// A 503 or a 429 says when to come back (`Retry-After`, in seconds) unless it set its own:
/// a database outage, a timeout, a busy service or a limit.
async fn retry_after<B>(mut response: Response<B>) -> Response<B> {
    let seconds = match response.status() {
        StatusCode::SERVICE_UNAVAILABLE => "5",
        StatusCode::TOO_MANY_REQUESTS => "60",
        _ => return response,
    };
    response
        .headers_mut()
        .entry(header::RETRY_AFTER)
        .or_insert(HeaderValue::from_static(seconds));
    response
}

/// A request id from the client is kept (it ties a proxy's logs to ours) only if it is short and
/// plain; otherwise a new one is made, so that what reaches the logs and pages stays harmless.
async fn drop_unsafe_request_id(mut request: Request) -> Request {
    let safe = request.headers().get("x-request-id").is_none_or(|id| {
        (1..=64).contains(&id.len())
            && id
                .as_bytes()
                .iter()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
    });
    if !safe {
        request.headers_mut().remove("x-request-id");
    }
    request
}

fn make_span(request: &Request) -> Span {
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map_or("unmatched", MatchedPath::as_str);
    let request_id = request
        .headers()
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("-");
    tracing::info_span!(
        "request",
        method = %request.method(),
        route,
        request_id,
    )
}

fn on_response<B>(response: &Response<B>, latency: Duration, _span: &Span) {
    tracing::info!(
        status = response.status().as_u16(),
        latency_ms = latency.as_secs_f64() * 1000.0,
        "finished"
    );
}

#[allow(clippy::needless_pass_by_value)] // the signature CatchPanicLayer calls
fn panic_response(panic: Box<dyn std::any::Any + Send + 'static>) -> Response<Body> {
    let detail = panic
        .downcast_ref::<&str>()
        .map(ToString::to_string)
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_default();
    axum::response::IntoResponse::into_response(AppError::Internal(anyhow::anyhow!(
        "handler panicked: {detail}"
    )))
}
