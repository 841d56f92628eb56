# The open data page (360Giving).

open-data-title = Open data
open-data-lead = The grants { $funder } awards through Clearway are published, updated as they change, in the
open-data-standard = 360Giving Data Standard (version { $version })
open-data-count = Grants published today: { $grants }.
open-data-json = The grants as a 360Giving JSON package
open-data-csv = The grants as CSV
open-data-csv-columns = , in the standard's column titles
open-data-what = What is published, and what is not
open-data-each = Each grant: its title and description, amount awarded and paid so far, currency, award date, planned dates, the organization it went to, the country its work targets, and the round it was awarded in.
open-data-withheld = Where being named could put an organization's people at risk (an organization ICBL marks so, or a grant concerning a state ICBL marks sensitive or high-risk), its grants are withheld from the open data altogether. No personal data (names of people, e-mail addresses) is ever published.
