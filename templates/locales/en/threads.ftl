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

## Too many replies to a coordination request within an hour.
threads-limited-title = Too many messages
threads-limited-body = This request has received { $per_hour } replies within the last hour, the most the status page accepts. Your message was not sent. Please try again in { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}, or write to ICBL directly if it cannot wait.
threads-limited-back = Back to your request
