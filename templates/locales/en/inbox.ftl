# The attention inbox: what needs a person, by kind.

inbox-title = Attention inbox
inbox-lead = { $count ->
    [one] { $count } item needs a person, oldest first.
   *[other] { $count } items need a person, oldest first.
}
inbox-kinds = Kinds of item
inbox-since = since { $since }
inbox-resolve = Resolve
inbox-note-on = Note on “{ $flag }”
inbox-resolve-flag = Resolve this flag
inbox-note-all = Note for all its flags
inbox-resolve-all = Resolve all
inbox-nothing = Nothing.

## The kinds of item
inbox-kind-coordination-request = Coordination requests
inbox-kind-escalation = Escalations
inbox-kind-state-joined = Campaigns whose state joined
inbox-kind-application-review = Applications waiting for review
inbox-kind-disbursement-due = Installments due, or approved and not yet paid
inbox-kind-overdue-report = Overdue reports
inbox-kind-message-reply = Messages awaiting a reply

## What an item that is not a flag waits for
inbox-waiting-review = Waiting for review
inbox-waiting-approval = Due: to approve
inbox-waiting-payment = Approved: to pay
inbox-waiting-report = Report overdue
inbox-waiting-organization = The organization wrote
inbox-waiting-requester = The requester replied

## What an item is about
inbox-row-installment = { $reference }: installment { $number } ({ $organization })
inbox-row-report = { $reference }: { $report } ({ $organization })
inbox-row-message-application = Application { $reference } ({ $organization })
inbox-row-message-award = Award { $reference } ({ $organization })
inbox-row-message-report = Report of { $reference } ({ $organization })
inbox-row-message-request = Coordination request { $reference }

## After resolving
inbox-flash-resolved = Resolved: { $reason }.
inbox-flash-resolved-count = { $count ->
    [one] Resolved { $count } flag.
   *[other] Resolved { $count } flags.
}
inbox-refused-flag = The flag is not resolved: { $why }.
inbox-refused-record = The record's flags are not resolved: { $why }.
