//! The templates: one Handlebars registry, in strict mode, escaping HTML by default, compiled once
//! at start-up from the files embedded in the binary (or, with `server.reload_templates`, read
//! again from `templates/` at each render while developing).

use std::sync::Arc;

use axum::response::Html;
use handlebars::{DirectorySourceOptions, Handlebars};
use rust_embed::RustEmbed;
use serde::Serialize;

use crate::error::AppError;
use crate::i18n::Lang;
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
        // The messages parse now, at start-up, rather than at the first page.
        crate::i18n::catalog::bundles();
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
        crate::i18n::helpers::register(&mut registry);
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

    /// [`Views::render_text`] in `lang`.
    pub fn render_text_in<T: Serialize>(
        &self,
        lang: Lang,
        name: &str,
        data: &T,
    ) -> Result<String, AppError> {
        crate::i18n::helpers::in_lang(lang, || self.render_text(name, data))
    }

    /// [`Views::render`] in `lang`.
    pub fn render_in<T: Serialize>(
        &self,
        lang: Lang,
        name: &str,
        data: &T,
    ) -> Result<String, AppError> {
        crate::i18n::helpers::in_lang(lang, || self.render(name, data))
    }

    /// Renders template `name` (its path under `templates/` without `.hbs`), in the language of
    /// the render in progress (English outside one).
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
        crate::i18n::helpers::in_lang(layout.lang, || self.page_in_lang(name, layout, data))
    }

    fn page_in_lang<T: Serialize>(
        &self,
        name: &str,
        layout: &LayoutView,
        data: &T,
    ) -> Result<Html<String>, AppError> {
        #[derive(Serialize)]
        struct Page<'a> {
            layout: &'a LayoutView,
            content: &'a str,
            /// The page shows errors: its title begins "Error:".
            has_errors: bool,
        }
        /// What every page template sees besides its own data: the token its forms carry.
        #[derive(Serialize)]
        struct Content<'a, T> {
            csrf_token: &'a str,
            #[serde(flatten)]
            data: &'a T,
        }
        let context = handlebars::Context::wraps(Content {
            csrf_token: &layout.csrf_token,
            data,
        })?;
        let mut content = self.registry.render_with_context(name, &context)?;
        let errors = error_links(&content);
        if !errors.is_empty() {
            let intro = context
                .data()
                .get("error_intro")
                .and_then(serde_json::Value::as_str);
            let summary = self.render(
                "partials/error_summary",
                &serde_json::json!({ "errors": errors, "intro": intro }),
            )?;
            content.insert_str(0, &summary);
        }
        self.render(
            "layouts/base",
            &Page {
                layout,
                content: &content,
                has_errors: !errors.is_empty(),
            },
        )
        .map(Html)
    }
}

/// One line of a page's error summary: the message (HTML, as the page shows it) and the id of
/// the field it is about, the link's target (`None`: a message of the whole form).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ErrorLink {
    pub id: Option<String>,
    pub message: String,
}

/// The messages a rendered page shows next to its fields, in the page's order: each
/// `<p class="error" id="{field}-error">message</p>` (the field's `aria-describedby` names that
/// id), so that the summary lists exactly what the page shows, whichever form of the page failed.
/// A message with another id is linked to itself; one without an id is listed without a link.
pub fn error_links(html: &str) -> Vec<ErrorLink> {
    const OPEN: &str = "<p class=\"error\"";
    let mut links = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find(OPEN) {
        rest = &rest[start + OPEN.len()..];
        let Some(tag_end) = rest.find('>') else { break };
        let attributes = &rest[..tag_end];
        // `{field}-error` links to the field; any other id to the message itself (a message
        // about a group of fields).
        let id = attributes
            .split_once(" id=\"")
            .and_then(|(_, after)| after.split_once('"'))
            .map(|(id, _)| id.strip_suffix("-error").unwrap_or(id).to_owned());
        rest = &rest[tag_end + 1..];
        let Some(end) = rest.find("</p>") else { break };
        let message = rest[..end].trim();
        if !message.is_empty() {
            links.push(ErrorLink {
                id,
                message: message.to_owned(),
            });
        }
        rest = &rest[end..];
    }
    links
}

// `{{words status}}`: a stored code in plain words (`joint_approach_agreed` is "Joint approach
// agreed"), for codes a page receives without their label.
// In French or Spanish, the words found in the catalogue's phrases (see `i18n::phrases`).
handlebars::handlebars_helper!(words: |code: str| words_in_page_language(code));

fn words_in_page_language(code: &str) -> String {
    let plain = crate::web::names::humanize(code);
    crate::i18n::phrases::translate(crate::i18n::helpers::current(), &plain).into_owned()
}

/// An instant as pages show it, in the language of the request being handled (English
/// outside a request): `28 Nov 2026 19:05 UTC`, `28 nov. 2026, 19:05 UTC`.
pub fn instant(at: chrono::DateTime<chrono::Utc>) -> String {
    instant_lang(crate::i18n::current_request(), at)
}

/// An instant in `lang`: `28 Nov 2026 19:05 UTC`, `28 nov. 2026, 19:05 UTC`, `28 nov 2026, 19:05
/// UTC`.
pub fn instant_lang(lang: Lang, at: chrono::DateTime<chrono::Utc>) -> String {
    let day = crate::i18n::formats::date(lang, at.date_naive());
    crate::i18n::formats::with_time(lang, &day, &at.format("%H:%M UTC").to_string())
}

/// An instant in the reader's time zone, with UTC beside it, in the language of the request
/// being handled: `15 Jan 2027 10:00 CET (09:00 UTC)`; in UTC alone for a reader in UTC.
pub fn instant_in(at: chrono::DateTime<chrono::Utc>, zone: chrono_tz::Tz) -> String {
    instant_in_lang(crate::i18n::current_request(), at, zone)
}

/// [`instant_in`] in `lang`: `15 janv. 2027, 10:00 CET (09:00 UTC)`.
pub fn instant_in_lang(
    lang: Lang,
    at: chrono::DateTime<chrono::Utc>,
    zone: chrono_tz::Tz,
) -> String {
    use crate::i18n::formats;
    if zone == chrono_tz::UTC {
        return instant_lang(lang, at);
    }
    let local = at.with_timezone(&zone);
    let utc_time = at.format("%H:%M UTC").to_string();
    let utc = if local.date_naive() == at.date_naive() {
        utc_time
    } else {
        formats::with_time(lang, &formats::day_month(lang, at.date_naive()), &utc_time)
    };
    let day = formats::date(lang, local.date_naive());
    let time = local.format("%H:%M %Z").to_string();
    format!("{} ({utc})", formats::with_time(lang, &day, &time))
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

    #[test]
    fn instants_follow_the_language() {
        let at = chrono::DateTime::parse_from_rfc3339("2027-01-15T21:00:00Z")
            .unwrap()
            .to_utc();
        assert_eq!(instant_lang(Lang::Fr, at), "15 janv. 2027, 21:00 UTC");
        assert_eq!(instant_lang(Lang::Es, at), "15 ene 2027, 21:00 UTC");
        assert_eq!(
            instant_in_lang(Lang::Fr, at, chrono_tz::Europe::Zurich),
            "15 janv. 2027, 22:00 CET (21:00 UTC)"
        );
        assert_eq!(
            instant_in_lang(Lang::Es, at, chrono_tz::Asia::Tokyo),
            "16 ene 2027, 06:00 JST (15 ene, 21:00 UTC)"
        );
        // Outside a request: English.
        assert_eq!(instant(at), "15 Jan 2027 21:00 UTC");
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
    fn the_summary_lists_the_page_s_messages_linked_to_their_fields() {
        let html = r#"<input id="title" aria-describedby="title-error">
            <p class="error" id="title-error">Enter the title</p>
            <p class="error" id="installment-4-message-0" tabindex="-1">Installment 2 cannot be approved yet</p>
            <p class="error">A message of the whole form</p><p class="error" id="x-error"></p>"#;
        let links = error_links(html);
        assert_eq!(
            links,
            [
                ErrorLink {
                    id: Some("title".into()),
                    message: "Enter the title".into()
                },
                ErrorLink {
                    id: Some("installment-4-message-0".into()),
                    message: "Installment 2 cannot be approved yet".into()
                },
                ErrorLink {
                    id: None,
                    message: "A message of the whole form".into()
                },
            ]
        );
        assert!(error_links("<p class=\"muted\">Fine</p>").is_empty());

        let views = Views::load(false).unwrap();
        let layout = LayoutView::new("Sign in", "login", None);
        let login = |error: Option<&str>, intro: Option<&str>| {
            let data = serde_json::json!({
                "next": "", "email": "", "error": error, "error_intro": intro
            });
            views.page("auth/login", &layout, &data).unwrap().0
        };
        let clean = login(None, None);
        assert!(
            clean.contains("<title>Sign in · Clearway</title>"),
            "{clean}"
        );
        assert!(!clean.contains("error-summary"));
        let refused = login(Some("The email or the password is not right"), None);
        assert!(refused.contains("<title>Error: Sign in · Clearway</title>"));
        let summary = refused.find("class=\"error-summary\"").unwrap();
        assert!(summary < refused.find("<h1>").unwrap());
        assert!(
            refused
                .contains("<li><a href=\"#email\">The email or the password is not right</a></li>")
        );
        assert!(refused.contains(">There is a problem</h2>"));
        let said = login(Some("Enter the email"), Some("Your draft was saved, but:"));
        assert!(said.contains(">Your draft was saved, but:</h2>"));
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
