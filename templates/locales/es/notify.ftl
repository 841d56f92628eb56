# The outbox (/admin/outbox): the e-mails waiting, sent, and given up on.

notify-outbox-title = Bandeja de salida
notify-outbox-empty = La bandeja de salida está vacía.
notify-outbox-failed = Mensajes abandonados
notify-outbox-to = Destinatario
notify-outbox-subject = Asunto
notify-outbox-attempts = Intentos
notify-outbox-last-error = Último error
notify-outbox-queued = En cola desde
notify-outbox-action = Acción
notify-outbox-send-again = Reenviar
notify-outbox-none-failed = Ninguno: todos los mensajes se han entregado o se siguen intentando.
notify-outbox-requeued = El mensaje vuelve a estar en cola.
outbox-message-status-queued = En cola
outbox-message-status-sending = Enviándose
outbox-message-status-sent = Enviados
outbox-message-status-failed = Abandonados
