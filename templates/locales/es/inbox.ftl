# La bandeja «Pendientes»: lo que espera a una persona, por tipo.

inbox-title = Pendientes
inbox-lead = { $count ->
    [one] { $count } elemento espera a una persona, del más antiguo al más reciente.
   *[other] { $count } elementos esperan a una persona, del más antiguo al más reciente.
}
inbox-kinds = Tipos de elemento
inbox-since = desde { $since }
inbox-resolve = Resolver
inbox-note-on = Nota sobre «{ $flag }»
inbox-resolve-flag = Resolver esta alerta
inbox-note-all = Nota para todas sus alertas
inbox-resolve-all = Resolver todas
inbox-nothing = Nada.
