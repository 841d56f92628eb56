# The outbox (/admin/outbox): the e-mails waiting, sent, and given up on.

notify-outbox-title = Outbox
notify-outbox-empty = The outbox is empty.
notify-outbox-failed = Messages given up on
notify-outbox-to = To
notify-outbox-subject = Subject
notify-outbox-attempts = Attempts
notify-outbox-last-error = Last error
notify-outbox-queued = Queued
notify-outbox-action = Action
notify-outbox-send-again = Send again
notify-outbox-none-failed = None: every message was delivered or is still being tried.
notify-outbox-requeued = The message is queued again.
outbox-message-status-queued = Queued
outbox-message-status-sending = Sending
outbox-message-status-sent = Sent
outbox-message-status-failed = Failed
