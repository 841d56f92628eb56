# Grant rounds: the list, a round's page, its form and its award letter.

## Labels of the stored codes.
kind-of-report-interim-narrative = Interim narrative report
kind-of-report-interim-financial = Interim financial report
kind-of-report-final-narrative = Final narrative report
kind-of-report-final-financial = Final financial report

## Words several pages share.
rounds-phase-upcoming = upcoming
rounds-phase-open = open
rounds-phase-closed = closed
rounds-round = Round
rounds-status = Status
rounds-opens = Opens
rounds-closes = Closes
rounds-budget = Budget
rounds-requested = Requested
rounds-awarded = Awarded
rounds-paid-out = Paid out
rounds-left = Left
rounds-actions = Actions
rounds-apply = Apply
rounds-code = Code
rounds-tiers = Award tiers

## The list of rounds.
rounds-list-title = Grant rounds
rounds-list-lead = Each round is a call for applications with its dates, budget and award tiers.
rounds-list-new = New round
rounds-list-none = No round yet.

## A round's page.
rounds-show-lead = { $programme }: open from { $opens } to { $closes }.
rounds-show-start-application = Start an application
rounds-show-edit = Edit the round
rounds-show-letter = The award letter
rounds-show-applications = Its applications
rounds-show-chart-title = The round's budget, what was requested, awarded and paid out
rounds-show-chart-caption = Awarded { $awarded } and { $left } left of { $budget }; requested { $requested }. The figures are also listed below.
rounds-show-chart-caption-over = Awarded { $awarded } and { $left } left of { $budget }; requested { $requested } (more than the budget). The figures are also listed below.
rounds-show-by-applications = { $count ->
    [one] by { $count } application submitted
   *[other] by { $count } applications submitted
}
rounds-show-in-awards = { $count ->
    [one] in { $count } award
   *[other] in { $count } awards
}
rounds-show-rules = Rules
rounds-show-code-hint = its applications are numbered { $code }-0001, { $code }-0002…
rounds-show-tier-up-to = : up to { $amount }
rounds-show-reports = Reports awards owe
rounds-show-report-due = { $report }, { $days } days after the award { $from ->
    [ends] ends
   *[starts] starts
}
rounds-show-documents = Documents to attach
rounds-show-documents-none = none required
rounds-show-review = Review
rounds-show-review-blind = Blind: reviewers do not see the applicant.
rounds-show-review-open = Reviewers see the applicant.
rounds-show-eligibility = Eligibility
rounds-show-eligibility-all = Active member organizations.
rounds-show-eligibility-not-party = Active member organizations, for work toward states not party to the Convention.

## A round's form.
rounds-form-new = New grant round
rounds-form-edit = Edit { $name }
rounds-form-created = The round "{ $name }" is created.
rounds-form-saved = The changes are saved.
rounds-form-name = Name
rounds-form-name-example = Investing in Action 2027
rounds-form-code-example = IIA-2027A
rounds-form-code-help = 2 to 20 letters, digits and hyphens, starting with a letter; no two rounds share one. Applications submitted in the round are numbered with it (IIA-2027A-0001, IIA-2027A-0002…), so it cannot change once one is submitted.
rounds-form-programme = Programme
rounds-form-opens = Opens ({ $zone } time)
rounds-form-closes = Closes ({ $zone } time)
rounds-form-currency = Currency
rounds-form-currency-help = The ISO 4217 code: USD, EUR, CHF…
rounds-form-budget = Total budget
rounds-form-tiers-help = A name and the most an application at that tier may ask for. Leave a row empty to drop it.
rounds-form-tier-name = Tier { $number }: name
rounds-form-tier-max = Maximum
rounds-form-reports-help = Days are counted from the award's start for an interim report, from its end for a final report. With no row, a final narrative and a final financial report fall due 30 days after the award ends.
rounds-form-report = Report
rounds-form-report-none = None
rounds-form-report-days = Due after (days)
rounds-form-not-party-only = Only work toward states not party to the Convention
rounds-form-blind-review = Blind review
rounds-form-blind-review-hint = Reviewers do not see the applicant: no organization name, people or documents. Conflicts of interest are still checked.
rounds-form-documents = Documents an application must carry before it is submitted
rounds-form-create = Create the round
rounds-form-save = Save the changes
