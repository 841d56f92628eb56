# The rules' messages and the fields' names, as the code writes them in English (see
# src/i18n/phrases.rs): each id is made from the English words, its numbers ($n1, ...) and
# quoted values ($q1, ...) taken out. Written by listing the messages of src/; a message that
# is not here is shown in English.

## field label
phrase-acronym = acronym
phrase-action = action
phrase-active = active
phrase-activity-description = activity description
phrase-activity-ends-on = activity ends on
phrase-activity-kind = activity kind
phrase-activity-starts-on = activity starts on
phrase-affiliation = affiliation
phrase-amount = amount
phrase-amount-minor = amount minor
phrase-application = application
phrase-approach = approach
phrase-asks = asks
phrase-attachment = attachment
phrase-award = award
phrase-blind-review = blind review
phrase-body = body
phrase-budget = budget
phrase-campaign = campaign
phrase-code = code
phrase-comment = comment
phrase-condition = condition
phrase-condition-note = condition note
phrase-conditions = conditions
phrase-confirm = confirm
phrase-contact-name = contact name
phrase-country = country
phrase-csv-file = CSV file
phrase-currency = currency
phrase-description = description
phrase-due-on = due on
phrase-email = email
phrase-file = file
phrase-file-name = file name
phrase-from = from
phrase-ids = ids
phrase-installment = installment
phrase-installment-amount = installment amount
phrase-installment-sequence = installment sequence
phrase-joined-on = joined on
phrase-kind = kind
phrase-level = level
phrase-line-amount = line amount
phrase-line-category = line category
phrase-line-description = line description
phrase-maximum-amount-of-tier-n = maximum amount of tier { $n1 }
phrase-membership-status = membership status
phrase-message = message
phrase-ministry = ministry
phrase-mode = mode
phrase-name = name
phrase-narrative = narrative
phrase-not-party-only = not party only
phrase-note = note
phrase-objectives = objectives
phrase-on = on
phrase-organization = organization
phrase-outcome = outcome
phrase-outcomes = outcomes
phrase-password = password
phrase-q = q
phrase-rate = rate
phrase-reason = reason
phrase-recommendation = recommendation
phrase-region = region
phrase-report = report
phrase-report-days = report days
phrase-report-kind = report kind
phrase-requesting-state = requesting state
phrase-required-documents = required documents
phrase-reviewer = reviewer
phrase-revoke-tokens = revoke tokens
phrase-role = role
phrase-round = round
phrase-sort = sort
phrase-source = source
phrase-spending-amount = spending amount
phrase-spending-category = spending category
phrase-state = state
phrase-status = status
phrase-summary = summary
phrase-tier = tier
phrase-tier-max = tier max
phrase-tier-name = tier name
phrase-tiers = tiers
phrase-title = title
phrase-to = to
phrase-user = user
phrase-website = website

## src/applications/bulk.rs
phrase-there-is-no-application-with-this-number = there is no application with this number

## src/applications/content.rs
phrase-requested-amount = requested amount

## src/applications/detail_forms.rs

## src/applications/model.rs
phrase-an-application-that-is-q-cannot-be-changed = an application that is '{ $q1 }' cannot be changed
phrase-the-round-q-is-not-open-for-applications = the round '{ $q1 }' is not open for applications

## src/applications/reviewers.rs
phrase-there-is-no-reviewer-with-this-number = there is no reviewer with this number

## src/applications/reviews.rs
phrase-give-a-score-from-n-to-n = give a score from { $n1 } to { $n2 }
phrase-no-conflict = no conflict
phrase-reviewers-are-assigned-to-submitted-applications-this-one-is-q = reviewers are assigned to submitted applications; this one is '{ $q1 }'
phrase-the-applicant-organization-is-gone = the applicant organization is gone
phrase-the-application-is-q-its-reviews-are-closed = the application is '{ $q1 }'; its reviews are closed

## src/applications/revisions_page.rs
phrase-there-is-no-revision-n = there is no revision { $n1 }
phrase-this-application-has-no-revision-yet = this application has no revision yet

## src/applications/transitions.rs
phrase-lower-tier-plan = lower tier plan
phrase-starts-on = starts on
phrase-the-round-q-closed-on-q-applications-can-no-longer-be-submitted = the round '{ $q1 }' closed on '{ $q2 }'; applications can no longer be submitted

## src/applications/workflow.rs

## src/attachments/mod.rs
phrase-there-is-no-attachment-with-this-number = there is no attachment with this number

## src/attachments/scan.rs

## src/attachments/sniff.rs
phrase-text-must-be-utf-n = text must be UTF-{ $n1 }
phrase-text-must-not-contain-nul-characters = text must not contain NUL characters
phrase-the-file-is-empty = the file is empty

## src/auth/commands/account.rs
phrase-time-zone = time zone
phrase-you-have-no-active-token-with-this-number = you have no active token with this number

## src/auth/commands/links.rs
phrase-this-link-is-not-valid-it-was-used-already-or-it-has-expired-ask-for-a-new-one = this link is not valid: it was used already, or it has expired; ask for a new one

## src/auth/commands/people.rs
phrase-this-account-is-already-active = this account is already active
phrase-this-is-the-last-administrator-make-another-one-first = this is the last administrator: make another one first
phrase-you-cannot-deactivate-your-own-account = you cannot deactivate your own account

## src/auth/commands/second_factor.rs
phrase-set-up-two-factor-sign-in-first = set up two-factor sign-in first
phrase-two-factor-sign-in-is-already-set-up-for-this-account = two-factor sign-in is already set up for this account
phrase-two-factor-sign-in-is-not-set-up-for-this-account = two-factor sign-in is not set up for this account

## src/auth/invitations.rs

## src/auth/routes.rs

## src/auth/second_factor_pages.rs

## src/awards/amendments.rs
phrase-budget-lines = budget lines
phrase-ends-on = ends on

## src/awards/conditions.rs
phrase-name-the-report-it-waits-for-after-report-id = name the report it waits for: after_report:ID
phrase-this-award-has-no-report-n = this award has no report { $n1 }

## src/awards/disbursements.rs
phrase-a-second-person-must-confirm-an-override-you-asked-for-this-one = a second person must confirm an override: you asked for this one
phrase-installment-n-s-condition-holds-approve-it-there-is-nothing-to-override = installment { $n1 }'s condition holds: approve it, there is nothing to override
phrase-no-override-of-installment-n-has-been-asked-for = no override of installment { $n1 } has been asked for
phrase-paid-amount = paid amount
phrase-paid-currency = paid currency
phrase-paid-on = paid on
phrase-paying-n-would-take-the-payments-beyond-the-awards-n-n-already-paid = paying { $n1 } would take the payments beyond the award's { $n2 } ({ $n3 } already paid)
phrase-payment-reference = payment reference
phrase-the-override-of-installment-n-is-already-confirmed = the override of installment { $n1 } is already confirmed
phrase-there-is-no-installment-with-this-number = there is no installment with this number

## src/awards/model.rs
phrase-a-terminated-awards-agreement-cannot-be-recorded-as-signed = a terminated award's agreement cannot be recorded as signed
phrase-signed-on = signed on
phrase-there-is-no-report-with-this-number = there is no report with this number

## src/awards/reports.rs
phrase-the-award-is-terminated-it-owes-no-report = the award is terminated: it owes no report

## src/campaigns/model.rs
phrase-lead-organization-ids = lead organization ids
phrase-names-an-application-that-does-not-exist = names an application that does not exist
phrase-q-is-not-a-number = '{ $q1 }' is not a number

## src/coordination/commands.rs
phrase-there-is-no-such-step = there is no such step
phrase-this-request-was-just-recorded = this request was just recorded

## src/coordination/input.rs
phrase-choose-a-state = choose a state
phrase-consent-to-share = consent to share
phrase-idempotency-key = idempotency key
phrase-is-not-the-iso-n-code-of-a-state-aze-npl-choose-one-from-the-list = is not the ISO { $n1 } code of a state (AZE, NPL, ...); choose one from the list
phrase-must-be-at-most-n-characters-long = must be at most { $n1 } characters long
phrase-target-state = target state
phrase-window-end = window end
phrase-window-start = window start

## src/coordination/model.rs
phrase-this-idempotency-key-was-already-used-for-a-different-request = this idempotency key was already used for a different request

## src/coordination/pages/public.rs

## src/coordination/pages/staff.rs

## src/coordination/token.rs
phrase-this-status-link-is-not-valid = this status link is not valid

## src/coordination/transitions.rs
phrase-the-requester-did-not-agree-to-share-this-request-it-stays-with-icbl-staff = the requester did not agree to share this request: it stays with ICBL staff
phrase-this-request-is-q-it-is-no-longer-shared = this request is '{ $q1 }': it is no longer shared
phrase-this-request-was-already-shared-on-q = this request was already shared on '{ $q1 }'

## src/coordination/workflow.rs

## src/dates.rs
phrase-must-be-between-n-and-n = must be between { $n1 } and { $n2 }

## src/deadlines/feed.rs
phrase-there-is-no-calendar-at-this-address = there is no calendar at this address

## src/error.rs
phrase-a-record-with-these-details-already-exists = a record with these details already exists
phrase-sign-in-to-continue = sign in to continue
phrase-some-fields-need-attention = some fields need attention
phrase-something-went-wrong-on-our-side-it-has-been-logged = something went wrong on our side; it has been logged
phrase-the-request-is-too-large = the request is too large
phrase-the-service-cannot-use-its-database-just-now-so-nothing-was-saved-try-again-in-a-moment = the service cannot use its database just now, so nothing was saved: try again in a moment
phrase-the-service-is-busy-try-again-in-a-moment = the service is busy: try again in a moment
phrase-this-form-has-expired-or-came-from-another-site-reload-the-page-and-try-again = this form has expired or came from another site: reload the page and try again
phrase-this-refers-to-a-record-that-does-not-exist-or-is-still-referred-to = this refers to a record that does not exist, or is still referred to
phrase-you-are-not-allowed-to-do-this = you are not allowed to do this

## src/exchange/mod.rs
phrase-a-n-n-rate-is-already-recorded-for-n-n-q = a { $n1 } → { $n2 } rate is already recorded for { $n3 } ({ $n4 }, '{ $q1 }')
phrase-has-at-most-n-decimal-places = has at most { $n1 } decimal places
phrase-is-required = is required
phrase-is-too-large = is too large
phrase-must-be-more-than-zero = must be more than zero
phrase-rate-on = rate on

## src/flags/mod.rs
phrase-this-flag-has-already-been-resolved = this flag has already been resolved

## src/inbox/commands.rs
phrase-this-record-has-no-open-flag = this record has no open flag

## src/inbox/pages.rs
phrase-there-is-no-such-kind-of-record = there is no such kind of record

## src/letters/commands.rs
phrase-letter-template = letter template
phrase-the-award-changed-while-its-letter-was-drawn-send-the-letter-again = the award changed while its letter was drawn: send the letter again
phrase-the-letter-of-an-award-is-sent-while-the-award-is-active-this-one-is-q = the letter of an award is sent while the award is active: this one is '{ $q1 }'

## src/lib.rs
phrase-there-is-nothing-at-this-address = there is nothing at this address

## src/members/commands.rs
phrase-only-icbl-staff-can-change-this = only ICBL staff can change this
phrase-publish-grants = publish grants

## src/members/model.rs
phrase-contact-email = contact email

## src/members/pages.rs

## src/money.rs
phrase-cannot-combine-n-with-n = cannot combine { $n1 } with { $n2 }
phrase-enter-a-three-letter-currency-code-like-n-q-is-not-one = Enter a three-letter currency code, like { $n1 } ('{ $q1 }' is not one)
phrase-enter-the-amount-in-n-n-is-another-currency = Enter the amount in { $n1 }: { $n2 } is another currency
phrase-enter-the-amount-like-n-q-is-not-an-amount = Enter the amount, like { $n1 } ('{ $q1 }' is not an amount)
phrase-enter-the-amount-with-a-dot-for-decimals-like-n-q-can-be-read-two-ways = Enter the amount with a dot for decimals, like { $n1 } ('{ $q1 }' can be read two ways)
phrase-enter-the-amount-with-its-currency-code-instead-of-q-like-n = Enter the amount with its currency code instead of '{ $q1 }', like { $n1 }
phrase-the-amount-is-too-large = The amount is too large

## src/notify/commands.rs
phrase-there-is-no-failed-message-with-this-number = there is no failed message with this number

## src/pagination.rs
phrase-q-is-not-a-whole-number = '{ $q1 }' is not a whole number

## src/rounds/code.rs
phrase-may-hold-only-letters-a-to-z-digits-and-hyphens-like-iia-n-a = may hold only letters A to Z, digits and hyphens, like IIA-{ $n1 }A
phrase-must-be-n-to-n-characters-long-like-iia-n-a = must be { $n1 } to { $n2 } characters long, like IIA-{ $n3 }A
phrase-must-start-with-a-letter-like-iia-n-a = must start with a letter, like IIA-{ $n1 }A
phrase-q-is-not-in-upper-case-as-codes-are-stored = '{ $q1 }' is not in upper case, as codes are stored

## src/rounds/input.rs
phrase-closes-at = closes at
phrase-opens-at = opens at

## src/rounds/model.rs

## src/sensitivity/mod.rs
phrase-review-on = review on

## src/threads/commands.rs
phrase-this-request-is-closed-and-its-contact-details-removed-it-takes-no-more-replies = this request is closed and its contact details removed: it takes no more replies

## src/threads/pages.rs
phrase-not-sent = Not sent

## src/treaty/model.rs
phrase-no-state-has-the-iso-n-code-q = no state has the ISO { $n1 } code '{ $q1 }'

## src/treaty/pages.rs

## src/treaty/record.rs
phrase-entry-into-force-on = entry into force on
phrase-entry-into-force-reason = entry into force reason
phrase-events-are-recorded-in-the-order-they-happen-and-one-of-n-is-already-recorded = events are recorded in the order they happen, and one of { $n1 } is already recorded
phrase-occurred-on = occurred on
phrase-this-event-is-already-recorded = this event is already recorded

## src/web/assets.rs
phrase-no-such-file = no such file

## src/web/extract.rs

## missed by the generator: the public coordination form's rules, the validator's defaults and
## a few common rules (each id is phrases::key of the English; phrases::tests checks they match)
phrase-choose-a-kind-of-approach = choose a kind of approach
phrase-choose-joint-or-complementary = choose joint or complementary
phrase-leave-this-field-empty-it-is-there-to-catch-automated-submissions = leave this field empty (it is there to catch automated submissions)
phrase-must-be-another-state-than-the-one-making-the-request = must be another state than the one making the request
phrase-must-be-true-or-false = must be true or false
phrase-must-be-within-three-years-from-today = must be within three years from today
phrase-must-not-be-before-the-start-of-the-window = must not be before the start of the window
phrase-the-window-has-passed-give-a-window-to-come = the window has passed; give a window to come
phrase-must-be-at-most-n-visible-ascii-characters = must be at most { $n1 } visible ASCII characters
phrase-must-be-at-least-n = must be at least { $n1 }
phrase-must-be-at-most-n = must be at most { $n1 }
phrase-is-out-of-range = is out of range
phrase-must-be-at-least-n-characters-long = must be at least { $n1 } characters long
phrase-has-the-wrong-length = has the wrong length
phrase-must-be-an-email-address = must be an email address
phrase-must-be-a-web-address-https = must be a web address (https://...)
phrase-web-address = web address
phrase-amount-requested = amount requested
phrase-maximum-amount = maximum amount
phrase-must-not-be-negative = must not be negative
phrase-cannot-be-in-the-future = cannot be in the future
phrase-must-be-a-number = must be a number
phrase-choose-a-round = choose a round
phrase-there-is-no-such-round = there is no such round
phrase-there-is-no-such-organization = there is no such organization
phrase-must-be-after-the-start = must be after the start
phrase-must-not-be-before-the-start = must not be before the start
phrase-give-the-reason-for-the-record = give the reason for the record
phrase-a-user-with-this-email-already-exists = a user with this email already exists
phrase-another-organization-already-has-this-name = another organization already has this name
phrase-is-already-the-name-of-another-round = is already the name of another round

## rules the first lists missed, and the ones whose variable words are now quoted values
## (found by tests/it/i18n_phrases.rs, which lists every rule message of src/)
phrase-give-the-persons-e-mail-address = give the person's e-mail address
phrase-reviewers-do-not-filter-by-organization-some-rounds-are-reviewed-blind = reviewers do not filter by organization: some rounds are reviewed blind
phrase-choose-what-to-do-with-the-applications-selected = choose what to do with the applications selected
phrase-every-id-must-be-a-number = every id must be a number
phrase-select-at-least-one-application = select at least one application
phrase-select-at-most-n-applications-at-a-time-n-were-selected-act-on-them-in-parts = select at most { $n1 } applications at a time ({ $n2 } were selected); act on them in parts
phrase-choose-the-reviewer-to-assign = choose the reviewer to assign
phrase-give-the-reason-the-organizations-will-read = give the reason the organizations will read
phrase-export-a-selection-with-get-applications-csv-ids-n = export a selection with GET /applications.csv?ids={ $n1 }
phrase-choose-a-campaign-from-the-list = Choose a campaign from the list
phrase-the-campaign-q-is-q-choose-an-open-campaign = The campaign '{ $q1 }' is '{ $q2 }'; choose an open campaign
phrase-q-is-not-a-tier-of-this-round-use-one-of-q = '{ $q1 }' is not a tier of this round; use one of '{ $q2 }'
phrase-q-is-not-the-iso-n-code-of-a-state-aze-npl = '{ $q1 }' is not the ISO { $n1 } code of a state (AZE, NPL, ...)
phrase-q-is-not-the-iso-n-code-of-a-state = '{ $q1 }' is not the ISO { $n1 } code of a state
phrase-at-most-n-activities = at most { $n1 } activities
phrase-at-most-n-budget-lines = at most { $n1 } budget lines
phrase-the-budget-lines-add-up-to-n-not-n = the budget lines add up to { $n1 }, not { $n2 }
phrase-q-is-not-an-active-member-so-it-cannot-apply = '{ $q1 }' is not an active member, so it cannot apply
phrase-choose-a-person-with-the-reviewer-role = choose a person with the reviewer role
phrase-conflict-of-interest = conflict of interest
phrase-q-is-already-a-reviewer-of-this-application = '{ $q1 }' is already a reviewer of this application
phrase-declare-that-you-have-no-conflict-of-interest-before-reviewing = declare that you have no conflict of interest before reviewing
phrase-you-cannot-review-this-application = you cannot review this application
phrase-cannot-be-more-than-the-n-requested = cannot be more than the { $n1 } requested
phrase-is-more-than-the-round-has-left-n-of-n = is more than the round has left ({ $n1 } of { $n2 })
phrase-this-round-funds-work-toward-states-not-party-to-the-convention-only = this round funds work toward states not party to the Convention only
phrase-add-up-to-n-more-than-the-q-tiers-maximum-of-n = add up to { $n1 }, more than the '{ $q1 }' tier's maximum of { $n2 }
phrase-say-what-you-would-do-with-a-lower-tiers-amount = say what you would do with a lower tier's amount
phrase-plan-at-least-one-activity = plan at least one activity
phrase-add-at-least-one-budget-line = add at least one budget line
phrase-attach-the-registration-certificate-registration-certificate-the-round-requires-it = attach the registration certificate (registration_certificate): the round requires it
phrase-attach-the-budget-budget-the-round-requires-it = attach the budget (budget): the round requires it
phrase-attach-the-letter-of-support-letter-of-support-the-round-requires-it = attach the letter of support (letter_of_support): the round requires it
phrase-attach-the-other-document-other-the-round-requires-it = attach the other document (other): the round requires it
phrase-this-file-is-waiting-for-its-virus-scan-it-can-be-downloaded-once-the-scanner-finds-it-clean-usually-within-minutes = this file is waiting for its virus scan: it can be downloaded once the scanner finds it clean (usually within minutes)
phrase-the-virus-scanner-found-q-in-this-file-it-was-deleted-and-cannot-be-downloaded = the virus scanner found '{ $q1 }' in this file: it was deleted and cannot be downloaded
phrase-a-virus = a virus
phrase-choose-what-kind-of-document-this-is = choose what kind of document this is
phrase-q-is-not-a-kind-of-document-an-application-holds-use-one-of-q = '{ $q1 }' is not a kind of document an application holds; use one of '{ $q2 }'
phrase-q-is-not-a-kind-of-document-a-report-holds-use-one-of-q = '{ $q1 }' is not a kind of document a report holds; use one of '{ $q2 }'
phrase-q-is-not-a-kind-of-document-an-award-holds-use-one-of-q = '{ $q1 }' is not a kind of document an award holds; use one of '{ $q2 }'
phrase-q-is-not-a-kind-of-document-a-campaign-holds-use-one-of-q = '{ $q1 }' is not a kind of document a campaign holds; use one of '{ $q2 }'
phrase-q-is-not-a-kind-of-document-an-organization-holds-use-one-of-q = '{ $q1 }' is not a kind of document an organization holds; use one of '{ $q2 }'
phrase-must-be-on-one-line = must be on one line
phrase-choose-a-file-to-attach = choose a file to attach
phrase-the-file-would-take-the-documents-of-this-application-above-q-the-most-one-record-may-hold-q-are-there-already-remove-one-first = the file would take the documents of this application above '{ $q1 }', the most one record may hold ('{ $q2 }' are there already): remove one first
phrase-the-documents-of-this-application-would-go-above-q-the-most-one-record-may-hold-q-are-there-already-remove-one-first = the documents of this application would go above '{ $q1 }', the most one record may hold ('{ $q2 }' are there already): remove one first
phrase-the-file-would-take-the-documents-of-this-report-above-q-the-most-one-record-may-hold-q-are-there-already-remove-one-first = the file would take the documents of this report above '{ $q1 }', the most one record may hold ('{ $q2 }' are there already): remove one first
phrase-the-documents-of-this-report-would-go-above-q-the-most-one-record-may-hold-q-are-there-already-remove-one-first = the documents of this report would go above '{ $q1 }', the most one record may hold ('{ $q2 }' are there already): remove one first
phrase-the-file-would-take-the-documents-of-this-award-above-q-the-most-one-record-may-hold-q-are-there-already-remove-one-first = the file would take the documents of this award above '{ $q1 }', the most one record may hold ('{ $q2 }' are there already): remove one first
phrase-the-documents-of-this-award-would-go-above-q-the-most-one-record-may-hold-q-are-there-already-remove-one-first = the documents of this award would go above '{ $q1 }', the most one record may hold ('{ $q2 }' are there already): remove one first
phrase-the-file-would-take-the-documents-of-this-campaign-above-q-the-most-one-record-may-hold-q-are-there-already-remove-one-first = the file would take the documents of this campaign above '{ $q1 }', the most one record may hold ('{ $q2 }' are there already): remove one first
phrase-the-documents-of-this-campaign-would-go-above-q-the-most-one-record-may-hold-q-are-there-already-remove-one-first = the documents of this campaign would go above '{ $q1 }', the most one record may hold ('{ $q2 }' are there already): remove one first
phrase-the-file-would-take-the-documents-of-this-organization-above-q-the-most-one-record-may-hold-q-are-there-already-remove-one-first = the file would take the documents of this organization above '{ $q1 }', the most one record may hold ('{ $q2 }' are there already): remove one first
phrase-the-documents-of-this-organization-would-go-above-q-the-most-one-record-may-hold-q-are-there-already-remove-one-first = the documents of this organization would go above '{ $q1 }', the most one record may hold ('{ $q2 }' are there already): remove one first
phrase-the-upload-is-larger-than-the-service-accepts = the upload is larger than the service accepts
phrase-send-one-file-at-a-time = send one file at a time
phrase-a-member-belongs-to-an-organization = a member belongs to an organization
phrase-there-is-no-organization-n = there is no organization { $n1 }
phrase-only-members-belong-to-an-organization = only members belong to an organization
phrase-give-the-token-a-name-of-n-to-n-characters-e-g-reporting-script = give the token a name of { $n1 } to { $n2 } characters, e.g. "reporting script"
phrase-q-is-not-a-time-zone-choose-one-from-the-list = '{ $q1 }' is not a time zone; choose one from the list
phrase-q-is-not-a-language-of-clearway-choose-one-from-the-list = '{ $q1 }' is not a language of Clearway; choose one from the list
phrase-the-password-must-be-at-least-n-characters-long = The password must be at least { $n1 } characters long
phrase-the-password-must-be-at-most-n-characters-long = The password must be at most { $n1 } characters long
phrase-the-password-must-not-contain-your-name-or-your-email = The password must not contain your name or your email
phrase-the-two-passwords-differ = The two passwords differ
phrase-q-is-not-an-organization-number = '{ $q1 }' is not an organization number
phrase-a-member-belongs-to-an-organization-choose-it = a member belongs to an organization: choose it
phrase-this-person-already-has-an-account = this person already has an account
phrase-is-not-an-organization-number = is not an organization number
phrase-this-account-is-already-deactivated = this account is already deactivated
phrase-this-key-was-replaced-when-two-factor-sign-in-was-set-up-in-another-browser-open-the-page-again-and-set-up-your-app-with-the-key-it-shows = this key was replaced when two-factor sign-in was set up in another browser: open the page again and set up your app with the key it shows
phrase-two-factor-sign-in-is-required-of-member-organization-accounts-it-cannot-be-turned-off = two-factor sign-in is required of member organization accounts: it cannot be turned off
phrase-two-factor-sign-in-is-required-of-reviewer-accounts-it-cannot-be-turned-off = two-factor sign-in is required of reviewer accounts: it cannot be turned off
phrase-two-factor-sign-in-is-required-of-programme-staff-accounts-it-cannot-be-turned-off = two-factor sign-in is required of programme staff accounts: it cannot be turned off
phrase-two-factor-sign-in-is-required-of-finance-accounts-it-cannot-be-turned-off = two-factor sign-in is required of finance accounts: it cannot be turned off
phrase-two-factor-sign-in-is-required-of-administrator-accounts-it-cannot-be-turned-off = two-factor sign-in is required of administrator accounts: it cannot be turned off
phrase-n-is-not-an-installment-still-scheduled = #{ $n1 } is not an installment still scheduled
phrase-n-is-given-twice = #{ $n1 } is given twice
phrase-only-one-new-installment-can-come-with-an-amount-change = only one new installment can come with an amount change
phrase-give-an-amount-for-installment-n = give an amount for installment #{ $n1 }
phrase-add-up-to-n-the-new-amount-less-what-is-approved-or-paid-not-n = add up to { $n1 } (the new amount less what is approved or paid), not { $n2 }
phrase-must-be-after-the-current-end-n = must be after the current end, { $n1 }
phrase-give-the-revised-lines = give the revised lines
phrase-add-up-to-n-not-the-awards-n = add up to { $n1 }, not the award's { $n2 }
phrase-cannot-be-less-than-what-is-already-approved-or-paid-n = cannot be less than what is already approved or paid ({ $n1 })
phrase-the-increase-n-is-more-than-the-round-has-left-n = the increase ({ $n1 }) is more than the round has left ({ $n2 })
phrase-confirm-the-schedule-for-the-new-amount-proposed-n-or-change-it-adding-up-to-n = confirm the schedule for the new amount: proposed { $n1 } (or change it, adding up to { $n2 })
phrase-q-is-not-a-grouping-use-round-state-or-organization = '{ $q1 }' is not a grouping; use round, state or organization
phrase-q-is-not-a-date-yyyy-mm-dd = '{ $q1 }' is not a date (YYYY-MM-DD)
phrase-the-banks-reference = the bank's reference
phrase-write-why-it-should-be-paid-although-its-condition-does-not-hold = write why it should be paid although its condition does not hold
phrase-for-an-installment-due-on-its-date = for an installment due on its date
phrase-with-what-is-approved-and-paid-n-the-installments-add-up-to-n-not-the-awards-n = with what is approved and paid ({ $n1 }), the installments add up to { $n2 }, not the award's { $n3 }
phrase-an-installment-paid-in-n-is-paid-as-scheduled-n-change-the-schedule-first-to-pay-another-amount = an installment paid in { $n1 } is paid as scheduled, { $n2 }: change the schedule first to pay another amount
phrase-no-rate-applies-to-a-payment-in-n = no rate applies to a payment in { $n1 }
phrase-give-the-amount-paid-in-n = give the amount paid in { $n1 }
phrase-no-n-n-rate-is-recorded-on-or-before-n-record-one-under-exchange-rates-or-give-the-rate-the-bank-used = no { $n1 } → { $n2 } rate is recorded on or before { $n3 }: record one under Exchange rates, or give the rate the bank used
phrase-is-worth-nothing-in-n-at-n = is worth nothing in { $n1 } at { $n2 }
phrase-give-the-reason-for-the-record-and-the-organization = give the reason, for the record and the organization
phrase-the-award-cannot-be-completed-yet = the award cannot be completed yet
phrase-tell-what-was-done = tell what was done
phrase-at-most-n-outcomes-of-n-characters-each = at most { $n1 } outcomes of { $n2 } characters each
phrase-a-financial-report-declares-what-was-spent-by-category = a financial report declares what was spent, by category
phrase-the-spending-goes-beyond-the-budget-n-write-a-note-to-accept-it = the spending goes beyond the budget ({ $n1 }): write a note to accept it
phrase-say-what-the-organization-should-revise = say what the organization should revise
phrase-an-award-that-is-suspended-cannot-be-amended = an award that is suspended cannot be amended
phrase-the-award-is-suspended-nothing-is-paid-on-it = the award is suspended: nothing is paid on it
phrase-the-schedule-of-an-award-that-is-suspended-cannot-change = the schedule of an award that is suspended cannot change
phrase-an-award-that-is-completed-cannot-be-amended = an award that is completed cannot be amended
phrase-the-award-is-completed-nothing-is-paid-on-it = the award is completed: nothing is paid on it
phrase-the-schedule-of-an-award-that-is-completed-cannot-change = the schedule of an award that is completed cannot change
phrase-an-award-that-is-terminated-cannot-be-amended = an award that is terminated cannot be amended
phrase-the-award-is-terminated-nothing-is-paid-on-it = the award is terminated: nothing is paid on it
phrase-the-schedule-of-an-award-that-is-terminated-cannot-change = the schedule of an award that is terminated cannot change
phrase-installment-n-is-approved-for-payment-only-a-scheduled-installments-condition-can-be-overridden = installment { $n1 } is approved for payment: only a scheduled installment's condition can be overridden
phrase-installment-n-is-approved-for-payment-there-is-nothing-left-to-confirm = installment { $n1 } is approved for payment: there is nothing left to confirm
phrase-installment-n-is-paid-only-a-scheduled-installments-condition-can-be-overridden = installment { $n1 } is paid: only a scheduled installment's condition can be overridden
phrase-installment-n-is-paid-there-is-nothing-left-to-confirm = installment { $n1 } is paid: there is nothing left to confirm
phrase-installment-n-is-cancelled-only-a-scheduled-installments-condition-can-be-overridden = installment { $n1 } is cancelled: only a scheduled installment's condition can be overridden
phrase-installment-n-is-cancelled-there-is-nothing-left-to-confirm = installment { $n1 } is cancelled: there is nothing left to confirm
phrase-the-report-is-submitted-there-is-no-draft-to-save = the report is submitted: there is no draft to save
phrase-the-report-is-accepted-there-is-no-draft-to-save = the report is accepted: there is no draft to save
phrase-choose-a-kind-of-activity = choose a kind of activity
phrase-say-what-happened = say what happened
phrase-choose-the-state-the-campaign-aims-at = choose the state the campaign aims at
phrase-names-an-organization-that-does-not-exist = names an organization that does not exist
phrase-write-the-message-the-requester-will-read = write the message the requester will read
phrase-is-not-utf-n-text = is not UTF-{ $n1 } text
phrase-must-differ-from-the-currency-converted-from = must differ from the currency converted from
phrase-where-the-rate-comes-from = where the rate comes from
phrase-the-first-line-must-name-the-columns-q = the first line must name the columns '{ $q1 }'
phrase-holds-no-rate = holds no rate
phrase-only-icbl-staff-decide-what-the-open-data-names = only ICBL staff decide what the open data names
phrase-must-be-a-web-address-starting-with-https = must be a web address starting with https://
phrase-cannot-change-once-applications-have-been-submitted-they-carry-references-q-and-on = cannot change once applications have been submitted: they carry references '{ $q1 }' and on
phrase-must-be-after-the-opening = must be after the opening
phrase-cannot-change-once-applications-have-been-submitted = cannot change once applications have been submitted
phrase-name-at-least-one-tier-and-its-maximum-amount = name at least one tier and its maximum amount
phrase-is-already-the-name-of-another-tier = is already the name of another tier
phrase-cannot-be-more-than-the-rounds-budget = cannot be more than the round's budget
phrase-must-be-a-number-of-days-from-n-to-n = must be a number of days from { $n1 } to { $n2 }
phrase-is-already-the-code-of-another-round = is already the code of another round
phrase-q-is-already-the-code-of-the-round-q-choose-another = '{ $q1 }' is already the code of the round '{ $q2 }'; choose another
phrase-cannot-be-less-than-what-is-already-awarded-n = cannot be less than what is already awarded ({ $n1 })
phrase-give-the-reason-the-names-are-needed-it-is-audited = give the reason the names are needed (it is audited)
phrase-must-be-after-today = must be after today
phrase-when-the-marking-is-to-be-reviewed = when the marking is to be reviewed
phrase-only-icbl-staff-write-internal-notes = only ICBL staff write internal notes
phrase-must-not-be-before-n-december-n-when-the-convention-opened-for-signature = must not be before { $n1 } December { $n2 }, when the Convention opened for signature
phrase-is-in-the-future-today-is-n-record-it-on-the-day-it-happens = is in the future (today is { $n1 }): record it on the day it happens
phrase-must-be-within-a-year-from-today = must be within a year from today
phrase-goes-only-with-a-ratification-accession-or-succession = goes only with a ratification, accession or succession
phrase-must-not-be-before-n-march-n-when-the-convention-entered-into-force = must not be before { $n1 } March { $n2 }, when the Convention entered into force
phrase-must-be-within-a-year-of-the-deposit = must be within a year of the deposit
phrase-for-a-succession-the-date-the-successor-state-names-often-its-independence = for a succession: the date the successor state names (often its independence)
phrase-say-why-the-entry-into-force-is-not-article-n-s-date-n = say why the entry into force is not Article { $n1 }'s date, { $n2 }
phrase-an-application-that-is-q-cannot-be-submitted = an application that is '{ $q1 }' cannot be submitted
phrase-an-application-that-is-q-cannot-be-put-under-review = an application that is '{ $q1 }' cannot be put under review
phrase-an-application-that-is-q-cannot-be-sent-back-for-changes = an application that is '{ $q1 }' cannot be sent back for changes
phrase-an-application-that-is-q-cannot-be-resubmitted = an application that is '{ $q1 }' cannot be resubmitted
phrase-an-application-that-is-q-cannot-be-approved = an application that is '{ $q1 }' cannot be approved
phrase-an-application-that-is-q-cannot-be-rejected = an application that is '{ $q1 }' cannot be rejected
phrase-an-application-that-is-q-cannot-be-withdrawn = an application that is '{ $q1 }' cannot be withdrawn
phrase-a-coordination-request-that-is-q-cannot-be-acknowledged = a coordination request that is '{ $q1 }' cannot be acknowledged
phrase-a-coordination-request-that-is-q-cannot-be-moved-to-coordinating = a coordination request that is '{ $q1 }' cannot be moved to coordinating
phrase-a-coordination-request-that-is-q-cannot-be-marked-as-agreed = a coordination request that is '{ $q1 }' cannot be marked as agreed
phrase-a-coordination-request-that-is-q-cannot-be-completed = a coordination request that is '{ $q1 }' cannot be completed
phrase-a-coordination-request-that-is-q-cannot-be-declined = a coordination request that is '{ $q1 }' cannot be declined
phrase-a-coordination-request-that-is-q-cannot-be-withdrawn = a coordination request that is '{ $q1 }' cannot be withdrawn
phrase-the-virus-scanner-found-q-in-the-file-it-was-not-saved-attach-a-clean-copy = the virus scanner found '{ $q1 }' in the file: it was not saved. Attach a clean copy
phrase-too-many-requests-from-this-address-try-again-in-n-minute = too many requests from this address: try again in { $n1 } minute
phrase-too-many-requests-from-this-address-try-again-in-n-minutes = too many requests from this address: try again in { $n1 } minutes
phrase-the-query-string-cannot-be-read = the query string cannot be read
phrase-its-agreement-has-no-signature-recorded = its agreement has no signature recorded
phrase-n-of-its-reports-are-not-accepted-yet = { $n1 } of its reports are not accepted yet
phrase-n-of-its-installments-are-neither-paid-nor-cancelled = { $n1 } of its installments are neither paid nor cancelled
phrase-n-of-its-reports-are-not-accepted-yet-and-n-of-its-installments-are-neither-paid-nor-cancelled = { $n1 } of its reports are not accepted yet and { $n2 } of its installments are neither paid nor cancelled
phrase-the-letter-template-of-the-round-q-does-not-render-q-correct-it-on-the-rounds-page = the letter template of the round '{ $q1 }' does not render ('{ $q2 }'): correct it on the round's page
phrase-must-be-n-to-n-characters-long = must be { $n1 } to { $n2 } characters long
phrase-some-parameters-are-not-valid = some parameters are not valid
phrase-this-address-does-not-accept-that-method = this address does not accept that method
phrase-the-request-took-too-long = the request took too long
phrase-the-requests-content-type-is-not-accepted = the request's content type is not accepted
phrase-the-request-could-not-be-handled = the request could not be handled
phrase-activity-description-in-row-n = activity description in row { $n1 }
phrase-activity-ends-on-in-row-n = activity ends on in row { $n1 }
phrase-activity-starts-on-in-row-n = activity starts on in row { $n1 }
phrase-activity-kind-in-row-n = activity kind in row { $n1 }
phrase-line-amount-in-row-n = line amount in row { $n1 }
phrase-line-category-in-row-n = line category in row { $n1 }
phrase-line-description-in-row-n = line description in row { $n1 }
phrase-installment-amount-in-row-n = installment amount in row { $n1 }
phrase-installment-sequence-in-row-n = installment sequence in row { $n1 }
phrase-spending-amount-in-row-n = spending amount in row { $n1 }
phrase-spending-category-in-row-n = spending category in row { $n1 }
phrase-tier-name-in-row-n = tier name in row { $n1 }
phrase-tier-max-in-row-n = tier max in row { $n1 }
phrase-name-of-tier-n = name of tier { $n1 }
phrase-tier-n = tier { $n1 }
phrase-kind-of-activity-n = kind of activity { $n1 }
phrase-title-of-activity-n = title of activity { $n1 }
phrase-amount-of-budget-line-n = amount of budget line { $n1 }
phrase-category-of-budget-line-n = category of budget line { $n1 }
phrase-description-of-budget-line-n = description of budget line { $n1 }
phrase-required-document-n = required document { $n1 }
phrase-the-file-is-larger-than-q-the-largest-file-accepted = the file is larger than '{ $q1 }', the largest file accepted

## a rule's refusal with the reason of another rule ("head: reason", see src/i18n/phrases.rs)
phrase-head-and-reason = { $head }: { $reason }

## the statuses a rule names in quotes, as a status (French and Spanish: agreeing with "statut",
## "estado")
phrase-value-draft = draft
phrase-value-submitted = submitted
phrase-value-under-review = under review
phrase-value-changes-requested = changes requested
phrase-value-approved = approved
phrase-value-rejected = rejected
phrase-value-withdrawn = withdrawn
phrase-value-received = received
phrase-value-acknowledged = acknowledged
phrase-value-coordinating = coordinating
phrase-value-joint-approach-agreed = joint approach agreed
phrase-value-completed = completed
phrase-value-declined = declined
phrase-value-planning = planning
phrase-value-active = active
phrase-value-paused = paused
phrase-value-achieved = achieved
phrase-value-closed = closed
phrase-value-suspended = suspended
phrase-value-terminated = terminated
