# Demandes de subvention : le formulaire du membre, les réponses à vérifier, la page d'une
# demande, la liste, les versions et les actions groupées.

## Commun
applications-field-target-state = État visé
applications-field-campaign = Campagne d'adhésion
applications-field-title = Titre
applications-field-summary = Résumé
applications-field-objectives = Objectifs
applications-field-tier = Palier
applications-field-lower-tier-plan = Ce que vous feriez au palier inférieur
applications-activities = Activités prévues
applications-budget = Budget
applications-description = Description
applications-choose = Choisir
applications-campaign-none = Aucune
applications-dates-range = du { $from } au { $to }
applications-dates-from = à partir du { $from }
applications-tier-up-to = { $tier } : jusqu'à { $amount }
applications-the-draft = le brouillon
applications-quoted = « { $title } »
applications-state-with-status = { $state } ({ $status })
applications-treaty-not-party = État non partie
applications-treaty-signatory = signataire
applications-treaty-withdrawing = en cours de retrait
applications-treaty-withdrawn = retiré

## Le formulaire
applications-form-new-heading = Nouvelle demande de subvention à l'appel { $round }
applications-form-edit-heading = Modifier { $title }
applications-form-edit-the-application = Modifier la demande
applications-form-complete-heading = Compléter la demande
applications-form-draft-saved-intro = Votre brouillon est enregistré, mais il ne peut pas encore être soumis :
applications-form-lead = Vous pouvez enregistrer le brouillon à tout moment ; rien n'est envoyé à l'ICBL avant que vous ne soumettiez la demande. Les montants sont en { $currency }.
applications-form-save-draft = Enregistrer le brouillon
applications-form-target-state-choose = Choisissez l'État visé par votre action
applications-form-target-state-help = Les États non parties à la Convention sont signalés.
applications-form-campaign-optional = Campagne d'adhésion (facultatif)
applications-form-campaign-help = La campagne que sert cette action, le cas échéant. Après l'enregistrement, les campagnes portant sur l'État visé apparaissent en premier.
applications-form-campaigns-on = Campagnes sur l'État visé ({ $state })
applications-form-campaigns-open = Campagnes en cours
applications-form-campaigns-other = Autres campagnes
applications-form-activities-help = Une ligne par activité. « Ajouter une activité » conserve ce que vous avez saisi ; une ligne vide est supprimée à l'enregistrement.
applications-form-activity-kind = Activité { $number } : type
applications-form-activity-prefix = Activité { $number } :
applications-form-from = Du
applications-form-to = Au
applications-form-remove-activity = Supprimer l'activité { $number }
applications-form-add-activity = Ajouter une activité
applications-form-budget-help = La somme des postes budgétaires correspond au montant demandé.
applications-form-budget-help-now = La somme des postes budgétaires correspond au montant demandé (actuellement { $amount }).
applications-form-line-category = Poste { $number } : catégorie
applications-form-line-prefix = Poste { $number } :
applications-form-amount = Montant ({ $currency })
applications-form-remove-line = Supprimer le poste { $number }
applications-form-add-line = Ajouter un poste budgétaire
applications-form-check = Enregistrer et vérifier vos réponses
applications-form-check-resubmit = Enregistrer et vérifier avant de soumettre à nouveau
applications-flash-draft-saved = Le brouillon est enregistré.

## Vérifier vos réponses
applications-check-title = Vérifiez vos réponses avant de soumettre
applications-check-lead = Rien n'est envoyé à l'ICBL avant que vous n'appuyiez sur « { $button } » en bas de cette page. Le brouillon est enregistré.
applications-check-not-given = Non renseigné
applications-check-change = Modifier
applications-check-send-heading = Envoyez maintenant votre demande
applications-check-send-text = En soumettant la demande, vous confirmez que vos réponses sont exactes à votre connaissance. L'équipe de l'ICBL en sera informée et commencera l'évaluation.
applications-check-back = Revenir au formulaire
applications-check-about = L'action proposée
applications-check-activity = Activité { $number }
applications-check-line = Poste { $number }
applications-check-line-answer = { $category } : { $description } — { $amount }
applications-check-requested = Montant demandé
applications-check-submit = Soumettre la demande
applications-check-resubmit = Soumettre à nouveau la demande
applications-check-change-target-state = l'État visé
applications-check-change-campaign = la campagne
applications-check-change-title = le titre
applications-check-change-summary = le résumé
applications-check-change-objectives = les objectifs
applications-check-change-activity = l'activité { $number }
applications-check-change-line = le poste budgétaire { $number }
applications-check-change-tier = le palier
applications-check-change-lower-tier-plan = ce que vous feriez au palier inférieur

## La page d'une demande
applications-show-applicant-hidden = demandeur non affiché
applications-show-toward = État visé :
applications-show-approved = Approuvée :
applications-show-see-award = voir la subvention accordée { $reference }
applications-show-last-message = Dernier message de l'ICBL
applications-show-award = Subvention
applications-show-award-period = du { $from } au { $to } ({ $status }).
applications-show-open-award = Ouvrir la subvention
applications-show-award-contents = ses paiements et ses rapports
applications-show-edit = Modifier
applications-show-check-submit = Vérifier et soumettre la demande
applications-show-withdraw = Retirer la demande
applications-show-content = La demande
applications-show-submitted = Soumise le
applications-show-not-yet = pas encore
applications-show-campaign = Campagne
applications-show-none = aucune
applications-show-not-chosen = non choisi
applications-show-requested = Montant demandé
applications-show-lower-tier = Au palier inférieur
applications-show-tier-up-to = { $tier } (jusqu'à { $amount })
applications-show-no-activity = Aucune pour l'instant.
applications-show-category = Catégorie
applications-show-amount = Montant
applications-show-no-line = Aucun poste pour l'instant.
applications-show-total = Total demandé
applications-show-documents = Documents
applications-show-documents-blind = Non affichés lors d'une évaluation anonyme : les documents permettent d'identifier le demandeur.
applications-show-conversation-staff = Échanges avec l'organisation et notes de l'équipe
applications-show-conversation-member = Échanges avec l'ICBL
applications-show-your-review = Votre évaluation
applications-show-score-legend = { $criterion } (de 1 à 5)
applications-show-recommendation = Recommandation
applications-show-comment = Commentaire
applications-show-save-review = Enregistrer l'évaluation
applications-show-declare-text = Avant d'évaluer, déclarez que vous n'avez aucun conflit d'intérêts avec { $organization } : vous n'en êtes pas membre, vous ne travaillez pas dans son pays et vous n'avez aucun autre intérêt dans sa demande.
applications-show-declare-blind = le demandeur (non affiché : l'évaluation est anonyme)
applications-show-declare-box = Je déclare n'avoir aucun conflit d'intérêts
applications-show-declare-button = Déclarer et continuer
applications-show-reviews = Évaluations
applications-show-reviewer = Évaluateur
applications-show-mean = Moyenne
applications-show-recommends = Recommandation
applications-show-not-declared = pas encore de déclaration
applications-show-no-reviewer = Aucun évaluateur désigné pour l'instant.
applications-show-assign-reviewer = Désigner un évaluateur
applications-show-assign = Désigner
applications-show-next-step = Étape suivante
applications-show-start-review-text = Mettre la demande en évaluation ; l'organisation en est informée.
applications-show-changes-to-ask = Modifications à demander
applications-show-budget-left = Il reste { $amount } sur l'appel.
applications-show-amount-to-award = Montant à accorder
applications-show-starts-on = Début
applications-show-default-today = (par défaut : aujourd'hui)
applications-show-ends-on = Fin
applications-show-default-twelve-months = (par défaut : douze mois plus tard)
applications-show-conditions = Conditions
applications-show-optional = (facultatif)
applications-show-reason = Motif communiqué à l'organisation
applications-show-revisions = Versions
applications-show-revision-diff = modifications depuis la version { $number }
applications-show-history = Historique
applications-show-by = par { $actor }
applications-blind-notice = Évaluation anonyme : le demandeur n'est pas affiché.
applications-blind-withheld = Masqué (évaluation anonyme)

## La suite, selon le statut
applications-next-draft = Complétez la demande et soumettez-la avant la clôture de l'appel.
applications-next-submitted = L'équipe de l'ICBL va commencer l'évaluation.
applications-next-under-review = Les évaluateurs l'examinent ; l'équipe de l'ICBL décidera.
applications-next-changes-requested = Apportez les modifications demandées par l'ICBL et soumettez à nouveau la demande.
applications-next-approved = Approuvée : voir la subvention accordée.
applications-next-rejected = Non financée cette fois-ci.
applications-next-withdrawn = Retirée.

## Messages après une étape
applications-flash-submitted = Demande soumise : sa référence est { $reference }. L'ICBL en a été informée.
applications-flash-resubmitted = Demande soumise à nouveau : l'ICBL en a été informée.
applications-flash-withdrawn = La demande est retirée.
applications-flash-review-started = L'évaluation a commencé ; l'organisation en a été informée.
applications-flash-changes-requested = Des modifications ont été demandées à l'organisation.
applications-flash-approved = Demande approuvée : la subvention est créée et l'organisation en est informée.
applications-flash-rejected = Demande refusée : l'organisation a été informée du motif.
applications-flash-reviewer-assigned = L'évaluateur est désigné et en a été informé.
applications-flash-declared = Merci : votre déclaration est enregistrée. Vous pouvez maintenant évaluer la demande.
applications-flash-review-saved = Votre évaluation est enregistrée. Merci.

## Étape refusée : la page de nouveau, le motif à côté du bouton
applications-refused-submit = La demande n'est pas soumise : { $reason }.
applications-refused-resubmit = La demande n'est pas soumise à nouveau : { $reason }.
applications-refused-withdraw = La demande n'est pas retirée : { $reason }.
applications-refused-start-review = L'évaluation n'a pas commencé : { $reason }.
applications-refused-request-changes = Aucune modification n'a été demandée : { $reason }.
applications-refused-approve = La demande n'est pas approuvée : { $reason }.
applications-refused-reject = La demande n'est pas refusée : { $reason }.
applications-refused-assign = L'évaluateur n'est pas désigné : { $reason }.
applications-refused-declare = Votre déclaration n'est pas enregistrée : { $reason }.
applications-refused-review = Votre évaluation n'est pas enregistrée : { $reason }.
applications-refused-status-now = son statut est désormais « { $status } »
applications-unsubmitted-intro = Votre brouillon est enregistré, mais la demande n'est pas encore soumise
applications-unresubmitted-intro = Vos modifications sont enregistrées, mais la demande n'est pas encore soumise à nouveau
applications-unsubmitted-next = Donnez chacune de ces réponses, puis vérifiez vos réponses et soumettez de nouveau la demande.

## Critères d'évaluation
applications-criterion-relevance = Pertinence pour l'universalisation
applications-criterion-feasibility = Faisabilité
applications-criterion-value-for-money = Rapport coût-efficacité
applications-criterion-capacity = Capacité

## Choix : statut et actions d'une demande
application-status-draft = Brouillon
application-status-submitted = Soumise
application-status-under-review = En cours d'évaluation
application-status-changes-requested = Modifications demandées
application-status-approved = Approuvée
application-status-rejected = Refusée
application-status-withdrawn = Retirée
application-action-submit = Soumettre
application-action-start-review = Commencer l'évaluation
application-action-request-changes = Demander des modifications
application-action-resubmit = Soumettre à nouveau
application-action-approve = Approuver
application-action-reject = Refuser
application-action-withdraw = Retirer
kind-of-activity-meeting-with-authorities = Rencontre avec les autorités
kind-of-activity-military-dialogue = Dialogue entre militaires
kind-of-activity-parliamentary-engagement = Travail avec les parlementaires
kind-of-activity-workshop = Atelier
kind-of-activity-media = Médias
kind-of-activity-research = Recherche
kind-of-activity-survivor-participation = Participation des survivants
kind-of-activity-other = Autre
budget-category-personnel = Personnel
budget-category-travel = Déplacements
budget-category-meetings = Réunions
budget-category-materials = Matériel
budget-category-communications = Communication
budget-category-other = Autre
recommendation-fund = Financer
recommendation-fund-lower-tier = Financer au palier inférieur
recommendation-decline = Ne pas financer
bulk-action-assign-reviewer = Désigner un évaluateur
bulk-action-start-review = Commencer l'évaluation
bulk-action-reject = Refuser, avec un même motif
bulk-action-export = Exporter en CSV

## La liste
applications-list-yours = Vos demandes
applications-list-to-review = Demandes à évaluer
applications-list-news = Nouvelles de vos subventions
applications-list-open = Appels à propositions ouverts
applications-list-closes = clôture le { $when }.
applications-list-start = Commencer une demande
applications-list-no-round = Aucun appel à propositions n'est ouvert pour le moment.
applications-list-see-rounds = Voir les appels
applications-list-reviewer-lead = Les demandes que l'ICBL vous a confiées pour évaluation. Déclarez que vous n'avez aucun conflit d'intérêts avant d'en noter une.
applications-list-blind-notice = Évaluation anonyme : le demandeur n'est pas affiché pour les demandes des appels à évaluation anonyme.
applications-list-round = Appel
applications-list-any = Tous
applications-list-status = Statut
applications-list-any-but-drafts = Tous sauf les brouillons
applications-list-organization = Organisation
applications-list-title-contains = Le titre contient
applications-list-sort = Trier par
applications-list-count = { $count ->
    [one] { $count } demande
   *[other] { $count } demandes
}
applications-list-select = Sélectionner
applications-list-select-one = Sélectionner { $name }
applications-list-application = Demande
applications-list-target = État visé
applications-list-none-matches = Aucune demande ne correspond à ces filtres.
applications-list-none-yet = Aucune demande pour l'instant.
applications-list-untitled = (brouillon sans titre)
applications-sort-updated-newest = Dernière modification, la plus récente d'abord
applications-sort-updated-oldest = Dernière modification, la plus ancienne d'abord
applications-sort-submitted-newest = Soumission, la plus récente d'abord
applications-sort-submitted-oldest = Soumission, la plus ancienne d'abord
applications-sort-reference = Référence
applications-sort-requested-largest = Montant demandé, le plus élevé d'abord
applications-sort-requested-smallest = Montant demandé, le plus faible d'abord
applications-bulk-legend = Pour les demandes sélectionnées
applications-bulk-hint = Chaque demande est vérifiée et enregistrée séparément ; la page suivante indique ce qui a été fait, ce qui a été refusé et pourquoi. { $max } au plus à la fois.
applications-bulk-action = Action
applications-bulk-to-assign = (à désigner)
applications-bulk-reason = Motif
applications-bulk-reason-help = (pour refuser : chaque organisation le lira)
applications-bulk-apply = Appliquer à la sélection

## The results of a bulk action
applications-bulk-nothing-done = Rien n'a été fait
applications-bulk-choose-again = Retour aux demandes, pour choisir à nouveau
applications-bulk-title = { $action } : { $done } sur { $count } { $done ->
    [one] traitée
   *[other] traitées
}
applications-bulk-lead = { $done ->
    [one] { $done } traitée
   *[other] { $done } traitées
}, { $refused ->
    [one] { $refused } refusée
   *[other] { $refused } refusées
}. Chaque demande a été vérifiée et enregistrée séparément.
applications-bulk-refused = Refusées ({ $count })
applications-bulk-done = Traitées ({ $count })
applications-bulk-application = Demande { $id }
applications-bulk-result =  : { $message }.
applications-bulk-back = Retour à la liste des demandes
applications-bulk-assigned = évaluateur désigné : { $who }
applications-bulk-review-started = l'évaluation a commencé ; l'organisation en a été informée
applications-bulk-rejected = refusée ; l'organisation en a été informée, avec le motif
applications-bulk-forbidden = vous n'êtes pas autorisé à faire cela sur cette demande
applications-bulk-not-found = il n'y a pas de demande portant ce numéro
applications-bulk-failed = le service a échoué sur cette demande ; rien n'y a été modifié : réessayez

## What changed between two revisions
applications-revisions-page-title = Modifications de { $reference }
applications-revisions-title = Ce qui a changé de la version { $from } à la version { $to }
applications-revisions-changes = Modifications
applications-revisions-field = Champ
applications-revisions-revision = Version { $number }
applications-revisions-none = Rien n'a changé entre ces deux versions.
applications-revisions-no-such = il n'y a pas de version { $number }

## E-mails about an application (subject, then paragraphs)
applications-mail-received-subject = { $reference } : demande reçue
applications-mail-received = L'ICBL a bien reçu votre demande « { $title } ». Sa référence est { $reference }.
applications-mail-received-next = L'équipe de l'ICBL va commencer l'évaluation ; nous vous tiendrons informés à chaque étape.
applications-mail-new-subject = { $reference } : nouvelle demande
applications-mail-new = Une nouvelle demande a été soumise : « { $title } ».
applications-mail-review-subject = { $reference } : en cours d'évaluation
applications-mail-review = Votre demande « { $title } » est désormais en cours d'évaluation par l'ICBL.
applications-mail-changes-subject = { $reference } : modifications demandées
applications-mail-changes = L'ICBL demande des modifications à votre demande « { $title } » :
applications-mail-changes-next = Modifiez la demande et soumettez-la à nouveau lorsqu'elle est prête.
applications-mail-resubmitted-subject = { $reference } : soumise à nouveau
applications-mail-resubmitted = L'organisation a soumis à nouveau « { $title } » avec les modifications demandées.
applications-mail-approved-subject = { $reference } : approuvée
applications-mail-approved = Bonne nouvelle : l'ICBL a approuvé votre demande « { $title } ».
applications-mail-approved-amount = La subvention attribuée est de { $amount }. L'ICBL vous contactera au sujet de la convention et du calendrier des versements.
applications-mail-approved-award = Votre subvention { $reference }, ses versements et ses rapports : { $link }
applications-mail-decision-subject = { $reference } : décision
applications-mail-rejected = L'ICBL a décidé de ne pas financer votre demande « { $title } » dans le cadre de cet appel.
applications-mail-reason = Le motif : { $reason }
applications-mail-withdrawn-subject = { $reference } : retirée
applications-mail-withdrawn = L'organisation a retiré « { $title } ».
applications-mail-to-review-subject = Une demande à évaluer
applications-mail-to-review = L'ICBL vous demande d'évaluer la demande « { $title } ».
applications-mail-to-review-next = Déclarez d'abord que vous n'avez aucun conflit d'intérêts ; puis notez-la et formulez votre recommandation.

## A review in the application's history (`members-history-*`)
members-history-field-relevance = Pertinence
members-history-field-feasibility = Faisabilité
members-history-field-value-for-money = Rapport coût-efficacité
members-history-field-capacity = Capacité
members-history-field-recommendation = Recommandation
members-history-field-comment = Commentaire
