# Campagnes d'adhésion : la liste, la page d'une campagne avec son journal d'activités, et son formulaire.

## Libellés des codes enregistrés.
campaign-status-planning = En préparation
campaign-status-active = En cours
campaign-status-paused = En pause
campaign-status-achieved = Objectif atteint
campaign-status-closed = Close
ask-of-a-campaign-accession = Adhésion à la Convention
ask-of-a-campaign-moratorium = Moratoire sur l'emploi, la production et le transfert
ask-of-a-campaign-stockpile = Déclaration et destruction des stocks
ask-of-a-campaign-unga-vote = Vote favorable à la résolution de l'Assemblée générale des Nations unies
ask-of-a-campaign-transparency-report = Rapport de transparence volontaire
ask-of-a-campaign-treaty-meetings = Participation aux réunions du traité
ask-of-a-campaign-condemnation = Condamnation de l'emploi

campaigns-campaign = Campagne
campaigns-state = État
campaigns-status = Statut
campaigns-leads = Organisations chefs de file
campaigns-objectives = Objectifs
campaigns-asks = Demandes adressées à l'État
campaigns-optional = facultatif
campaigns-list-title = Campagnes d'adhésion
campaigns-list-count = { $count ->
    [one] { $count } campagne.
   *[other] { $count } campagnes.
}
campaigns-list-none = Aucune campagne.
campaigns-form-new = Nouvelle campagne
campaigns-form-edit = Modifier la campagne « { $name } »
campaigns-form-choose-state = Choisissez l'État
campaigns-form-name = Nom
campaigns-form-leads = Organisations chefs de file
campaigns-form-create = Créer la campagne
campaigns-form-save = Enregistrer les modifications
campaigns-flash-saved = La campagne est enregistrée.
campaigns-flash-created = Campagne « { $name } » créée.
campaigns-flash-logged = Activité consignée.
campaigns-flash-linked = Demandes de subvention mises à jour.
campaigns-show-toward = Pour
campaigns-show-edit = Modifier la campagne
campaigns-show-none-yet = aucune pour l'instant
campaigns-show-none = aucune
campaigns-show-activity-log = Journal des activités
campaigns-show-activity-sep = {" "}:{" "}
campaigns-show-outcome-is = Résultat : { $outcome }
campaigns-show-nothing-logged = Rien n'est encore consigné.
campaigns-show-date = Date
campaigns-show-type = Type
campaigns-show-what-happened = Ce qui s'est passé
campaigns-show-outcome = Résultat
campaigns-show-log = Consigner l'activité
campaigns-show-documents = Documents
campaigns-show-grants = Demandes de subvention et subventions
campaigns-show-no-application = Aucune demande liée.
campaigns-show-link-label = Lier la demande numéro
campaigns-show-link = Lier
campaigns-show-requests = Demandes de coordination
campaigns-show-no-request = Aucune.
campaigns-show-timeline = { $state } et la Convention
campaigns-show-no-treaty-event = Aucun événement conventionnel enregistré : État non partie.

