# The e-mails' own words (templates/email): greetings, signatures, invitations, password resets,
# report reminders, and the e-mail that says only that something needs attention.

email-hello = Hello,
email-hello-name = Hello { $name },
email-signature-programme = Clearway, ICBL Investing in Action
email-signature-campaign = Clearway, International Campaign to Ban Landmines ({ $reference })
email-see-application = See the application
email-labelled = { $label }: { $value }

email-invitation-subject = You are invited to Clearway, ICBL's grant programme
email-invitation-invites = { $inviter } invites you to Clearway, the grant programme of the International Campaign to Ban Landmines, as { $role }.
email-invitation-invites-organization = { $inviter } invites you to Clearway, the grant programme of the International Campaign to Ban Landmines, as { $role } of { $organization }.
email-invitation-choose = Choose your password
email-invitation-link-works = (the link works until { $expires }, once).
email-invitation-choose-here = Choose your password here (the link works until { $expires }, once):
email-invitation-ignore = If you did not expect this invitation, you can ignore this email.

email-reset-subject = Choose a new Clearway password
email-reset-asked = Someone (we hope you) asked to choose a new password for the Clearway account { $email }.
email-reset-choose = Choose a new password
email-reset-link-works = (the link works for one hour, once).
email-reset-choose-here = Choose it here; the link works for one hour, once:
email-reset-ignore = If you did not ask, ignore this email: your password stays as it is.

email-reminder-subject-overdue = { $reference }: { $report } overdue since { $due }
email-reminder-subject-due = { $reference }: { $report } due on { $due }
email-reminder-subject-today = { $reference }: { $report } due today
email-reminder-overdue = This report was due on { $due } and ICBL has not received it yet. Please submit it as soon as you can, or tell ICBL what is holding it up.
email-reminder-due = { $days ->
    [one] This report is due on { $due }, in { $days } day.
   *[other] This report is due on { $due }, in { $days } days.
}
email-reminder-today = This report is due today, { $due }.
email-reminder-submit = Submit it from the award's page

email-attention-subject = Clearway: something needs your attention
email-attention-body = Something in Clearway needs your attention. For the safety of the people involved, this e-mail says no more: open the link below to see it.
email-attention-link = See what needs your attention
