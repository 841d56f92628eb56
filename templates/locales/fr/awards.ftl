# Subventions : la page d'une subvention accordée, la liste des subventions, les paiements
# (finances), les budgets et leurs graphiques, la page de la lettre d'attribution.

## Libellés des codes enregistrés.
award-status-active = En cours
award-status-suspended = Suspendue
award-status-completed = Clôturée
award-status-terminated = Résiliée
installment-status-scheduled = Prévue
installment-status-approved = Approuvée pour paiement
installment-status-paid = Payée
installment-status-cancelled = Annulée
report-status-due = À rendre
report-status-overdue = En retard
report-status-submitted = Soumis
report-status-revision-requested = Révision demandée
report-status-accepted = Accepté
installment-condition-none = Sans condition
installment-condition-on-signature = À la signature de la convention
installment-condition-on-date = À son échéance
installment-condition-after-report = Après l'acceptation d'un rapport
installment-condition-after-final-reports = Après l'acceptation des rapports finaux
kind-of-amendment-extension = Prolongation sans coût supplémentaire
kind-of-amendment-budget-revision = Révision du budget
kind-of-amendment-amount-change = Modification du montant

## Mots communs à plusieurs pages.
awards-reason = Motif
awards-amount = Montant
awards-paid = Payé
awards-due = Échéance
awards-status = Statut
awards-actions = Actions
awards-optional = facultatif
awards-met = Remplie
awards-not-met = Non remplie
awards-reported-spent = Dépenses déclarées
awards-award = Subvention
awards-organization = Organisation

## La page d'une subvention.
awards-show-title = Subvention { $reference }
awards-show-the-application = la demande de subvention
awards-show-lead-to = { $amount } à { $organization }, pour
awards-show-lead-period = , du { $from } au { $to }.
awards-show-not-scheduled = Non planifié
awards-show-needs-rebalancing = l'échéancier doit être rééquilibré
awards-show-conditions = Conditions
awards-show-agreement-signed = Convention signée
awards-show-not-yet = pas encore
awards-show-agreement-awaits-date = La convention signée est jointe, mais la date de sa signature n'est pas enregistrée : veuillez la confirmer ici.
awards-show-agreement-signed-on = Convention signée le
awards-show-record = Enregistrer
awards-show-payment-schedule = Échéancier des paiements
awards-show-when = Condition
awards-show-paid-note = Paiement / note
awards-show-approve = Approuver
awards-show-paid-on = Payée le
awards-show-payment-reference = Référence du paiement
awards-show-other-currency = Payée dans une autre devise que { $currency }
awards-show-currency-paid = Devise du paiement
awards-show-amount-paid = Montant payé, dans cette devise
awards-show-rate = Taux
awards-show-rate-hint = valeur d'une unité en { $currency } ; vide : le taux enregistré pour le jour
awards-show-mark-paid = Marquer comme payée
awards-show-override = Lever la condition
awards-show-override-reason = Pourquoi payer maintenant
awards-show-override-ask = Demander la confirmation d'une deuxième personne
awards-show-override-confirm = Confirmer la levée de la condition
awards-show-override-asked = Levée de la condition demandée : { $reason }. En attente de la confirmation d'une deuxième personne.
awards-show-override-done = Condition levée : { $reason } (demandée et confirmée par deux personnes).
awards-show-cancel = Annuler
awards-show-cancel-installment = Annuler la tranche
awards-show-schedule-change = Modifier les tranches encore prévues
awards-show-schedule-hint = Avec ce qui est approuvé et payé, les tranches doivent totaliser le montant de la subvention : { $amount }. Laissez une ligne vide pour la supprimer.
awards-show-installment-amount = Tranche { $number } : montant
awards-show-due-on = Échéance le
awards-show-paid-when = Payée quand
awards-show-note = Note
awards-show-save-schedule = Enregistrer l'échéancier
awards-show-documents = La convention et ses documents
awards-show-letter-link = La lettre d'attribution
awards-show-letter-uses =  : à imprimer ou à télécharger en PDF.
awards-show-letter-uses-manage =  : à imprimer, à télécharger en PDF ou à envoyer à l'organisation.
awards-show-conversation-staff = Échanges avec l'organisation et notes de l'équipe
awards-show-conversation-member = Échanges avec l'ICBL
awards-show-reports = Rapports
awards-show-report-due = , à rendre le { $date }
awards-show-icbl-asks = L'ICBL demande : { $message }
awards-show-report-conversation = Échanges sur ce rapport
awards-show-report-continue = Reprendre le brouillon et le soumettre
awards-show-report-write = Rédiger et soumettre ce rapport
awards-show-report-narrative = Ce qui a été fait
awards-show-report-outcomes = Résultats, un par ligne
awards-show-report-outcomes-hint = une réunion tenue avec un ministère, un engagement obtenu…
awards-show-report-spending = Dépenses par catégorie budgétaire
awards-show-report-submit = Soumettre le rapport
awards-show-report-save-draft = Enregistrer le brouillon
awards-show-over-budget = Dépenses supérieures au budget.
awards-show-over-budget-note = Note sur le dépassement (obligatoire pour accepter)
awards-show-accept-with-note = Accepter avec cette note
awards-show-accept = Accepter
awards-show-ask-revision = Ou demander une révision
awards-show-send-back = Renvoyer
awards-show-no-report = Cette subvention ne doit aucun rapport.
awards-show-budget = Budget et dépenses
awards-show-category = Catégorie
awards-show-planned = Prévu
awards-show-amendments = Avenants
awards-show-none = Aucun.
awards-show-amend = Enregistrer un avenant
awards-show-amend-kind = Type
awards-show-amend-ends = Nouvelle date de fin
awards-show-amend-ends-hint = prolongation
awards-show-amend-amount = Nouveau montant
awards-show-amend-amount-hint = modification du montant
awards-show-amend-schedule = Échéancier avec le nouveau montant
awards-show-amend-schedule-hint = confirmez ou modifiez ; 0 annule une tranche
awards-show-amend-budget = Budget révisé
awards-show-amend-budget-hint = révision du budget ; le total doit égaler le montant
awards-show-amend-record = Enregistrer l'avenant
awards-show-not-completable = Pas encore : { $reason }.
awards-show-completable = Tous les rapports sont acceptés et toutes les tranches payées ou annulées.
awards-show-complete = Clôturer la subvention
awards-show-resume = Reprendre
awards-show-suspend-reason = Motif de la suspension
awards-show-suspend = Suspendre
awards-show-terminate-reason = Motif de la résiliation
awards-show-terminate = Résilier
awards-show-history = Historique
awards-show-by = par { $actor }
awards-show-paid-with = { $date }, { $reference }
awards-show-paid-foreign = { $date }, { $reference } : { $foreign }

awards-condition-after-report = Après l'acceptation du { $report } à rendre le { $due }
awards-condition-after-report-id = Après l'acceptation du rapport { $id }

## La liste des subventions.
awards-list-title = Subventions
awards-list-title-member = Vos subventions
awards-list-reports-owed = Rapports à rendre
awards-round = Appel
awards-any = Tous
awards-target-state = État visé
awards-list-show = Afficher
awards-list-reset = Réinitialiser
awards-list-download = Télécharger en CSV
awards-list-count = { $count ->
    [one] { $count } subvention
   *[other] { $count } subventions
}
awards-list-target = État visé
awards-list-period = Période
awards-list-period-dates = du { $from } au { $to }
awards-list-none-yet = Aucune subvention pour l'instant.
awards-list-none-match = Aucune subvention ne correspond à ces filtres.
awards-pages = Pages
awards-previous-page = Page précédente
awards-page = Page { $page }
awards-next-page = Page suivante

## Paiements (finances).
awards-finance-title = Paiements
awards-finance-lead = Tranches à approuver (échéance au plus tard le { $horizon }) et tranches approuvées, en attente de paiement.
awards-finance-download = Télécharger toutes les tranches en CSV
awards-finance-rates-before = Les paiements dans une autre devise sont convertis aux
awards-finance-rates-link = taux de change
awards-finance-rates-after = enregistrés par les finances.
awards-finance-approved = Approuvées, à payer ({ $count })
awards-finance-fifty = Les cinquante plus anciennes sont affichées ; le CSV contient toutes les tranches.
awards-finance-approved-none = Aucune tranche approuvée n'attend de paiement.
awards-finance-due = Échues, à approuver ({ $count })
awards-finance-condition = Condition
awards-finance-late = en retard
awards-finance-due-none = Aucune tranche n'arrive à échéance d'ici le { $horizon }.

## Budgets et graphiques.
awards-budgets-group-by = Regrouper par
awards-budgets-by-round = Par appel
awards-budgets-by-state = Par État visé
awards-budgets-by-organization = Par organisation
awards-budgets-apart-only = Afficher seulement chaque devise séparément
awards-budgets-apart = Chaque devise est affichée séparément.
awards-budgets-also-in = Afficher aussi les chiffres en { $currency }
awards-budgets-at-rates = , aux
awards-budgets-rates-recorded = taux de change enregistrés
awards-budgets-chart-title = Montants accordés, payés et dépenses déclarées en { $currency }
awards-budgets-chart-in = En { $currency } :
awards-budgets-same-figures = Les mêmes chiffres figurent dans le tableau ci-dessous.
awards-budgets-figures = Chiffres budgétaires
awards-budgets-nothing-yet = Rien à afficher pour l'instant.
awards-budgets-nothing = Rien à afficher.
awards-budgets-still-to-pay = Reste à payer
awards-budgets-converted-heading = En { $currency }, aux taux du { $on }
awards-budgets-missing = Aucun taux vers { $currency } n'est enregistré au { $on } ou avant pour
awards-budgets-missing-after = : ces chiffres sont omis ici.
awards-budgets-record-rate = Enregistrer un taux
awards-budgets-converted-title = Montants accordés, payés et dépenses déclarées, convertis en { $currency }
awards-budgets-converted-to = Convertis en { $currency } :
awards-chart-awarded-title = { $label } : accordé { $amount }
awards-chart-awarded = { $amount } accordés
awards-chart-paid-title = { $label } : payé { $amount }
awards-chart-paid = { $amount } payés
awards-chart-reported-title = { $label } : dépenses déclarées { $amount }
awards-chart-reported = { $amount } de dépenses déclarées
awards-key-awarded = Accordé
awards-key-paid = Payé
awards-key-reported = Dépenses déclarées.


## Sentences the code makes: why an award cannot be completed, what an installment waits for,
## where spending goes beyond the budget, a payment in another currency, amendments.
awards-why-unsigned = aucune signature de la convention n'est enregistrée
awards-why-reports = { $count ->
    [one] { $count } de ses rapports n'est pas encore accepté
   *[other] { $count } de ses rapports ne sont pas encore acceptés
}
awards-why-installments = { $count ->
    [one] { $count } de ses tranches n'est ni payée ni annulée
   *[other] { $count } de ses tranches ne sont ni payées ni annulées
}
awards-why-both = { $reports } et { $installments }
awards-cannot-complete = la subvention ne peut pas encore être clôturée : { $why }
awards-cannot-approve = la tranche { $number } ne peut pas encore être approuvée : { $unmet }. Les finances peuvent lever la condition en donnant un motif, qu'une deuxième personne confirme
awards-unmet-on-signature = elle est due à la signature de la convention, et aucune signature n'est enregistrée
awards-unmet-on-date = elle est due le { $date }, pas avant
awards-unmet-no-date = elle est due à une date, et n'en a aucune
awards-unmet-report = elle attend l'acceptation d'un rapport, et { $status }
awards-unmet-no-report = elle attend un rapport que la subvention ne prévoit pas
awards-unmet-final-reports = elle attend l'acceptation des rapports finaux, et { $status }
awards-unmet-report-status = le { $report } a le statut « { $status } »
awards-unmet-and = { $first } et { $second }
awards-over-category = { $category } : { $declared } déclarés pour { $planned } prévus
awards-over-total = au total, { $declared } déclarés pour une subvention de { $amount }
awards-over-refused = les dépenses dépassent le budget ({ $over }) : écrivez une note pour les accepter
awards-paid-in = { $paid } au taux de { $rate } (taux du { $rate_on }), soit { $worth }
awards-paid-in-scheduled = { $paid_in } ; { $scheduled } étaient prévus
awards-proposal-installment = n° { $number } : { $amount }
awards-proposal-new = une nouvelle tranche de { $amount }
awards-proposal-confirm = confirmez l'échéancier pour le nouveau montant : proposition { $proposal } (ou modifiez-le, pour un total de { $remaining })
awards-change-set = { $field } : { $value }
awards-change = { $field } : { $before } → { $after }
awards-change-lines = { $count ->
    [one] { $count } ligne
   *[other] { $count } lignes
}
awards-change-installment = n° { $number } : { $amount } ({ $status })
awards-change-field-ends-on = date de fin
awards-change-field-amount = montant
awards-change-field-installments = tranches
awards-change-field-budget-lines = postes budgétaires

## E-mails to the organization about its award (subject, then paragraphs).
awards-mail-link = Ouvrir la subvention
awards-mail-reason = Le motif : { $reason }
awards-mail-suspended-subject = { $reference } : subvention suspendue
awards-mail-suspended = L'ICBL a suspendu votre subvention : aucune tranche n'est versée pendant la suspension.
awards-mail-resumed-subject = { $reference } : subvention reprise
awards-mail-resumed = L'ICBL a repris votre subvention : les versements et les rapports se poursuivent comme prévu.
awards-mail-terminated-subject = { $reference } : subvention résiliée
awards-mail-terminated = L'ICBL a résilié votre subvention : aucune autre tranche ne sera versée.
awards-mail-completed-subject = { $reference } : subvention clôturée
awards-mail-completed = Votre subvention est clôturée : tous les rapports sont acceptés et toutes les tranches réglées. Merci.
awards-mail-installment-approved-subject = { $reference } : tranche { $number } approuvée
awards-mail-installment-approved = La tranche { $number } de votre subvention, { $amount }, est approuvée pour paiement.
awards-mail-installment-paid-subject = { $reference } : tranche { $number } versée
awards-mail-installment-paid = La tranche { $number } de votre subvention, { $amount }, a été versée le { $date } (référence du versement : { $payment }).
awards-mail-no-reference = aucune
awards-mail-report-accepted-subject = { $reference } : { $report } accepté
awards-mail-report-accepted = L'ICBL a accepté votre { $report }.
awards-mail-report-sent-back-subject = { $reference } : { $report } renvoyé
awards-mail-report-sent-back = L'ICBL vous demande de réviser votre { $report } et de le soumettre à nouveau.
awards-mail-report-revise = Ce qu'il faut réviser : { $revise }
awards-mail-see-the-page = voir la page de la subvention
awards-mail-amended-subject = { $reference } : avenant à la subvention
awards-mail-amended = L'ICBL a modifié votre subvention par avenant : { $kind }. Elle court désormais du { $from } au { $to }, pour { $amount }.
awards-mail-letter-subject = { $reference } : votre lettre d'attribution
awards-mail-letter = La lettre d'attribution de votre subvention { $reference } est prête : elle figure parmi les documents de la subvention, et sa page permet de l'imprimer.
awards-mail-letter-sign = Veuillez la signer et la retourner à l'ICBL : la première tranche est versée à réception de la lettre signée.

## An award's history: what was done, and the fields it changed (`members-history-*`, as the
## histories of other records).
members-history-action-award-created = Subvention créée
members-history-action-award-signed = Convention signée
members-history-action-award-letter-sent = Lettre d'attribution envoyée
members-history-action-award-suspend = Subvention suspendue
members-history-action-award-resume = Subvention reprise
members-history-action-award-terminate = Subvention résiliée
members-history-action-award-complete = Subvention clôturée
members-history-action-award-amended-extension = Avenant : prolongation sans coût supplémentaire
members-history-action-award-amended-budget-revision = Avenant : révision du budget
members-history-action-award-amended-amount-change = Avenant : modification du montant
members-history-action-installment-approve = Tranche approuvée
members-history-action-installment-pay = Tranche versée
members-history-action-installment-cancel = Tranche annulée
members-history-action-installment-override-requested = Levée d'une condition demandée
members-history-action-installment-override-confirmed = Levée d'une condition confirmée
members-history-action-schedule-changed = Échéancier modifié
members-history-field-amount = Montant
members-history-field-sequence = Tranche
members-history-field-condition = Condition
members-history-field-condition-note = Note sur la condition
members-history-field-override-reason = Motif de la levée
members-history-field-payment-reference = Référence du versement
members-history-field-paid-rate = Taux de change
members-history-field-paid-rate-on = Taux du
members-history-field-cancel-reason = Motif de l'annulation
members-history-field-conditions = Conditions
members-history-field-installments = Tranches
members-history-field-budget-lines = Postes budgétaires
members-history-field-application-id = Demande
