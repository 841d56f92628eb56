# Award letters: the page of an award's letter and the form of a round's letter template
# (the letter's own text is the round's template, in the round's language).

letters-award-title = Award letter { $reference }
letters-round-title = The award letter of { $name }
letters-download = Download the PDF
letters-print-hint = or print this page: the site's navigation and buttons are left out of the print.
letters-send-hint = Sending keeps the PDF among the award's documents and tells { $organization } by e-mail that it is there, to sign and return.
letters-send = Send the letter
letters-the-letter = The letter
letters-name-date = Name, date
letters-round-default = The round uses the default letter. Change it below to give its awards a letter of their own.
letters-round-own = The round has a letter of its own.
letters-template = Letter template
letters-help-handlebars = Handlebars:
letters-help-prints = prints a variable,
letters-help-repeats = repeats for each entry,
letters-help-chooses = chooses. A variable that is not in the list below is refused.
letters-help-lines = Lines are read as:
letters-help-title = Title
letters-help-heading = Heading
letters-help-table = a table row (the first row is the header),
letters-help-item = item
letters-help-list = a list,
letters-help-for = [signature] For
letters-help-signature = a line to sign on, anything else text (a blank line ends a paragraph).
letters-variables = The variables of a letter
letters-variable = Variable
letters-variable-what = What it is
letters-preview = Preview
letters-save = Save the template
letters-reset = Go back to the default letter
letters-preview-heading = Preview, with made-up figures
letters-flash-reset = The round uses the default letter again.
letters-flash-saved = The letter template is saved.

## The variables a letter template may use.
letters-variable-date = the letter's date: 1 December 2026
letters-variable-organization-name = the member organization's name
letters-variable-organization-acronym = its acronym (may be empty)
letters-variable-organization-country = its country
letters-variable-award-reference = the award's reference: IIA-2027A-0001
letters-variable-award-amount = the amount with its currency: 4,000.00 USD
letters-variable-award-amount-value = the amount alone: 4000.00
letters-variable-award-currency = the currency's code: USD
letters-variable-award-starts-on = the day the grant starts
letters-variable-award-ends-on = the day it ends
letters-variable-award-signed-on = the day the agreement was signed (empty until then)
letters-variable-project-title = the application's title
letters-variable-round-name = the round's name
letters-variable-round-code = the round's code
letters-variable-round-programme = the round's programme
letters-variable-installments = the payment schedule, each with number, amount, due_on, condition and note
letters-variable-reports = the reports due, each with kind and due_on
letters-variable-conditions = the award's conditions, one per entry
letters-variable-signatures = who signs, each with party and role: ICBL, then the organization

## The default letter's values (the letter itself: templates/awards/letter_default.{en,fr,es}.hbs)
letters-funder = the International Campaign to Ban Landmines
letters-role-grants-officer = Grants Officer
letters-role-representative = authorized representative
letters-sample-project = Talks with the Ministry of Defence (an example)
letters-sample-condition = Photos of the meetings are sent with the final report.
letters-pdf-footer = { $footer } · page { $page } of { $count }
