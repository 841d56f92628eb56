# The outbox (/admin/outbox): the e-mails waiting, sent, and given up on.

notify-outbox-title = Boîte d'envoi
notify-outbox-empty = La boîte d'envoi est vide.
notify-outbox-failed = Messages abandonnés
notify-outbox-to = Destinataire
notify-outbox-subject = Objet
notify-outbox-attempts = Tentatives
notify-outbox-last-error = Dernière erreur
notify-outbox-queued = Mis en file
notify-outbox-action = Action
notify-outbox-send-again = Renvoyer
notify-outbox-none-failed = Aucun : chaque message a été remis ou est encore en cours d'envoi.
notify-outbox-requeued = Le message est de nouveau en file d'attente.
outbox-message-status-queued = En file d'attente
outbox-message-status-sending = En cours d'envoi
outbox-message-status-sent = Envoyés
outbox-message-status-failed = Abandonnés
