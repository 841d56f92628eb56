# The registry of member organizations: the list, an organization's page and its form.

members-list-title = Member organizations
members-field-name = Name
members-field-acronym = Acronym
members-field-country = Country
members-field-kind = Kind
members-field-membership = Membership
members-field-website = Website
members-field-contact-email = Contact email
members-field-language = Working language
members-optional = (optional)
members-any = Any
members-form-new-heading = New member organization
members-form-edit-heading = Edit { $name }
members-form-choose-state = Choose the state
members-form-country-help = The state it works in.
members-form-joined-on = Joined the network on
members-form-open-data = Open data
members-form-publish = Name it in the grants published (360Giving)
members-form-withhold = Withhold its grants from the open data
members-form-publish-help = Withhold them where being named could put the organization's people at risk.
members-form-language-help = The language of its members' pages and e-mails, unless one of them chooses another.
members-form-add = Add the organization
members-form-save = Save the changes
members-flash-created = { $name } is in the registry.
members-flash-saved = The changes are saved.
members-list-show = Show
members-list-reset = Reset
members-list-download = Download as CSV
members-list-new = New organization
members-list-count = { $count ->
    [one] { $count } organization
   *[other] { $count } organizations
}
members-list-organization = Organization
members-list-none = No organization matches these filters.
members-pages = Pages
members-previous-page = Previous page
members-next-page = Next page
members-page = Page { $number }
members-show-kind-in = { $kind } in
members-show-none-given = none given
members-show-joined = Joined the network
members-show-not-recorded = not recorded
members-show-edit = Edit
members-show-documents = Documents
members-show-history = History
members-show-by = by { $actor }

## Choices: an organization's kind and membership
kind-of-organization-national-campaign = National campaign
kind-of-organization-ngo = NGO
kind-of-organization-survivor-network = Survivor network
kind-of-organization-other = Other
membership-status-active = Active
membership-status-suspended = Suspended
membership-status-former = Former

## An organization's and an application's history
members-form-website-placeholder = https://
members-history-yes = yes
members-history-no = no
members-history-action-organization-created = Organization created
members-history-action-organization-updated = Organization updated
members-history-action-application-created = Application created
members-history-action-application-saved = Application saved
members-history-action-application-campaign-linked = Campaign linked
members-history-action-application-submit = Submitted
members-history-action-application-start-review = Review started
members-history-action-application-request-changes = Changes requested
members-history-action-application-resubmit = Resubmitted
members-history-action-application-approve = Approved
members-history-action-application-reject = Rejected
members-history-action-application-withdraw = Withdrawn
members-history-action-reviewer-assigned = Reviewer assigned
members-history-action-review-submitted = Review submitted
members-history-field-name = Name
members-history-field-acronym = Acronym
members-history-field-country = Country
members-history-field-kind = Kind
members-history-field-membership-status = Membership
members-history-field-website = Website
members-history-field-contact-email = Contact email
members-history-field-joined-on = Joined the network
members-history-field-publish-grants = Named in the open data
members-history-field-language = Working language
members-history-field-status = Status
members-history-field-reference = Reference
members-history-field-target-state = Target state
members-history-field-title = Title
members-history-field-tier = Tier
members-history-field-requested-minor = Amount requested
members-history-field-currency = Currency
members-history-field-campaign-id = Campaign
