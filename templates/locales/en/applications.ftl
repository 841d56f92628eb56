# Applications: the member's form, the answers to check, the application's page, the list,
# revisions and bulk actions.

## Shared
applications-field-target-state = Target state
applications-field-campaign = Country campaign
applications-field-title = Title
applications-field-summary = Summary
applications-field-objectives = Objectives
applications-field-tier = Tier
applications-field-lower-tier-plan = What you would do at the lower tier
applications-activities = Planned activities
applications-budget = Budget
applications-description = Description
applications-choose = Choose
applications-campaign-none = None
applications-dates-range = { $from } to { $to }
applications-dates-from = from { $from }
applications-tier-up-to = { $tier }: up to { $amount }
applications-the-draft = the draft
applications-quoted = “{ $title }”
applications-state-with-status = { $state } ({ $status })
applications-treaty-not-party = not party
applications-treaty-signatory = signatory
applications-treaty-withdrawing = withdrawing
applications-treaty-withdrawn = withdrawn

## The form
applications-form-new-heading = New application to { $round }
applications-form-edit-heading = Edit { $title }
applications-form-edit-the-application = Edit the application
applications-form-complete-heading = Complete the application
applications-form-draft-saved-intro = Your draft was saved, but it cannot be submitted yet:
applications-form-lead = Save the draft at any point; nothing is sent to ICBL until you submit. Amounts are in { $currency }.
applications-form-save-draft = Save the draft
applications-form-target-state-choose = Choose the state your work is toward
applications-form-target-state-help = States not party to the Convention are marked.
applications-form-campaign-optional = Country campaign (optional)
applications-form-campaign-help = The campaign this work serves, if any. Campaigns on the target state are listed first after you save.
applications-form-campaigns-on = Campaigns on { $state }
applications-form-campaigns-open = Open campaigns
applications-form-campaigns-other = Other campaigns
applications-form-activities-help = One row per activity. “Add another activity” keeps what you have typed; an empty row is dropped when you save.
applications-form-activity-kind = Activity { $number }: type
applications-form-activity-prefix = Activity { $number }:
applications-form-from = From
applications-form-to = To
applications-form-remove-activity = Remove activity { $number }
applications-form-add-activity = Add another activity
applications-form-budget-help = The lines add up to the amount you request.
applications-form-budget-help-now = The lines add up to the amount you request (now { $amount }).
applications-form-line-category = Line { $number }: category
applications-form-line-prefix = Line { $number }:
applications-form-amount = Amount ({ $currency })
applications-form-remove-line = Remove line { $number }
applications-form-add-line = Add another budget line
applications-form-check = Save and check your answers
applications-form-check-resubmit = Save and check before resubmitting
applications-flash-draft-saved = The draft is saved.

## Check your answers
applications-check-title = Check your answers before submitting
applications-check-lead = Nothing is sent to ICBL until you press “{ $button }” at the bottom of this page. The draft is saved.
applications-check-not-given = Not given
applications-check-change = Change
applications-check-send-heading = Now send your application
applications-check-send-text = By submitting you confirm that the answers are right to the best of your knowledge. ICBL staff will be told and will start the review.
applications-check-back = Go back to the form
applications-check-about = About the work
applications-check-activity = Activity { $number }
applications-check-line = Line { $number }
applications-check-line-answer = { $category }: { $description } — { $amount }
applications-check-requested = Amount requested
applications-check-submit = Submit application
applications-check-resubmit = Resubmit application
applications-check-change-target-state = the target state
applications-check-change-campaign = the campaign
applications-check-change-title = the title
applications-check-change-summary = the summary
applications-check-change-objectives = the objectives
applications-check-change-activity = activity { $number }
applications-check-change-line = budget line { $number }
applications-check-change-tier = the tier
applications-check-change-lower-tier-plan = what you would do at the lower tier

## The application's page
applications-show-applicant-hidden = applicant not shown
applications-show-toward = toward
applications-show-approved = Approved:
applications-show-see-award = see the award { $reference }
applications-show-last-message = Last message from ICBL
applications-show-award = Award
applications-show-award-period = from { $from } to { $to } ({ $status }).
applications-show-open-award = Open the award
applications-show-award-contents = its payments and reports
applications-show-edit = Edit
applications-show-check-submit = Check and submit the application
applications-show-withdraw = Withdraw the application
applications-show-content = The application
applications-show-submitted = Submitted
applications-show-not-yet = not yet
applications-show-campaign = Campaign
applications-show-none = none
applications-show-not-chosen = not chosen
applications-show-requested = Requested
applications-show-lower-tier = At the lower tier
applications-show-tier-up-to = { $tier } (up to { $amount })
applications-show-no-activity = None yet.
applications-show-category = Category
applications-show-amount = Amount
applications-show-no-line = No line yet.
applications-show-total = Total requested
applications-show-documents = Documents
applications-show-documents-blind = Not shown in a blind review: documents identify the applicant.
applications-show-conversation-staff = Conversation with the organization, and staff notes
applications-show-conversation-member = Conversation with ICBL
applications-show-your-review = Your review
applications-show-score-legend = { $criterion } (1 to 5)
applications-show-recommendation = Recommendation
applications-show-comment = Comment
applications-show-save-review = Save the review
applications-show-declare-text = Before you review, declare that you have no conflict of interest with { $organization }: you do not belong to it, do not work in its country, and have no other interest in its application.
applications-show-declare-blind = the applicant (not shown: the review is blind)
applications-show-declare-box = I declare that I have no conflict of interest
applications-show-declare-button = Declare and continue
applications-show-reviews = Reviews
applications-show-reviewer = Reviewer
applications-show-mean = Mean
applications-show-recommends = Recommends
applications-show-not-declared = not declared yet
applications-show-no-reviewer = No reviewer assigned yet.
applications-show-assign-reviewer = Assign a reviewer
applications-show-assign = Assign
applications-show-next-step = Next step
applications-show-start-review-text = Put the application under review; the organization is told.
applications-show-changes-to-ask = Changes to ask for
applications-show-budget-left = The round has { $amount } left.
applications-show-amount-to-award = Amount to award
applications-show-starts-on = Starts on
applications-show-default-today = (default today)
applications-show-ends-on = Ends on
applications-show-default-twelve-months = (default twelve months later)
applications-show-conditions = Conditions
applications-show-optional = (optional)
applications-show-reason = Reason for the organization
applications-show-revisions = Revisions
applications-show-revision-diff = what changed from revision { $number }
applications-show-history = History
applications-show-by = by { $actor }
applications-blind-notice = Blind review: the applicant is not shown.
applications-blind-withheld = Withheld (blind review)

## What happens next, by status
applications-next-draft = Complete the application and submit it before the round closes.
applications-next-submitted = ICBL staff will start the review.
applications-next-under-review = Reviewers are assessing it; ICBL staff will decide.
applications-next-changes-requested = Make the changes ICBL asked for and resubmit.
applications-next-approved = Approved: see the award.
applications-next-rejected = Not funded this time.
applications-next-withdrawn = Withdrawn.

## Flash messages after a step
applications-flash-submitted = Submitted: the reference is { $reference }. ICBL has been told.
applications-flash-resubmitted = Resubmitted: ICBL has been told.
applications-flash-withdrawn = The application is withdrawn.
applications-flash-review-started = The review has started; the organization has been told.
applications-flash-changes-requested = The organization has been asked for changes.
applications-flash-approved = Approved: the award is created and the organization told.
applications-flash-rejected = Rejected: the organization has been told why.
applications-flash-reviewer-assigned = The reviewer is assigned and has been told.
applications-flash-declared = Thank you: your declaration is recorded. You can now review the application.
applications-flash-review-saved = Your review is saved. Thank you.

## A step refused: the page again, the reason next to the button pressed
applications-refused-submit = The application is not submitted: { $reason }.
applications-refused-resubmit = The application is not resubmitted: { $reason }.
applications-refused-withdraw = The application is not withdrawn: { $reason }.
applications-refused-start-review = The review has not started: { $reason }.
applications-refused-request-changes = No changes were asked for: { $reason }.
applications-refused-approve = The application is not approved: { $reason }.
applications-refused-reject = The application is not rejected: { $reason }.
applications-refused-assign = The reviewer is not assigned: { $reason }.
applications-refused-declare = Your declaration is not recorded: { $reason }.
applications-refused-review = Your review is not saved: { $reason }.
applications-refused-status-now = its status is now { $status }
applications-unsubmitted-intro = Your draft is saved, but the application is not submitted yet
applications-unresubmitted-intro = Your changes are saved, but the application is not resubmitted yet
applications-unsubmitted-next = Give each of these answers, then check your answers and submit the application again.

## Review criteria
applications-criterion-relevance = Relevance to universalization
applications-criterion-feasibility = Feasibility
applications-criterion-value-for-money = Value for money
applications-criterion-capacity = Capacity

## Choices: an application's status and actions
application-status-draft = Draft
application-status-submitted = Submitted
application-status-under-review = Under review
application-status-changes-requested = Changes requested
application-status-approved = Approved
application-status-rejected = Rejected
application-status-withdrawn = Withdrawn
application-action-submit = Submit
application-action-start-review = Start the review
application-action-request-changes = Request changes
application-action-resubmit = Resubmit
application-action-approve = Approve
application-action-reject = Reject
application-action-withdraw = Withdraw
kind-of-activity-meeting-with-authorities = Meeting with authorities
kind-of-activity-military-dialogue = Military-to-military dialogue
kind-of-activity-parliamentary-engagement = Parliamentary engagement
kind-of-activity-workshop = Workshop
kind-of-activity-media = Media
kind-of-activity-research = Research
kind-of-activity-survivor-participation = Survivor participation
kind-of-activity-other = Other
budget-category-personnel = Personnel
budget-category-travel = Travel
budget-category-meetings = Meetings
budget-category-materials = Materials
budget-category-communications = Communications
budget-category-other = Other
recommendation-fund = Fund
recommendation-fund-lower-tier = Fund at the lower tier
recommendation-decline = Decline
bulk-action-assign-reviewer = Assign a reviewer
bulk-action-start-review = Start the review
bulk-action-reject = Reject, with one reason
bulk-action-export = Export as CSV

## The list
applications-list-yours = Your applications
applications-list-to-review = Applications to review
applications-list-news = News of your awards
applications-list-open = Open for applications
applications-list-closes = closes { $when }.
applications-list-start = Start an application
applications-list-no-round = No round is open for applications at the moment.
applications-list-see-rounds = See the rounds
applications-list-reviewer-lead = The applications ICBL asked you to review. Declare that you have no conflict of interest before you score one.
applications-list-blind-notice = Blind review: the applicant is not shown for the applications of blind rounds.
applications-list-round = Round
applications-list-any = Any
applications-list-status = Status
applications-list-any-but-drafts = Any but drafts
applications-list-organization = Organization
applications-list-title-contains = Title contains
applications-list-sort = Sort by
applications-list-count = { $count ->
    [one] { $count } application
   *[other] { $count } applications
}
applications-list-select = Select
applications-list-select-one = Select { $name }
applications-list-application = Application
applications-list-target = Target
applications-list-none-matches = No application matches these filters.
applications-list-none-yet = No application yet.
applications-list-untitled = (untitled draft)
applications-sort-updated-newest = Last changed, newest first
applications-sort-updated-oldest = Last changed, oldest first
applications-sort-submitted-newest = Submitted, newest first
applications-sort-submitted-oldest = Submitted, oldest first
applications-sort-reference = Reference
applications-sort-requested-largest = Amount requested, largest first
applications-sort-requested-smallest = Amount requested, smallest first
applications-bulk-legend = With the applications selected
applications-bulk-hint = Each application is checked and recorded on its own; the next page says what was done and what was refused, and why. At most { $max } at a time.
applications-bulk-action = Action
applications-bulk-to-assign = (to assign)
applications-bulk-reason = Reason
applications-bulk-reason-help = (to reject: every organization reads it)
applications-bulk-apply = Apply to the selected

## The results of a bulk action
applications-bulk-nothing-done = Nothing was done
applications-bulk-choose-again = Back to the applications, to choose again
applications-bulk-title = { $action }: { $done } of { $count } done
applications-bulk-lead = { $done } done, { $refused } refused. Each application was checked and recorded on its own.
applications-bulk-refused = Refused ({ $count })
applications-bulk-done = Done ({ $count })
applications-bulk-application = Application { $id }
applications-bulk-result = : { $message }.
applications-bulk-back = Back to the list of applications
applications-bulk-assigned = { $who } assigned
applications-bulk-review-started = the review has started; the organization has been told
applications-bulk-rejected = rejected; the organization has been told why
applications-bulk-forbidden = you are not allowed to do this to this application
applications-bulk-not-found = there is no application with this number
applications-bulk-failed = the service failed on this application; nothing was changed on it: try again

## What changed between two revisions
applications-revisions-page-title = Changes to { $reference }
applications-revisions-title = What changed from revision { $from } to revision { $to }
applications-revisions-changes = Changes
applications-revisions-field = Field
applications-revisions-revision = Revision { $number }
applications-revisions-none = Nothing changed between these two revisions.
applications-revisions-no-such = there is no revision { $number }

## E-mails about an application (subject, then paragraphs)
applications-mail-received-subject = { $reference }: application received
applications-mail-received = ICBL has received your application "{ $title }". Its reference is { $reference }.
applications-mail-received-next = ICBL staff will start the review; you will hear from us at each step.
applications-mail-new-subject = { $reference }: new application
applications-mail-new = A new application was submitted: "{ $title }".
applications-mail-review-subject = { $reference }: under review
applications-mail-review = Your application "{ $title }" is now under review by ICBL.
applications-mail-changes-subject = { $reference }: changes requested
applications-mail-changes = ICBL asks for changes to your application "{ $title }":
applications-mail-changes-next = Edit the application and resubmit it when it is ready.
applications-mail-resubmitted-subject = { $reference }: resubmitted
applications-mail-resubmitted = The organization has resubmitted "{ $title }" with the changes requested.
applications-mail-approved-subject = { $reference }: approved
applications-mail-approved = Good news: ICBL has approved your application "{ $title }".
applications-mail-approved-amount = The grant awarded is { $amount }. ICBL will be in touch about the agreement and the payment schedule.
applications-mail-approved-award = Your award { $reference }, its payments and reports: { $link }
applications-mail-decision-subject = { $reference }: decision
applications-mail-rejected = ICBL has decided not to fund your application "{ $title }" in this round.
applications-mail-reason = The reason: { $reason }
applications-mail-withdrawn-subject = { $reference }: withdrawn
applications-mail-withdrawn = The organization has withdrawn "{ $title }".
applications-mail-to-review-subject = An application to review
applications-mail-to-review = ICBL asks you to review the application "{ $title }".
applications-mail-to-review-next = First declare that you have no conflict of interest; then score it and recommend.

## A review in the application's history (`members-history-*`)
members-history-field-relevance = Relevance
members-history-field-feasibility = Feasibility
members-history-field-value-for-money = Value for money
members-history-field-capacity = Capacity
members-history-field-recommendation = Recommendation
members-history-field-comment = Comment
