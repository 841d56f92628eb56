# Coordination requests: the public form, its confirmation, the requester's status page, and
# staff's list and page of a request.

## The public form
coordination-form-title = Coordonner une démarche avec l'ICBL
coordination-form-lead = Votre État prévoit d'approcher les autorités d'un État qui n'a pas adhéré à la Convention sur l'interdiction des mines antipersonnel ? Informez-en l'ICBL, afin qu'une démarche conjointe ou complémentaire puisse être organisée avec la campagne nationale. Aucun compte n'est nécessaire ; vous recevez un lien privé pour suivre votre demande.
coordination-form-unsaved = Votre demande n'a pas pu être enregistrée pour le moment : rien n'a été transmis à l'ICBL. Vos réponses sont conservées ci-dessous ; veuillez la renvoyer dans un instant.
coordination-form-who = Qui fait la demande
coordination-form-requesting-state = État demandeur
coordination-form-choose-state = Choisissez un État
coordination-form-ministry = Ministère ou mission
coordination-form-ministry-help = Par exemple : ministère des Affaires étrangères, direction du désarmement ; ou votre Mission permanente à Genève.
coordination-form-contact-name = Nom de la personne de contact
coordination-form-contact-email = Adresse électronique de contact
coordination-form-contact-email-help = Nous y envoyons la confirmation et votre lien privé de suivi.
coordination-form-approach-legend = La démarche
coordination-form-target-state = État visé
coordination-form-target-state-help = Les États qui ne sont pas liés par la Convention figurent en premier. Un État partie peut aussi être choisi ; l'ICBL examinera la demande.
coordination-form-approach = Type de démarche
coordination-form-choose-one = Choisissez
coordination-form-window-start = Prévue à partir du
coordination-form-window-end = Prévue jusqu'au
coordination-form-window-help = La période pendant laquelle la démarche aurait lieu, au format AAAA-MM-JJ.
coordination-form-mode = Conjointe ou complémentaire ?
coordination-form-message = Message
coordination-optional = (facultatif)
coordination-form-message-help = Qui vous prévoyez de rencontrer, ce que vous demanderez, tout ce que l'ICBL devrait savoir. { $max } caractères au plus.
coordination-form-consent = L'ICBL peut communiquer nos coordonnées à son membre national dans l'État visé
coordination-form-consent-help = Sans cet accord, seule l'équipe de l'ICBL voit vos coordonnées.
coordination-form-honeypot = Laissez ce champ vide
coordination-form-send = Envoyer la demande
coordination-form-group-outside = États non liés par la Convention
coordination-form-group-parties = États parties
coordination-form-group-others = Autres États
# A target state in the list, with its status: "Azerbaijan (not party)".
coordination-form-state-with-status = { $state } ({ $status })

## Too many requests
coordination-limited-title = Trop de demandes
coordination-limited-body = Cette adresse a envoyé { $per_hour } demandes de coordination au cours de la dernière heure, le maximum accepté par le formulaire. Rien de plus n'a été enregistré. { $minutes ->
    [one] Veuillez réessayer dans { $minutes } minute, ou écrire à l'ICBL si cela ne peut pas attendre :
   *[other] Veuillez réessayer dans { $minutes } minutes, ou écrire à l'ICBL si cela ne peut pas attendre :
}
coordination-limited-back = Retour au formulaire

## The confirmation
coordination-received-title = Demande { $reference } reçue
coordination-received-replay = Vous aviez déjà envoyé cette demande : la voici de nouveau. Rien de nouveau n'a été transmis à l'ICBL.
coordination-received-about = L'ICBL a reçu votre demande concernant { $target }. Sa référence est { $reference }.
coordination-received-follow = Suivez-la, et lisez les messages de l'ICBL, grâce à votre lien privé de suivi :
coordination-received-keep = Gardez ce lien pour vous : toute personne qui le détient peut voir la demande et la retirer. Une copie a été envoyée à { $email }.
coordination-received-alerted = L'équipe de l'ICBL a été alertée et accusera réception de la demande dans un délai de deux jours ouvrables.
coordination-received-acknowledge = L'équipe de l'ICBL accusera réception de la demande dans un délai de deux jours ouvrables.

## The requester's status page
coordination-status-title = Demande { $reference }
coordination-status-eyebrow = Demande de coordination
coordination-window = du { $start } au { $end }
coordination-status-approach = Démarche
coordination-status-mode = Modalité
coordination-status-shared = Communiquée aux membres nationaux
coordination-status-shared-on = le { $when }, avec votre accord
coordination-status-not-shared = non communiquée : seule l'équipe de l'ICBL voit la demande
coordination-status-steps = Étapes
coordination-status-from-icbl = Message de l'ICBL
coordination-status-messages = Échanges avec l'ICBL
coordination-status-you = Vous
coordination-status-no-message = Aucun message pour l'instant.
coordination-status-reply = Votre message à l'ICBL
coordination-status-send = Envoyer à l'ICBL
coordination-status-withdraw = Retirer la demande
coordination-status-withdrawn = Votre demande est retirée.
coordination-status-not-withdrawn = La demande n'est pas retirée : { $reason }.

## What each status means for the requester
coordination-explanation-received = Votre demande est parvenue à l'ICBL. Un chargé de programme en accusera réception dans un délai de deux jours ouvrables.
coordination-explanation-acknowledged = L'ICBL a pris connaissance de votre demande et vérifie qui travaille sur cet État.
coordination-explanation-coordinating = L'ICBL organise la démarche avec la campagne nationale et tout autre État qui en prévoit une.
coordination-explanation-joint-approach-agreed = Une démarche conjointe ou complémentaire a été convenue ; l'ICBL vous en confirmera les détails.
coordination-explanation-completed = La démarche a eu lieu. Merci de vous être coordonnés avec l'ICBL.
coordination-explanation-declined = L'ICBL ne coordonnera pas cette démarche ; voir le message ci-dessous.
coordination-explanation-withdrawn = Vous avez retiré cette demande.

## E-mails to the requester (the subject and paragraphs of the notice)
coordination-mail-received-subject = L'ICBL a reçu la demande de coordination { $reference }
coordination-mail-hello = Bonjour,
coordination-mail-received-body = L'ICBL a reçu une demande de coordination d'une démarche auprès de { $target } ({ $window }), envoyée depuis son formulaire public avec cette adresse comme contact. Sa référence est { $reference }.
coordination-mail-received-next = Un chargé de programme en accusera réception dans un délai de deux jours ouvrables. Vous pouvez suivre chaque étape, et retirer la demande, grâce au lien privé ci-dessous : gardez-le pour vous, car toute personne qui le détient peut voir la demande. Si vous ne l'avez pas envoyée, retirez-la à cette adresse ou répondez à l'ICBL.
coordination-mail-follow = Suivre la demande
coordination-mail-follow-yours = Suivre votre demande
coordination-mail-step-subject = { $reference } : { $status }
coordination-mail-step-body = Votre demande de coordination { $reference } est désormais : { $status }.
coordination-mail-step-message = Message de l'ICBL : { $message }

## Choices
kind-of-approach-capital-meeting = Réunion dans la capitale
kind-of-approach-demarche = Démarche diplomatique
kind-of-approach-military-dialogue = Dialogue entre militaires
kind-of-approach-high-level-visit = Visite de haut niveau
kind-of-approach-regional-event = Événement régional
kind-of-approach-other = Autre
mode-of-approach-joint = Une démarche conjointe, avec la campagne nationale
mode-of-approach-complementary = Une démarche complémentaire, chacun de son côté mais de concert
coordination-request-status-received = Reçue
coordination-request-status-acknowledged = Réception confirmée
coordination-request-status-coordinating = En cours de coordination
coordination-request-status-joint-approach-agreed = Démarche conjointe convenue
coordination-request-status-completed = Terminée
coordination-request-status-declined = Déclinée
coordination-request-status-withdrawn = Retirée
coordination-request-action-acknowledge = Accuser réception
coordination-request-action-coordinate = Commencer la coordination
coordination-request-action-agree = Enregistrer la démarche conjointe convenue
coordination-request-action-complete = Terminer
coordination-request-action-decline = Décliner
coordination-request-action-withdraw = Retirer
flag-reason-member-present = Une organisation membre travaille dans l'État visé
flag-reason-active-campaign = Une campagne (prévue, active ou suspendue) vise cet État
flag-reason-active-award = Une subvention accordée en cours vise cet État
flag-reason-overlap = Une autre demande en cours se recoupe avec celle-ci
flag-reason-imminent = La période commence dans moins de 14 jours
flag-reason-target-is-party = L'État visé est déjà État partie
flag-reason-escalated = Réception non confirmée dans les 2 jours ouvrables
flag-reason-state-joined = L'État a adhéré à la Convention

## Staff's list of requests
coordination-list-title = Demandes de coordination
coordination-list-status = Statut
coordination-list-any = Tous
coordination-list-target = État visé
coordination-list-filter = Filtrer
coordination-list-csv = Télécharger au format CSV
coordination-list-total = { $total ->
    [one] { $total } demande.
   *[other] { $total } demandes.
}
coordination-list-reference = Référence
coordination-list-from-to = De → vers
coordination-list-window = Période
coordination-list-flags = Signalements ouverts
coordination-list-none = Aucune demande.
coordination-list-pages = Pages
coordination-list-previous = Précédente
coordination-list-next = Suivante

## Staff's page of a request
coordination-show-title = Demande de coordination { $reference }
coordination-show-flags = Signalements
coordination-show-resolved = résolu
coordination-show-resolve = Résoudre les signalements dans la boîte de réception
coordination-show-ministry = Ministère
coordination-show-contact-line = { $name } <{ $email }>
coordination-show-contact = Contact
coordination-show-approach = Démarche
coordination-show-consent = Accord pour communiquer
coordination-show-consent-yes = oui
coordination-show-consent-no = non : la demande reste au sein de l'équipe de l'ICBL
coordination-show-shared = Communiquée aux membres
coordination-show-shared-on = le { $when }
coordination-show-not-shared = pas encore : seule l'équipe la voit
coordination-show-message = Message
coordination-show-campaign = Campagne
coordination-show-see-campaign = Voir la campagne d'adhésion
coordination-show-share-heading = Communiquer aux membres nationaux
coordination-show-share-text = Le demandeur a accepté que cette demande soit communiquée. Après avoir vérifié qu'elle est authentique, communiquez-la : les organisations membres présentes dans l'État visé ({ $target }) et les responsables de ses campagnes en sont informés par courriel, avec les coordonnées du demandeur, et la voient sur la campagne.
coordination-show-share = Communiquer aux membres
coordination-show-next = Étape suivante
coordination-show-to-requester = Message au demandeur
coordination-show-conversation = Échanges avec le demandeur et notes de l'équipe
coordination-show-replied = Réponse reçue
coordination-show-replied-text = Le message du demandeur attend une réponse.
coordination-show-conversation-note = Les messages apparaissent sur la page de suivi du demandeur et lui sont envoyés par courriel à { $email } ; les notes internes ne sont visibles que par l'équipe.
coordination-show-steps = Étapes visibles par le demandeur
coordination-show-history = Historique
coordination-show-history-line = { $when } : { $action } par { $actor }
coordination-show-links-members = Membres sur place
coordination-show-links-campaigns = Campagnes
coordination-show-links-awards = Subventions
coordination-show-links-overlapping = Demandes qui se recoupent
coordination-show-now = { $reference } est désormais : { $status }.
coordination-show-not-done = Non effectué : { $reason }.
coordination-show-shared-done = Communiquée : les organisations membres concernées ont été informées par courriel et la voient sur la campagne.
coordination-show-not-shared-error = Non communiquée : { $reason }.

## A request's history (its audit actions)
coordination-history-coordination-request-received = Demande de coordination reçue
coordination-history-coordination-request-acknowledge = Réception confirmée
coordination-history-coordination-request-coordinate = Coordination commencée
coordination-history-coordination-request-agree = Démarche conjointe convenue
coordination-history-coordination-request-complete = Terminée
coordination-history-coordination-request-decline = Déclinée
coordination-history-coordination-request-withdraw = Retirée par le demandeur
coordination-history-coordination-request-shared = Communiquée aux membres
coordination-history-coordination-request-escalated = Transmise à un niveau supérieur
coordination-history-flag-raised = Signalement émis
coordination-history-flag-resolved = Signalement résolu
coordination-history-message-posted = Message publié
