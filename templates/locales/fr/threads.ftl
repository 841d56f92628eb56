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
