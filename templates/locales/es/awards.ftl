# Subvenciones: la página de una subvención concedida, la lista de subvenciones, los pagos
# (finanzas), los presupuestos y sus gráficos, la página de la carta de concesión.

## Etiquetas de los códigos guardados.
award-status-active = En curso
award-status-suspended = Suspendida
award-status-completed = Finalizada
award-status-terminated = Rescindida
installment-status-scheduled = Prevista
installment-status-approved = Aprobada para pago
installment-status-paid = Pagada
installment-status-cancelled = Cancelada
report-status-due = Pendiente
report-status-overdue = Atrasado
report-status-submitted = Enviado
report-status-revision-requested = Revisión solicitada
report-status-accepted = Aceptado
installment-condition-none = Sin condición
installment-condition-on-signature = A la firma del convenio
installment-condition-on-date = En su fecha de vencimiento
installment-condition-after-report = Tras la aceptación de un informe
installment-condition-after-final-reports = Tras la aceptación de los informes finales
kind-of-amendment-extension = Prórroga sin costo adicional
kind-of-amendment-budget-revision = Revisión del presupuesto
kind-of-amendment-amount-change = Modificación del importe

## Palabras comunes a varias páginas.
awards-reason = Motivo
awards-amount = Importe
awards-paid = Pagado
awards-due = Vence
awards-status = Estado
awards-actions = Acciones
awards-optional = opcional
awards-met = Cumplida
awards-not-met = No cumplida
awards-reported-spent = Gasto declarado
awards-award = Subvención
awards-organization = Organización

## La página de una subvención.
awards-show-title = Subvención { $reference }
awards-show-the-application = la solicitud
awards-show-lead-to = { $amount } a { $organization }, para
awards-show-lead-period = , del { $from } al { $to }.
awards-show-not-scheduled = Sin programar
awards-show-needs-rebalancing = hay que reequilibrar el calendario
awards-show-conditions = Condiciones
awards-show-agreement-signed = Convenio firmado
awards-show-not-yet = todavía no
awards-show-agreement-awaits-date = El convenio firmado está adjunto, pero no consta la fecha de su firma: confírmela aquí.
awards-show-agreement-signed-on = Convenio firmado el
awards-show-record = Registrar
awards-show-payment-schedule = Calendario de pagos
awards-show-when = Condición
awards-show-paid-note = Pago / nota
awards-show-approve = Aprobar
awards-show-paid-on = Pagado el
awards-show-payment-reference = Referencia del pago
awards-show-other-currency = Pagado en una moneda distinta de { $currency }
awards-show-currency-paid = Moneda del pago
awards-show-amount-paid = Importe pagado, en esa moneda
awards-show-rate = Tipo de cambio
awards-show-rate-hint = valor de una unidad en { $currency }; en blanco: el tipo registrado para ese día
awards-show-mark-paid = Marcar como pagado
awards-show-override = Dispensar la condición
awards-show-override-reason = Por qué pagarlo ahora
awards-show-override-ask = Pedir la confirmación de una segunda persona
awards-show-override-confirm = Confirmar la dispensa
awards-show-override-asked = Dispensa solicitada: { $reason }. A la espera de la confirmación de una segunda persona.
awards-show-override-done = Condición dispensada: { $reason } (solicitada y confirmada por dos personas).
awards-show-cancel = Cancelar
awards-show-cancel-installment = Cancelar el tramo
awards-show-schedule-change = Modificar los tramos aún previstos
awards-show-schedule-hint = Con lo aprobado y pagado, los tramos deben sumar el importe de la subvención: { $amount }. Deje una fila vacía para suprimirla.
awards-show-installment-amount = Tramo { $number }: importe
awards-show-due-on = Vence el
awards-show-paid-when = Se paga cuando
awards-show-note = Nota
awards-show-save-schedule = Guardar el calendario
awards-show-documents = El convenio y sus documentos
awards-show-letter-link = La carta de concesión
awards-show-letter-uses = : para imprimirla o descargarla en PDF.
awards-show-letter-uses-manage = : para imprimirla, descargarla en PDF o enviarla a la organización.
awards-show-conversation-staff = Conversación con la organización y notas del personal
awards-show-conversation-member = Conversación con la ICBL
awards-show-reports = Informes
awards-show-report-due = , vence el { $date }
awards-show-icbl-asks = La ICBL solicita: { $message }
awards-show-report-conversation = Conversación sobre este informe
awards-show-report-continue = Continuar el borrador y enviarlo
awards-show-report-write = Redactar y enviar este informe
awards-show-report-narrative = Qué se hizo
awards-show-report-outcomes = Resultados, uno por línea
awards-show-report-outcomes-hint = una reunión con un ministerio, un compromiso obtenido…
awards-show-report-spending = Gasto por categoría presupuestaria
awards-show-report-submit = Enviar el informe
awards-show-report-save-draft = Guardar el borrador
awards-show-over-budget = Gasto superior al presupuesto.
awards-show-over-budget-note = Nota sobre el exceso de gasto (obligatoria para aceptar)
awards-show-accept-with-note = Aceptar con esta nota
awards-show-accept = Aceptar
awards-show-ask-revision = O solicitar una revisión
awards-show-send-back = Devolver
awards-show-no-report = Esta subvención no debe ningún informe.
awards-show-budget = Presupuesto y gasto
awards-show-category = Categoría
awards-show-planned = Previsto
awards-show-amendments = Modificaciones
awards-show-none = Ninguna.
awards-show-amend = Registrar una modificación
awards-show-amend-kind = Tipo
awards-show-amend-ends = Nueva fecha de finalización
awards-show-amend-ends-hint = prórroga
awards-show-amend-amount = Nuevo importe
awards-show-amend-amount-hint = modificación del importe
awards-show-amend-schedule = Calendario con el nuevo importe
awards-show-amend-schedule-hint = confirme o modifique; 0 cancela un tramo
awards-show-amend-budget = Presupuesto revisado
awards-show-amend-budget-hint = revisión del presupuesto; el total debe igualar el importe
awards-show-amend-record = Registrar la modificación
awards-show-not-completable = Todavía no: { $reason }.
awards-show-completable = Todos los informes están aceptados y todos los tramos pagados o cancelados.
awards-show-complete = Finalizar la subvención
awards-show-resume = Reanudar
awards-show-suspend-reason = Motivo de la suspensión
awards-show-suspend = Suspender
awards-show-terminate-reason = Motivo de la rescisión
awards-show-terminate = Rescindir
awards-show-history = Historial
awards-show-by = por { $actor }
awards-show-paid-with = { $date }, { $reference }
awards-show-paid-foreign = { $date }, { $reference }: { $foreign }
awards-condition-after-report = Tras la aceptación del { $report } que vence el { $due }
awards-condition-after-report-id = Tras la aceptación del informe { $id }

## La lista de subvenciones.
awards-list-title = Subvenciones
awards-list-title-member = Sus subvenciones
awards-list-reports-owed = Informes pendientes
awards-round = Convocatoria
awards-any = Cualquiera
awards-target-state = Estado destinatario
awards-list-show = Mostrar
awards-list-reset = Restablecer
awards-list-download = Descargar en CSV
awards-list-count = { $count ->
    [one] { $count } subvención
   *[other] { $count } subvenciones
}
awards-list-target = Estado destinatario
awards-list-period = Período
awards-list-period-dates = del { $from } al { $to }
awards-list-none-yet = Todavía no hay ninguna subvención.
awards-list-none-match = Ninguna subvención coincide con estos filtros.
awards-pages = Páginas
awards-previous-page = Página anterior
awards-page = Página { $page }
awards-next-page = Página siguiente

## Pagos (finanzas).
awards-finance-title = Pagos
awards-finance-lead = Tramos por aprobar (que vencen a más tardar el { $horizon }) y tramos aprobados, pendientes de pago.
awards-finance-download = Descargar todos los tramos en CSV
awards-finance-rates-before = Los pagos en otra moneda se convierten a los
awards-finance-rates-link = tipos de cambio
awards-finance-rates-after = que registra finanzas.
awards-finance-approved = Aprobados, por pagar ({ $count })
awards-finance-fifty = Se muestran los cincuenta más antiguos; el CSV contiene todos los tramos.
awards-finance-approved-none = Ningún tramo aprobado está pendiente de pago.
awards-finance-due = Vencidos, por aprobar ({ $count })
awards-finance-condition = Condición
awards-finance-late = atrasado
awards-finance-due-none = Ningún tramo vence antes del { $horizon }.

## Presupuestos y gráficos.
awards-budgets-group-by = Agrupar por
awards-budgets-by-round = Por convocatoria
awards-budgets-by-state = Por Estado destinatario
awards-budgets-by-organization = Por organización
awards-budgets-apart-only = Mostrar solo cada moneda por separado
awards-budgets-apart = Cada moneda se muestra por separado.
awards-budgets-also-in = Mostrar también las cifras en { $currency }
awards-budgets-at-rates = , a los
awards-budgets-rates-recorded = tipos de cambio registrados
awards-budgets-chart-title = Concedido, pagado y gasto declarado en { $currency }
awards-budgets-chart-in = En { $currency }:
awards-budgets-same-figures = Las mismas cifras figuran en la tabla de abajo.
awards-budgets-figures = Cifras presupuestarias
awards-budgets-nothing-yet = Todavía no hay nada que mostrar.
awards-budgets-nothing = Nada que mostrar.
awards-budgets-still-to-pay = Pendiente de pago
awards-budgets-converted-heading = En { $currency }, a los tipos del { $on }
awards-budgets-missing = No hay ningún tipo a { $currency } registrado el { $on } o antes para
awards-budgets-missing-after = : esas cifras se omiten aquí.
awards-budgets-record-rate = Registrar un tipo de cambio
awards-budgets-converted-title = Concedido, pagado y gasto declarado, convertidos a { $currency }
awards-budgets-converted-to = Convertido a { $currency }:
awards-chart-awarded-title = { $label }: concedido { $amount }
awards-chart-awarded = { $amount } concedidos
awards-chart-paid-title = { $label }: pagado { $amount }
awards-chart-paid = { $amount } pagados
awards-chart-reported-title = { $label }: gasto declarado { $amount }
awards-chart-reported = { $amount } de gasto declarado
awards-key-awarded = Concedido
awards-key-paid = Pagado
awards-key-reported = Gasto declarado.

## Sentences the code makes: why an award cannot be completed, what an installment waits for,
## where spending goes beyond the budget, a payment in another currency, amendments.
awards-why-unsigned = no consta la firma del convenio
awards-why-reports = { $count ->
    [one] { $count } de sus informes aún no está aceptado
   *[other] { $count } de sus informes aún no están aceptados
}
awards-why-installments = { $count ->
    [one] { $count } de sus tramos no está ni pagado ni cancelado
   *[other] { $count } de sus tramos no están ni pagados ni cancelados
}
awards-why-both = { $reports } y { $installments }
awards-cannot-complete = la subvención aún no puede finalizarse: { $why }
awards-cannot-approve = el tramo { $number } aún no puede aprobarse: { $unmet }. Finanzas puede dispensar la condición indicando un motivo, que confirma una segunda persona
awards-unmet-on-signature = se paga a la firma del convenio, y no consta ninguna firma
awards-unmet-on-date = vence el { $date }, no antes
awards-unmet-no-date = vence en una fecha, y no tiene ninguna
awards-unmet-report = espera la aceptación de un informe, y { $status }
awards-unmet-no-report = espera un informe que la subvención no tiene
awards-unmet-final-reports = espera la aceptación de los informes finales, y { $status }
awards-unmet-report-status = el { $report } está en estado «{ $status }»
awards-unmet-and = { $first } y { $second }
awards-over-category = { $category }: { $declared } declarados frente a { $planned } previstos
awards-over-total = en total, { $declared } declarados frente a los { $amount } de la subvención
awards-over-refused = el gasto supera el presupuesto ({ $over }): escriba una nota para aceptarlo
awards-paid-in = { $paid } al tipo de { $rate } (tipo del { $rate_on }), equivalentes a { $worth }
awards-paid-in-scheduled = { $paid_in }; estaban previstos { $scheduled }
awards-proposal-installment = n.º { $number }: { $amount }
awards-proposal-new = un nuevo tramo de { $amount }
awards-proposal-confirm = confirme el calendario para el nuevo importe: se propone { $proposal } (o modifíquelo, con un total de { $remaining })
awards-change-set = { $field }: { $value }
awards-change = { $field }: { $before } → { $after }
awards-change-lines = { $count ->
    [one] { $count } partida
   *[other] { $count } partidas
}
awards-change-installment = n.º { $number }: { $amount } ({ $status })
awards-change-field-ends-on = fecha de finalización
awards-change-field-amount = importe
awards-change-field-installments = tramos
awards-change-field-budget-lines = partidas presupuestarias

## E-mails to the organization about its award (subject, then paragraphs).
awards-mail-link = Abrir la subvención
awards-mail-reason = El motivo: { $reason }
awards-mail-suspended-subject = { $reference }: subvención suspendida
awards-mail-suspended = La ICBL ha suspendido su subvención: no se paga ningún tramo mientras dure la suspensión.
awards-mail-resumed-subject = { $reference }: subvención reanudada
awards-mail-resumed = La ICBL ha reanudado su subvención: los pagos y los informes continúan según lo previsto.
awards-mail-terminated-subject = { $reference }: subvención rescindida
awards-mail-terminated = La ICBL ha rescindido su subvención: no se pagará ningún tramo más.
awards-mail-completed-subject = { $reference }: subvención finalizada
awards-mail-completed = Su subvención ha finalizado: todos los informes están aceptados y todos los tramos liquidados. Gracias.
awards-mail-installment-approved-subject = { $reference }: tramo { $number } aprobado
awards-mail-installment-approved = El tramo { $number } de su subvención, { $amount }, está aprobado para pago.
awards-mail-installment-paid-subject = { $reference }: tramo { $number } pagado
awards-mail-installment-paid = El tramo { $number } de su subvención, { $amount }, se pagó el { $date } (referencia del pago: { $payment }).
awards-mail-no-reference = ninguna
awards-mail-report-accepted-subject = { $reference }: { $report } aceptado
awards-mail-report-accepted = La ICBL ha aceptado su { $report }.
awards-mail-report-sent-back-subject = { $reference }: { $report } devuelto
awards-mail-report-sent-back = La ICBL le pide que revise su { $report } y lo presente de nuevo.
awards-mail-report-revise = Qué revisar: { $revise }
awards-mail-see-the-page = véase la página de la subvención
awards-mail-amended-subject = { $reference }: subvención modificada
awards-mail-amended = La ICBL ha modificado su subvención: { $kind }. Ahora abarca del { $from } al { $to }, por { $amount }.
awards-mail-letter-subject = { $reference }: su carta de concesión
awards-mail-letter = La carta de concesión de su subvención { $reference } está lista: figura entre los documentos de la subvención, y su página permite imprimirla.
awards-mail-letter-sign = Le rogamos que la firme y la devuelva a la ICBL: el primer tramo se paga al recibir la carta firmada.

## An award's history: what was done, and the fields it changed (`members-history-*`, as the
## histories of other records).
members-history-action-award-created = Subvención creada
members-history-action-award-signed = Convenio firmado
members-history-action-award-letter-sent = Carta de concesión enviada
members-history-action-award-suspend = Subvención suspendida
members-history-action-award-resume = Subvención reanudada
members-history-action-award-terminate = Subvención rescindida
members-history-action-award-complete = Subvención finalizada
members-history-action-award-amended-extension = Modificación: prórroga sin costo adicional
members-history-action-award-amended-budget-revision = Modificación: revisión del presupuesto
members-history-action-award-amended-amount-change = Modificación: cambio del importe
members-history-action-installment-approve = Tramo aprobado
members-history-action-installment-pay = Tramo pagado
members-history-action-installment-cancel = Tramo cancelado
members-history-action-installment-override-requested = Dispensa de una condición solicitada
members-history-action-installment-override-confirmed = Dispensa de una condición confirmada
members-history-action-schedule-changed = Calendario de pagos modificado
members-history-field-amount = Importe
members-history-field-sequence = Tramo
members-history-field-condition = Condición
members-history-field-condition-note = Nota sobre la condición
members-history-field-override-reason = Motivo de la dispensa
members-history-field-payment-reference = Referencia del pago
members-history-field-paid-rate = Tipo de cambio
members-history-field-paid-rate-on = Tipo del
members-history-field-cancel-reason = Motivo de la cancelación
members-history-field-conditions = Condiciones
members-history-field-installments = Tramos
members-history-field-budget-lines = Partidas presupuestarias
members-history-field-application-id = Solicitud
