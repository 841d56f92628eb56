# Les échéances d'une personne et son calendrier en ligne.

deadlines-lead = Les dates des dossiers dont vous vous occupez : clôtures d'appels, brouillons à soumettre, évaluations, rapports et tranches à échéance. De 60 jours en arrière à un an en avant.
deadlines-lead-staff = Les dates des dossiers dont vous vous occupez : clôtures d'appels, brouillons à soumettre, évaluations, rapports et tranches à échéance, demandes dont accuser réception. De 60 jours en arrière à un an en avant.
deadlines-past = Échéances dépassées
deadlines-past-caption = Échéances dépassées
deadlines-coming = À venir
deadlines-coming-caption = Échéances à venir
deadlines-nothing = Aucune échéance à venir.
deadlines-feed = Dans votre agenda
deadlines-feed-text = Abonnez-vous à ces échéances dans un agenda (Outlook, Google Agenda, Calendrier d'Apple, Thunderbird) grâce à une adresse privée. Toute personne qui connaît l'adresse voit vos échéances : gardez-la pour vous et créez-en une nouvelle si elle est divulguée. Les échéances concernant un pays sensible n'y indiquent que leur type.
deadlines-feed-address = L'adresse de votre agenda. Copiez-la maintenant : elle ne sera plus affichée.
deadlines-feed-renew = Créer une nouvelle adresse (l'ancienne cessera de fonctionner)
deadlines-feed-make = Créer une adresse d'agenda
deadlines-feed-off = Désactiver l'agenda en ligne
deadlines-flash-feed-off = Votre agenda en ligne est désactivé : son adresse ne répond plus.
deadlines-date = Date
deadlines-what = Objet
deadlines-record = Dossier
deadlines-untitled-draft = Brouillon sans titre

## Ce qu'est une échéance, selon son type
deadlines-title-round-closes = Clôture de l'appel { $round }
deadlines-title-draft-unsubmitted = Soumettre « { $title } » avant la clôture de l'appel { $round }
deadlines-title-review-due = Évaluation de { $reference }
deadlines-title-report-due = { $report } de { $reference }
deadlines-title-installment-due = Tranche { $number } de { $reference } : { $amount }
deadlines-title-request-to-acknowledge = Accuser réception de la demande { $reference }

## Choix : type d'échéance
kind-of-deadline-round-closes = Clôture d'un appel
kind-of-deadline-draft-unsubmitted = Brouillon non soumis
kind-of-deadline-review-due = Évaluation à rendre
kind-of-deadline-report-due = Rapport à rendre
kind-of-deadline-installment-due = Tranche à échéance
kind-of-deadline-request-to-acknowledge = Demande dont accuser réception

## Le flux d'agenda
deadlines-feed-name = Échéances Clearway
deadlines-feed-description = Échéances du programme de subventions Investing in Action
deadlines-feed-summary = { $kind } : { $title }
deadlines-feed-guarded-summary = { $kind } (détails dans Clearway)
deadlines-feed-guarded-description = Cette échéance concerne un pays sensible : ses détails ne sont affichés que dans Clearway.

## Les rappels par e-mail
deadlines-mail-open = L'ouvrir dans Clearway
deadlines-mail-review-subject = Clearway : votre évaluation de { $reference } est à rendre le { $due }
deadlines-mail-review = Votre évaluation de la demande { $reference } est à rendre le { $due }. Déclarez tout conflit d'intérêts, notez-la et donnez votre recommandation depuis sa page.
deadlines-mail-closes-subject = Clearway : l'appel { $round } est clos le { $closes }
deadlines-mail-your-draft = votre brouillon de demande
deadlines-mail-the-draft = le brouillon « { $title } »
deadlines-mail-draft = L'appel { $round } est clos le { $closes }, et { $draft } n'est pas encore soumis. Un brouillon qui n'est pas soumis à la clôture de l'appel ne peut pas être examiné.
deadlines-mail-round = L'appel { $round } est clos le { $closes }, et votre organisation n'y a pas encore présenté de demande. Si vous comptez le faire, commencez une demande depuis la page de l'appel avant cette date.
deadlines-mail-installment-subject = Clearway : la tranche { $number } de { $reference } est à échéance le { $due }
deadlines-mail-installment = La tranche { $number } de la subvention { $reference } ({ $amount }) est à échéance le { $due }. Vérifiez sa condition, puis approuvez-la et payez-la depuis la page de la subvention ou la file des versements.
