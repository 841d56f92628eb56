# The treaty record: the states page (counts, map, chart, list) and a state's page.

## Statuses and events
treaty-status-state-party = État partie
treaty-status-signatory = Signataire
treaty-status-not-party = État non partie
treaty-status-withdrawing = Retrait en cours
treaty-status-withdrawn = Retiré
# Counts of states: "161 States Parties" (the number is shown apart, before the words).
treaty-status-state-party-count = { $count ->
    [one] État partie
   *[other] États parties
}
treaty-status-signatory-count = { $count ->
    [one] signataire
   *[other] signataires
}
treaty-status-not-party-count = { $count ->
    [one] État non partie
   *[other] États non parties
}
treaty-status-withdrawing-count = { $count ->
    [one] en cours de retrait
   *[other] en cours de retrait
}
treaty-status-withdrawn-count = { $count ->
    [one] retiré
   *[other] retirés
}
treaty-event-signature = Signature de la Convention
treaty-event-ratification = Dépôt de l'instrument de ratification
treaty-event-accession = Dépôt de l'instrument d'adhésion
treaty-event-succession = Dépôt de la notification de succession
treaty-event-entry-into-force = Entrée en vigueur de la Convention
treaty-event-withdrawal-notified = Notification du retrait (article 20)
treaty-event-withdrawal-effective = Prise d'effet du retrait
# How a state joined, after its date in the list.
treaty-join-ratification = ratification
treaty-join-accession = adhésion
treaty-join-succession = succession
treaty-region-africa = Afrique
treaty-region-americas = Amériques
treaty-region-asia = Asie
treaty-region-europe = Europe
treaty-region-oceania = Océanie
treaty-sort-name = Nom, de A à Z
treaty-sort-name-desc = Nom, de Z à A
treaty-sort-joined-on = Date d'adhésion, la plus ancienne d'abord
treaty-sort-joined-on-desc = Date d'adhésion, la plus récente d'abord

## The states page
treaty-states-title = Les États et la Convention sur l'interdiction des mines antipersonnel
treaty-states-lead = Statut de chaque État au { $on }
treaty-states-today = (aujourd'hui)
treaty-states-on = Statut au
treaty-states-status = Statut
treaty-states-any-status = Tous les statuts
treaty-states-region = Région
treaty-states-all-regions = Toutes les régions
treaty-states-order = Ordre
treaty-states-show = Afficher
treaty-states-reset = Réinitialiser
treaty-states-by-status = { $total } États par statut
treaty-states-by-status-title = Les États par statut au { $on }
treaty-states-counted = Un État est compté comme État partie à partir du jour où il dépose son instrument. La Convention est en vigueur pour { $count } de ces États au { $on } (article 17 : à compter du premier jour du sixième mois suivant le dépôt).
treaty-states-map = Carte des États au { $on }
treaty-states-skip-map = Passer la carte et aller à la liste des États
treaty-states-not-listed = Hors de la liste des États
treaty-states-map-outside = { $name } : hors de la liste des États
treaty-states-map-state = { $name } : { $status }
treaty-states-too-small = Trop petits pour être visibles à cette échelle, et repris dans le tableau ci-dessous :
treaty-states-over-time = Les États parties au fil du temps
treaty-states-years-title = États parties à la fin de chaque année
treaty-states-years-summary = États parties à la fin de chaque année : { $first } à la fin de { $first_year }, { $last } au { $on }.
treaty-states-years-axis = États parties (axe vertical) par année (axe horizontal)
treaty-states-as-table = Les chiffres sous forme de tableau
treaty-states-by-year = États parties par année
treaty-states-end-of-year = Fin de l'année
treaty-states-parties = États parties
treaty-states-shown = { $count ->
    [one] { $count } État
   *[other] { $count } États
}
treaty-states-state = État
treaty-states-signed = Signature
treaty-states-joined = Adhésion
treaty-states-in-force = En vigueur
treaty-states-none = Aucun État ne correspond à ces filtres.
treaty-states-json = La même liste au format JSON :
# The address of the list in the API, the same in every language.
treaty-states-json-link = /api/v1/states

## A state's page
treaty-state-on = au { $on }
treaty-state-in-force = la Convention est en vigueur pour cet État
treaty-state-iso = Codes ISO
treaty-state-joined = Adhésion
treaty-state-joined-on = le { $date }, par { $method }
treaty-state-in-force-from = en vigueur depuis le { $date }
treaty-state-confidence = Fiabilité des dates
treaty-state-note = Note
treaty-confidence-high = élevée : date exacte confirmée par une source publique
treaty-confidence-medium = moyenne : année confirmée, jour tiré de tableaux secondaires
treaty-state-timeline = Historique au regard de la Convention
treaty-state-none = Cet État n'a ni signé la Convention ni n'y a adhéré.
treaty-state-sensitivity = Sensibilité
treaty-state-staff-only = (réservé à l'équipe)
treaty-state-review-on = (à réexaminer le { $date })
treaty-state-normal = Normale : les dossiers concernant cet État sont traités comme les autres.
treaty-state-level = Niveau
treaty-state-reason = Motif
treaty-state-review = À réexaminer le
treaty-state-save-marking = Enregistrer le classement
treaty-state-record = Enregistrer un événement
treaty-state-what = Événement
treaty-state-occurred-on = Date
treaty-state-source = Source ou note
treaty-state-optional = (facultatif)
treaty-state-eif = Entrée en vigueur
treaty-state-eif-which = (ratification, adhésion ou succession)
treaty-state-eif-hint = Laissée vide, la date de l'article 17 : le premier jour du sixième mois suivant le mois du dépôt. Une succession prend la date indiquée par l'État successeur.
treaty-state-eif-reason = Motif d'une autre date
treaty-state-eif-reason-when = (lorsqu'elle n'est pas celle de l'article 17)
treaty-state-record-button = Enregistrer
treaty-state-not-recorded = L'événement n'est pas enregistré : { $reason }.
sensitivity-level-normal = Normal
sensitivity-level-sensitive = Sensible
sensitivity-level-high-risk = À haut risque
treaty-state-recorded = Enregistré : { $event }, le { $date }.
treaty-state-recorded-in-force = Entrée en vigueur de la Convention pour cet État : le { $date }.
treaty-state-marked = L'État est classé « { $level } », à réexaminer le { $date }.
treaty-state-unmarked = L'État n'est plus classé.

## Le bandeau d'un enregistrement concernant un État classé
sensitivity-banner-sensitive = Cet enregistrement concerne un État que l'ICBL classe comme sensible : ses courriels ne contiennent ni noms, ni montants, ni plans, et les exports masquent ses noms.
sensitivity-banner-high-risk = Cet enregistrement concerne un État que l'ICBL classe comme à haut risque : traitez-le avec précaution. Les courriels ne contiennent ni noms, ni montants, ni plans, les exports masquent ses noms, et chaque consultation est inscrite au journal des accès.
