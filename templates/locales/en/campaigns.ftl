# Country campaigns: the list, a campaign's page with its activity log, and its form.

## Labels of the stored codes.
campaign-status-planning = Planning
campaign-status-active = Active
campaign-status-paused = Paused
campaign-status-achieved = Achieved
campaign-status-closed = Closed
ask-of-a-campaign-accession = Accession to the Convention
ask-of-a-campaign-moratorium = Moratorium on use, production and transfer
ask-of-a-campaign-stockpile = Stockpile disclosure and destruction
ask-of-a-campaign-unga-vote = Yes vote on the UN General Assembly resolution
ask-of-a-campaign-transparency-report = Voluntary transparency report
ask-of-a-campaign-treaty-meetings = Attendance at treaty meetings
ask-of-a-campaign-condemnation = Condemnation of use

campaigns-campaign = Campaign
campaigns-state = State
campaigns-status = Status
campaigns-leads = Leads
campaigns-objectives = Objectives
campaigns-asks = Asks
campaigns-optional = optional
campaigns-list-title = Country campaigns
campaigns-list-count = { $count ->
    [one] { $count } campaign.
   *[other] { $count } campaigns.
}
campaigns-list-none = No campaign.
campaigns-form-new = New campaign
campaigns-form-edit = Edit the campaign “{ $name }”
campaigns-form-choose-state = Choose the state
campaigns-form-name = Name
campaigns-form-leads = Lead organizations
campaigns-form-create = Create the campaign
campaigns-form-save = Save the changes
campaigns-flash-saved = The campaign is saved.
campaigns-flash-created = Campaign "{ $name }" created.
campaigns-flash-logged = Activity logged.
campaigns-flash-linked = Applications updated.
campaigns-show-toward = Toward
campaigns-show-edit = Edit the campaign
campaigns-show-none-yet = none yet
campaigns-show-none = none
campaigns-show-activity-log = Activity log
campaigns-show-activity-sep = :{" "}
campaigns-show-outcome-is = Outcome: { $outcome }
campaigns-show-nothing-logged = Nothing logged yet.
campaigns-show-date = Date
campaigns-show-type = Type
campaigns-show-what-happened = What happened
campaigns-show-outcome = Outcome
campaigns-show-log = Log the activity
campaigns-show-documents = Documents
campaigns-show-grants = Applications and awards
campaigns-show-no-application = No application linked.
campaigns-show-link-label = Link the application number
campaigns-show-link = Link
campaigns-show-requests = Coordination requests
campaigns-show-no-request = None.
campaigns-show-timeline = { $state } and the Convention
campaigns-show-no-treaty-event = No treaty event recorded: not party.
