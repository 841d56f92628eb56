# Documents joints à un dossier : le bloc des documents d'une page et son formulaire d'envoi.

## Libellés des codes enregistrés.
kind-of-document-registration-certificate = Certificat d'enregistrement
kind-of-document-statutes = Statuts
kind-of-document-budget = Budget
kind-of-document-letter-of-support = Lettre de soutien
kind-of-document-receipt = Justificatif de dépense
kind-of-document-photo = Photo
kind-of-document-output = Production (note d'information, lettre, publication)
kind-of-document-signed-agreement = Convention de subvention signée
kind-of-document-amendment = Avenant signé
kind-of-document-award-letter = Lettre d'attribution
kind-of-document-other = Autre document

attachments-documents = Documents
attachments-round-asks = L'appel demande :
attachments-attached = joint
attachments-missing = manquant
attachments-scan-pending = En attente de l'analyse antivirus
attachments-virus-found = Virus détecté
attachments-virus-deleted = l'antivirus a détecté { $signature } : le fichier a été supprimé
attachments-remove = Retirer
attachments-none = Aucun document pour l'instant.
attachments-kind = Type de document
attachments-title = Titre
attachments-title-hint = facultatif : à défaut, le nom du fichier
attachments-file = Fichier
attachments-file-hint = PDF, image, document bureautique, CSV ou texte brut ; { $max } au maximum
attachments-attach = Joindre le document

## Ce que disent les formulaires une fois un document joint ou retiré, ou pourquoi il ne l'a pas été.
attachments-attached-flash = Document joint : « { $title } » ({ $file }, { $size }).
attachments-removed-flash = Document retiré : « { $title } ».
attachments-not-attached = Aucun document n'a été joint : { $reason }.

## Sizes of files
attachments-size-bytes = { $size } octets
attachments-size-kb = { $size } Ko
attachments-size-mb = { $size } Mo
