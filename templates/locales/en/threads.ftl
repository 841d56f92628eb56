# Conversations on a record: the messages and the form to write one.

threads-unread = { $count } new
threads-since-you-looked = since you last looked.
threads-internal-badge = Internal note: staff only
threads-new = New
threads-none = No message yet.
threads-message-to = Message to { $party ->
    [requester] the requester
    [icbl] ICBL
   *[organization] the organization
}
threads-internal-note = Internal note: only ICBL staff see it, and it is not sent to { $party ->
    [requester] the requester
    [icbl] ICBL
   *[organization] the organization
}
threads-send = Send


## What the forms say once a message is sent, or why it was not.
threads-note-saved = Note saved: only ICBL staff see it.
threads-sent-requester = Message left on the status page and emailed to the requester.
threads-sent-organization = Message sent to the organization.
threads-sent-icbl = Message sent to ICBL.
threads-reply-sent = Your reply is sent to ICBL.
threads-reply-not-sent = Your reply is not sent: { $reason }.
## Too many replies to a coordination request within an hour.
threads-limited-title = Too many messages
threads-limited-body = This request has received { $per_hour } replies within the last hour, the most the status page accepts. Your message was not sent. Please try again in { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}, or write to ICBL directly if it cannot wait.
threads-limited-back = Back to your request

## The e-mail a message sends to the other side
threads-mail-from-icbl-subject = { $reference }: a message from ICBL
threads-mail-to-requester = ICBL left a message about your coordination request { $reference }:
threads-mail-answer-on-status-page = You can answer on your request's status page.
threads-mail-icbl-wrote = ICBL wrote to you about { $reference }:
threads-mail-answer-in-clearway = You can answer in Clearway, on the record's page.
threads-mail-organization-subject = { $reference }: the organization wrote
threads-mail-organization-wrote = The organization wrote about { $reference }:
threads-mail-requester-subject = { $reference }: the requester replied
threads-mail-requester-replied = The requester replied on the status page of { $reference }:
threads-mail-read-and-answer = Read and answer
threads-mail-open-request = Open the request

## Who wrote a message, and the conversations with messages not yet seen
threads-author-requester = The requester
threads-author-staff = ICBL staff
threads-author-staff-named = { $name } (ICBL)
threads-author-organization = The organization
threads-unread-application = Application { $reference }
threads-unread-award = Award { $reference }
threads-unread-report = A report of award { $reference }
threads-unread-request = Coordination request { $reference }
