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

## Los tipos de elemento
inbox-kind-coordination-request = Solicitudes de coordinación
inbox-kind-escalation = Escaladas
inbox-kind-state-joined = Campañas cuyo Estado se adhirió
inbox-kind-application-review = Solicitudes en espera de evaluación
inbox-kind-disbursement-due = Tramos que vencen, o aprobados y aún no pagados
inbox-kind-overdue-report = Informes vencidos
inbox-kind-message-reply = Mensajes en espera de respuesta

## Lo que espera un elemento que no es una alerta
inbox-waiting-review = En espera de evaluación
inbox-waiting-approval = Vence: por aprobar
inbox-waiting-payment = Aprobado: por pagar
inbox-waiting-report = Informe vencido
inbox-waiting-organization = La organización escribió
inbox-waiting-requester = El solicitante respondió

## De qué se trata
inbox-row-installment = { $reference }: tramo { $number } ({ $organization })
inbox-row-report = { $reference }: { $report } ({ $organization })
inbox-row-message-application = Solicitud { $reference } ({ $organization })
inbox-row-message-award = Subvención { $reference } ({ $organization })
inbox-row-message-report = Informe de { $reference } ({ $organization })
inbox-row-message-request = Solicitud de coordinación { $reference }

## Tras resolver
inbox-flash-resolved = Resuelta: { $reason }.
inbox-flash-resolved-count = { $count ->
    [one] { $count } alerta resuelta.
   *[other] { $count } alertas resueltas.
}
inbox-refused-flag = La alerta no se resolvió: { $why }.
inbox-refused-record = Las alertas de este registro no se resolvieron: { $why }.
