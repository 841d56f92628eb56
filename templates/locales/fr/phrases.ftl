# Les messages des règles et les noms des champs, en français (voir src/i18n/phrases.rs) : les
# identifiants sont ceux du fichier anglais, calculés à partir des mots anglais ; ne les changez pas.
# Fragments en minuscules et sans point final : ils suivent le nom du champ (« Montant » : …).

## field label
phrase-acronym = sigle
phrase-action = action
phrase-active = actif
phrase-activity-description = description de l'activité
phrase-activity-ends-on = date de fin de l'activité
phrase-activity-kind = type d'activité
phrase-activity-starts-on = date de début de l'activité
phrase-affiliation = affiliation
phrase-amount = montant
phrase-amount-minor = montant
phrase-application = demande
phrase-approach = démarche
phrase-asks = revendications
phrase-attachment = pièce jointe
phrase-award = subvention accordée
phrase-blind-review = évaluation anonyme
phrase-body = texte
phrase-budget = budget
phrase-campaign = campagne d'adhésion
phrase-code = code
phrase-comment = commentaire
phrase-condition = condition
phrase-condition-note = note sur la condition
phrase-conditions = conditions
phrase-confirm = confirmation du mot de passe
phrase-contact-name = nom du contact
phrase-country = pays
phrase-csv-file = fichier CSV
phrase-currency = devise
phrase-description = description
phrase-due-on = échéance
phrase-email = adresse e-mail
phrase-file = fichier
phrase-file-name = nom du fichier
phrase-from = devise d'origine
phrase-ids = demandes sélectionnées
phrase-installment = tranche
phrase-installment-amount = montant de la tranche
phrase-installment-sequence = numéro de la tranche
phrase-joined-on = date d'entrée
phrase-kind = type
phrase-level = niveau
phrase-line-amount = montant du poste budgétaire
phrase-line-category = catégorie du poste budgétaire
phrase-line-description = description du poste budgétaire
phrase-maximum-amount-of-tier-n = montant maximal du palier { $n1 }
phrase-membership-status = statut de membre
phrase-message = message
phrase-ministry = ministère
phrase-mode = modalité
phrase-name = nom
phrase-narrative = texte narratif
phrase-not-party-only = États non parties uniquement
phrase-note = note
phrase-objectives = objectifs
phrase-on = date
phrase-organization = organisation
phrase-outcome = résultat
phrase-outcomes = résultats
phrase-password = mot de passe
phrase-q = recherche
phrase-rate = taux de change
phrase-reason = motif
phrase-recommendation = recommandation
phrase-region = région
phrase-report = rapport
phrase-report-days = délai du rapport (en jours)
phrase-report-kind = type de rapport
phrase-requesting-state = État demandeur
phrase-required-documents = documents requis
phrase-reviewer = évaluateur
phrase-revoke-tokens = révocation des jetons d'API
phrase-role = rôle
phrase-round = appel à propositions
phrase-sort = tri
phrase-source = source
phrase-spending-amount = montant dépensé
phrase-spending-category = catégorie de dépenses
phrase-state = État
phrase-status = statut
phrase-summary = résumé
phrase-tier = palier
phrase-tier-max = montant maximal du palier
phrase-tier-name = nom du palier
phrase-tiers = paliers
phrase-title = titre
phrase-to = devise de destination
phrase-user = utilisateur
phrase-website = site web

## src/applications/bulk.rs
phrase-there-is-no-application-with-this-number = aucune demande ne porte ce numéro

## src/applications/content.rs
phrase-requested-amount = montant demandé

## src/applications/detail_forms.rs

## src/applications/model.rs
phrase-an-application-that-is-q-cannot-be-changed = une demande au statut « { $q1 } » ne peut pas être modifiée
phrase-the-round-q-is-not-open-for-applications = l'appel à propositions « { $q1 } » n'est pas ouvert aux demandes

## src/applications/reviewers.rs
phrase-there-is-no-reviewer-with-this-number = aucun évaluateur ne porte ce numéro

## src/applications/reviews.rs
phrase-give-a-score-from-n-to-n = donnez une note de { $n1 } à { $n2 }
phrase-no-conflict = absence de conflit d'intérêts
phrase-reviewers-are-assigned-to-submitted-applications-this-one-is-q = les évaluateurs sont affectés aux demandes soumises ; celle-ci a le statut « { $q1 } »
phrase-the-applicant-organization-is-gone = l'organisation demandeuse n'existe plus
phrase-the-application-is-q-its-reviews-are-closed = la demande a le statut « { $q1 } » ; ses évaluations sont closes

## src/applications/revisions_page.rs
phrase-there-is-no-revision-n = il n'y a pas de révision { $n1 }
phrase-this-application-has-no-revision-yet = cette demande n'a encore aucune révision

## src/applications/transitions.rs
phrase-lower-tier-plan = plan pour le palier inférieur
phrase-starts-on = date de début
phrase-the-round-q-closed-on-q-applications-can-no-longer-be-submitted = l'appel à propositions « { $q1 } » a été clôturé le { $q2 } ; il n'est plus possible de soumettre de demande

## src/applications/workflow.rs

## src/attachments/mod.rs
phrase-there-is-no-attachment-with-this-number = aucune pièce jointe ne porte ce numéro

## src/attachments/scan.rs

## src/attachments/sniff.rs
phrase-text-must-be-utf-n = le texte doit être encodé en UTF-{ $n1 }
phrase-text-must-not-contain-nul-characters = le texte ne doit pas contenir de caractères NUL
phrase-the-file-is-empty = le fichier est vide

## src/auth/commands/account.rs
phrase-time-zone = fuseau horaire
phrase-you-have-no-active-token-with-this-number = vous n'avez aucun jeton actif portant ce numéro

## src/auth/commands/links.rs
phrase-this-link-is-not-valid-it-was-used-already-or-it-has-expired-ask-for-a-new-one = ce lien n'est pas valide : il a déjà été utilisé ou il a expiré ; demandez-en un nouveau

## src/auth/commands/people.rs
phrase-this-account-is-already-active = ce compte est déjà actif
phrase-this-is-the-last-administrator-make-another-one-first = c'est le dernier administrateur : désignez-en d'abord un autre
phrase-you-cannot-deactivate-your-own-account = vous ne pouvez pas désactiver votre propre compte

## src/auth/commands/second_factor.rs
phrase-set-up-two-factor-sign-in-first = activez d'abord la connexion à deux facteurs
phrase-two-factor-sign-in-is-already-set-up-for-this-account = la connexion à deux facteurs est déjà activée pour ce compte
phrase-two-factor-sign-in-is-not-set-up-for-this-account = la connexion à deux facteurs n'est pas activée pour ce compte

## src/auth/invitations.rs

## src/auth/routes.rs

## src/auth/second_factor_pages.rs

## src/awards/amendments.rs
phrase-budget-lines = postes budgétaires
phrase-ends-on = date de fin

## src/awards/conditions.rs
phrase-name-the-report-it-waits-for-after-report-id = indiquez le rapport attendu : after_report:ID
phrase-this-award-has-no-report-n = cette subvention n'a pas de rapport { $n1 }

## src/awards/disbursements.rs
phrase-a-second-person-must-confirm-an-override-you-asked-for-this-one = la levée d'une condition doit être confirmée par une deuxième personne : c'est vous qui l'avez demandée
phrase-installment-n-s-condition-holds-approve-it-there-is-nothing-to-override = la condition de la tranche { $n1 } est remplie : approuvez la tranche, il n'y a pas de condition à lever
phrase-no-override-of-installment-n-has-been-asked-for = aucune levée de la condition n'a été demandée pour la tranche { $n1 }
phrase-paid-amount = montant payé
phrase-paid-currency = devise du paiement
phrase-paid-on = date du paiement
phrase-paying-n-would-take-the-payments-beyond-the-awards-n-n-already-paid = payer { $n1 } porterait les paiements au-delà des { $n2 } de la subvention ({ $n3 } déjà payés)
phrase-payment-reference = référence du paiement
phrase-the-override-of-installment-n-is-already-confirmed = la levée de la condition de la tranche { $n1 } est déjà confirmée
phrase-there-is-no-installment-with-this-number = aucune tranche ne porte ce numéro

## src/awards/model.rs
phrase-a-terminated-awards-agreement-cannot-be-recorded-as-signed = l'accord d'une subvention résiliée ne peut pas être enregistré comme signé
phrase-signed-on = date de signature
phrase-there-is-no-report-with-this-number = aucun rapport ne porte ce numéro

## src/awards/reports.rs
phrase-the-award-is-terminated-it-owes-no-report = la subvention est résiliée : aucun rapport n'est dû

## src/campaigns/model.rs
phrase-lead-organization-ids = organisations chefs de file
phrase-names-an-application-that-does-not-exist = désigne une demande qui n'existe pas
phrase-q-is-not-a-number = « { $q1 } » n'est pas un nombre

## src/coordination/commands.rs
phrase-there-is-no-such-step = cette étape n'existe pas
phrase-this-request-was-just-recorded = cette demande vient d'être enregistrée

## src/coordination/input.rs
phrase-choose-a-state = choisissez un État
phrase-consent-to-share = consentement au partage
phrase-idempotency-key = clé d'idempotence
phrase-is-not-the-iso-n-code-of-a-state-aze-npl-choose-one-from-the-list = n'est pas le code ISO { $n1 } d'un État (AZE, NPL, etc.) ; choisissez-en un dans la liste
phrase-must-be-at-most-n-characters-long = doit comporter au plus { $n1 } caractères
phrase-target-state = État cible
phrase-window-end = fin de la période
phrase-window-start = début de la période

## src/coordination/model.rs
phrase-this-idempotency-key-was-already-used-for-a-different-request = cette clé d'idempotence a déjà été utilisée pour une autre demande

## src/coordination/pages/public.rs

## src/coordination/pages/staff.rs

## src/coordination/token.rs
phrase-this-status-link-is-not-valid = ce lien de suivi n'est pas valide

## src/coordination/transitions.rs
phrase-the-requester-did-not-agree-to-share-this-request-it-stays-with-icbl-staff = le demandeur n'a pas accepté que cette demande soit partagée : elle reste auprès de l'équipe de l'ICBL
phrase-this-request-is-q-it-is-no-longer-shared = cette demande a le statut « { $q1 } » : elle n'est plus partagée
phrase-this-request-was-already-shared-on-q = cette demande a déjà été partagée le { $q1 }

## src/coordination/workflow.rs

## src/dates.rs
phrase-must-be-between-n-and-n = doit se situer entre { $n1 } et { $n2 }

## src/deadlines/feed.rs
phrase-there-is-no-calendar-at-this-address = il n'y a pas de calendrier à cette adresse

## src/error.rs
phrase-a-record-with-these-details-already-exists = un enregistrement comportant ces informations existe déjà
phrase-sign-in-to-continue = connectez-vous pour continuer
phrase-some-fields-need-attention = certains champs demandent votre attention
phrase-something-went-wrong-on-our-side-it-has-been-logged = un problème est survenu de notre côté ; il a été consigné
phrase-the-request-is-too-large = la requête est trop volumineuse
phrase-the-service-cannot-use-its-database-just-now-so-nothing-was-saved-try-again-in-a-moment = le service ne peut pas accéder à sa base de données pour le moment, rien n'a donc été enregistré : réessayez dans un instant
phrase-the-service-is-busy-try-again-in-a-moment = le service est surchargé : réessayez dans un instant
phrase-this-form-has-expired-or-came-from-another-site-reload-the-page-and-try-again = ce formulaire a expiré ou provient d'un autre site : rechargez la page et réessayez
phrase-this-refers-to-a-record-that-does-not-exist-or-is-still-referred-to = ceci renvoie à un enregistrement qui n'existe pas, ou qui est encore référencé ailleurs
phrase-you-are-not-allowed-to-do-this = vous n'avez pas l'autorisation d'effectuer cette action

## src/exchange/mod.rs
phrase-a-n-n-rate-is-already-recorded-for-n-n-q = un taux de change { $n1 } → { $n2 } est déjà enregistré pour le { $n3 } ({ $n4 }, { $q1 })
phrase-has-at-most-n-decimal-places = doit comporter au plus { $n1 } décimales
phrase-is-required = est obligatoire
phrase-is-too-large = dépasse la valeur maximale
phrase-must-be-more-than-zero = doit être supérieur à zéro
phrase-rate-on = date du taux de change

## src/flags/mod.rs
phrase-this-flag-has-already-been-resolved = ce signalement a déjà été traité

## src/inbox/commands.rs
phrase-this-record-has-no-open-flag = cet enregistrement n'a aucun signalement en cours

## src/inbox/pages.rs
phrase-there-is-no-such-kind-of-record = ce type d'enregistrement n'existe pas

## src/letters/commands.rs
phrase-letter-template = modèle de lettre
phrase-the-award-changed-while-its-letter-was-drawn-send-the-letter-again = la subvention a été modifiée pendant la préparation de sa lettre : envoyez de nouveau la lettre
phrase-the-letter-of-an-award-is-sent-while-the-award-is-active-this-one-is-q = la lettre d'une subvention est envoyée tant que la subvention est active : celle-ci a le statut « { $q1 } »

## src/lib.rs
phrase-there-is-nothing-at-this-address = il n'y a rien à cette adresse

## src/members/commands.rs
phrase-only-icbl-staff-can-change-this = seule l'équipe de l'ICBL peut modifier ceci
phrase-publish-grants = publication des subventions

## src/members/model.rs
phrase-contact-email = adresse e-mail de contact

## src/members/pages.rs

## src/money.rs
phrase-cannot-combine-n-with-n = impossible de combiner { $n1 } avec { $n2 }
phrase-enter-a-three-letter-currency-code-like-n-q-is-not-one = Saisissez un code de devise à trois lettres, comme { $n1 } (« { $q1 } » n'en est pas un)
phrase-enter-the-amount-in-n-n-is-another-currency = Saisissez le montant en { $n1 } : { $n2 } est une autre devise
phrase-enter-the-amount-like-n-q-is-not-an-amount = Saisissez le montant, par exemple { $n1 } (« { $q1 } » n'est pas un montant)
phrase-enter-the-amount-with-a-dot-for-decimals-like-n-q-can-be-read-two-ways = Saisissez le montant avec un point pour les décimales, par exemple { $n1 } (« { $q1 } » peut se lire de deux façons)
phrase-enter-the-amount-with-its-currency-code-instead-of-q-like-n = Saisissez le montant avec son code de devise au lieu de « { $q1 } », par exemple { $n1 }
phrase-the-amount-is-too-large = Le montant est trop élevé

## src/notify/commands.rs
phrase-there-is-no-failed-message-with-this-number = aucun message en échec ne porte ce numéro

## src/pagination.rs
phrase-q-is-not-a-whole-number = « { $q1 } » n'est pas un nombre entier

## src/rounds/code.rs
phrase-may-hold-only-letters-a-to-z-digits-and-hyphens-like-iia-n-a = ne peut contenir que des lettres de A à Z, des chiffres et des traits d'union, comme IIA-{ $n1 }A
phrase-must-be-n-to-n-characters-long-like-iia-n-a = doit comporter de { $n1 } à { $n2 } caractères, comme IIA-{ $n3 }A
phrase-must-start-with-a-letter-like-iia-n-a = doit commencer par une lettre, comme IIA-{ $n1 }A
phrase-q-is-not-in-upper-case-as-codes-are-stored = « { $q1 } » n'est pas en majuscules, alors que les codes sont enregistrés en majuscules

## src/rounds/input.rs
phrase-closes-at = date de clôture
phrase-opens-at = date d'ouverture

## src/rounds/model.rs

## src/sensitivity/mod.rs
phrase-review-on = date de réexamen

## src/threads/commands.rs
phrase-this-request-is-closed-and-its-contact-details-removed-it-takes-no-more-replies = cette demande est close et ses coordonnées ont été supprimées : elle n'accepte plus de réponse

## src/threads/pages.rs
phrase-not-sent = Non envoyé

## src/treaty/model.rs
phrase-no-state-has-the-iso-n-code-q = aucun État n'a le code ISO { $n1 } « { $q1 } »

## src/treaty/pages.rs

## src/treaty/record.rs
phrase-entry-into-force-on = date d'entrée en vigueur
phrase-entry-into-force-reason = motif de la date d'entrée en vigueur
phrase-events-are-recorded-in-the-order-they-happen-and-one-of-n-is-already-recorded = les événements sont enregistrés dans l'ordre où ils se produisent, et un événement du { $n1 } est déjà enregistré
phrase-occurred-on = date de l'événement
phrase-this-event-is-already-recorded = cet événement est déjà enregistré

## src/web/assets.rs
phrase-no-such-file = fichier introuvable

## src/web/extract.rs

## missed by the generator
phrase-choose-a-kind-of-approach = choisissez un type de démarche
phrase-choose-joint-or-complementary = choisissez une démarche conjointe ou complémentaire
phrase-leave-this-field-empty-it-is-there-to-catch-automated-submissions = laissez ce champ vide (il sert à repérer les envois automatisés)
phrase-must-be-another-state-than-the-one-making-the-request = doit être un autre État que celui qui fait la demande
phrase-must-be-true-or-false = doit valoir vrai ou faux
phrase-must-be-within-three-years-from-today = doit se situer dans les trois ans à venir
phrase-must-not-be-before-the-start-of-the-window = ne doit pas précéder le début de la période
phrase-the-window-has-passed-give-a-window-to-come = la période est passée ; indiquez une période à venir
phrase-must-be-at-most-n-visible-ascii-characters = doit comporter au plus { $n1 } caractères ASCII visibles
phrase-must-be-at-least-n = doit être au moins égal à { $n1 }
phrase-must-be-at-most-n = doit être au plus égal à { $n1 }
phrase-is-out-of-range = est hors des limites autorisées
phrase-must-be-at-least-n-characters-long = doit comporter au moins { $n1 } caractères
phrase-has-the-wrong-length = n'a pas la bonne longueur
phrase-must-be-an-email-address = doit être une adresse e-mail
phrase-must-be-a-web-address-https = doit être une adresse web (https://…)
phrase-web-address = adresse web
phrase-amount-requested = montant demandé
phrase-maximum-amount = montant maximal
phrase-must-not-be-negative = ne doit pas être négatif
phrase-cannot-be-in-the-future = ne peut pas se situer dans le futur
phrase-must-be-a-number = doit être un nombre
phrase-choose-a-round = choisissez un appel à propositions
phrase-there-is-no-such-round = cet appel à propositions n'existe pas
phrase-there-is-no-such-organization = cette organisation n'existe pas
phrase-must-be-after-the-start = doit se situer après le début
phrase-must-not-be-before-the-start = ne doit pas précéder le début
phrase-give-the-reason-for-the-record = indiquez le motif, qui sera consigné
phrase-a-user-with-this-email-already-exists = un utilisateur a déjà cette adresse e-mail
phrase-another-organization-already-has-this-name = une autre organisation porte déjà ce nom
phrase-is-already-the-name-of-another-round = est déjà le nom d'un autre appel à propositions

## rules the first lists missed, and the ones whose variable words are now quoted values
## (found by tests/it/i18n_phrases.rs, which lists every rule message of src/)
phrase-give-the-persons-e-mail-address = indiquez l'adresse électronique de la personne
phrase-reviewers-do-not-filter-by-organization-some-rounds-are-reviewed-blind = les évaluateurs ne filtrent pas par organisation : certains appels sont évalués à l'aveugle
phrase-choose-what-to-do-with-the-applications-selected = choisissez quoi faire des demandes sélectionnées
phrase-every-id-must-be-a-number = chaque identifiant doit être un nombre
phrase-select-at-least-one-application = sélectionnez au moins une demande
phrase-select-at-most-n-applications-at-a-time-n-were-selected-act-on-them-in-parts = sélectionnez au plus { $n1 } demandes à la fois ({ $n2 } ont été sélectionnées) ; traitez-les en plusieurs fois
phrase-choose-the-reviewer-to-assign = choisissez l'évaluateur à affecter
phrase-give-the-reason-the-organizations-will-read = indiquez le motif que les organisations liront
phrase-export-a-selection-with-get-applications-csv-ids-n = exportez une sélection avec GET /applications.csv?ids={ $n1 }
phrase-choose-a-campaign-from-the-list = Choisissez une campagne dans la liste
phrase-the-campaign-q-is-q-choose-an-open-campaign = La campagne « { $q1 } » a le statut « { $q2 } » ; choisissez une campagne ouverte
phrase-q-is-not-a-tier-of-this-round-use-one-of-q = « { $q1 } » n'est pas un palier de cet appel ; utilisez l'un de ceux-ci : « { $q2 } »
phrase-q-is-not-the-iso-n-code-of-a-state-aze-npl = « { $q1 } » n'est pas le code ISO { $n1 } d'un État (AZE, NPL, etc.)
phrase-q-is-not-the-iso-n-code-of-a-state = « { $q1 } » n'est pas le code ISO { $n1 } d'un État
phrase-at-most-n-activities = au plus { $n1 } activités
phrase-at-most-n-budget-lines = au plus { $n1 } postes budgétaires
phrase-the-budget-lines-add-up-to-n-not-n = le total des postes budgétaires est de { $n1 }, et non de { $n2 }
phrase-q-is-not-an-active-member-so-it-cannot-apply = « { $q1 } » n'est pas une organisation membre active : elle ne peut pas déposer de demande
phrase-choose-a-person-with-the-reviewer-role = choisissez une personne ayant le rôle d'évaluateur
phrase-conflict-of-interest = conflit d'intérêts
phrase-q-is-already-a-reviewer-of-this-application = « { $q1 } » évalue déjà cette demande
phrase-declare-that-you-have-no-conflict-of-interest-before-reviewing = déclarez que vous n'avez aucun conflit d'intérêts avant d'évaluer
phrase-you-cannot-review-this-application = vous ne pouvez pas évaluer cette demande
phrase-cannot-be-more-than-the-n-requested = ne peut pas dépasser les { $n1 } demandés
phrase-is-more-than-the-round-has-left-n-of-n = dépasse ce qu'il reste à l'appel ({ $n1 } sur { $n2 })
phrase-this-round-funds-work-toward-states-not-party-to-the-convention-only = cet appel ne finance que des actions auprès d'États non parties à la Convention
phrase-add-up-to-n-more-than-the-q-tiers-maximum-of-n = totalisent { $n1 }, soit plus que le maximum du palier « { $q1 } », { $n2 }
phrase-say-what-you-would-do-with-a-lower-tiers-amount = dites ce que vous feriez avec le montant d'un palier inférieur
phrase-plan-at-least-one-activity = prévoyez au moins une activité
phrase-add-at-least-one-budget-line = ajoutez au moins un poste budgétaire
phrase-attach-the-registration-certificate-registration-certificate-the-round-requires-it = joignez le certificat d'enregistrement (registration_certificate) : l'appel l'exige
phrase-attach-the-budget-budget-the-round-requires-it = joignez le budget (budget) : l'appel l'exige
phrase-attach-the-letter-of-support-letter-of-support-the-round-requires-it = joignez la lettre de soutien (letter_of_support) : l'appel l'exige
phrase-attach-the-other-document-other-the-round-requires-it = joignez l'autre document (other) : l'appel l'exige
phrase-this-file-is-waiting-for-its-virus-scan-it-can-be-downloaded-once-the-scanner-finds-it-clean-usually-within-minutes = ce fichier attend son analyse antivirus : il pourra être téléchargé dès que l'antivirus l'aura trouvé sain (en général en quelques minutes)
phrase-the-virus-scanner-found-q-in-this-file-it-was-deleted-and-cannot-be-downloaded = l'antivirus a détecté « { $q1 } » dans ce fichier : il a été supprimé et ne peut pas être téléchargé
phrase-a-virus = un virus
phrase-choose-what-kind-of-document-this-is = choisissez le type de ce document
phrase-q-is-not-a-kind-of-document-an-application-holds-use-one-of-q = « { $q1 } » n'est pas un type de document que contient une demande ; utilisez l'un de ceux-ci : « { $q2 } »
phrase-q-is-not-a-kind-of-document-a-report-holds-use-one-of-q = « { $q1 } » n'est pas un type de document que contient un rapport ; utilisez l'un de ceux-ci : « { $q2 } »
phrase-q-is-not-a-kind-of-document-an-award-holds-use-one-of-q = « { $q1 } » n'est pas un type de document que contient une subvention ; utilisez l'un de ceux-ci : « { $q2 } »
phrase-q-is-not-a-kind-of-document-a-campaign-holds-use-one-of-q = « { $q1 } » n'est pas un type de document que contient une campagne ; utilisez l'un de ceux-ci : « { $q2 } »
phrase-q-is-not-a-kind-of-document-an-organization-holds-use-one-of-q = « { $q1 } » n'est pas un type de document que contient une organisation ; utilisez l'un de ceux-ci : « { $q2 } »
phrase-must-be-on-one-line = doit tenir sur une seule ligne
phrase-choose-a-file-to-attach = choisissez un fichier à joindre
phrase-the-file-would-take-the-documents-of-this-application-above-q-the-most-one-record-may-hold-q-are-there-already-remove-one-first = avec ce fichier, les documents de cette demande dépasseraient « { $q1 } », le maximum pour un même dossier (« { $q2 } » sont déjà utilisés) : retirez-en un d'abord
phrase-the-documents-of-this-application-would-go-above-q-the-most-one-record-may-hold-q-are-there-already-remove-one-first = les documents de cette demande dépasseraient « { $q1 } », le maximum pour un même dossier (« { $q2 } » sont déjà utilisés) : retirez-en un d'abord
phrase-the-file-would-take-the-documents-of-this-report-above-q-the-most-one-record-may-hold-q-are-there-already-remove-one-first = avec ce fichier, les documents de ce rapport dépasseraient « { $q1 } », le maximum pour un même dossier (« { $q2 } » sont déjà utilisés) : retirez-en un d'abord
phrase-the-documents-of-this-report-would-go-above-q-the-most-one-record-may-hold-q-are-there-already-remove-one-first = les documents de ce rapport dépasseraient « { $q1 } », le maximum pour un même dossier (« { $q2 } » sont déjà utilisés) : retirez-en un d'abord
phrase-the-file-would-take-the-documents-of-this-award-above-q-the-most-one-record-may-hold-q-are-there-already-remove-one-first = avec ce fichier, les documents de cette subvention dépasseraient « { $q1 } », le maximum pour un même dossier (« { $q2 } » sont déjà utilisés) : retirez-en un d'abord
phrase-the-documents-of-this-award-would-go-above-q-the-most-one-record-may-hold-q-are-there-already-remove-one-first = les documents de cette subvention dépasseraient « { $q1 } », le maximum pour un même dossier (« { $q2 } » sont déjà utilisés) : retirez-en un d'abord
phrase-the-file-would-take-the-documents-of-this-campaign-above-q-the-most-one-record-may-hold-q-are-there-already-remove-one-first = avec ce fichier, les documents de cette campagne dépasseraient « { $q1 } », le maximum pour un même dossier (« { $q2 } » sont déjà utilisés) : retirez-en un d'abord
phrase-the-documents-of-this-campaign-would-go-above-q-the-most-one-record-may-hold-q-are-there-already-remove-one-first = les documents de cette campagne dépasseraient « { $q1 } », le maximum pour un même dossier (« { $q2 } » sont déjà utilisés) : retirez-en un d'abord
phrase-the-file-would-take-the-documents-of-this-organization-above-q-the-most-one-record-may-hold-q-are-there-already-remove-one-first = avec ce fichier, les documents de cette organisation dépasseraient « { $q1 } », le maximum pour un même dossier (« { $q2 } » sont déjà utilisés) : retirez-en un d'abord
phrase-the-documents-of-this-organization-would-go-above-q-the-most-one-record-may-hold-q-are-there-already-remove-one-first = les documents de cette organisation dépasseraient « { $q1 } », le maximum pour un même dossier (« { $q2 } » sont déjà utilisés) : retirez-en un d'abord
phrase-the-upload-is-larger-than-the-service-accepts = l'envoi dépasse la taille que le service accepte
phrase-send-one-file-at-a-time = envoyez un fichier à la fois
phrase-a-member-belongs-to-an-organization = un membre appartient à une organisation
phrase-there-is-no-organization-n = il n'y a pas d'organisation { $n1 }
phrase-only-members-belong-to-an-organization = seuls les membres appartiennent à une organisation
phrase-give-the-token-a-name-of-n-to-n-characters-e-g-reporting-script = donnez au jeton un nom de { $n1 } à { $n2 } caractères, par exemple « script de rapports »
phrase-q-is-not-a-time-zone-choose-one-from-the-list = « { $q1 } » n'est pas un fuseau horaire ; choisissez-en un dans la liste
phrase-q-is-not-a-language-of-clearway-choose-one-from-the-list = « { $q1 } » n'est pas une langue de Clearway ; choisissez-en une dans la liste
phrase-the-password-must-be-at-least-n-characters-long = Le mot de passe doit comporter au moins { $n1 } caractères
phrase-the-password-must-be-at-most-n-characters-long = Le mot de passe doit comporter au plus { $n1 } caractères
phrase-the-password-must-not-contain-your-name-or-your-email = Le mot de passe ne doit contenir ni votre nom ni votre adresse électronique
phrase-the-two-passwords-differ = Les deux mots de passe sont différents
phrase-q-is-not-an-organization-number = « { $q1 } » n'est pas un numéro d'organisation
phrase-a-member-belongs-to-an-organization-choose-it = un membre appartient à une organisation : choisissez-la
phrase-this-person-already-has-an-account = cette personne a déjà un compte
phrase-is-not-an-organization-number = n'est pas un numéro d'organisation
phrase-this-account-is-already-deactivated = ce compte est déjà désactivé
phrase-this-key-was-replaced-when-two-factor-sign-in-was-set-up-in-another-browser-open-the-page-again-and-set-up-your-app-with-the-key-it-shows = cette clé a été remplacée lorsque la connexion à deux facteurs a été configurée dans un autre navigateur : rouvrez la page et configurez votre application avec la clé qu'elle affiche
phrase-two-factor-sign-in-is-required-of-member-organization-accounts-it-cannot-be-turned-off = la connexion à deux facteurs est obligatoire pour les comptes « organisation membre » : elle ne peut pas être désactivée
phrase-two-factor-sign-in-is-required-of-reviewer-accounts-it-cannot-be-turned-off = la connexion à deux facteurs est obligatoire pour les comptes « évaluateur » : elle ne peut pas être désactivée
phrase-two-factor-sign-in-is-required-of-programme-staff-accounts-it-cannot-be-turned-off = la connexion à deux facteurs est obligatoire pour les comptes « personnel du programme » : elle ne peut pas être désactivée
phrase-two-factor-sign-in-is-required-of-finance-accounts-it-cannot-be-turned-off = la connexion à deux facteurs est obligatoire pour les comptes « finances » : elle ne peut pas être désactivée
phrase-two-factor-sign-in-is-required-of-administrator-accounts-it-cannot-be-turned-off = la connexion à deux facteurs est obligatoire pour les comptes « administrateur » : elle ne peut pas être désactivée
phrase-n-is-not-an-installment-still-scheduled = le n°{ $n1 } n'est pas une tranche encore prévue
phrase-n-is-given-twice = le n°{ $n1 } est indiqué deux fois
phrase-only-one-new-installment-can-come-with-an-amount-change = un changement de montant ne peut ajouter qu'une seule nouvelle tranche
phrase-give-an-amount-for-installment-n = indiquez un montant pour la tranche n°{ $n1 }
phrase-add-up-to-n-the-new-amount-less-what-is-approved-or-paid-not-n = doivent totaliser { $n1 } (le nouveau montant moins ce qui est approuvé ou payé), et non { $n2 }
phrase-must-be-after-the-current-end-n = doit être postérieure à la fin actuelle, le { $n1 }
phrase-give-the-revised-lines = indiquez les lignes révisées
phrase-add-up-to-n-not-the-awards-n = totalisent { $n1 }, et non les { $n2 } de la subvention
phrase-cannot-be-less-than-what-is-already-approved-or-paid-n = ne peut pas être inférieur à ce qui est déjà approuvé ou payé ({ $n1 })
phrase-the-increase-n-is-more-than-the-round-has-left-n = l'augmentation ({ $n1 }) dépasse ce qu'il reste à l'appel ({ $n2 })
phrase-confirm-the-schedule-for-the-new-amount-proposed-n-or-change-it-adding-up-to-n = confirmez l'échéancier pour le nouveau montant : { $n1 } proposés (ou modifiez-le pour un total de { $n2 })
phrase-q-is-not-a-grouping-use-round-state-or-organization = « { $q1 } » n'est pas un regroupement ; utilisez round, state ou organization
phrase-q-is-not-a-date-yyyy-mm-dd = « { $q1 } » n'est pas une date (AAAA-MM-JJ)
phrase-the-banks-reference = la référence de la banque
phrase-write-why-it-should-be-paid-although-its-condition-does-not-hold = expliquez pourquoi elle doit être payée bien que sa condition ne soit pas remplie
phrase-for-an-installment-due-on-its-date = pour une tranche due à sa date
phrase-with-what-is-approved-and-paid-n-the-installments-add-up-to-n-not-the-awards-n = avec ce qui est approuvé et payé ({ $n1 }), les tranches totalisent { $n2 }, et non les { $n3 } de la subvention
phrase-an-installment-paid-in-n-is-paid-as-scheduled-n-change-the-schedule-first-to-pay-another-amount = une tranche payée en { $n1 } est payée comme prévu, { $n2 } : modifiez d'abord l'échéancier pour payer un autre montant
phrase-no-rate-applies-to-a-payment-in-n = aucun taux ne s'applique à un paiement en { $n1 }
phrase-give-the-amount-paid-in-n = indiquez le montant payé en { $n1 }
phrase-no-n-n-rate-is-recorded-on-or-before-n-record-one-under-exchange-rates-or-give-the-rate-the-bank-used = aucun taux { $n1 } → { $n2 } n'est enregistré au { $n3 } ou avant : enregistrez-en un sous Taux de change, ou indiquez le taux appliqué par la banque
phrase-is-worth-nothing-in-n-at-n = ne vaut rien en { $n1 } au taux de { $n2 }
phrase-give-the-reason-for-the-record-and-the-organization = indiquez le motif, pour le dossier et pour l'organisation
phrase-the-award-cannot-be-completed-yet = la subvention ne peut pas encore être clôturée
phrase-tell-what-was-done = dites ce qui a été fait
phrase-at-most-n-outcomes-of-n-characters-each = au plus { $n1 } résultats de { $n2 } caractères chacun
phrase-a-financial-report-declares-what-was-spent-by-category = un rapport financier déclare les dépenses, par catégorie
phrase-the-spending-goes-beyond-the-budget-n-write-a-note-to-accept-it = les dépenses dépassent le budget ({ $n1 }) : rédigez une note pour les accepter
phrase-say-what-the-organization-should-revise = dites ce que l'organisation doit réviser
phrase-an-award-that-is-suspended-cannot-be-amended = une subvention suspendue ne peut pas être modifiée
phrase-the-award-is-suspended-nothing-is-paid-on-it = la subvention est suspendue : aucun paiement n'est effectué à son titre
phrase-the-schedule-of-an-award-that-is-suspended-cannot-change = l'échéancier d'une subvention suspendue ne peut pas être modifié
phrase-an-award-that-is-completed-cannot-be-amended = une subvention clôturée ne peut pas être modifiée
phrase-the-award-is-completed-nothing-is-paid-on-it = la subvention est clôturée : aucun paiement n'est effectué à son titre
phrase-the-schedule-of-an-award-that-is-completed-cannot-change = l'échéancier d'une subvention clôturée ne peut pas être modifié
phrase-an-award-that-is-terminated-cannot-be-amended = une subvention résiliée ne peut pas être modifiée
phrase-the-award-is-terminated-nothing-is-paid-on-it = la subvention est résiliée : aucun paiement n'est effectué à son titre
phrase-the-schedule-of-an-award-that-is-terminated-cannot-change = l'échéancier d'une subvention résiliée ne peut pas être modifié
phrase-installment-n-is-approved-for-payment-only-a-scheduled-installments-condition-can-be-overridden = la tranche { $n1 } est approuvée pour paiement : seule la condition d'une tranche prévue peut faire l'objet d'une dérogation
phrase-installment-n-is-approved-for-payment-there-is-nothing-left-to-confirm = la tranche { $n1 } est approuvée pour paiement : il n'y a plus rien à confirmer
phrase-installment-n-is-paid-only-a-scheduled-installments-condition-can-be-overridden = la tranche { $n1 } est payée : seule la condition d'une tranche prévue peut faire l'objet d'une dérogation
phrase-installment-n-is-paid-there-is-nothing-left-to-confirm = la tranche { $n1 } est payée : il n'y a plus rien à confirmer
phrase-installment-n-is-cancelled-only-a-scheduled-installments-condition-can-be-overridden = la tranche { $n1 } est annulée : seule la condition d'une tranche prévue peut faire l'objet d'une dérogation
phrase-installment-n-is-cancelled-there-is-nothing-left-to-confirm = la tranche { $n1 } est annulée : il n'y a plus rien à confirmer
phrase-the-report-is-submitted-there-is-no-draft-to-save = le rapport est soumis : il n'y a pas de brouillon à enregistrer
phrase-the-report-is-accepted-there-is-no-draft-to-save = le rapport est accepté : il n'y a pas de brouillon à enregistrer
phrase-choose-a-kind-of-activity = choisissez un type d'activité
phrase-say-what-happened = dites ce qui s'est passé
phrase-choose-the-state-the-campaign-aims-at = choisissez l'État visé par la campagne
phrase-names-an-organization-that-does-not-exist = désigne une organisation qui n'existe pas
phrase-write-the-message-the-requester-will-read = rédigez le message que le demandeur lira
phrase-is-not-utf-n-text = n'est pas du texte UTF-{ $n1 }
phrase-must-differ-from-the-currency-converted-from = doit être différente de la devise convertie
phrase-where-the-rate-comes-from = la source du taux
phrase-the-first-line-must-name-the-columns-q = la première ligne doit nommer les colonnes « { $q1 } »
phrase-holds-no-rate = ne contient aucun taux
phrase-only-icbl-staff-decide-what-the-open-data-names = seule l'équipe de l'ICBL décide de ce que les données ouvertes nomment
phrase-must-be-a-web-address-starting-with-https = doit être une adresse web commençant par https://
phrase-cannot-change-once-applications-have-been-submitted-they-carry-references-q-and-on = ne peut plus changer une fois des demandes soumises : elles portent les références « { $q1 } » et suivantes
phrase-must-be-after-the-opening = doit être postérieure à l'ouverture
phrase-cannot-change-once-applications-have-been-submitted = ne peut plus changer une fois des demandes soumises
phrase-name-at-least-one-tier-and-its-maximum-amount = indiquez au moins un palier et son montant maximal
phrase-is-already-the-name-of-another-tier = est déjà le nom d'un autre palier
phrase-cannot-be-more-than-the-rounds-budget = ne peut pas dépasser le budget de l'appel
phrase-must-be-a-number-of-days-from-n-to-n = doit être un nombre de jours de { $n1 } à { $n2 }
phrase-is-already-the-code-of-another-round = est déjà le code d'un autre appel
phrase-q-is-already-the-code-of-the-round-q-choose-another = « { $q1 } » est déjà le code de l'appel « { $q2 } » ; choisissez-en un autre
phrase-cannot-be-less-than-what-is-already-awarded-n = ne peut pas être inférieur à ce qui est déjà attribué ({ $n1 })
phrase-give-the-reason-the-names-are-needed-it-is-audited = indiquez pourquoi les noms sont nécessaires (c'est consigné dans le journal d'audit)
phrase-must-be-after-today = doit être postérieure à aujourd'hui
phrase-when-the-marking-is-to-be-reviewed = quand le marquage doit être réexaminé
phrase-only-icbl-staff-write-internal-notes = seule l'équipe de l'ICBL rédige des notes internes
phrase-must-not-be-before-n-december-n-when-the-convention-opened-for-signature = ne peut pas être antérieure au { $n1 } décembre { $n2 }, date d'ouverture de la Convention à la signature
phrase-is-in-the-future-today-is-n-record-it-on-the-day-it-happens = est dans le futur (nous sommes le { $n1 }) : enregistrez-le le jour où il a lieu
phrase-must-be-within-a-year-from-today = doit se situer dans l'année à venir
phrase-goes-only-with-a-ratification-accession-or-succession = ne s'applique qu'à une ratification, une adhésion ou une succession
phrase-must-not-be-before-n-march-n-when-the-convention-entered-into-force = ne peut pas être antérieure au { $n1 } mars { $n2 }, date d'entrée en vigueur de la Convention
phrase-must-be-within-a-year-of-the-deposit = doit se situer dans l'année qui suit le dépôt
phrase-for-a-succession-the-date-the-successor-state-names-often-its-independence = pour une succession : la date que l'État successeur indique (souvent celle de son indépendance)
phrase-say-why-the-entry-into-force-is-not-article-n-s-date-n = dites pourquoi l'entrée en vigueur n'est pas à la date de l'article { $n1 }, le { $n2 }
phrase-an-application-that-is-q-cannot-be-submitted = une demande au statut « { $q1 } » ne peut pas être soumise
phrase-an-application-that-is-q-cannot-be-put-under-review = une demande au statut « { $q1 } » ne peut pas être mise en évaluation
phrase-an-application-that-is-q-cannot-be-sent-back-for-changes = une demande au statut « { $q1 } » ne peut pas être renvoyée pour modifications
phrase-an-application-that-is-q-cannot-be-resubmitted = une demande au statut « { $q1 } » ne peut pas être soumise à nouveau
phrase-an-application-that-is-q-cannot-be-approved = une demande au statut « { $q1 } » ne peut pas être approuvée
phrase-an-application-that-is-q-cannot-be-rejected = une demande au statut « { $q1 } » ne peut pas être refusée
phrase-an-application-that-is-q-cannot-be-withdrawn = une demande au statut « { $q1 } » ne peut pas être retirée
phrase-a-coordination-request-that-is-q-cannot-be-acknowledged = une demande de coordination au statut « { $q1 } » ne peut pas faire l'objet d'un accusé de réception
phrase-a-coordination-request-that-is-q-cannot-be-moved-to-coordinating = une demande de coordination au statut « { $q1 } » ne peut pas passer en coordination
phrase-a-coordination-request-that-is-q-cannot-be-marked-as-agreed = une demande de coordination au statut « { $q1 } » ne peut pas être marquée comme convenue
phrase-a-coordination-request-that-is-q-cannot-be-completed = une demande de coordination au statut « { $q1 } » ne peut pas être terminée
phrase-a-coordination-request-that-is-q-cannot-be-declined = une demande de coordination au statut « { $q1 } » ne peut pas être déclinée
phrase-a-coordination-request-that-is-q-cannot-be-withdrawn = une demande de coordination au statut « { $q1 } » ne peut pas être retirée
phrase-the-virus-scanner-found-q-in-the-file-it-was-not-saved-attach-a-clean-copy = l'antivirus a détecté « { $q1 } » dans le fichier : il n'a pas été enregistré. Joignez une copie saine
phrase-too-many-requests-from-this-address-try-again-in-n-minute = trop de requêtes depuis cette adresse : réessayez dans { $n1 } minute
phrase-too-many-requests-from-this-address-try-again-in-n-minutes = trop de requêtes depuis cette adresse : réessayez dans { $n1 } minutes
phrase-the-query-string-cannot-be-read = la chaîne de requête ne peut pas être lue
phrase-its-agreement-has-no-signature-recorded = aucune signature de sa convention n'est enregistrée
phrase-n-of-its-reports-are-not-accepted-yet = { $n1 } de ses rapports ne sont pas encore acceptés
phrase-n-of-its-installments-are-neither-paid-nor-cancelled = { $n1 } de ses tranches ne sont ni payées ni annulées
phrase-n-of-its-reports-are-not-accepted-yet-and-n-of-its-installments-are-neither-paid-nor-cancelled = { $n1 } de ses rapports ne sont pas encore acceptés et { $n2 } de ses tranches ne sont ni payées ni annulées
phrase-the-letter-template-of-the-round-q-does-not-render-q-correct-it-on-the-rounds-page = le modèle de lettre de l'appel « { $q1 } » ne peut pas être produit (« { $q2 } ») : corrigez-le sur la page de l'appel
phrase-must-be-n-to-n-characters-long = doit comporter de { $n1 } à { $n2 } caractères
phrase-some-parameters-are-not-valid = certains paramètres ne sont pas valides
phrase-this-address-does-not-accept-that-method = cette adresse n'accepte pas cette méthode
phrase-the-request-took-too-long = la requête a pris trop de temps
phrase-the-requests-content-type-is-not-accepted = le type de contenu de la requête n'est pas accepté
phrase-the-request-could-not-be-handled = la requête n'a pas pu être traitée
phrase-activity-description-in-row-n = description de l'activité, ligne { $n1 }
phrase-activity-ends-on-in-row-n = date de fin de l'activité, ligne { $n1 }
phrase-activity-starts-on-in-row-n = date de début de l'activité, ligne { $n1 }
phrase-activity-kind-in-row-n = type d'activité, ligne { $n1 }
phrase-line-amount-in-row-n = montant du poste budgétaire, ligne { $n1 }
phrase-line-category-in-row-n = catégorie du poste budgétaire, ligne { $n1 }
phrase-line-description-in-row-n = description du poste budgétaire, ligne { $n1 }
phrase-installment-amount-in-row-n = montant de la tranche, ligne { $n1 }
phrase-installment-sequence-in-row-n = numéro de la tranche, ligne { $n1 }
phrase-spending-amount-in-row-n = montant dépensé, ligne { $n1 }
phrase-spending-category-in-row-n = catégorie de dépenses, ligne { $n1 }
phrase-tier-name-in-row-n = nom du palier, ligne { $n1 }
phrase-tier-max-in-row-n = montant maximal du palier, ligne { $n1 }
phrase-name-of-tier-n = nom du palier { $n1 }
phrase-tier-n = palier { $n1 }
phrase-kind-of-activity-n = type de l'activité { $n1 }
phrase-title-of-activity-n = titre de l'activité { $n1 }
phrase-amount-of-budget-line-n = montant du poste budgétaire { $n1 }
phrase-category-of-budget-line-n = catégorie du poste budgétaire { $n1 }
phrase-description-of-budget-line-n = description du poste budgétaire { $n1 }
phrase-required-document-n = document exigé { $n1 }
phrase-the-file-is-larger-than-q-the-largest-file-accepted = le fichier dépasse « { $q1 } », la taille maximale acceptée

## a rule's refusal with the reason of another rule ("head: reason", see src/i18n/phrases.rs)
phrase-head-and-reason = { $head } : { $reason }

## the statuses a rule names in quotes, as a status (French and Spanish: agreeing with "statut",
## "estado")
phrase-value-draft = brouillon
phrase-value-submitted = soumis
phrase-value-under-review = en cours d'évaluation
phrase-value-changes-requested = modifications demandées
phrase-value-approved = approuvé
phrase-value-rejected = refusé
phrase-value-withdrawn = retiré
phrase-value-received = reçu
phrase-value-acknowledged = réception confirmée
phrase-value-coordinating = en cours de coordination
phrase-value-joint-approach-agreed = démarche conjointe convenue
phrase-value-completed = terminé
phrase-value-declined = décliné
phrase-value-planning = en préparation
phrase-value-active = en cours
phrase-value-paused = en pause
phrase-value-achieved = objectif atteint
phrase-value-closed = clos
phrase-value-suspended = suspendu
phrase-value-terminated = résilié
