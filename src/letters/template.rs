//! Letter templates: Handlebars written by staff, one per round (`rounds.letter_template`), or
//! the default letter when the round has none, in the organization's language
//! (`templates/awards/letter_default.{en,fr,es}.hbs`). A template is compiled in a registry
//! of its own, in strict mode (a variable that is not given is an error, not an empty string),
//! with the built-in helpers only (`if`, `unless`, `each`, `with`, `lookup`, `eq`...; `log` does
//! nothing) and no partials nor decorators: a template reaches the variables it is given
//! ([`super::data::LetterData`]) and nothing else. It renders to the letter's markup
//! ([`super::markup`]), which is plain text: the page escapes it, the PDF draws it.

use handlebars::template::{Template, TemplateElement};
use handlebars::{Context, Handlebars, Helper, HelperResult, Output, RenderContext};
use serde::Serialize;

use crate::i18n::Lang;

/// The letter of rounds that have none of their own, in each language.
const DEFAULTS: [(Lang, &str); 3] = [
    (
        Lang::En,
        include_str!("../../templates/awards/letter_default.en.hbs"),
    ),
    (
        Lang::Fr,
        include_str!("../../templates/awards/letter_default.fr.hbs"),
    ),
    (
        Lang::Es,
        include_str!("../../templates/awards/letter_default.es.hbs"),
    ),
];

/// The default letter in `lang`.
pub fn default_in(lang: Lang) -> &'static str {
    DEFAULTS
        .iter()
        .find(|(l, _)| *l == lang)
        .map_or(DEFAULTS[0].1, |(_, source)| source)
}

/// The language of `source` when it is one of the default letters (as saved from the form:
/// surrounding blank lines aside), `None` for a letter staff wrote. A letter's values (dates,
/// amounts, the kinds of report) are written in its language; a letter staff wrote has them in
/// English, as it always had.
pub fn default_language(source: &str) -> Option<Lang> {
    DEFAULTS
        .iter()
        .find(|(_, default)| default.trim() == source.trim())
        .map(|(lang, _)| *lang)
}

/// The longest template accepted, in characters.
pub const MAX_CHARS: usize = 20_000;

/// What is wrong with a template: a sentence, with the line it is on when known.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub line: Option<usize>,
    pub message: String,
}

impl Problem {
    fn at(line: Option<usize>, message: impl Into<String>) -> Self {
        Self {
            line,
            message: message.into(),
        }
    }

    /// "line 3: ..." for people.
    pub fn sentence(&self) -> String {
        match self.line {
            Some(line) => format!("line {line}: {}", self.message),
            None => self.message.clone(),
        }
    }
}

fn quiet_log(
    _: &Helper<'_>,
    _: &Handlebars<'_>,
    _: &Context,
    _: &mut RenderContext<'_, '_>,
    _: &mut dyn Output,
) -> HelperResult {
    Ok(())
}

fn registry() -> Handlebars<'static> {
    let mut registry = Handlebars::new();
    registry.set_strict_mode(true);
    // The markup is not HTML: the page escapes each block when it shows it.
    registry.register_escape_fn(handlebars::no_escape);
    // `log` would write what a template says into the service's log.
    registry.register_helper("log", Box::new(quiet_log));
    registry
}

/// Partials and decorators (`{{> name}}`, `{{#*inline}}`) are refused: a template is one text,
/// and an inline partial that calls itself would never end.
fn refuse_partials(template: &Template) -> Result<(), Problem> {
    for (index, element) in template.elements.iter().enumerate() {
        let line = template.mapping.get(index).map(|m| m.0);
        match element {
            TemplateElement::PartialExpression(_) | TemplateElement::PartialBlock(_) => {
                return Err(Problem::at(
                    line,
                    "partials ({{> name}}) are not available in a letter template",
                ));
            }
            TemplateElement::DecoratorExpression(_) | TemplateElement::DecoratorBlock(_) => {
                return Err(Problem::at(
                    line,
                    "decorators and inline partials ({{#*inline}}) are not available in a letter \
                     template",
                ));
            }
            TemplateElement::HelperBlock(helper) => {
                if let Some(inner) = &helper.template {
                    refuse_partials(inner)?;
                }
                if let Some(inner) = &helper.inverse {
                    refuse_partials(inner)?;
                }
            }
            _ => {}
        }
    }
    Ok(())
}

/// Whether `source` is a template staff may save: not too long, compiles, uses no partial, and
/// renders `sample` (every variable it names is one a letter has).
pub fn check<T: Serialize>(source: &str, sample: &T) -> Result<(), Problem> {
    if source.trim().is_empty() {
        return Err(Problem::at(
            None,
            "write the letter, or clear the field to use the default letter",
        ));
    }
    let length = source.chars().count();
    if length > MAX_CHARS {
        return Err(Problem::at(
            None,
            format!("is {length} characters long: a letter template may have {MAX_CHARS} at most"),
        ));
    }
    render(source, sample).map(|_| ())
}

/// Renders `source` with `data` into the letter's markup.
pub fn render<T: Serialize>(source: &str, data: &T) -> Result<String, Problem> {
    let template = Template::compile(source).map_err(|error| {
        Problem::at(
            error.pos().map(|(line, _)| line),
            format!("the template does not compile: {}", error.reason()),
        )
    })?;
    refuse_partials(&template)?;
    let mut registry = registry();
    registry.register_template("letter", template);
    registry.render("letter", data).map_err(|error| {
        let message = match error.reason() {
            handlebars::RenderErrorReason::MissingVariable(Some(path)) => {
                format!("\"{path}\" is not a variable of a letter (see the list beside the field)")
            }
            reason => format!("the template does not render: {reason}"),
        };
        Problem::at(error.line_no, message)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn templates_render_strictly_and_reach_only_their_variables() {
        let data = json!({"organization": {"name": "Nepal <Campaign>"}});
        assert_eq!(
            render("Dear {{organization.name}}", &data).unwrap(),
            "Dear Nepal <Campaign>"
        );
        let missing = render("Hello\n{{organization.nam}}", &data).unwrap_err();
        assert_eq!(missing.line, Some(2));
        assert!(missing.message.contains("organization.nam"), "{missing:?}");
        let broken = render("a\nb {{#if x}}", &data).unwrap_err();
        assert_eq!(broken.line, Some(2), "{broken:?}");
        assert!(broken.sentence().starts_with("line 2: "));
        let partial = render("{{#if 1}}{{> letter}}{{/if}}", &data).unwrap_err();
        assert!(partial.message.contains("partials"), "{partial:?}");
        let inline = render("{{#*inline \"a\"}}{{> a}}{{/inline}}{{> a}}", &data).unwrap_err();
        assert!(inline.message.contains("inline"), "{inline:?}");
        assert_eq!(render("{{log \"secret\"}}ok", &data).unwrap(), "ok");
        assert!(check("   ", &data).is_err());
        assert!(check(&"x".repeat(MAX_CHARS + 1), &data).is_err());
    }

    #[test]
    fn the_default_letter_is_known_in_each_language() {
        for lang in Lang::ALL {
            let source = default_in(*lang);
            assert_eq!(default_language(source), Some(*lang));
            assert_eq!(default_language(&format!("\n{source}\n\n")), Some(*lang));
        }
        assert!(default_in(Lang::Fr).contains("Lettre d'attribution"));
        assert!(default_in(Lang::Es).contains("Carta de concesión"));
        assert_eq!(default_language("# Our own letter"), None);
    }
}
