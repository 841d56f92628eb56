# Appels à propositions : la liste, la page d'un appel, son formulaire et sa lettre d'attribution.

## Libellés des codes enregistrés.
kind-of-report-interim-narrative = Rapport narratif intermédiaire
kind-of-report-interim-financial = Rapport financier intermédiaire
kind-of-report-final-narrative = Rapport narratif final
kind-of-report-final-financial = Rapport financier final

## Mots communs à plusieurs pages.
rounds-phase-upcoming = à venir
rounds-phase-open = ouvert
rounds-phase-closed = clos
rounds-round = Appel
rounds-status = Statut
rounds-opens = Ouverture
rounds-closes = Clôture
rounds-budget = Budget
rounds-requested = Demandé
rounds-awarded = Accordé
rounds-paid-out = Décaissé
rounds-left = Restant
rounds-actions = Actions
rounds-apply = Déposer une demande
rounds-code = Code
rounds-tiers = Paliers de subvention

## La liste des appels.
rounds-list-title = Appels à propositions
rounds-list-lead = Chaque appel à propositions a ses dates, son budget et ses paliers de subvention.
rounds-list-new = Nouvel appel
rounds-list-none = Aucun appel pour l'instant.

## La page d'un appel.
rounds-show-lead = { $programme } : ouvert du { $opens } au { $closes }.
rounds-show-start-application = Commencer une demande de subvention
rounds-show-edit = Modifier l'appel
rounds-show-letter = La lettre d'attribution
rounds-show-applications = Ses demandes de subvention
rounds-show-chart-title = Le budget de l'appel, les montants demandés, accordés et décaissés
rounds-show-chart-caption = { $awarded } accordés et { $left } restants sur { $budget } ; { $requested } demandés. Les chiffres figurent aussi ci-dessous.
rounds-show-chart-caption-over = { $awarded } accordés et { $left } restants sur { $budget } ; { $requested } demandés (plus que le budget). Les chiffres figurent aussi ci-dessous.
rounds-show-by-applications = { $count ->
    [one] par { $count } demande soumise
   *[other] par { $count } demandes soumises
}
rounds-show-in-awards = { $count ->
    [one] en { $count } subvention
   *[other] en { $count } subventions
}
rounds-show-rules = Règles
rounds-show-code-hint = ses demandes sont numérotées { $code }-0001, { $code }-0002…
rounds-show-tier-up-to =  : jusqu'à { $amount }
rounds-show-reports = Rapports dus par les subventions
rounds-show-report-due = { $report }, { $days } jours après { $from ->
    [ends] la fin
   *[starts] le début
} de la subvention
rounds-show-documents = Documents à joindre
rounds-show-documents-none = aucun n'est exigé
rounds-show-review = Évaluation
rounds-show-review-blind = À l'aveugle : les évaluateurs ne voient pas qui présente la demande.
rounds-show-review-open = Les évaluateurs voient qui présente la demande.
rounds-show-eligibility = Admissibilité
rounds-show-eligibility-all = Organisations membres actives.
rounds-show-eligibility-not-party = Organisations membres actives, pour un travail visant des États non parties à la Convention.

## Le formulaire d'un appel.
rounds-form-new = Nouvel appel à propositions
rounds-form-edit = Modifier { $name }
rounds-form-created = L'appel « { $name } » est créé.
rounds-form-saved = Les modifications sont enregistrées.
rounds-form-name = Nom
rounds-form-name-example = Investing in Action 2027
rounds-form-code-example = IIA-2027A
rounds-form-code-help = De 2 à 20 lettres, chiffres et traits d'union, en commençant par une lettre ; deux appels ne peuvent avoir le même. Les demandes soumises dans l'appel sont numérotées avec ce code (IIA-2027A-0001, IIA-2027A-0002…) : il ne peut plus changer dès qu'une demande est soumise.
rounds-form-programme = Programme
rounds-form-opens = Ouverture (heure de { $zone })
rounds-form-closes = Clôture (heure de { $zone })
rounds-form-currency = Devise
rounds-form-currency-help = Le code ISO 4217 : USD, EUR, CHF…
rounds-form-budget = Budget total
rounds-form-tiers-help = Un nom et le montant maximal qu'une demande de ce palier peut solliciter. Laissez une ligne vide pour la supprimer.
rounds-form-tier-name = Palier { $number } : nom
rounds-form-tier-max = Maximum
rounds-form-reports-help = Les jours sont comptés à partir du début de la subvention pour un rapport intermédiaire, à partir de sa fin pour un rapport final. Sans ligne, un rapport narratif final et un rapport financier final sont à rendre 30 jours après la fin de la subvention.
rounds-form-report = Rapport
rounds-form-report-none = Aucun
rounds-form-report-days = À rendre après (jours)
rounds-form-not-party-only = Uniquement pour un travail visant des États non parties à la Convention
rounds-form-blind-review = Évaluation à l'aveugle
rounds-form-blind-review-hint = Les évaluateurs ne voient pas qui présente la demande : ni nom d'organisation, ni personnes, ni documents. Les conflits d'intérêts restent vérifiés.
rounds-form-documents = Documents qu'une demande doit comporter avant d'être soumise
rounds-form-create = Créer l'appel
rounds-form-save = Enregistrer les modifications

