//! Extractors whose failures answer in the service's error format.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use serde::de::DeserializeOwned;

use crate::error::{AppError, FieldErrors};

/// Query parameters, deserialized with the name of the parameter at fault in the error.
///
/// Parameter structs hold `Option<String>` fields and check them with a `parse` method of their
/// own, so that a person gets one message per field; this extractor only fails on a query string
/// that cannot be read at all (a parameter given twice, say).
#[derive(Debug, Clone, Copy, Default)]
pub struct Params<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequestParts<S> for Params<T> {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        let query = parts.uri.query().unwrap_or_default();
        let deserializer =
            serde_urlencoded::Deserializer::new(form_urlencoded::parse(query.as_bytes()));
        serde_path_to_error::deserialize(deserializer)
            .map(Params)
            .map_err(|error| {
                let field = error.path().to_string();
                let message = error.into_inner().to_string();
                AppError::BadRequest {
                    message: format!("the query string cannot be read: {message}"),
                    fields: if field == "." {
                        FieldErrors::new()
                    } else {
                        FieldErrors::one(field, message)
                    },
                }
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::Request;

    #[derive(Debug, serde::Deserialize)]
    struct Filter {
        on: Option<String>,
    }

    async fn extract(uri: &str) -> Result<Params<Filter>, AppError> {
        let (mut parts, ()) = Request::get(uri).body(()).unwrap().into_parts();
        Params::<Filter>::from_request_parts(&mut parts, &()).await
    }

    #[tokio::test]
    async fn reads_parameters_and_refuses_a_repeated_one() {
        assert_eq!(
            extract("/x?on=2022-06-20").await.unwrap().0.on.as_deref(),
            Some("2022-06-20")
        );
        assert!(extract("/x").await.unwrap().0.on.is_none());
        let error = extract("/x?on=a&on=b").await.unwrap_err();
        assert_eq!(error.status(), axum::http::StatusCode::BAD_REQUEST);
    }
}

/// A JSON body; a body that is not JSON, or not an object of the expected shape, is a 400 that
/// names the field at fault.
#[derive(Debug, Clone, Copy, Default)]
pub struct JsonBody<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> axum::extract::FromRequest<S> for JsonBody<T> {
    type Rejection = AppError;

    async fn from_request(
        request: axum::extract::Request,
        state: &S,
    ) -> Result<Self, Self::Rejection> {
        let is_json = request
            .headers()
            .get(axum::http::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("application/json"));
        let bytes = axum::body::Bytes::from_request(request, state)
            .await
            .map_err(|rejection| AppError::BadRequest {
                message: rejection.body_text(),
                fields: FieldErrors::new(),
            })?;
        if !is_json && !bytes.is_empty() {
            return Err(AppError::BadRequest {
                message: "send the body as JSON, with Content-Type: application/json".to_owned(),
                fields: FieldErrors::new(),
            });
        }
        let text: &[u8] = if bytes.is_empty() { b"{}" } else { &bytes };
        // Every body of the API is an object: an array would fill its fields in order.
        if text.iter().find(|b| !b.is_ascii_whitespace()) != Some(&b'{') {
            return Err(AppError::BadRequest {
                message: "the JSON body must be an object: {\"field\": value, ...}".to_owned(),
                fields: FieldErrors::new(),
            });
        }
        let mut deserializer = serde_json::Deserializer::from_slice(text);
        serde_path_to_error::deserialize(&mut deserializer)
            .map(JsonBody)
            .map_err(|error| {
                let field = error.path().to_string();
                let message = error.into_inner().to_string();
                AppError::BadRequest {
                    message: format!("the JSON body cannot be read: {message}"),
                    fields: if field == "." {
                        FieldErrors::new()
                    } else {
                        FieldErrors::one(field, message)
                    },
                }
            })
    }
}

/// The step a route's path ends with (`/api/v1/awards/{id}/suspend` gives `suspend`), parsed
/// with the step's `FromStr`. One handler serves every step of a record, while each step's
/// route stays registered as a concrete path (the route table lists them one by one).
#[derive(Debug, Clone, Copy)]
pub struct StepOf<T>(pub T);

impl<T: std::str::FromStr, S: Send + Sync> FromRequestParts<S> for StepOf<T> {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        let path = parts
            .extensions
            .get::<axum::extract::MatchedPath>()
            .map_or_else(|| parts.uri.path().to_owned(), |p| p.as_str().to_owned());
        path.rsplit('/')
            .next()
            .and_then(|last| last.parse().ok())
            .map(StepOf)
            .ok_or_else(|| AppError::not_found("there is nothing at this address"))
    }
}
