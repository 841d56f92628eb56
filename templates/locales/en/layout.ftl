# The layout of every page: header, menu, footer, the error summary and error pages.

page-title-error = Error: { $title }
site-name = Clearway
skip-to-content = Skip to content
# The word that names a scrolling table's region after its heading ("Payments table").
a11y-table = table
menu = Menu
nav-main = Main
nav-start = Start
nav-home = Home
nav-states = States
nav-applications = Applications
nav-awards = Awards
nav-rounds = Rounds
nav-payments = Payments
nav-budgets = Budgets
nav-organizations = Organizations
nav-people = People
nav-inbox = Inbox
nav-coordination = Coordination
nav-campaigns = Campaigns
nav-deadlines = Deadlines
sign-in = Sign in
sign-out = Sign out
language-switch = Language
footer-about = Clearway { $version } · grant programme of the International Campaign to Ban Landmines.
footer-treaty = Treaty data: the Anti-Personnel Mine Ban Convention record, as known on 28 November 2026.
footer-api = API
footer-open-data = Open data: the grants awarded (360Giving)

error-summary-title = There is a problem
error-page-eyebrow = Error { $status } · { $reason }
error-page-home = Go to the home page
error-page-reference = Reference for support:
error-title-not-found = Page not found
error-title-server = Something went wrong
