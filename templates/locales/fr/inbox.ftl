# La boîte « À traiter » : ce qui attend une personne, par type.

inbox-title = À traiter
inbox-lead = { $count ->
    [one] { $count } élément attend une personne, du plus ancien au plus récent.
   *[other] { $count } éléments attendent une personne, du plus ancien au plus récent.
}
inbox-kinds = Types d'éléments
inbox-since = depuis le { $since }
inbox-resolve = Traiter
inbox-note-on = Note sur « { $flag } »
inbox-resolve-flag = Lever ce signalement
inbox-note-all = Note pour tous ses signalements
inbox-resolve-all = Tout lever
inbox-nothing = Rien.

## Les types d'éléments
inbox-kind-coordination-request = Demandes de coordination
inbox-kind-escalation = Relances
inbox-kind-state-joined = Campagnes dont l'État a adhéré
inbox-kind-application-review = Demandes en attente d'évaluation
inbox-kind-disbursement-due = Tranches à échéance, ou approuvées et pas encore payées
inbox-kind-overdue-report = Rapports en retard
inbox-kind-message-reply = Messages en attente de réponse

## Ce qu'attend un élément qui n'est pas un signalement
inbox-waiting-review = En attente d'évaluation
inbox-waiting-approval = Échue : à approuver
inbox-waiting-payment = Approuvée : à payer
inbox-waiting-report = Rapport en retard
inbox-waiting-organization = L'organisation a écrit
inbox-waiting-requester = Le demandeur a répondu

## Ce dont il s'agit
inbox-row-installment = { $reference } : tranche { $number } ({ $organization })
inbox-row-report = { $reference } : { $report } ({ $organization })
inbox-row-message-application = Demande { $reference } ({ $organization })
inbox-row-message-award = Subvention { $reference } ({ $organization })
inbox-row-message-report = Rapport de { $reference } ({ $organization })
inbox-row-message-request = Demande de coordination { $reference }

## Après le traitement
inbox-flash-resolved = Levé : { $reason }.
inbox-flash-resolved-count = { $count ->
    [one] { $count } signalement levé.
   *[other] { $count } signalements levés.
}
inbox-refused-flag = Le signalement n'est pas levé : { $why }.
inbox-refused-record = Les signalements de cet enregistrement ne sont pas levés : { $why }.
