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
