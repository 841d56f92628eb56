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
phrase-thank-you-your-declaration-is-recorded-you-can-now-review-the-application = Merci : votre déclaration est enregistrée. Vous pouvez maintenant évaluer la demande

## src/applications/model.rs
phrase-an-application-that-is-n-cannot-be-changed = une demande au statut « { $n1 } » ne peut pas être modifiée
phrase-the-round-n-is-not-open-for-applications = l'appel à propositions « { $n1 } » n'est pas ouvert aux demandes

## src/applications/reviewers.rs
phrase-there-is-no-reviewer-with-this-number = aucun évaluateur ne porte ce numéro

## src/applications/reviews.rs
phrase-give-a-score-from-n-to-n = donnez une note de { $n1 } à { $n2 }
phrase-no-conflict = absence de conflit d'intérêts
phrase-reviewers-are-assigned-to-submitted-applications-this-one-is-n = les évaluateurs sont affectés aux demandes soumises ; celle-ci a le statut « { $n1 } »
phrase-the-applicant-organization-is-gone = l'organisation demandeuse n'existe plus
phrase-the-application-is-n-its-reviews-are-closed = la demande a le statut « { $n1 } » ; ses évaluations sont closes
phrase-you-cannot-review-this-application-n = vous ne pouvez pas évaluer cette demande : { $n1 }

## src/applications/revisions_page.rs
phrase-there-is-no-revision-n = il n'y a pas de révision { $n1 }
phrase-this-application-has-no-revision-yet = cette demande n'a encore aucune révision

## src/applications/transitions.rs
phrase-lower-tier-plan = plan pour le palier inférieur
phrase-starts-on = date de début
phrase-the-round-n-closed-on-n-applications-can-no-longer-be-submitted = l'appel à propositions « { $n1 } » a été clôturé le { $n2 } ; il n'est plus possible de soumettre de demande

## src/applications/workflow.rs
phrase-an-application-that-is-n-cannot-be-n = une demande au statut « { $n1 } » ne peut pas être { $n2 }

## src/attachments/mod.rs
phrase-there-is-no-attachment-with-this-number = aucune pièce jointe ne porte ce numéro

## src/attachments/scan.rs
phrase-the-virus-scanner-found-n-in-the-file-it-was-not-saved-attach-a-clean-copy = l'antivirus a détecté { $n1 } dans le fichier : il n'a pas été enregistré. Joignez une copie saine

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
phrase-two-factor-sign-in-is-required-of-n-accounts-it-cannot-be-turned-off = la connexion à deux facteurs est obligatoire pour les comptes « { $n1 } » : elle ne peut pas être désactivée

## src/auth/invitations.rs
phrase-an-invitation-is-on-its-way-to-n = Une invitation a été envoyée à { $n1 }
phrase-not-done-n = Action non effectuée : { $n1 }

## src/auth/routes.rs
phrase-times-are-now-shown-in-n-time-with-utc-beside-them = Les heures sont désormais affichées à l'heure de { $n1 }, avec l'heure UTC à côté
phrase-you-are-signed-out-on-every-device-and-your-api-tokens-are-revoked = Votre session est fermée sur tous vos appareils et vos jetons d'API sont révoqués

## src/auth/second_factor_pages.rs
phrase-two-factor-sign-in-is-off-your-password-alone-signs-you-in = La connexion à deux facteurs est désactivée : votre mot de passe suffit pour vous connecter

## src/awards/amendments.rs
phrase-an-award-that-is-n-cannot-be-amended = une subvention au statut « { $n1 } » ne peut pas être modifiée
phrase-budget-lines = postes budgétaires
phrase-ends-on = date de fin

## src/awards/conditions.rs
phrase-name-the-report-it-waits-for-after-report-id = indiquez le rapport attendu : after_report:ID
phrase-this-award-has-no-report-n = cette subvention n'a pas de rapport { $n1 }

## src/awards/disbursements.rs
phrase-a-second-person-must-confirm-an-override-you-asked-for-this-one = la levée d'une condition doit être confirmée par une deuxième personne : c'est vous qui l'avez demandée
phrase-installment-n-is-n-only-a-scheduled-installments-condition-can-be-overridden = la tranche { $n1 } a le statut « { $n2 } » : seule la condition d'une tranche programmée peut être levée
phrase-installment-n-is-n-there-is-nothing-left-to-confirm = la tranche { $n1 } a le statut « { $n2 } » : il n'y a plus rien à confirmer
phrase-installment-n-s-condition-holds-approve-it-there-is-nothing-to-override = la condition de la tranche { $n1 } est remplie : approuvez la tranche, il n'y a pas de condition à lever
phrase-no-override-of-installment-n-has-been-asked-for = aucune levée de la condition n'a été demandée pour la tranche { $n1 }
phrase-paid-amount = montant payé
phrase-paid-currency = devise du paiement
phrase-paid-on = date du paiement
phrase-paying-n-would-take-the-payments-beyond-the-awards-n-n-already-paid = payer { $n1 } porterait les paiements au-delà des { $n2 } de la subvention ({ $n3 } déjà payés)
phrase-payment-reference = référence du paiement
phrase-the-award-is-n-nothing-is-paid-on-it = la subvention a le statut « { $n1 } » : aucun paiement n'est effectué à ce titre
phrase-the-override-of-installment-n-is-already-confirmed = la levée de la condition de la tranche { $n1 } est déjà confirmée
phrase-the-schedule-of-an-award-that-is-n-cannot-change = le calendrier d'une subvention au statut « { $n1 } » ne peut pas être modifié
phrase-there-is-no-installment-with-this-number = aucune tranche ne porte ce numéro

## src/awards/model.rs
phrase-a-terminated-awards-agreement-cannot-be-recorded-as-signed = l'accord d'une subvention résiliée ne peut pas être enregistré comme signé
phrase-signed-on = date de signature
phrase-the-award-cannot-be-completed-yet-n = la subvention ne peut pas encore être clôturée : { $n1 }
phrase-there-is-no-report-with-this-number = aucun rapport ne porte ce numéro

## src/awards/reports.rs
phrase-the-award-is-terminated-it-owes-no-report = la subvention est résiliée : aucun rapport n'est dû
phrase-the-report-is-n-there-is-no-draft-to-save = le rapport a le statut « { $n1 } » : il n'y a pas de brouillon à enregistrer

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
phrase-not-withdrawn-n = Non retirée : { $n1 }

## src/coordination/pages/staff.rs
phrase-not-shared-n = Non partagée : { $n1 }

## src/coordination/token.rs
phrase-this-status-link-is-not-valid = ce lien de suivi n'est pas valide

## src/coordination/transitions.rs
phrase-the-requester-did-not-agree-to-share-this-request-it-stays-with-icbl-staff = le demandeur n'a pas accepté que cette demande soit partagée : elle reste auprès de l'équipe de l'ICBL
phrase-this-request-is-n-it-is-no-longer-shared = cette demande a le statut « { $n1 } » : elle n'est plus partagée
phrase-this-request-was-already-shared-on-n = cette demande a déjà été partagée le { $n1 }

## src/coordination/workflow.rs
phrase-a-coordination-request-that-is-n-cannot-be-n = une demande de coordination au statut « { $n1 } » ne peut pas être { $n2 }

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
phrase-too-many-requests-from-this-address-try-again-in-n-minute-n = trop de requêtes depuis cette adresse : réessayez dans { $n1 } minute{ $n2 }
phrase-you-are-not-allowed-to-do-this = vous n'avez pas l'autorisation d'effectuer cette action

## src/exchange/mod.rs
phrase-a-n-n-rate-is-already-recorded-for-n-n-n = un taux de change { $n1 } → { $n2 } est déjà enregistré pour le { $n3 } ({ $n4 }, { $n5 })
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
phrase-not-resolved-n = Non traité : { $n1 }
phrase-there-is-no-such-kind-of-record = ce type d'enregistrement n'existe pas

## src/letters/commands.rs
phrase-letter-template = modèle de lettre
phrase-the-award-changed-while-its-letter-was-drawn-send-the-letter-again = la subvention a été modifiée pendant la préparation de sa lettre : envoyez de nouveau la lettre
phrase-the-letter-of-an-award-is-sent-while-the-award-is-active-this-one-is-n = la lettre d'une subvention est envoyée tant que la subvention est active : celle-ci a le statut « { $n1 } »

## src/lib.rs
phrase-there-is-nothing-at-this-address = il n'y a rien à cette adresse

## src/members/commands.rs
phrase-only-icbl-staff-can-change-this = seule l'équipe de l'ICBL peut modifier ceci
phrase-publish-grants = publication des subventions

## src/members/model.rs
phrase-contact-email = adresse e-mail de contact

## src/members/pages.rs
phrase-the-changes-are-saved = Les modifications sont enregistrées

## src/money.rs
phrase-cannot-combine-n-with-n = impossible de combiner { $n1 } avec { $n2 }
phrase-enter-a-three-letter-currency-code-like-usd-q-is-not-one = Saisissez un code de devise à trois lettres, comme USD (« { $q1 } » n'en est pas un)
phrase-enter-the-amount-in-n-n-is-another-currency = Saisissez le montant en { $n1 } : { $n2 } est une autre devise
phrase-enter-the-amount-like-n-q-is-not-an-amount = Saisissez le montant, par exemple { $n1 } (« { $q1 } » n'est pas un montant)
phrase-enter-the-amount-with-a-dot-for-decimals-like-n-q-can-be-read-two-ways = Saisissez le montant avec un point pour les décimales, par exemple { $n1 } (« { $q1 } » peut se lire de deux façons)
phrase-enter-the-amount-with-its-currency-code-instead-of-q-like-n-n = Saisissez le montant avec son code de devise au lieu de « { $q1 } », par exemple { $n1 } { $n2 }
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
phrase-is-already-the-n-of-another-round = est déjà le { $n1 } d'un autre appel à propositions

## src/sensitivity/mod.rs
phrase-review-on = date de réexamen

## src/threads/commands.rs
phrase-this-request-is-closed-and-its-contact-details-removed-it-takes-no-more-replies = cette demande est close et ses coordonnées ont été supprimées : elle n'accepte plus de réponse

## src/threads/pages.rs
phrase-not-sent-n = Non envoyé : { $n1 }

## src/treaty/model.rs
phrase-no-state-has-the-iso-n-code-q = aucun État n'a le code ISO { $n1 } « { $q1 } »

## src/treaty/pages.rs
phrase-not-recorded-n = Non enregistré : { $n1 }
phrase-recorded-n-on-n = Enregistré : { $n1 } le { $n2 }

## src/treaty/record.rs
phrase-entry-into-force-on = date d'entrée en vigueur
phrase-entry-into-force-reason = motif de la date d'entrée en vigueur
phrase-events-are-recorded-in-the-order-they-happen-and-one-of-n-is-already-recorded = les événements sont enregistrés dans l'ordre où ils se produisent, et un événement du { $n1 } est déjà enregistré
phrase-occurred-on = date de l'événement
phrase-this-event-is-already-recorded = cet événement est déjà enregistré

## src/web/assets.rs
phrase-no-such-file = fichier introuvable

## src/web/extract.rs
phrase-the-query-string-cannot-be-read-n = les paramètres de l'adresse sont illisibles : { $n1 }

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
