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
phrase-thank-you-your-declaration-is-recorded-you-can-now-review-the-application = Thank you: your declaration is recorded. You can now review the application

## src/applications/model.rs
phrase-an-application-that-is-n-cannot-be-changed = an application that is { $n1 } cannot be changed
phrase-the-round-n-is-not-open-for-applications = the round "{ $n1 }" is not open for applications

## src/applications/reviewers.rs
phrase-there-is-no-reviewer-with-this-number = there is no reviewer with this number

## src/applications/reviews.rs
phrase-give-a-score-from-n-to-n = give a score from { $n1 } to { $n2 }
phrase-no-conflict = no conflict
phrase-reviewers-are-assigned-to-submitted-applications-this-one-is-n = reviewers are assigned to submitted applications; this one is { $n1 }
phrase-the-applicant-organization-is-gone = the applicant organization is gone
phrase-the-application-is-n-its-reviews-are-closed = the application is { $n1 }; its reviews are closed
phrase-you-cannot-review-this-application-n = you cannot review this application: { $n1 }

## src/applications/revisions_page.rs
phrase-there-is-no-revision-n = there is no revision { $n1 }
phrase-this-application-has-no-revision-yet = this application has no revision yet

## src/applications/transitions.rs
phrase-lower-tier-plan = lower tier plan
phrase-starts-on = starts on
phrase-the-round-n-closed-on-n-applications-can-no-longer-be-submitted = the round "{ $n1 }" closed on { $n2 }; applications can no longer be submitted

## src/applications/workflow.rs
phrase-an-application-that-is-n-cannot-be-n = an application that is { $n1 } cannot be { $n2 }

## src/attachments/mod.rs
phrase-there-is-no-attachment-with-this-number = there is no attachment with this number

## src/attachments/scan.rs
phrase-the-virus-scanner-found-n-in-the-file-it-was-not-saved-attach-a-clean-copy = the virus scanner found { $n1 } in the file: it was not saved. Attach a clean copy

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
phrase-two-factor-sign-in-is-required-of-n-accounts-it-cannot-be-turned-off = two-factor sign-in is required of { $n1 } accounts: it cannot be turned off

## src/auth/invitations.rs
phrase-an-invitation-is-on-its-way-to-n = An invitation is on its way to { $n1 }
phrase-not-done-n = Not done: { $n1 }

## src/auth/routes.rs
phrase-times-are-now-shown-in-n-time-with-utc-beside-them = Times are now shown in { $n1 } time, with UTC beside them
phrase-you-are-signed-out-on-every-device-and-your-api-tokens-are-revoked = You are signed out on every device, and your API tokens are revoked

## src/auth/second_factor_pages.rs
phrase-two-factor-sign-in-is-off-your-password-alone-signs-you-in = Two-factor sign-in is off: your password alone signs you in

## src/awards/amendments.rs
phrase-an-award-that-is-n-cannot-be-amended = an award that is { $n1 } cannot be amended
phrase-budget-lines = budget lines
phrase-ends-on = ends on

## src/awards/conditions.rs
phrase-name-the-report-it-waits-for-after-report-id = name the report it waits for: after_report:ID
phrase-this-award-has-no-report-n = this award has no report { $n1 }

## src/awards/disbursements.rs
phrase-a-second-person-must-confirm-an-override-you-asked-for-this-one = a second person must confirm an override: you asked for this one
phrase-installment-n-is-n-only-a-scheduled-installments-condition-can-be-overridden = installment { $n1 } is { $n2 }: only a scheduled installment's condition can be overridden
phrase-installment-n-is-n-there-is-nothing-left-to-confirm = installment { $n1 } is { $n2 }: there is nothing left to confirm
phrase-installment-n-s-condition-holds-approve-it-there-is-nothing-to-override = installment { $n1 }'s condition holds: approve it, there is nothing to override
phrase-no-override-of-installment-n-has-been-asked-for = no override of installment { $n1 } has been asked for
phrase-paid-amount = paid amount
phrase-paid-currency = paid currency
phrase-paid-on = paid on
phrase-paying-n-would-take-the-payments-beyond-the-awards-n-n-already-paid = paying { $n1 } would take the payments beyond the award's { $n2 } ({ $n3 } already paid)
phrase-payment-reference = payment reference
phrase-the-award-is-n-nothing-is-paid-on-it = the award is { $n1 }: nothing is paid on it
phrase-the-override-of-installment-n-is-already-confirmed = the override of installment { $n1 } is already confirmed
phrase-the-schedule-of-an-award-that-is-n-cannot-change = the schedule of an award that is { $n1 } cannot change
phrase-there-is-no-installment-with-this-number = there is no installment with this number

## src/awards/model.rs
phrase-a-terminated-awards-agreement-cannot-be-recorded-as-signed = a terminated award's agreement cannot be recorded as signed
phrase-signed-on = signed on
phrase-the-award-cannot-be-completed-yet-n = the award cannot be completed yet: { $n1 }
phrase-there-is-no-report-with-this-number = there is no report with this number

## src/awards/reports.rs
phrase-the-award-is-terminated-it-owes-no-report = the award is terminated: it owes no report
phrase-the-report-is-n-there-is-no-draft-to-save = the report is { $n1 }: there is no draft to save

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
phrase-not-withdrawn-n = Not withdrawn: { $n1 }

## src/coordination/pages/staff.rs
phrase-not-shared-n = Not shared: { $n1 }

## src/coordination/token.rs
phrase-this-status-link-is-not-valid = this status link is not valid

## src/coordination/transitions.rs
phrase-the-requester-did-not-agree-to-share-this-request-it-stays-with-icbl-staff = the requester did not agree to share this request: it stays with ICBL staff
phrase-this-request-is-n-it-is-no-longer-shared = this request is { $n1 }: it is no longer shared
phrase-this-request-was-already-shared-on-n = this request was already shared on { $n1 }

## src/coordination/workflow.rs
phrase-a-coordination-request-that-is-n-cannot-be-n = a coordination request that is { $n1 } cannot be { $n2 }

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
phrase-too-many-requests-from-this-address-try-again-in-n-minute-n = too many requests from this address: try again in { $n1 } minute{ $n2 }
phrase-you-are-not-allowed-to-do-this = you are not allowed to do this

## src/exchange/mod.rs
phrase-a-n-n-rate-is-already-recorded-for-n-n-n = a { $n1 } → { $n2 } rate is already recorded for { $n3 } ({ $n4 }, { $n5 })
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
phrase-not-resolved-n = Not resolved: { $n1 }
phrase-there-is-no-such-kind-of-record = there is no such kind of record

## src/letters/commands.rs
phrase-letter-template = letter template
phrase-the-award-changed-while-its-letter-was-drawn-send-the-letter-again = the award changed while its letter was drawn: send the letter again
phrase-the-letter-of-an-award-is-sent-while-the-award-is-active-this-one-is-n = the letter of an award is sent while the award is active: this one is { $n1 }

## src/lib.rs
phrase-there-is-nothing-at-this-address = there is nothing at this address

## src/members/commands.rs
phrase-only-icbl-staff-can-change-this = only ICBL staff can change this
phrase-publish-grants = publish grants

## src/members/model.rs
phrase-contact-email = contact email

## src/members/pages.rs
phrase-the-changes-are-saved = The changes are saved

## src/money.rs
phrase-cannot-combine-n-with-n = cannot combine { $n1 } with { $n2 }
phrase-enter-a-three-letter-currency-code-like-usd-q-is-not-one = Enter a three-letter currency code, like USD ('{ $q1 }' is not one)
phrase-enter-the-amount-in-n-n-is-another-currency = Enter the amount in { $n1 }: { $n2 } is another currency
phrase-enter-the-amount-like-n-q-is-not-an-amount = Enter the amount, like { $n1 } ('{ $q1 }' is not an amount)
phrase-enter-the-amount-with-a-dot-for-decimals-like-n-q-can-be-read-two-ways = Enter the amount with a dot for decimals, like { $n1 } ('{ $q1 }' can be read two ways)
phrase-enter-the-amount-with-its-currency-code-instead-of-q-like-n-n = Enter the amount with its currency code instead of '{ $q1 }', like { $n1 } { $n2 }
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
phrase-is-already-the-n-of-another-round = is already the { $n1 } of another round

## src/sensitivity/mod.rs
phrase-review-on = review on

## src/threads/commands.rs
phrase-this-request-is-closed-and-its-contact-details-removed-it-takes-no-more-replies = this request is closed and its contact details removed: it takes no more replies

## src/threads/pages.rs
phrase-not-sent-n = Not sent: { $n1 }

## src/treaty/model.rs
phrase-no-state-has-the-iso-n-code-q = no state has the ISO { $n1 } code '{ $q1 }'

## src/treaty/pages.rs
phrase-not-recorded-n = Not recorded: { $n1 }
phrase-recorded-n-on-n = Recorded: { $n1 } on { $n2 }

## src/treaty/record.rs
phrase-entry-into-force-on = entry into force on
phrase-entry-into-force-reason = entry into force reason
phrase-events-are-recorded-in-the-order-they-happen-and-one-of-n-is-already-recorded = events are recorded in the order they happen, and one of { $n1 } is already recorded
phrase-occurred-on = occurred on
phrase-this-event-is-already-recorded = this event is already recorded

## src/web/assets.rs
phrase-no-such-file = no such file

## src/web/extract.rs
phrase-the-query-string-cannot-be-read-n = the query string cannot be read: { $n1 }

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
