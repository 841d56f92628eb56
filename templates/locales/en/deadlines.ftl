# A person's deadlines and their calendar feed.

deadlines-lead = The dates of the records you work on: rounds closing, drafts to submit, reviews, reports and installments due. From 60 days back to a year ahead.
deadlines-lead-staff = The dates of the records you work on: rounds closing, drafts to submit, reviews, reports and installments due, requests to acknowledge. From 60 days back to a year ahead.
deadlines-past = Past their date
deadlines-past-caption = Deadlines past their date
deadlines-coming = Coming up
deadlines-coming-caption = Deadlines coming up
deadlines-nothing = Nothing coming up.
deadlines-feed = In your calendar
deadlines-feed-text = Subscribe to these deadlines in a calendar program (Outlook, Google Calendar, Apple Calendar, Thunderbird) with a private address. Anyone who has the address sees your deadlines: keep it to yourself, and make a new one if it leaks. Deadlines concerning a sensitive country show only their kind there.
deadlines-feed-address = Your calendar address. Copy it now: it will not be shown again.
deadlines-feed-renew = Make a new address (the old one stops working)
deadlines-feed-make = Make a calendar address
deadlines-feed-off = Turn the calendar feed off
deadlines-flash-feed-off = Your calendar feed is turned off: its address no longer answers.
deadlines-date = Date
deadlines-what = What
deadlines-record = Record
deadlines-untitled-draft = Untitled draft

## What a deadline is, by kind
deadlines-title-round-closes = { $round } closes
deadlines-title-draft-unsubmitted = Submit “{ $title }” before { $round } closes
deadlines-title-review-due = Review of { $reference }
deadlines-title-report-due = { $report } for { $reference }
deadlines-title-installment-due = Installment { $number } of { $reference }: { $amount }
deadlines-title-request-to-acknowledge = Acknowledge request { $reference }

## Choices: a kind of deadline
kind-of-deadline-round-closes = Round closes
kind-of-deadline-draft-unsubmitted = Draft not yet submitted
kind-of-deadline-review-due = Review due
kind-of-deadline-report-due = Report due
kind-of-deadline-installment-due = Installment due
kind-of-deadline-request-to-acknowledge = Request to acknowledge

## The calendar feed
deadlines-feed-name = Clearway deadlines
deadlines-feed-description = Deadlines of the Investing in Action grant programme
deadlines-feed-summary = { $kind }: { $title }
deadlines-feed-guarded-summary = { $kind } (details in Clearway)
deadlines-feed-guarded-description = This deadline concerns a sensitive country: its details are shown only in Clearway.

## Reminders by e-mail
deadlines-mail-open = Open it in Clearway
deadlines-mail-review-subject = Clearway: your review of { $reference } is due on { $due }
deadlines-mail-review = Your review of application { $reference } is due on { $due }. Declare any conflict of interest, score it and give your recommendation from its page.
deadlines-mail-closes-subject = Clearway: { $round } closes on { $closes }
deadlines-mail-your-draft = your draft application
deadlines-mail-the-draft = the draft “{ $title }”
deadlines-mail-draft = { $round } closes on { $closes }, and { $draft } is not submitted yet. A draft left unsubmitted when the round closes cannot be considered.
deadlines-mail-round = { $round } closes on { $closes }, and your organization has not applied to it. If you mean to, start an application from the round's page before then.
deadlines-mail-installment-subject = Clearway: installment { $number } of { $reference } is due on { $due }
deadlines-mail-installment = Installment { $number } of award { $reference } ({ $amount }) is due on { $due }. Check its condition, then approve and pay it from the award's page or the payment queue.
