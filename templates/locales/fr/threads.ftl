# Échanges sur un dossier : les messages et le formulaire pour en écrire un.

threads-unread = { $count ->
    [one] { $count } nouveau
   *[other] { $count } nouveaux
}
threads-since-you-looked = depuis votre dernière visite.
threads-internal-badge = Note interne : équipe seulement
threads-new = Nouveau
threads-none = Aucun message pour l'instant.
threads-message-to = Message { $party ->
    [requester] au demandeur
    [icbl] à l'ICBL
   *[organization] à l'organisation
}
threads-internal-note = Note interne : seule l'équipe de l'ICBL la voit, et elle n'est pas envoyée { $party ->
    [requester] au demandeur
    [icbl] à l'ICBL
   *[organization] à l'organisation
}
threads-send = Envoyer


## Ce que disent les formulaires une fois un message envoyé, ou pourquoi il ne l'a pas été.
threads-note-saved = Note enregistrée : seule l'équipe de l'ICBL la voit.
threads-sent-requester = Message laissé sur la page de suivi et envoyé par courriel au demandeur.
threads-sent-organization = Message envoyé à l'organisation.
threads-sent-icbl = Message envoyé à l'ICBL.
threads-reply-sent = Votre réponse est envoyée à l'ICBL.
threads-reply-not-sent = Votre réponse n'est pas envoyée : { $reason }.

## Trop de réponses à une demande de coordination en une heure.
threads-limited-title = Trop de messages
threads-limited-body = Cette demande a reçu { $per_hour } réponses au cours de la dernière heure, le maximum qu'accepte la page de suivi. Votre message n'a pas été envoyé. Veuillez réessayer dans { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}, ou écrivez directement à l'ICBL si cela ne peut pas attendre.
threads-limited-back = Retour à votre demande

## L'e-mail qu'un message envoie à l'autre partie
threads-mail-from-icbl-subject = { $reference } : un message de l'ICBL
threads-mail-to-requester = L'ICBL a laissé un message au sujet de votre demande de coordination { $reference } :
threads-mail-answer-on-status-page = Vous pouvez répondre sur la page de suivi de votre demande.
threads-mail-icbl-wrote = L'ICBL vous a écrit au sujet de { $reference } :
threads-mail-answer-in-clearway = Vous pouvez répondre dans Clearway, sur la page de l'enregistrement.
threads-mail-organization-subject = { $reference } : l'organisation a écrit
threads-mail-organization-wrote = L'organisation a écrit au sujet de { $reference } :
threads-mail-requester-subject = { $reference } : le demandeur a répondu
threads-mail-requester-replied = Le demandeur a répondu sur la page de suivi de { $reference } :
threads-mail-read-and-answer = Lire et répondre
threads-mail-open-request = Ouvrir la demande

## Qui a écrit un message, et les conversations aux messages pas encore lus
threads-author-requester = Le demandeur
threads-author-staff = L'équipe de l'ICBL
threads-author-staff-named = { $name } (ICBL)
threads-author-organization = L'organisation
threads-unread-application = Demande { $reference }
threads-unread-award = Subvention { $reference }
threads-unread-report = Un rapport de la subvention { $reference }
threads-unread-request = Demande de coordination { $reference }
