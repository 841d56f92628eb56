# The e-mails' own words (templates/email): greetings, signatures, invitations, password resets,
# report reminders, and the e-mail that says only that something needs attention.

email-hello = Bonjour,
email-hello-name = Bonjour { $name },
email-signature-programme = Clearway, programme ICBL Investing in Action
email-signature-campaign = Clearway, Campagne internationale pour interdire les mines terrestres ({ $reference })
email-see-application = Voir la demande de subvention
email-labelled = { $label } : { $value }

email-invitation-subject = Vous êtes invité dans Clearway, le programme de subventions de l'ICBL
email-invitation-invites = { $inviter } vous invite dans Clearway, le programme de subventions de la Campagne internationale pour interdire les mines terrestres (ICBL), en tant que « { $role } ».
email-invitation-invites-organization = { $inviter } vous invite dans Clearway, le programme de subventions de la Campagne internationale pour interdire les mines terrestres (ICBL), en tant que « { $role } » pour { $organization }.
email-invitation-choose = Choisir votre mot de passe
email-invitation-link-works = (le lien est valable jusqu'au { $expires }, une seule fois).
email-invitation-choose-here = Choisissez votre mot de passe ici (le lien est valable jusqu'au { $expires }, une seule fois) :
email-invitation-ignore = Si vous n'attendiez pas cette invitation, vous pouvez ignorer ce courriel.

email-reset-subject = Choisir un nouveau mot de passe Clearway
email-reset-asked = Quelqu'un (vous, nous l'espérons) a demandé à choisir un nouveau mot de passe pour le compte Clearway { $email }.
email-reset-choose = Choisir un nouveau mot de passe
email-reset-link-works = (le lien est valable une heure, une seule fois).
email-reset-choose-here = Choisissez-le ici ; le lien est valable une heure, une seule fois :
email-reset-ignore = Si vous n'avez rien demandé, ignorez ce courriel : votre mot de passe reste inchangé.

email-reminder-subject-overdue = { $reference } : { $report } en retard depuis le { $due }
email-reminder-subject-due = { $reference } : { $report } à rendre le { $due }
email-reminder-subject-today = { $reference } : { $report } à rendre aujourd'hui
email-reminder-overdue = Ce rapport était à rendre le { $due } et l'ICBL ne l'a pas encore reçu. Merci de le soumettre dès que possible, ou d'indiquer à l'ICBL ce qui le retarde.
email-reminder-due = { $days ->
    [one] Ce rapport est à rendre le { $due }, dans { $days } jour.
   *[other] Ce rapport est à rendre le { $due }, dans { $days } jours.
}
email-reminder-today = Ce rapport est à rendre aujourd'hui, le { $due }.
email-reminder-submit = Le soumettre depuis la page de la subvention

email-attention-subject = Clearway : un élément requiert votre attention
email-attention-body = Un élément de Clearway requiert votre attention. Pour la sécurité des personnes concernées, ce courriel n'en dit pas plus : ouvrez le lien ci-dessous pour le consulter.
email-attention-link = Voir ce qui requiert votre attention
