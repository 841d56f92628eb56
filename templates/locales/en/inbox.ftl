# The attention inbox: what needs a person, by kind.

inbox-title = Attention inbox
inbox-lead = { $count ->
    [one] { $count } item needs a person, oldest first.
   *[other] { $count } items need a person, oldest first.
}
inbox-kinds = Kinds of item
inbox-since = since { $since }
inbox-resolve = Resolve
inbox-note-on = Note on “{ $flag }”
inbox-resolve-flag = Resolve this flag
inbox-note-all = Note for all its flags
inbox-resolve-all = Resolve all
inbox-nothing = Nothing.
