# Lettres d'attribution : la page de la lettre d'une subvention et le formulaire du modèle de
# lettre d'un appel (le texte de la lettre est le modèle de l'appel, dans la langue de l'appel).

letters-award-title = Lettre d'attribution { $reference }
letters-round-title = La lettre d'attribution de { $name }
letters-download = Télécharger le PDF
letters-print-hint = ou imprimez cette page : la navigation et les boutons du site ne sont pas imprimés.
letters-send-hint = L'envoi conserve le PDF parmi les documents de la subvention et informe { $organization } par courriel qu'il s'y trouve, pour signature et renvoi.
letters-send = Envoyer la lettre
letters-the-letter = La lettre
letters-name-date = Nom, date
letters-round-default = L'appel utilise la lettre par défaut. Modifiez-la ci-dessous pour donner à ses subventions une lettre qui leur soit propre.
letters-round-own = L'appel a sa propre lettre.
letters-template = Modèle de lettre
letters-help-handlebars = Handlebars :
letters-help-prints = affiche une variable,
letters-help-repeats = se répète pour chaque élément,
letters-help-chooses = choisit. Une variable absente de la liste ci-dessous est refusée.
letters-help-lines = Les lignes se lisent ainsi :
letters-help-title = Titre
letters-help-heading = Intertitre
letters-help-table = une ligne de tableau (la première ligne est l'en-tête),
letters-help-item = élément
letters-help-list = une liste,
letters-help-for = [signature] Pour
letters-help-signature = une ligne à signer ; tout le reste est du texte (une ligne vide termine un paragraphe).
letters-variables = Les variables d'une lettre
letters-variable = Variable
letters-variable-what = Ce qu'elle contient
letters-preview = Aperçu
letters-save = Enregistrer le modèle
letters-reset = Revenir à la lettre par défaut
letters-preview-heading = Aperçu, avec des chiffres fictifs
letters-flash-reset = L'appel utilise de nouveau la lettre par défaut.
letters-flash-saved = Le modèle de lettre est enregistré.

## Les variables qu'un modèle de lettre peut utiliser.
letters-variable-date = la date de la lettre : 1er décembre 2026
letters-variable-organization-name = le nom de l'organisation membre
letters-variable-organization-acronym = son sigle (peut être vide)
letters-variable-organization-country = son pays
letters-variable-award-reference = la référence de la subvention : IIA-2027A-0001
letters-variable-award-amount = le montant avec sa devise : 4 000,00 USD
letters-variable-award-amount-value = le montant seul : 4000.00
letters-variable-award-currency = le code de la devise : USD
letters-variable-award-starts-on = le jour où la subvention commence
letters-variable-award-ends-on = le jour où elle se termine
letters-variable-award-signed-on = le jour où la convention a été signée (vide jusque-là)
letters-variable-project-title = le titre de la demande de subvention
letters-variable-round-name = le nom de l'appel
letters-variable-round-code = le code de l'appel
letters-variable-round-programme = le programme de l'appel
letters-variable-installments = l'échéancier des paiements, chaque tranche avec number, amount, due_on, condition et note
letters-variable-reports = les rapports à rendre, chacun avec kind et due_on
letters-variable-conditions = les conditions de la subvention, une par élément
letters-variable-signatures = les signataires, chacun avec party et role : l'ICBL, puis l'organisation


## The default letter's values (the letter itself: templates/awards/letter_default.{en,fr,es}.hbs)
letters-funder = la Campagne internationale pour interdire les mines terrestres
letters-role-grants-officer = Responsable des subventions
letters-role-representative = représentant habilité
letters-sample-project = Entretiens avec le ministère de la Défense (exemple)
letters-sample-condition = Les photos des réunions sont jointes au rapport final.
letters-pdf-footer = { $footer } · page { $page } sur { $count }
