# La boîte « À traiter » : ce qui attend une personne, par type.

inbox-title = À traiter
inbox-lead = { $count ->
    [one] { $count } élément attend une personne, du plus ancien au plus récent.
   *[other] { $count } éléments attendent une personne, du plus ancien au plus récent.
}
inbox-kinds = Types d'éléments
inbox-since = depuis le { $since }
inbox-resolve = Traiter
inbox-note-on = Note sur « { $flag } »
inbox-resolve-flag = Lever ce signalement
inbox-note-all = Note pour tous ses signalements
inbox-resolve-all = Tout lever
inbox-nothing = Rien.
