//! The templates: one Handlebars registry, in strict mode, escaping HTML by default, compiled once
//! at start-up from the files embedded in the binary (or, with `server.reload_templates`, read
//! again from `templates/` at each render while developing).

use std::sync::Arc;

use axum::response::Html;
use handlebars::{DirectorySourceOptions, Handlebars};
use rust_embed::RustEmbed;
use serde::Serialize;

use crate::error::AppError;
use crate::web::context::LayoutView;

#[derive(RustEmbed)]
#[folder = "templates/"]
#[include = "*.hbs"]
struct TemplateFiles;

/// The compiled templates, shared by every request.
#[derive(Clone)]
pub struct Views {
    registry: Arc<Handlebars<'static>>,
    /// The same templates, escaping nothing: for the plain-text parts of emails.
    text: Arc<Handlebars<'static>>,
}

impl Views {
    /// Compiles every template; a template with a syntax error stops start-up.
    pub fn load(reload_from_disk: bool) -> anyhow::Result<Self> {
        let registry = Self::registry(reload_from_disk, escape_html)?;
        let text = Self::registry(reload_from_disk, handlebars::no_escape)?;
        Ok(Self {
            registry: Arc::new(registry),
            text: Arc::new(text),
        })
    }

    fn registry(
        reload_from_disk: bool,
        escape: fn(&str) -> String,
    ) -> anyhow::Result<Handlebars<'static>> {
        let mut registry = Handlebars::new();
        registry.set_strict_mode(true);
        // HTML needs no re-indented partials, and indenting every line of a page costs time.
        registry.set_prevent_indent(true);
        registry.register_escape_fn(escape);
        registry.register_helper("words", Box::new(words));
        if reload_from_disk {
            registry.set_dev_mode(true);
            registry
                .register_templates_directory("templates", DirectorySourceOptions::default())?;
        } else {
            registry.register_embed_templates_with_extension::<TemplateFiles>(".hbs")?;
        }
        Ok(registry)
    }

    /// Renders template `name` as plain text (nothing escaped): for emails' text parts and
    /// subjects, which are not HTML.
    pub fn render_text<T: Serialize>(&self, name: &str, data: &T) -> Result<String, AppError> {
        Ok(self.text.render(name, data)?)
    }

    /// Renders template `name` (its path under `templates/` without `.hbs`).
    pub fn render<T: Serialize>(&self, name: &str, data: &T) -> Result<String, AppError> {
        Ok(self.registry.render(name, data)?)
    }

    /// A whole page: template `name` rendered with `data` (and `csrf_token`, for its forms),
    /// inside the layout.
    ///
    /// Two renders rather than a partial block: handlebars copies the context into a partial
    /// block, which cost more than half of the time of a long page.
    pub fn page<T: Serialize>(
        &self,
        name: &str,
        layout: &LayoutView,
        data: &T,
    ) -> Result<Html<String>, AppError> {
        #[derive(Serialize)]
        struct Page<'a> {
            layout: &'a LayoutView,
            content: &'a str,
        }
        /// What every page template sees besides its own data: the token its forms carry.
        #[derive(Serialize)]
        struct Content<'a, T> {
            csrf_token: &'a str,
            #[serde(flatten)]
            data: &'a T,
        }
        let content = self.render(
            name,
            &Content {
                csrf_token: &layout.csrf_token,
                data,
            },
        )?;
        self.render(
            "layouts/base",
            &Page {
                layout,
                content: &content,
            },
        )
        .map(Html)
    }
}

// `{{words status}}`: a stored code in plain words (`joint_approach_agreed` is "Joint approach
// agreed"), for codes a page receives without their label.
handlebars::handlebars_helper!(words: |code: str| crate::web::names::humanize(code));

/// An instant as pages show it: `28 Nov 2026 19:05 UTC`.
pub fn instant(at: chrono::DateTime<chrono::Utc>) -> String {
    at.format("%-d %b %Y %H:%M UTC").to_string()
}

/// An instant in the reader's time zone, with UTC beside it: `15 Jan 2027 10:00 CET (09:00
/// UTC)`; in UTC alone for a reader in UTC.
pub fn instant_in(at: chrono::DateTime<chrono::Utc>, zone: chrono_tz::Tz) -> String {
    if zone == chrono_tz::UTC {
        return instant(at);
    }
    let local = at.with_timezone(&zone);
    let utc = if local.date_naive() == at.date_naive() {
        at.format("%H:%M UTC").to_string()
    } else {
        at.format("%-d %b %H:%M UTC").to_string()
    };
    format!("{} ({utc})", local.format("%-d %b %Y %H:%M %Z"))
}

#[cfg(test)]
mod zone_tests {
    use super::*;

    #[test]
    fn instants_show_the_reader_s_time_with_utc() {
        let at = chrono::DateTime::parse_from_rfc3339("2027-01-15T09:00:00Z")
            .unwrap()
            .to_utc();
        assert_eq!(instant_in(at, chrono_tz::UTC), "15 Jan 2027 09:00 UTC");
        assert_eq!(
            instant_in(at, chrono_tz::Europe::Zurich),
            "15 Jan 2027 10:00 CET (09:00 UTC)"
        );
        assert_eq!(
            instant_in(at, chrono_tz::Asia::Kathmandu),
            "15 Jan 2027 14:45 +0545 (09:00 UTC)"
        );
        let noon = at + chrono::Duration::hours(3);
        assert_eq!(
            instant_in(noon, chrono_tz::Pacific::Kiritimati),
            "16 Jan 2027 02:00 +14 (15 Jan 12:00 UTC)"
        );
    }
}

/// Escapes what can end an element or a quoted attribute (every attribute in the templates is
/// quoted), so that links keep their `=` instead of `&#x3D;`.
pub fn escape_html(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#x27;"),
            _ => escaped.push(c),
        }
    }
    escaped
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_template_compiles_and_escapes_html() {
        let views = Views::load(false).unwrap();
        assert!(views.registry.has_template("layouts/base"));
        let escaped = views
            .registry
            .render_template(
                r#"<a title="{{x}}">{{x}}</a>"#,
                &serde_json::json!({"x": "<script>\"a\" & 'b'"}),
            )
            .unwrap();
        assert_eq!(
            escaped,
            "<a title=\"&lt;script&gt;&quot;a&quot; &amp; &#x27;b&#x27;\">&lt;script&gt;&quot;a&quot; &amp; &#x27;b&#x27;</a>"
        );
    }

    #[test]
    fn codes_read_in_plain_words() {
        let views = Views::load(false).unwrap();
        let text = views
            .registry
            .render_template(
                "{{words status}}",
                &serde_json::json!({"status": "joint_approach_agreed"}),
            )
            .unwrap();
        assert_eq!(text, "Joint approach agreed");
    }

    #[test]
    fn a_missing_field_is_an_error_not_an_empty_string() {
        let views = Views::load(false).unwrap();
        assert!(
            views
                .registry
                .render_template("{{missing}}", &serde_json::json!({}))
                .is_err()
        );
    }
}
