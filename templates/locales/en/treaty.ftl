# The treaty record: the states page (counts, map, chart, list) and a state's page.

## Statuses and events
treaty-status-state-party = State Party
treaty-status-signatory = Signatory
treaty-status-not-party = Not party
treaty-status-withdrawing = Withdrawing
treaty-status-withdrawn = Withdrawn
# Counts of states: "161 States Parties" (the number is shown apart, before the words).
treaty-status-state-party-count = { $count ->
    [one] State Party
   *[other] States Parties
}
treaty-status-signatory-count = { $count ->
    [one] signatory
   *[other] signatories
}
treaty-status-not-party-count = outside the Convention
treaty-status-withdrawing-count = withdrawing
treaty-status-withdrawn-count = withdrawn
treaty-event-signature = Signed the Convention
treaty-event-ratification = Instrument of ratification deposited
treaty-event-accession = Instrument of accession deposited
treaty-event-succession = Notification of succession deposited
treaty-event-entry-into-force = Convention entered into force
treaty-event-withdrawal-notified = Withdrawal notified (Article 20)
treaty-event-withdrawal-effective = Withdrawal took effect
# How a state joined, after its date in the list.
treaty-join-ratification = ratification
treaty-join-accession = accession
treaty-join-succession = succession
treaty-region-africa = Africa
treaty-region-americas = Americas
treaty-region-asia = Asia
treaty-region-europe = Europe
treaty-region-oceania = Oceania
treaty-sort-name = Name, A to Z
treaty-sort-name-desc = Name, Z to A
treaty-sort-joined-on = Date joined, earliest first
treaty-sort-joined-on-desc = Date joined, latest first

## The states page
treaty-states-title = States and the Mine Ban Convention
treaty-states-lead = Status of every state on { $on }
treaty-states-today = (today)
treaty-states-on = Status on
treaty-states-status = Status
treaty-states-any-status = Any status
treaty-states-region = Region
treaty-states-all-regions = All regions
treaty-states-order = Order
treaty-states-show = Show
treaty-states-reset = Reset
treaty-states-by-status = { $total } states by status
treaty-states-by-status-title = States by status on { $on }
treaty-states-counted = A state counts as a State Party from the day it deposits its instrument. The Convention is in force for { $count } of these states on { $on } (Article 17: from the first day of the sixth month after the deposit).
treaty-states-map = Map of the states on { $on }
treaty-states-skip-map = Skip the map to the list of states
treaty-states-not-listed = Not in the list of states
treaty-states-map-outside = { $name }: not in the list of states
treaty-states-map-state = { $name }: { $status }
treaty-states-too-small = Too small to see at this scale, and listed in the table below:
treaty-states-over-time = States Parties over time
treaty-states-years-title = States Parties at the end of each year
treaty-states-years-summary = States Parties at the end of each year: { $first } at the end of { $first_year }, { $last } on { $on }.
treaty-states-years-axis = States Parties (vertical) by year (horizontal)
treaty-states-as-table = The figures as a table
treaty-states-by-year = States Parties by year
treaty-states-end-of-year = End of year
treaty-states-parties = States Parties
treaty-states-shown = { $count ->
    [one] { $count } state
   *[other] { $count } states
}
treaty-states-state = State
treaty-states-signed = Signed
treaty-states-joined = Joined
treaty-states-in-force = In force
treaty-states-none = No state matches these filters.
treaty-states-json = The same list as JSON:
# The address of the list in the API, the same in every language.
treaty-states-json-link = /api/v1/states

## A state's page
treaty-state-on = on { $on }
treaty-state-in-force = the Convention is in force for { $name }
treaty-state-iso = ISO codes
treaty-state-joined = Joined
treaty-state-joined-on = on { $date }, by { $method }
treaty-state-in-force-from = in force from { $date }
treaty-state-confidence = Confidence of the dates
treaty-state-note = Note
treaty-confidence-high = high: exact date confirmed in a public source
treaty-confidence-medium = medium: year confirmed, day from secondary tables
treaty-state-timeline = Treaty timeline
treaty-state-none = { $name } has not signed or joined the Convention.
treaty-state-sensitivity = Sensitivity
treaty-state-staff-only = (staff only)
treaty-state-review-on = (to review on { $date })
treaty-state-normal = Normal: records concerning this state are handled like any other.
treaty-state-level = Level
treaty-state-reason = Reason
treaty-state-review = Review on
treaty-state-save-marking = Save the marking
treaty-state-record = Record an event
treaty-state-what = What happened
treaty-state-occurred-on = On
treaty-state-source = Source or note
treaty-state-optional = (optional)
treaty-state-eif = Entry into force
treaty-state-eif-which = (ratification, accession or succession)
treaty-state-eif-hint = Left empty, Article 17's date: the first day of the sixth month after the month of deposit. A succession takes the date the successor state names.
treaty-state-eif-reason = Why another date
treaty-state-eif-reason-when = (when it is not Article 17's)
treaty-state-record-button = Record
treaty-state-not-recorded = The event is not recorded: { $reason }.
sensitivity-level-normal = Normal
sensitivity-level-sensitive = Sensitive
sensitivity-level-high-risk = High risk
treaty-state-recorded = Recorded: { $event }, on { $date }.
treaty-state-recorded-in-force = The Convention is in force for { $name } from { $date }.
treaty-state-marked = The state is marked { $level }, to be reviewed on { $date }.
treaty-state-unmarked = The state is no longer marked.

## The banner of a record concerning a marked state
sensitivity-banner-sensitive = This record concerns a state ICBL marks as sensitive: its e-mails carry no names, amounts or plans, and exports withhold its names.
sensitivity-banner-high-risk = This record concerns a state ICBL marks as high-risk: handle it with care. E-mails carry no names, amounts or plans, exports withhold its names, and every read is written to the access log.
