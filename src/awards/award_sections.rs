//! The sections of an award's page, each built from the award as loaded: its installments,
//! its reports, its budget against what the reports declare, its amendments, the schedule form.
//! Each form of a section shows its messages and what was typed when it was the one that failed.

use std::collections::{BTreeMap, HashSet};

use serde::Serialize;

use super::amendments::{BudgetLine, describe_change};
use super::conditions::{Condition, ConditionKind, Override, override_of};
use super::model::{self, Full};
use super::workflow::{AwardStatus, InstallmentStatus, ReportStatus};
use crate::auth::CurrentUser;
use crate::budget_category::Category;
use crate::choice::OptionView;
use crate::entities::report_spending;
use crate::i18n::Lang;
use crate::i18n::formats::money;
use crate::policy::{self, Action};

#[derive(Serialize)]
pub struct InstallmentView {
    id: i64,
    sequence: i32,
    amount: String,
    due_on: String,
    /// The checked condition for people, with staff's words after it.
    condition: String,
    condition_note: String,
    /// What is missing before it may be approved (a scheduled installment only).
    unmet: Option<String>,
    /// "Override asked by X: reason", "confirmed by Y".
    override_text: Option<String>,
    status: &'static str,
    status_label: String,
    paid: String,
    can_approve: bool,
    can_override: bool,
    can_confirm_override: bool,
    can_pay: bool,
    can_cancel: bool,
    /// The messages of this installment's forms, each tied to its field, and what was typed.
    errors: Vec<FieldMessage>,
    /// The pay form's messages by field, to mark its fields.
    pay_errors: BTreeMap<String, String>,
    /// The cancel and override forms were refused: their sections open, their field marked.
    cancel_failed: bool,
    override_failed: bool,
    typed_paid_on: String,
    typed_reference: String,
    typed_paid_currency: String,
    typed_paid_amount: String,
    typed_rate: String,
    /// The award's currency, for the pay form's hint.
    currency: &'static str,
}

#[derive(Serialize)]
pub struct ReportView {
    id: i64,
    kind: String,
    financial: bool,
    due_on: String,
    status: &'static str,
    status_label: String,
    narrative: String,
    outcomes: Vec<String>,
    spending: Vec<(String, String)>,
    staff_message: Option<String>,
    can_submit: bool,
    can_review: bool,
    /// For a submitted financial report: where its spending goes beyond the budget (staff
    /// write a note to accept it).
    over_budget: Vec<String>,
    accept_errors: Vec<FieldMessage>,
    /// Set when this report's form failed: its messages and what was typed.
    submit_errors: Option<BTreeMap<String, String>>,
    revision_errors: Vec<FieldMessage>,
    typed_narrative: String,
    typed_outcomes: String,
    /// The spending fields of the form: what was typed (after a failure) or saved in the draft,
    /// each with its message.
    spending_rows: Vec<SpendingRowView>,
    /// Something is saved in the draft of a report still owed.
    has_draft: bool,
    /// The report's documents (receipts, photos, outputs).
    pub documents: Option<crate::attachments::pages::AttachmentsBlock>,
    /// The conversation about the report.
    pub conversation: Option<crate::threads::pages::ThreadBlock>,
}

impl ReportView {
    pub fn id(&self) -> i64 {
        self.id
    }
}

#[derive(Serialize)]
pub struct SpendingRowView {
    value: &'static str,
    label: String,
    amount: String,
    error: Option<String>,
}

/// What was typed in the form that failed.
#[derive(Serialize, Default)]
pub struct TypedValues {
    /// The report form's spending amounts, in the order of its categories.
    pub spending_amounts: Vec<String>,
    pub paid_on: String,
    pub payment_reference: String,
    pub reason: String,
    pub message: String,
    pub narrative: String,
    pub outcomes: String,
    pub ends_on: String,
    pub amount: String,
    pub paid_currency: String,
    pub paid_amount: String,
    pub rate: String,
    /// The amendment's kind.
    pub kind: String,
    /// The schedule to confirm with an amount change: the one typed, or the one proposed.
    pub confirm_schedule: Vec<ConfirmRow>,
    /// The amendment's revised budget lines as typed, one a category row, with their messages.
    pub budget_lines: Vec<LineRow>,
    /// The schedule form's rows as typed, with their messages (a refused save).
    pub schedule: Vec<ScheduleRowView>,
}

/// A category row of the amendment's revised budget: what was typed in it and its message.
#[derive(Serialize, Default, Clone)]
pub struct LineRow {
    pub value: String,
    pub label: String,
    pub amount: String,
    pub error: Option<String>,
}

/// The amendment form's category rows, with what was typed in each when it was refused.
pub fn line_rows(lang: Lang, typed: &[LineRow]) -> Vec<LineRow> {
    Category::options_in(lang, "")
        .into_iter()
        .map(|c| {
            typed
                .iter()
                .find(|l| l.value == c.value)
                .map(|l| LineRow {
                    label: c.label.clone(),
                    ..l.clone()
                })
                .unwrap_or_else(|| LineRow {
                    value: c.value.clone(),
                    label: c.label,
                    ..LineRow::default()
                })
        })
        .collect()
}

/// An installment of the schedule staff confirm with an amount change.
#[derive(Serialize, Default)]
pub struct ConfirmRow {
    /// The installment's number, empty for a new one.
    pub sequence: String,
    pub label: String,
    pub amount: String,
    pub error: Option<String>,
}

/// The messages of the form that failed, looked up by form name.
pub struct Failed<'a> {
    pub form: &'a str,
    pub messages: &'a BTreeMap<String, String>,
    pub typed: &'a TypedValues,
}

/// A message of a form on the award's page, and where it points: the field it is about
/// (`field`, whose id is `id`), or itself (a message about the whole action: `id` is its own).
#[derive(Serialize)]
pub struct FieldMessage {
    id: String,
    field: bool,
    message: String,
}

/// The messages of a form of installment or report `id`, tied to the ids of the fields they are
/// about (`fields`: the field's name and the id of its input), the others to themselves.
fn field_messages(
    messages: &BTreeMap<String, String>,
    fields: &[(&str, String)],
    own_id: &str,
) -> Vec<FieldMessage> {
    messages
        .iter()
        .enumerate()
        .map(
            |(i, (field, message))| match fields.iter().find(|(name, _)| name == field) {
                Some((_, id)) => FieldMessage {
                    id: id.clone(),
                    field: true,
                    message: message.clone(),
                },
                None => FieldMessage {
                    id: format!("{own_id}-message-{i}"),
                    field: false,
                    message: message.clone(),
                },
            },
        )
        .collect()
}

impl Failed<'_> {
    fn errors_of(&self, form: &str) -> Option<&BTreeMap<String, String>> {
        (self.form == form).then_some(self.messages)
    }

    /// What was typed in `field` of `form`, if that form failed.
    fn typed(&self, form: &str, field: fn(&TypedValues) -> &String) -> String {
        if self.form == form {
            field(self.typed).clone()
        } else {
            String::new()
        }
    }
}

pub fn installment_views(
    lang: Lang,
    user: &CurrentUser,
    full: &Full,
    failed: &Failed<'_>,
) -> Vec<InstallmentView> {
    let pays = policy::allows(user, Action::PayInstallments);
    let cancels = policy::allows(user, Action::CancelInstallment);
    let active = full.status() == AwardStatus::Active;
    let today = model::due_today();
    full.disbursements
        .iter()
        .map(|d| {
            let s = d.status;
            let pay_form = format!("pay-{}", d.id);
            let condition = Condition::stored(d);
            let scheduled = s == InstallmentStatus::Scheduled;
            let unmet = if scheduled {
                condition.unmet(lang, full, d, today)
            } else {
                None
            };
            let asked = override_of(d);
            InstallmentView {
                id: d.id,
                sequence: d.sequence,
                amount: money(lang, &full.money(d.amount_minor)),
                due_on: d.due_on.map(|d| d.to_string()).unwrap_or_default(),
                condition: condition.describe_in(lang, full),
                condition_note: d.condition.clone(),
                override_text: match asked {
                    Override::None => None,
                    Override::Requested => Some(crate::i18n::format(
                        lang,
                        "awards-show-override-asked",
                        &[(
                            "reason",
                            d.override_reason.clone().unwrap_or_default().into(),
                        )],
                    )),
                    Override::Confirmed => Some(crate::i18n::format(
                        lang,
                        "awards-show-override-done",
                        &[(
                            "reason",
                            d.override_reason.clone().unwrap_or_default().into(),
                        )],
                    )),
                },
                can_override: pays
                    && active
                    && scheduled
                    && unmet.is_some()
                    && asked == Override::None,
                can_confirm_override: pays
                    && scheduled
                    && asked == Override::Requested
                    && d.override_by != Some(user.id),
                unmet,
                status: s.as_str(),
                status_label: s.label_in(lang).into_owned(),
                paid: match (d.paid_on, &d.payment_reference) {
                    (Some(on), Some(reference)) => {
                        let date = crate::i18n::formats::date(lang, on);
                        match paid_in(lang, full, d) {
                            Some(foreign) => crate::i18n::format(
                                lang,
                                "awards-show-paid-foreign",
                                &[
                                    ("date", date.into()),
                                    ("reference", reference.clone().into()),
                                    ("foreign", foreign.into()),
                                ],
                            ),
                            None => crate::i18n::format(
                                lang,
                                "awards-show-paid-with",
                                &[
                                    ("date", date.into()),
                                    ("reference", reference.clone().into()),
                                ],
                            ),
                        }
                    }
                    _ => d.cancel_reason.clone().unwrap_or_default(),
                },
                can_approve: pays && active && scheduled,
                can_pay: pays && active && s == InstallmentStatus::Approved,
                can_cancel: cancels
                    && matches!(
                        s,
                        InstallmentStatus::Scheduled | InstallmentStatus::Approved
                    ),
                errors: [
                    pay_form.clone(),
                    format!("cancel-{}", d.id),
                    format!("approve-{}", d.id),
                    format!("override-{}", d.id),
                    format!("confirm-override-{}", d.id),
                ]
                .iter()
                .filter_map(|form| Some((form, failed.errors_of(form)?)))
                .flat_map(|(form, messages)| {
                    let id = d.id;
                    let fields: Vec<(&str, String)> = if form.starts_with("pay-") {
                        [
                            "paid_on",
                            "payment_reference",
                            "paid_currency",
                            "paid_amount",
                            "rate",
                        ]
                        .into_iter()
                        .map(|f| (f, format!("{f}-{id}")))
                        .collect()
                    } else if form.starts_with("cancel-") {
                        vec![("reason", format!("reason-{id}"))]
                    } else if form.starts_with("override-") {
                        vec![("reason", format!("override-reason-{id}"))]
                    } else {
                        Vec::new()
                    };
                    field_messages(messages, &fields, &format!("installment-{id}"))
                })
                .collect(),
                pay_errors: failed.errors_of(&pay_form).cloned().unwrap_or_default(),
                cancel_failed: failed.errors_of(&format!("cancel-{}", d.id)).is_some(),
                override_failed: failed.errors_of(&format!("override-{}", d.id)).is_some(),
                typed_paid_on: failed.typed(&pay_form, |t| &t.paid_on),
                typed_reference: failed.typed(&pay_form, |t| &t.payment_reference),
                typed_paid_currency: failed.typed(&pay_form, |t| &t.paid_currency),
                typed_paid_amount: failed.typed(&pay_form, |t| &t.paid_amount),
                typed_rate: failed.typed(&pay_form, |t| &t.rate),
                currency: full.currency().code(),
            }
        })
        .collect()
}

pub fn report_views(
    lang: Lang,
    user: &CurrentUser,
    full: &Full,
    spending: &[report_spending::Model],
    lines: &[BudgetLine],
    tolerance_percent: u32,
    failed: &Failed<'_>,
) -> Vec<ReportView> {
    let today = model::due_today();
    // A terminated award owes no report.
    let owes_reports = full.status() != AwardStatus::Terminated;
    full.reports
        .iter()
        .map(|r| {
            let status = r.status.on(r.due_on, today);
            // The same fields serve the draft and the submission: whichever failed.
            let failed_form = [format!("submit-{}", r.id), format!("draft-{}", r.id)]
                .into_iter()
                .find(|f| failed.errors_of(f).is_some());
            let owed = status.is_owed();
            let saved: Vec<&report_spending::Model> =
                spending.iter().filter(|s| s.report_id == r.id).collect();
            let spending_rows = Category::ALL
                .iter()
                .enumerate()
                .map(|(i, c)| {
                    let amount = match &failed_form {
                        Some(_) => failed
                            .typed
                            .spending_amounts
                            .get(i)
                            .cloned()
                            .unwrap_or_default(),
                        None if owed => saved
                            .iter()
                            .find(|s| s.category == *c)
                            .map(|s| full.money(s.amount_minor).amount().to_string())
                            .unwrap_or_default(),
                        None => String::new(),
                    };
                    SpendingRowView {
                        value: c.as_str(),
                        label: c.label_in(lang).into_owned(),
                        amount,
                        error: failed_form
                            .as_ref()
                            .and_then(|f| failed.errors_of(f))
                            .and_then(|e| e.get(&format!("spending[{i}].amount")).cloned()),
                    }
                })
                .collect();
            let (typed_narrative, typed_outcomes) = match &failed_form {
                Some(f) => (
                    failed.typed(f, |t| &t.narrative),
                    failed.typed(f, |t| &t.outcomes),
                ),
                None if owed => (
                    r.narrative.clone(),
                    r.outcomes
                        .as_ref()
                        .and_then(|o| serde_json::from_value::<Vec<String>>(o.clone()).ok())
                        .unwrap_or_default()
                        .join("\n"),
                ),
                None => (String::new(), String::new()),
            };
            let has_draft = owed && (!r.narrative.is_empty() || !saved.is_empty());
            // A draft is the organization's own until it is submitted.
            let shown = !matches!(status, ReportStatus::Due | ReportStatus::Overdue);
            ReportView {
                id: r.id,
                kind: r.kind.label_in(lang).into_owned(),
                financial: model::is_financial(r.kind),
                due_on: r.due_on.to_string(),
                status: status.as_str(),
                status_label: status.label_in(lang).into_owned(),
                narrative: if shown {
                    r.narrative.clone()
                } else {
                    String::new()
                },
                outcomes: r
                    .outcomes
                    .as_ref()
                    .filter(|_| shown)
                    .and_then(|o| serde_json::from_value(o.clone()).ok())
                    .unwrap_or_default(),
                spending: spending
                    .iter()
                    .filter(|s| shown && s.report_id == r.id)
                    .map(|s| {
                        (
                            s.category.label_in(lang).into_owned(),
                            money(lang, &full.money(s.amount_minor)),
                        )
                    })
                    .collect(),
                staff_message: r.staff_message.clone(),
                can_submit: status.is_owed()
                    && owes_reports
                    && policy::allows(user, Action::SubmitReport(&full.award)),
                can_review: status == ReportStatus::Submitted
                    && policy::allows(user, Action::ReviewReports),
                over_budget: if status == ReportStatus::Submitted && model::is_financial(r.kind) {
                    let declared = super::reports::declared_with(full, spending, r.id);
                    super::reports::overspending(lang, full, lines, &declared, tolerance_percent)
                } else {
                    Vec::new()
                },
                accept_errors: failed
                    .errors_of(&format!("accept-{}", r.id))
                    .map(|e| {
                        let note = [("message", format!("accept-note-{}", r.id))];
                        field_messages(e, &note, &format!("accept-{}", r.id))
                    })
                    .unwrap_or_default(),
                submit_errors: failed_form
                    .as_ref()
                    .and_then(|f| failed.errors_of(f))
                    .cloned(),
                revision_errors: failed
                    .errors_of(&format!("request-revision-{}", r.id))
                    .map(|e| {
                        let message = [("message", format!("message-{}", r.id))];
                        field_messages(e, &message, &format!("revision-{}", r.id))
                    })
                    .unwrap_or_default(),
                typed_narrative,
                typed_outcomes,
                spending_rows,
                has_draft,
                documents: None,
                conversation: None,
            }
        })
        .collect()
}

/// A budget line's category in words. The lines are the application's or an amendment's
/// (a JSON document): a category the code does not know is shown as written there.
fn category_label(lang: Lang, c: &str) -> String {
    c.parse::<Category>()
        .map_or(c.to_owned(), |c| c.label_in(lang).into_owned())
}

pub fn budget_rows(lang: Lang, full: &Full, lines: &[BudgetLine]) -> Vec<(String, String, String)> {
    lines
        .iter()
        .map(|l| {
            (
                category_label(lang, &l.category),
                l.description.clone(),
                money(lang, &full.money(l.amount_minor)),
            )
        })
        .collect()
}

/// Budget against what the accepted and submitted reports declare, by category.
pub fn spent_rows(
    lang: Lang,
    full: &Full,
    lines: &[BudgetLine],
    spending: &[report_spending::Model],
) -> Vec<(String, String, String)> {
    let mut by_category: BTreeMap<String, (i64, i64)> = BTreeMap::new();
    for line in lines {
        by_category.entry(line.category.clone()).or_default().0 += line.amount_minor;
    }
    let declared: HashSet<i64> = full
        .reports
        .iter()
        .filter(|r| matches!(r.status, ReportStatus::Submitted | ReportStatus::Accepted))
        .map(|r| r.id)
        .collect();
    for s in spending.iter().filter(|s| declared.contains(&s.report_id)) {
        by_category
            .entry(s.category.as_str().to_owned())
            .or_default()
            .1 += s.amount_minor;
    }
    by_category
        .iter()
        .map(|(c, (planned, spent))| {
            (
                category_label(lang, c),
                money(lang, &full.money(*planned)),
                money(lang, &full.money(*spent)),
            )
        })
        .collect()
}

pub fn amendment_rows(
    lang: Lang,
    user: &CurrentUser,
    full: &Full,
) -> Vec<(String, String, String, String)> {
    full.amendments
        .iter()
        .map(|a| {
            (
                crate::views::instant_in(a.created_at, user.time_zone),
                a.kind.label_in(lang).into_owned(),
                a.reason.clone(),
                describe_change(lang, full.currency(), &a.before, &a.after),
            )
        })
        .collect()
}

/// A row of the schedule form, with the messages of its fields when a save was refused.
#[derive(Serialize)]
pub struct ScheduleRowView {
    number: usize,
    amount: String,
    due_on: String,
    conditions: Vec<OptionView>,
    condition_note: String,
    amount_error: Option<String>,
    due_on_error: Option<String>,
    condition_error: Option<String>,
    condition_note_error: Option<String>,
}

/// The conditions an installment of `full` may have, `selected` marked: the kinds, and one
/// "after report" per report of the award.
fn condition_options(lang: Lang, full: &Full, selected: &str) -> Vec<OptionView> {
    let mut options: Vec<OptionView> = [
        ConditionKind::None,
        ConditionKind::OnSignature,
        ConditionKind::OnDate,
        ConditionKind::AfterFinalReports,
    ]
    .iter()
    .map(|k| OptionView {
        value: k.as_str().to_owned(),
        label: k.label_in(lang).into_owned(),
        selected: k.as_str() == selected,
    })
    .collect();
    options.extend(full.reports.iter().map(|r| {
        let condition = Condition {
            kind: ConditionKind::AfterReport,
            report_id: Some(r.id),
        };
        let value = condition.code();
        OptionView {
            selected: value == selected,
            label: condition.describe_in(lang, full),
            value,
        }
    }));
    options
}

/// The schedule form: the installments still scheduled, then one empty row to add one.
pub fn schedule_rows(lang: Lang, full: &Full) -> Vec<ScheduleRowView> {
    let mut rows: Vec<ScheduleRowView> = full
        .disbursements
        .iter()
        .filter(|d| d.status == InstallmentStatus::Scheduled)
        .enumerate()
        .map(|(i, d)| {
            let code = Condition::stored(d).code();
            ScheduleRowView {
                number: i + 1,
                amount: full.money(d.amount_minor).amount().to_string(),
                due_on: d.due_on.map(|d| d.to_string()).unwrap_or_default(),
                conditions: condition_options(lang, full, &code),
                condition_note: d.condition.clone(),
                amount_error: None,
                due_on_error: None,
                condition_error: None,
                condition_note_error: None,
            }
        })
        .collect();
    rows.push(ScheduleRowView {
        number: rows.len() + 1,
        amount: String::new(),
        due_on: String::new(),
        conditions: condition_options(lang, full, "none"),
        condition_note: String::new(),
        amount_error: None,
        due_on_error: None,
        condition_error: None,
        condition_note_error: None,
    });
    rows
}

/// The schedule form as it was typed, each message beside its row's field. The command counts
/// only the rows not left empty (`installments[i]`); the page numbers every row.
pub fn typed_schedule_rows(
    lang: Lang,
    full: &Full,
    rows: &[super::disbursements::ScheduleRow],
    errors: &crate::error::FieldErrors,
) -> Vec<ScheduleRowView> {
    let mut filled = 0;
    rows.iter()
        .enumerate()
        .map(|(r, row)| {
            let index = (!super::disbursements::is_blank(row)).then(|| {
                filled += 1;
                filled - 1
            });
            let error = |f: &str| {
                let i = index?;
                let message = errors.first(&format!("installments[{i}].{f}"))?;
                Some(crate::error::sentence(
                    &format!("installments[{r}].{f}"),
                    message,
                ))
            };
            ScheduleRowView {
                number: r + 1,
                amount: row.amount.clone(),
                due_on: row.due_on.clone(),
                conditions: condition_options(lang, full, row.condition.trim()),
                condition_note: row.condition_note.clone(),
                amount_error: error("amount"),
                due_on_error: error("due_on"),
                condition_error: error("condition"),
                condition_note_error: error("condition_note"),
            }
        })
        .collect()
}

/// A payment made in another currency, in words in `lang`: "785.00 USD at 0.8917 (rate of
/// 26 Feb 2027), worth 699.98 CHF; 700.00 CHF was scheduled".
pub fn paid_in(
    lang: Lang,
    full: &Full,
    d: &crate::entities::disbursement::Model,
) -> Option<String> {
    let (Some(currency), Some(minor), Some(rate), Some(rate_on)) = (
        d.paid_currency,
        d.paid_amount_minor,
        d.paid_rate,
        d.paid_rate_on,
    ) else {
        return None;
    };
    let paid = crate::i18n::format(
        lang,
        "awards-paid-in",
        &[
            (
                "paid",
                money(lang, &crate::money::Money::from_minor(minor, currency)).into(),
            ),
            (
                "rate",
                crate::i18n::formats::number_text(lang, &rate.to_string()).into(),
            ),
            ("rate_on", crate::i18n::formats::date(lang, rate_on).into()),
            ("worth", money(lang, &full.money(d.amount_minor)).into()),
        ],
    );
    Some(match d.scheduled_minor.filter(|s| *s != d.amount_minor) {
        Some(scheduled) => crate::i18n::format(
            lang,
            "awards-paid-in-scheduled",
            &[
                ("paid_in", paid.into()),
                ("scheduled", money(lang, &full.money(scheduled)).into()),
            ],
        ),
        None => paid,
    })
}
