# Coordination requests: the public form, its confirmation, the requester's status page, and
# staff's list and page of a request.

## The public form
coordination-form-title = Coordinate an approach with ICBL
coordination-form-lead = Your State plans to engage the authorities of a state that has not joined the Mine Ban Convention? Tell ICBL, so that a joint or complementary approach with the national campaign can be arranged. No account is needed; you get a private link to follow your request.
coordination-form-unsaved = Your request could not be saved just now, so nothing was sent to ICBL. Your answers are kept below: please send it again in a moment.
coordination-form-who = Who is asking
coordination-form-requesting-state = Requesting State
coordination-form-choose-state = Choose a state
coordination-form-ministry = Ministry or mission
coordination-form-ministry-help = For example: Ministry of Foreign Affairs, Arms Control Division; or your Permanent Mission in Geneva.
coordination-form-contact-name = Contact name
coordination-form-contact-email = Contact email
coordination-form-contact-email-help = We send the confirmation and your private status link here.
coordination-form-approach-legend = The approach
coordination-form-target-state = Target state
coordination-form-target-state-help = The states outside the Convention come first. A State Party may be chosen too; ICBL will look at it.
coordination-form-approach = Kind of approach
coordination-form-choose-one = Choose one
coordination-form-window-start = Planned from
coordination-form-window-end = Planned until
coordination-form-window-help = The window in which the approach would take place, as YYYY-MM-DD.
coordination-form-mode = Joint or complementary?
coordination-form-message = Message
coordination-optional = (optional)
coordination-form-message-help = Who you plan to meet, what you will ask, anything ICBL should know. At most { $max } characters.
coordination-form-consent = ICBL may share our contact with its national member in the target state
coordination-form-consent-help = Without it, ICBL staff alone see your contact details.
coordination-form-honeypot = Leave this field empty
coordination-form-send = Send the request
coordination-form-group-outside = States outside the Convention
coordination-form-group-parties = States Parties
coordination-form-group-others = Other states
# A target state in the list, with its status: "Azerbaijan (not party)".
coordination-form-state-with-status = { $state } ({ $status })

## Too many requests
coordination-limited-title = Too many requests
coordination-limited-body = This address has sent { $per_hour } coordination requests within the last hour, the most the form accepts. Nothing more was recorded. { $minutes ->
    [one] Please try again in { $minutes } minute, or write to ICBL if it cannot wait:
   *[other] Please try again in { $minutes } minutes, or write to ICBL if it cannot wait:
}
coordination-limited-back = Back to the form

## The confirmation
coordination-received-title = Request { $reference } received
coordination-received-replay = You had already sent this request: here it is again. Nothing new was sent to ICBL.
coordination-received-about = ICBL has received your request about { $target }. Its reference is { $reference }.
coordination-received-follow = Follow it, and read ICBL's messages, at your private status link:
coordination-received-keep = Keep this link to yourself: anyone who has it can see the request and withdraw it. A copy was sent to { $email }.
coordination-received-alerted = ICBL staff have been alerted, and will acknowledge the request within two working days.
coordination-received-acknowledge = ICBL staff will acknowledge the request within two working days.

## The requester's status page
coordination-status-title = Request { $reference }
coordination-status-eyebrow = Coordination request
coordination-window = { $start } to { $end }
coordination-status-approach = Approach
coordination-status-mode = Mode
coordination-status-shared = Shared with the national members
coordination-status-shared-on = on { $when }, with your consent
coordination-status-not-shared = not shared: only ICBL staff see the request
coordination-status-steps = Steps
coordination-status-from-icbl = Message from ICBL
coordination-status-messages = Messages with ICBL
coordination-status-you = You
coordination-status-no-message = No message yet.
coordination-status-reply = Your message to ICBL
coordination-status-send = Send to ICBL
coordination-status-withdraw = Withdraw the request
coordination-status-withdrawn = Your request is withdrawn.
coordination-status-not-withdrawn = The request is not withdrawn: { $reason }.

## What each status means for the requester
coordination-explanation-received = Your request has reached ICBL. A programme officer will acknowledge it within two working days.
coordination-explanation-acknowledged = ICBL has read your request and is checking who works on this state.
coordination-explanation-coordinating = ICBL is arranging the approach with the national campaign and any other State planning one.
coordination-explanation-joint-approach-agreed = A joint or complementary approach has been agreed; ICBL will confirm the details with you.
coordination-explanation-completed = The approach has taken place. Thank you for coordinating with ICBL.
coordination-explanation-declined = ICBL will not coordinate this approach; see the message below.
coordination-explanation-withdrawn = You withdrew this request.

## E-mails to the requester (the subject and paragraphs of the notice)
coordination-mail-received-subject = ICBL received coordination request { $reference }
coordination-mail-hello = Hello,
coordination-mail-received-body = ICBL has received a request to coordinate an approach to { $target } ({ $window }), sent from its public form with this address as the contact. Its reference is { $reference }.
coordination-mail-received-next = A programme officer will acknowledge it within two working days. You can follow each step, and withdraw the request, at the private link below: keep it to yourself, as anyone who has it can see the request. If you did not send it, withdraw it there or reply to ICBL.
coordination-mail-follow = Follow the request
coordination-mail-follow-yours = Follow your request
coordination-mail-step-subject = { $reference }: { $status }
coordination-mail-step-body = Your coordination request { $reference } is now: { $status }.
coordination-mail-step-message = Message from ICBL: { $message }

## Choices
kind-of-approach-capital-meeting = Meeting in the capital
kind-of-approach-demarche = Démarche
kind-of-approach-military-dialogue = Military-to-military dialogue
kind-of-approach-high-level-visit = High-level visit
kind-of-approach-regional-event = Regional event
kind-of-approach-other = Other
mode-of-approach-joint = A joint approach, with the national campaign
mode-of-approach-complementary = A complementary approach, each on its own but in step
coordination-request-status-received = Received
coordination-request-status-acknowledged = Acknowledged
coordination-request-status-coordinating = Coordinating
coordination-request-status-joint-approach-agreed = Joint approach agreed
coordination-request-status-completed = Completed
coordination-request-status-declined = Declined
coordination-request-status-withdrawn = Withdrawn
coordination-request-action-acknowledge = Acknowledge
coordination-request-action-coordinate = Start coordinating
coordination-request-action-agree = Record the joint approach agreed
coordination-request-action-complete = Complete
coordination-request-action-decline = Decline
coordination-request-action-withdraw = Withdraw
flag-reason-member-present = A member organization works in the target state
flag-reason-active-campaign = A campaign (planned, active or paused) targets this state
flag-reason-active-award = An active award targets this state
flag-reason-overlap = Another open request overlaps
flag-reason-imminent = The window starts within 14 days
flag-reason-target-is-party = The target is already a State Party
flag-reason-escalated = Not acknowledged within 2 working days
flag-reason-state-joined = The state joined the Convention

## Staff's list of requests
coordination-list-title = Coordination requests
coordination-list-status = Status
coordination-list-any = Any
coordination-list-target = Target state
coordination-list-filter = Filter
coordination-list-csv = Download as CSV
coordination-list-total = { $total ->
    [one] { $total } request.
   *[other] { $total } requests.
}
coordination-list-reference = Reference
coordination-list-from-to = From → to
coordination-list-window = Window
coordination-list-flags = Open flags
coordination-list-none = No request.
coordination-list-pages = Pages
coordination-list-previous = Previous
coordination-list-next = Next

## Staff's page of a request
coordination-show-title = Coordination request { $reference }
coordination-show-flags = Flags
coordination-show-resolved = resolved
coordination-show-resolve = Resolve flags in the inbox
coordination-show-ministry = Ministry
coordination-show-contact-line = { $name } <{ $email }>
coordination-show-contact = Contact
coordination-show-approach = Approach
coordination-show-consent = Consent to share
coordination-show-consent-yes = yes
coordination-show-consent-no = no: it stays with ICBL staff
coordination-show-shared = Shared with members
coordination-show-shared-on = on { $when }
coordination-show-not-shared = not yet: only staff see it
coordination-show-message = Message
coordination-show-campaign = Campaign
coordination-show-see-campaign = See the campaign
coordination-show-share-heading = Share with the national members
coordination-show-share-text = The requester agreed to share this request. Once you have checked that it is genuine, share it: the member organizations in { $target } and the leads of its campaigns are told by e-mail, with the requester's contact, and see it on the campaign.
coordination-show-share = Share with the members
coordination-show-next = Next step
coordination-show-to-requester = Message to the requester
coordination-show-conversation = Conversation with the requester, and staff notes
coordination-show-replied = Replied
coordination-show-replied-text = The requester's message waits for an answer.
coordination-show-conversation-note = Messages show on the requester's status page and are e-mailed to { $email }; internal notes are seen by staff only.
coordination-show-steps = Steps the requester sees
coordination-show-history = History
coordination-show-history-line = { $when }: { $action } by { $actor }
coordination-show-links-members = Members there
coordination-show-links-campaigns = Campaigns
coordination-show-links-awards = Awards
coordination-show-links-overlapping = Overlapping
coordination-show-now = { $reference } is now { $status }.
coordination-show-not-done = Not done: { $reason }.
coordination-show-shared-done = Shared: the member organizations concerned were told by e-mail and see it on the campaign.
coordination-show-not-shared-error = Not shared: { $reason }.

## A request's history (its audit actions)
coordination-history-coordination-request-received = Coordination request received
coordination-history-coordination-request-acknowledge = Acknowledged
coordination-history-coordination-request-coordinate = Coordination started
coordination-history-coordination-request-agree = Joint approach agreed
coordination-history-coordination-request-complete = Completed
coordination-history-coordination-request-decline = Declined
coordination-history-coordination-request-withdraw = Withdrawn by the requester
coordination-history-coordination-request-shared = Shared with the members
coordination-history-coordination-request-escalated = Escalated
coordination-history-flag-raised = Flag raised
coordination-history-flag-resolved = Flag resolved
coordination-history-message-posted = Message posted
