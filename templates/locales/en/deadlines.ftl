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
