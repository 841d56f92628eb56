# Awards: an award's page, the list of awards, payments (finance), budgets and their charts,
# the award letter's page.

## Labels of the stored codes (generated ids: see crate::choice::label_id).
award-status-active = Active
award-status-suspended = Suspended
award-status-completed = Completed
award-status-terminated = Terminated
installment-status-scheduled = Scheduled
installment-status-approved = Approved for payment
installment-status-paid = Paid
installment-status-cancelled = Cancelled
report-status-due = Due
report-status-overdue = Overdue
report-status-submitted = Submitted
report-status-revision-requested = Revision requested
report-status-accepted = Accepted
installment-condition-none = No condition
installment-condition-on-signature = On signature of the agreement
installment-condition-on-date = On its due date
installment-condition-after-report = After a report is accepted
installment-condition-after-final-reports = After the final reports are accepted
kind-of-amendment-extension = No-cost extension
kind-of-amendment-budget-revision = Budget revision
kind-of-amendment-amount-change = Change of amount

## Words several pages share.
awards-reason = Reason
awards-amount = Amount
awards-paid = Paid
awards-due = Due
awards-status = Status
awards-actions = Actions
awards-optional = optional
awards-met = Met
awards-not-met = Not met
awards-reported-spent = Reported spent
awards-award = Award
awards-organization = Organization

## An award's page.
awards-show-title = Award { $reference }
awards-show-the-application = the application
awards-show-lead-to = { $amount } to { $organization }, toward
awards-show-lead-period = , from { $from } to { $to }.
awards-show-not-scheduled = Not scheduled
awards-show-needs-rebalancing = the schedule needs rebalancing
awards-show-conditions = Conditions
awards-show-agreement-signed = Agreement signed
awards-show-not-yet = not yet
awards-show-agreement-awaits-date = The signed agreement is attached, but the date it was signed is not recorded: confirm it here.
awards-show-agreement-signed-on = Agreement signed on
awards-show-record = Record
awards-show-payment-schedule = Payment schedule
awards-show-when = When
awards-show-paid-note = Paid / note
awards-show-approve = Approve
awards-show-paid-on = Paid on
awards-show-payment-reference = Payment reference
awards-show-other-currency = Paid in another currency than { $currency }
awards-show-currency-paid = Currency paid
awards-show-amount-paid = Amount paid, in that currency
awards-show-rate = Rate
awards-show-rate-hint = one of it in { $currency }; blank: the rate recorded for the day
awards-show-mark-paid = Mark paid
awards-show-override = Override the condition
awards-show-override-reason = Why pay it now
awards-show-override-ask = Ask a second person to confirm
awards-show-override-confirm = Confirm the override
awards-show-override-asked = Override asked for: { $reason }. Waiting for a second person to confirm.
awards-show-override-done = Condition overridden: { $reason } (asked for and confirmed by two people).
awards-show-cancel = Cancel
awards-show-cancel-installment = Cancel the installment
awards-show-schedule-change = Change the installments still scheduled
awards-show-schedule-hint = With what is approved and paid, the installments add up to the award: { $amount }. Leave a row empty to drop it.
awards-show-installment-amount = Installment { $number }: amount
awards-show-due-on = Due on
awards-show-paid-when = Paid when
awards-show-note = Note
awards-show-save-schedule = Save the schedule
awards-show-documents = The agreement and its documents
awards-show-letter-link = The award letter
awards-show-letter-uses = : to print, to download as a PDF.
awards-show-letter-uses-manage = : to print, to download as a PDF, or to send to the organization.
awards-show-conversation-staff = Conversation with the organization, and staff notes
awards-show-conversation-member = Conversation with ICBL
awards-show-reports = Reports
awards-show-report-due = , due { $date }
awards-show-icbl-asks = ICBL asks: { $message }
awards-show-report-conversation = Conversation about this report
awards-show-report-continue = Continue the draft and submit it
awards-show-report-write = Write and submit this report
awards-show-report-narrative = What was done
awards-show-report-outcomes = Outcomes, one a line
awards-show-report-outcomes-hint = a meeting held with a ministry, a pledge obtained…
awards-show-report-spending = Spending by budget category
awards-show-report-submit = Submit the report
awards-show-report-save-draft = Save draft
awards-show-over-budget = Spending beyond the budget.
awards-show-over-budget-note = Note on the overspending (required to accept)
awards-show-accept-with-note = Accept with this note
awards-show-accept = Accept
awards-show-ask-revision = Or ask for a revision
awards-show-send-back = Send back
awards-show-no-report = This award owes no report.
awards-show-budget = Budget and spending
awards-show-category = Category
awards-show-planned = Planned
awards-show-amendments = Amendments
awards-show-none = None.
awards-show-amend = Record an amendment
awards-show-amend-kind = Kind
awards-show-amend-ends = New end date
awards-show-amend-ends-hint = extension
awards-show-amend-amount = New amount
awards-show-amend-amount-hint = change of amount
awards-show-amend-schedule = Schedule with the new amount
awards-show-amend-schedule-hint = confirm or change; 0 cancels an installment
awards-show-amend-budget = Revised budget
awards-show-amend-budget-hint = budget revision; adding up to the amount
awards-show-amend-record = Record the amendment
awards-show-not-completable = Not yet: { $reason }.
awards-show-completable = Every report is accepted and every installment paid or cancelled.
awards-show-complete = Complete the award
awards-show-resume = Resume
awards-show-suspend-reason = Reason to suspend
awards-show-suspend = Suspend
awards-show-terminate-reason = Reason to terminate
awards-show-terminate = Terminate
awards-show-history = History
awards-show-by = by { $actor }
awards-show-paid-with = { $date }, { $reference }
awards-show-paid-foreign = { $date }, { $reference }: { $foreign }
awards-condition-after-report = After the { $report } due { $due } is accepted
awards-condition-after-report-id = After report { $id } is accepted

## The list of awards.
awards-list-title = Awards
awards-list-title-member = Your awards
awards-list-reports-owed = Reports you owe
awards-round = Round
awards-any = Any
awards-target-state = Target state
awards-list-show = Show
awards-list-reset = Reset
awards-list-download = Download as CSV
awards-list-count = { $count ->
    [one] { $count } award
   *[other] { $count } awards
}
awards-list-target = Target
awards-list-period = Period
awards-list-period-dates = { $from } to { $to }
awards-list-none-yet = No award yet.
awards-list-none-match = No award matches these filters.
awards-pages = Pages
awards-previous-page = Previous page
awards-page = Page { $page }
awards-next-page = Next page

## Payments (finance).
awards-finance-title = Payments
awards-finance-lead = Installments to approve (due by { $horizon }) and installments approved, waiting to be paid.
awards-finance-download = Download every installment as CSV
awards-finance-rates-before = Payments in another currency are converted at the
awards-finance-rates-link = exchange rates
awards-finance-rates-after = finance records.
awards-finance-approved = Approved, to pay ({ $count })
awards-finance-fifty = The fifty oldest are shown; the CSV holds every installment.
awards-finance-approved-none = Nothing approved waits to be paid.
awards-finance-due = Due, to approve ({ $count })
awards-finance-condition = Condition
awards-finance-late = late
awards-finance-due-none = No installment falls due by { $horizon }.

## Budgets and their charts.
awards-budgets-group-by = Group by
awards-budgets-by-round = By round
awards-budgets-by-state = By target state
awards-budgets-by-organization = By organization
awards-budgets-apart-only = Show each currency apart only
awards-budgets-apart = Each currency is shown apart.
awards-budgets-also-in = Also show the figures in { $currency }
awards-budgets-at-rates = , at the
awards-budgets-rates-recorded = exchange rates recorded
awards-budgets-chart-title = Awarded, paid and reported spent in { $currency }
awards-budgets-chart-in = In { $currency }:
awards-budgets-same-figures = The same figures are in the table below.
awards-budgets-figures = Budget figures
awards-budgets-nothing-yet = Nothing to show yet.
awards-budgets-nothing = Nothing to show.
awards-budgets-still-to-pay = Still to pay
awards-budgets-converted-heading = In { $currency }, at the rates of { $on }
awards-budgets-missing = No rate to { $currency } is recorded on or before { $on } for
awards-budgets-missing-after = : those figures are left out here.
awards-budgets-record-rate = Record a rate
awards-budgets-converted-title = Awarded, paid and reported spent, converted to { $currency }
awards-budgets-converted-to = Converted to { $currency }:
awards-chart-awarded-title = { $label }: awarded { $amount }
awards-chart-awarded = { $amount } awarded
awards-chart-paid-title = { $label }: paid { $amount }
awards-chart-paid = { $amount } paid
awards-chart-reported-title = { $label }: reported spent { $amount }
awards-chart-reported = { $amount } reported spent
awards-key-awarded = Awarded
awards-key-paid = Paid
awards-key-reported = Reported spent.

## Sentences the code makes: why an award cannot be completed, what an installment waits for,
## where spending goes beyond the budget, a payment in another currency, amendments.
awards-why-unsigned = its agreement has no signature recorded
awards-why-reports = { $count ->
    [one] { $count } of its reports is not accepted yet
   *[other] { $count } of its reports are not accepted yet
}
awards-why-installments = { $count ->
    [one] { $count } of its installments is neither paid nor cancelled
   *[other] { $count } of its installments are neither paid nor cancelled
}
awards-why-both = { $reports } and { $installments }
awards-cannot-complete = the award cannot be completed yet: { $why }
awards-cannot-approve = installment { $number } cannot be approved yet: { $unmet }. Finance may override it with a reason, which a second person confirms
awards-unmet-on-signature = it is due on signature of the agreement, and no signature is recorded
awards-unmet-on-date = it is due on { $date }, not before
awards-unmet-no-date = it is due on a date, and has none
awards-unmet-report = it waits for a report to be accepted, and { $status }
awards-unmet-no-report = it waits for a report the award does not have
awards-unmet-final-reports = it waits for the final reports to be accepted, and { $status }
awards-unmet-report-status = the { $report } is { $status }
awards-unmet-and = { $first } and { $second }
awards-over-category = { $category }: { $declared } declared against { $planned } planned
awards-over-total = in all, { $declared } declared against the award's { $amount }
awards-over-refused = the spending goes beyond the budget ({ $over }): write a note to accept it
awards-paid-in = { $paid } at { $rate } (rate of { $rate_on }), worth { $worth }
awards-paid-in-scheduled = { $paid_in }; { $scheduled } was scheduled
awards-proposal-installment = #{ $number } { $amount }
awards-proposal-new = a new installment of { $amount }
awards-proposal-confirm = confirm the schedule for the new amount: proposed { $proposal } (or change it, adding up to { $remaining })
awards-change-set = { $field }: { $value }
awards-change = { $field }: { $before } → { $after }
awards-change-lines = { $count ->
    [one] { $count } line
   *[other] { $count } lines
}
awards-change-installment = #{ $number } { $amount } ({ $status })
awards-change-field-ends-on = ends on
awards-change-field-amount = amount
awards-change-field-installments = installments
awards-change-field-budget-lines = budget lines

## E-mails to the organization about its award (subject, then paragraphs).
awards-mail-link = Open the award
awards-mail-reason = The reason: { $reason }
awards-mail-suspended-subject = { $reference }: award suspended
awards-mail-suspended = ICBL has suspended your award: no installment is paid while it lasts.
awards-mail-resumed-subject = { $reference }: award resumed
awards-mail-resumed = ICBL has resumed your award: payments and reports continue as scheduled.
awards-mail-terminated-subject = { $reference }: award terminated
awards-mail-terminated = ICBL has terminated your award: no further installment will be paid.
awards-mail-completed-subject = { $reference }: award completed
awards-mail-completed = Your award is complete: every report is accepted and every installment settled. Thank you.
awards-mail-installment-approved-subject = { $reference }: installment { $number } approved
awards-mail-installment-approved = Installment { $number } of your award, { $amount }, is approved for payment.
awards-mail-installment-paid-subject = { $reference }: installment { $number } paid
awards-mail-installment-paid = Installment { $number } of your award, { $amount }, was paid on { $date } (payment reference { $payment }).
awards-mail-no-reference = none
awards-mail-report-accepted-subject = { $reference }: { $report } accepted
awards-mail-report-accepted = ICBL has accepted your { $report }.
awards-mail-report-sent-back-subject = { $reference }: { $report } sent back
awards-mail-report-sent-back = ICBL asks you to revise your { $report } and submit it again.
awards-mail-report-revise = What to revise: { $revise }
awards-mail-see-the-page = see the award's page
awards-mail-amended-subject = { $reference }: award amended
awards-mail-amended = ICBL has amended your award: { $kind }. It now runs from { $from } to { $to }, for { $amount }.
awards-mail-letter-subject = { $reference }: your award letter
awards-mail-letter = The award letter of your grant { $reference } is ready: it is among the award's documents, and its page prints it.
awards-mail-letter-sign = Please sign it and return it to ICBL: the first installment is paid once the signed letter is received.

## An award's history: what was done, and the fields it changed (`members-history-*`, as the
## histories of other records).
members-history-action-award-created = Award created
members-history-action-award-signed = Agreement signed
members-history-action-award-letter-sent = Award letter sent
members-history-action-award-suspend = Award suspended
members-history-action-award-resume = Award resumed
members-history-action-award-terminate = Award terminated
members-history-action-award-complete = Award completed
members-history-action-award-amended-extension = Amended: no-cost extension
members-history-action-award-amended-budget-revision = Amended: budget revision
members-history-action-award-amended-amount-change = Amended: change of amount
members-history-action-installment-approve = Installment approved
members-history-action-installment-pay = Installment paid
members-history-action-installment-cancel = Installment cancelled
members-history-action-installment-override-requested = Override of a condition asked for
members-history-action-installment-override-confirmed = Override of a condition confirmed
members-history-action-schedule-changed = Payment schedule changed
members-history-field-amount = Amount
members-history-field-sequence = Installment
members-history-field-condition = Condition
members-history-field-condition-note = Note on the condition
members-history-field-override-reason = Reason for the override
members-history-field-payment-reference = Payment reference
members-history-field-paid-rate = Exchange rate
members-history-field-paid-rate-on = Rate of
members-history-field-cancel-reason = Reason for the cancellation
members-history-field-conditions = Conditions
members-history-field-installments = Installments
members-history-field-budget-lines = Budget lines
members-history-field-application-id = Application
