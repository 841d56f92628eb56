//! Every `/api/v1` answer a test receives is checked against the generated API document
//! (`clearway::web::openapi::document`): the operation is found by method and path template, the
//! response by status (an error status may fall back to `default`, a success may not), and a JSON
//! body must validate against the documented schema, error bodies included. `TestApp::request`
//! calls [`check`], so every test that talks to the API checks the document as a side effect.

use std::collections::HashMap;
use std::sync::{Arc, LazyLock, Mutex};

use axum::http::{HeaderMap, Method, StatusCode, header};
use serde_json::{Value, json};

/// The API paths the document covers: all of them. An answer under a path the document does not
/// describe fails, and so does a route the document leaves out (api_document.rs).
pub const DOCUMENTED_PREFIXES: &[&str] = &["/api/v1/"];

/// Whether `path` (a template or a concrete path) is one the document must cover.
pub fn must_be_documented(path: &str) -> bool {
    DOCUMENTED_PREFIXES
        .iter()
        .any(|prefix| path.starts_with(prefix))
}

/// The generated document, as JSON.
pub static DOCUMENT: LazyLock<Value> = LazyLock::new(|| {
    serde_json::to_value(clearway::web::openapi::document()).expect("the document serializes")
});

/// Compiled validators by "METHOD template status": compiling is the costly part.
static VALIDATORS: LazyLock<Mutex<HashMap<String, Arc<jsonschema::Validator>>>> =
    LazyLock::new(Mutex::default);

/// The document's path template that `path` (no query string) matches.
pub fn template_of(path: &str) -> Option<&'static str> {
    let paths = DOCUMENT["paths"].as_object()?;
    best_template(paths.keys().map(String::as_str), path)
}

/// The template of `templates` that `path` matches, preferring literal segments to parameters
/// from left to right (`/awards/export` over `/awards/{id}`).
pub fn best_template<'a>(templates: impl Iterator<Item = &'a str>, path: &str) -> Option<&'a str> {
    let segments: Vec<&str> = path.split('/').collect();
    templates
        .filter_map(|template| {
            let parts: Vec<&str> = template.split('/').collect();
            if parts.len() != segments.len() {
                return None;
            }
            let mut literal = Vec::with_capacity(parts.len());
            for (part, segment) in parts.iter().zip(&segments) {
                let is_param = part.starts_with('{') && part.ends_with('}');
                if is_param {
                    if segment.is_empty() {
                        return None;
                    }
                } else if part != segment {
                    return None;
                }
                literal.push(!is_param);
            }
            Some((literal, template))
        })
        .max()
        .map(|(_, template)| template)
}

/// Checks one answer. Panics with the path, the status, the body and what is wrong.
pub fn check(method: &Method, path: &str, status: StatusCode, headers: &HeaderMap, body: &[u8]) {
    if !path.starts_with("/api/v1/") {
        return;
    }
    let answer = Answer {
        method,
        path,
        status,
        body,
    };
    let operation = template_of(path).and_then(|template| {
        DOCUMENT["paths"][template]
            .get(method.as_str().to_lowercase())
            .map(|operation| (template, operation))
    });
    let Some((template, operation)) = operation else {
        // No route answers this path and method: the router's own error body.
        if matches!(
            status,
            StatusCode::NOT_FOUND | StatusCode::METHOD_NOT_ALLOWED
        ) {
            return validate_json(
                "error",
                &json!({"$ref": "#/components/schemas/Error"}),
                &answer,
            );
        }
        if must_be_documented(path) {
            answer.fail("the operation is not in the document");
        }
        return;
    };
    if let Ok(log) = std::env::var("CLEARWAY_CONTRACT_LOG") {
        // Which operations the suite exercises, and with what: `sort -u` the file to see.
        use std::io::Write;
        if let Ok(mut file) = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(log)
        {
            let _ = writeln!(file, "{method} {template} {}", status.as_u16());
        }
    }
    let responses = &operation["responses"];
    let code = status.as_str();
    let range = format!("{}XX", &code[..1]);
    let response = responses
        .get(code)
        .or_else(|| responses.get(&range))
        .or_else(|| {
            (!status.is_success())
                .then(|| responses.get("default"))
                .flatten()
        })
        .unwrap_or_else(|| answer.fail("this status is not documented for the operation"));
    let response = resolve(response);
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .unwrap_or_default()
        .trim();
    let Some(content) = response.get("content").and_then(Value::as_object) else {
        if !body.is_empty() {
            answer.fail("the document says this answer has no body");
        }
        return;
    };
    let Some(media) = content.get(content_type) else {
        answer.fail(&format!(
            "content type {content_type:?} is not one of the documented {:?}",
            content.keys().collect::<Vec<_>>()
        ));
    };
    if content_type == "application/json" {
        let schema = media.get("schema").cloned().unwrap_or_else(|| json!({}));
        let key = format!("{method} {template} {code}");
        validate_json(&key, &schema, &answer);
    }
}

/// `#/components/responses/X` to the response it names.
fn resolve(response: &Value) -> &Value {
    match response.get("$ref").and_then(Value::as_str) {
        Some(reference) => {
            let pointer = reference.trim_start_matches('#');
            DOCUMENT
                .pointer(pointer)
                .unwrap_or_else(|| panic!("the document has no {reference}"))
        }
        None => response,
    }
}

/// One answer under check, to say what is wrong with it.
struct Answer<'a> {
    method: &'a Method,
    path: &'a str,
    status: StatusCode,
    body: &'a [u8],
}

impl Answer<'_> {
    fn fail(&self, problem: &str) -> ! {
        panic!(
            "API answer does not match the document (tests/snapshots/openapi.json): {problem}\n\
             {} {} -> {}\nbody: {}",
            self.method,
            self.path,
            self.status,
            String::from_utf8_lossy(self.body)
        )
    }
}

fn validate_json(key: &str, schema: &Value, answer: &Answer<'_>) {
    let validator = validator(key, schema);
    let instance: Value = serde_json::from_slice(answer.body)
        .unwrap_or_else(|e| answer.fail(&format!("the body is not JSON ({e})")));
    let errors: Vec<String> = validator
        .iter_errors(&instance)
        .map(|error| format!("  at {:?}: {error}", error.instance_path().as_str()))
        .collect();
    if !errors.is_empty() {
        answer.fail(&format!(
            "the body does not match the schema\n{}\nschema: {schema}",
            errors.join("\n")
        ));
    }
}

/// The validator of `schema`, compiled once. The schema sits in a document that also holds the
/// API document's `components`, so its `#/components/schemas/...` references resolve.
fn validator(key: &str, schema: &Value) -> Arc<jsonschema::Validator> {
    let mut cache = VALIDATORS.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(validator) = cache.get(key) {
        return validator.clone();
    }
    let root = json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "components": DOCUMENT["components"],
        "allOf": [schema],
    });
    let validator =
        compile(&root).unwrap_or_else(|e| panic!("the schema of {key} is invalid: {e}"));
    let validator = Arc::new(validator);
    cache.insert(key.to_owned(), validator.clone());
    validator
}

/// Formats are checked (`date-time`, `date`, `email`, ...); unknown ones (`int64`) are not.
pub fn compile(schema: &Value) -> Result<jsonschema::Validator, String> {
    jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .should_validate_formats(true)
        .build(schema)
        .map_err(|e| e.to_string())
}
