# Le registre des organisations membres : la liste, la page d'une organisation et son formulaire.

members-list-title = Organisations membres
members-field-name = Nom
members-field-acronym = Sigle
members-field-country = Pays
members-field-kind = Type
members-field-membership = Adhésion
members-field-website = Site web
members-field-contact-email = Adresse électronique de contact
members-field-language = Langue de travail
members-optional = (facultatif)
members-any = Tous
members-form-new-heading = Nouvelle organisation membre
members-form-edit-heading = Modifier { $name }
members-form-choose-state = Choisissez l'État
members-form-country-help = L'État dans lequel elle travaille.
members-form-joined-on = Date d'entrée dans le réseau
members-form-open-data = Données ouvertes
members-form-publish = La nommer dans les subventions publiées (360Giving)
members-form-withhold = Exclure ses subventions des données ouvertes
members-form-publish-help = Excluez-les lorsque le fait d'être nommées pourrait mettre en danger les membres de l'organisation.
members-form-language-help = La langue des pages et des courriels de ses membres, sauf si l'un d'eux en choisit une autre.
members-form-add = Ajouter l'organisation
members-form-save = Enregistrer les modifications
members-flash-created = { $name } figure désormais au registre.
members-flash-saved = Les modifications sont enregistrées.
members-list-show = Afficher
members-list-reset = Réinitialiser
members-list-download = Télécharger en CSV
members-list-new = Nouvelle organisation
members-list-count = { $count ->
    [one] { $count } organisation
   *[other] { $count } organisations
}
members-list-organization = Organisation
members-list-none = Aucune organisation ne correspond à ces filtres.
members-pages = Pages
members-previous-page = Page précédente
members-next-page = Page suivante
members-page = Page { $number }
members-show-kind-in = { $kind } –
members-show-none-given = non renseigné
members-show-joined = Entrée dans le réseau
members-show-not-recorded = non enregistrée
members-show-edit = Modifier
members-show-documents = Documents
members-show-history = Historique
members-show-by = par { $actor }

## Choix : type d'organisation et adhésion
kind-of-organization-national-campaign = Campagne nationale
kind-of-organization-ngo = ONG
kind-of-organization-survivor-network = Réseau de survivants
kind-of-organization-other = Autre
membership-status-active = Active
membership-status-suspended = Suspendue
membership-status-former = Ancienne

## L'historique d'une organisation et d'une demande
members-form-website-placeholder = https://
members-history-yes = oui
members-history-no = non
members-history-action-organization-created = Organisation créée
members-history-action-organization-updated = Organisation modifiée
members-history-action-application-created = Demande créée
members-history-action-application-saved = Demande enregistrée
members-history-action-application-campaign-linked = Campagne associée
members-history-action-application-submit = Demande soumise
members-history-action-application-start-review = Évaluation commencée
members-history-action-application-request-changes = Modifications demandées
members-history-action-application-resubmit = Demande soumise à nouveau
members-history-action-application-approve = Demande approuvée
members-history-action-application-reject = Demande refusée
members-history-action-application-withdraw = Demande retirée
members-history-action-reviewer-assigned = Évaluateur désigné
members-history-action-review-submitted = Évaluation remise
members-history-field-name = Nom
members-history-field-acronym = Sigle
members-history-field-country = Pays
members-history-field-kind = Type
members-history-field-membership-status = Adhésion
members-history-field-website = Site web
members-history-field-contact-email = Adresse électronique de contact
members-history-field-joined-on = Entrée dans le réseau
members-history-field-publish-grants = Nommée dans les données ouvertes
members-history-field-language = Langue de travail
members-history-field-status = Statut
members-history-field-reference = Référence
members-history-field-target-state = État visé
members-history-field-title = Titre
members-history-field-tier = Palier
members-history-field-requested-minor = Montant demandé
members-history-field-currency = Devise
members-history-field-campaign-id = Campagne
