//! The templates' helpers for languages. A render runs on one thread from start to end (nothing
//! in it awaits), so the language of the render in progress is a thread-local that
//! [`in_lang`] sets around it: one compiled registry serves the three languages.
//!
//! - `{{t "id"}}`, `{{t "id" name=value}}`: message `id` (escaped like any value; `{{{t ...}}}`
//!   for a message that holds markup).
//! - `{{fmt_date "2026-11-30"}}`: a date as the language writes it (`30 nov. 2026`); anything that is
//!   not a date is shown as it is.
//! - `{{choice_label "a kind of activity" kind}}`: a choice's label (see `choice::label_id`) for a
//!   value a page receives as its code.
//! - `{{page_lang}}`: the render's language code, for `<html lang>`.

use std::borrow::Cow;
use std::cell::Cell;

use fluent_bundle::{FluentArgs, FluentValue};
use handlebars::{
    Context, Handlebars, Helper, HelperDef, RenderContext, RenderError, RenderErrorReason,
    ScopedJson,
};
use serde_json::Value;

use super::{Lang, catalog, formats};

thread_local! {
    static CURRENT: Cell<Lang> = const { Cell::new(Lang::En) };
}

/// Runs `render` with `lang` as the language of the templates' helpers.
pub fn in_lang<R>(lang: Lang, render: impl FnOnce() -> R) -> R {
    let before = CURRENT.with(|c| c.replace(lang));
    let result = render();
    CURRENT.with(|c| c.set(before));
    result
}

/// The language of the render in progress.
pub fn current() -> Lang {
    CURRENT.with(Cell::get)
}

/// Registers the helpers on `registry`.
pub fn register(registry: &mut Handlebars<'static>) {
    registry.register_helper("t", Box::new(Message));
    registry.register_helper("fmt_date", Box::new(DateHelper));
    registry.register_helper("page_lang", Box::new(LangHelper));
    registry.register_helper("choice_label", Box::new(ChoiceLabel));
}

struct Message;

impl HelperDef for Message {
    fn call_inner<'reg: 'rc, 'rc>(
        &self,
        h: &Helper<'rc>,
        _: &'reg Handlebars<'reg>,
        _: &'rc Context,
        _: &mut RenderContext<'reg, 'rc>,
    ) -> Result<ScopedJson<'rc>, RenderError> {
        let id = h
            .param(0)
            .and_then(|p| p.value().as_str())
            .ok_or_else(|| RenderErrorReason::ParamNotFoundForIndex("t", 0))?;
        let args = (!h.hash().is_empty()).then(|| {
            let mut args = FluentArgs::with_capacity(h.hash().len());
            for (name, value) in h.hash() {
                let value = match value.value() {
                    Value::Number(n) => n.as_f64().map_or(FluentValue::None, FluentValue::from),
                    Value::String(s) => FluentValue::from(s.clone()),
                    Value::Null => FluentValue::None,
                    other => FluentValue::from(other.to_string()),
                };
                args.set(Cow::Borrowed(*name), value);
            }
            args
        });
        let text = catalog::try_format(current(), id, args.as_ref()).ok_or_else(|| {
            RenderErrorReason::Other(format!("no message '{id}' in the catalogue"))
        })?;
        Ok(ScopedJson::Derived(Value::String(text)))
    }
}

// `{{fmt_date value}}`: a `YYYY-MM-DD` string as the language writes it; anything else as it is.
handlebars::handlebars_helper!(DateHelper: |value: Json| date_text(value));

fn date_text(value: &Value) -> String {
    match value {
        Value::String(s) => match chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d") {
            Ok(date) if s.len() == 10 => formats::date(current(), date),
            _ => s.clone(),
        },
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

struct LangHelper;

impl HelperDef for LangHelper {
    fn call_inner<'reg: 'rc, 'rc>(
        &self,
        _: &Helper<'rc>,
        _: &'reg Handlebars<'reg>,
        _: &'rc Context,
        _: &mut RenderContext<'reg, 'rc>,
    ) -> Result<ScopedJson<'rc>, RenderError> {
        Ok(ScopedJson::Derived(Value::String(
            current().as_str().to_owned(),
        )))
    }
}

// `{{choice_label what code}}`: the choice's label in the render's language, or the code in
// plain words when the catalogue has none.
handlebars::handlebars_helper!(ChoiceLabel: |what: str, value: str| {
    catalog::try_format(current(), &crate::choice::label_id(what, value), None)
        .unwrap_or_else(|| crate::web::names::humanize(value))
});
