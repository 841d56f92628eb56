# Solicitudes de subvención: el formulario del miembro, las respuestas que revisar, la página
# de una solicitud, la lista, las versiones y las acciones en bloque.

## Común
applications-field-target-state = Estado destinatario
applications-field-campaign = Campaña de adhesión
applications-field-title = Título
applications-field-summary = Resumen
applications-field-objectives = Objetivos
applications-field-tier = Nivel
applications-field-lower-tier-plan = Qué haría con el nivel inferior
applications-activities = Actividades previstas
applications-budget = Presupuesto
applications-description = Descripción
applications-choose = Elegir
applications-campaign-none = Ninguna
applications-dates-range = del { $from } al { $to }
applications-dates-from = desde el { $from }
applications-tier-up-to = { $tier }: hasta { $amount }
applications-the-draft = el borrador
applications-quoted = «{ $title }»
applications-state-with-status = { $state } ({ $status })
applications-treaty-not-party = Estado no parte
applications-treaty-signatory = signatario
applications-treaty-withdrawing = en proceso de retirada
applications-treaty-withdrawn = retirado

## El formulario
applications-form-new-heading = Nueva solicitud a la convocatoria { $round }
applications-form-edit-heading = Modificar { $title }
applications-form-edit-the-application = Modificar la solicitud
applications-form-complete-heading = Completar la solicitud
applications-form-draft-saved-intro = Su borrador se ha guardado, pero aún no puede enviarse:
applications-form-lead = Puede guardar el borrador en cualquier momento; no se envía nada a la ICBL hasta que usted envíe la solicitud. Los importes están en { $currency }.
applications-form-save-draft = Guardar el borrador
applications-form-target-state-choose = Elija el Estado al que se dirige su trabajo
applications-form-target-state-help = Se indican los Estados no partes en la Convención.
applications-form-campaign-optional = Campaña de adhesión (opcional)
applications-form-campaign-help = La campaña a la que sirve este trabajo, si la hay. Después de guardar, las campañas sobre el Estado destinatario aparecen primero.
applications-form-campaigns-on = Campañas sobre el Estado destinatario ({ $state })
applications-form-campaigns-open = Campañas abiertas
applications-form-campaigns-other = Otras campañas
applications-form-activities-help = Una fila por actividad. «Añadir otra actividad» conserva lo que ha escrito; una fila vacía se descarta al guardar.
applications-form-activity-kind = Actividad { $number }: tipo
applications-form-activity-prefix = Actividad { $number }:
applications-form-from = Desde
applications-form-to = Hasta
applications-form-remove-activity = Quitar la actividad { $number }
applications-form-add-activity = Añadir otra actividad
applications-form-budget-help = La suma de las partidas presupuestarias es el importe que solicita.
applications-form-budget-help-now = La suma de las partidas presupuestarias es el importe que solicita (ahora { $amount }).
applications-form-line-category = Partida { $number }: categoría
applications-form-line-prefix = Partida { $number }:
applications-form-amount = Importe ({ $currency })
applications-form-remove-line = Quitar la partida { $number }
applications-form-add-line = Añadir otra partida presupuestaria
applications-form-check = Guardar y revisar sus respuestas
applications-form-check-resubmit = Guardar y revisar antes de volver a enviar
applications-flash-draft-saved = El borrador se ha guardado.

## Revisar las respuestas
applications-check-title = Revise sus respuestas antes de enviar
applications-check-lead = No se envía nada a la ICBL hasta que pulse «{ $button }» al final de esta página. El borrador está guardado.
applications-check-not-given = Sin respuesta
applications-check-change = Cambiar
applications-check-send-heading = Envíe ahora su solicitud
applications-check-send-text = Al enviarla, confirma que las respuestas son correctas según su leal saber y entender. Se avisará al personal de la ICBL, que iniciará la evaluación.
applications-check-back = Volver al formulario
applications-check-about = Sobre el trabajo
applications-check-activity = Actividad { $number }
applications-check-line = Partida { $number }
applications-check-line-answer = { $category }: { $description } — { $amount }
applications-check-requested = Importe solicitado
applications-check-submit = Enviar la solicitud
applications-check-resubmit = Volver a enviar la solicitud
applications-check-change-target-state = el Estado destinatario
applications-check-change-campaign = la campaña
applications-check-change-title = el título
applications-check-change-summary = el resumen
applications-check-change-objectives = los objetivos
applications-check-change-activity = la actividad { $number }
applications-check-change-line = la partida presupuestaria { $number }
applications-check-change-tier = el nivel
applications-check-change-lower-tier-plan = qué haría con el nivel inferior

## La página de una solicitud
applications-show-applicant-hidden = solicitante no mostrado
applications-show-toward = Estado destinatario:
applications-show-approved = Aprobada:
applications-show-see-award = ver la subvención concedida { $reference }
applications-show-last-message = Último mensaje de la ICBL
applications-show-award = Subvención
applications-show-award-period = del { $from } al { $to } ({ $status }).
applications-show-open-award = Abrir la subvención
applications-show-award-contents = sus pagos e informes
applications-show-edit = Modificar
applications-show-check-submit = Revisar y enviar la solicitud
applications-show-withdraw = Retirar la solicitud
applications-show-content = La solicitud
applications-show-submitted = Enviada
applications-show-not-yet = todavía no
applications-show-campaign = Campaña
applications-show-none = ninguna
applications-show-not-chosen = sin elegir
applications-show-requested = Importe solicitado
applications-show-lower-tier = Con el nivel inferior
applications-show-tier-up-to = { $tier } (hasta { $amount })
applications-show-no-activity = Ninguna por ahora.
applications-show-category = Categoría
applications-show-amount = Importe
applications-show-no-line = Ninguna partida por ahora.
applications-show-total = Total solicitado
applications-show-documents = Documentos
applications-show-documents-blind = No se muestran en una evaluación anónima: los documentos identifican al solicitante.
applications-show-conversation-staff = Conversación con la organización y notas del personal
applications-show-conversation-member = Conversación con la ICBL
applications-show-your-review = Su evaluación
applications-show-score-legend = { $criterion } (de 1 a 5)
applications-show-recommendation = Recomendación
applications-show-comment = Comentario
applications-show-save-review = Guardar la evaluación
applications-show-declare-text = Antes de evaluar, declare que no tiene ningún conflicto de intereses con { $organization }: no pertenece a ella, no trabaja en su país y no tiene ningún otro interés en su solicitud.
applications-show-declare-blind = el solicitante (no se muestra: la evaluación es anónima)
applications-show-declare-box = Declaro que no tengo ningún conflicto de intereses
applications-show-declare-button = Declarar y continuar
applications-show-reviews = Evaluaciones
applications-show-reviewer = Evaluador
applications-show-mean = Media
applications-show-recommends = Recomienda
applications-show-not-declared = aún sin declaración
applications-show-no-reviewer = Aún no se ha asignado ningún evaluador.
applications-show-assign-reviewer = Asignar un evaluador
applications-show-assign = Asignar
applications-show-next-step = Paso siguiente
applications-show-start-review-text = Poner la solicitud en evaluación; se avisa a la organización.
applications-show-changes-to-ask = Cambios que solicitar
applications-show-budget-left = A la convocatoria le quedan { $amount }.
applications-show-amount-to-award = Importe que conceder
applications-show-starts-on = Comienza el
applications-show-default-today = (por defecto, hoy)
applications-show-ends-on = Termina el
applications-show-default-twelve-months = (por defecto, doce meses después)
applications-show-conditions = Condiciones
applications-show-optional = (opcional)
applications-show-reason = Motivo para la organización
applications-show-revisions = Versiones
applications-show-revision-diff = cambios desde la versión { $number }
applications-show-history = Historial
applications-show-by = por { $actor }
applications-blind-notice = Evaluación anónima: no se muestra el solicitante.
applications-blind-withheld = Oculto (evaluación anónima)

## Qué sigue, según el estado
applications-next-draft = Complete la solicitud y envíela antes del cierre de la convocatoria.
applications-next-submitted = El personal de la ICBL iniciará la evaluación.
applications-next-under-review = Los evaluadores la están examinando; el personal de la ICBL decidirá.
applications-next-changes-requested = Haga los cambios que pidió la ICBL y vuelva a enviarla.
applications-next-approved = Aprobada: vea la subvención concedida.
applications-next-rejected = No financiada en esta ocasión.
applications-next-withdrawn = Retirada.

## Mensajes después de un paso
applications-flash-submitted = Solicitud enviada: su referencia es { $reference }. Se ha avisado a la ICBL.
applications-flash-resubmitted = Solicitud enviada de nuevo: se ha avisado a la ICBL.
applications-flash-withdrawn = La solicitud se ha retirado.
applications-flash-review-started = La evaluación ha comenzado; se ha avisado a la organización.
applications-flash-changes-requested = Se han pedido cambios a la organización.
applications-flash-approved = Solicitud aprobada: se ha creado la subvención y se ha avisado a la organización.
applications-flash-rejected = Solicitud rechazada: se ha comunicado el motivo a la organización.
applications-flash-reviewer-assigned = El evaluador está asignado y se le ha avisado.
applications-flash-declared = Gracias: su declaración ha quedado registrada. Ya puede evaluar la solicitud.
applications-flash-review-saved = Su evaluación se ha guardado. Gracias.

## Paso rechazado: la página de nuevo, el motivo junto al botón
applications-refused-submit = La solicitud no se ha enviado: { $reason }.
applications-refused-resubmit = La solicitud no se ha vuelto a enviar: { $reason }.
applications-refused-withdraw = La solicitud no se ha retirado: { $reason }.
applications-refused-start-review = La evaluación no ha comenzado: { $reason }.
applications-refused-request-changes = No se han pedido cambios: { $reason }.
applications-refused-approve = La solicitud no se ha aprobado: { $reason }.
applications-refused-reject = La solicitud no se ha rechazado: { $reason }.
applications-refused-assign = El evaluador no se ha asignado: { $reason }.
applications-refused-declare = Su declaración no se ha registrado: { $reason }.
applications-refused-review = Su evaluación no se ha guardado: { $reason }.
applications-refused-status-now = su estado ahora es «{ $status }»
applications-unsubmitted-intro = Su borrador se ha guardado, pero la solicitud aún no se ha enviado
applications-unresubmitted-intro = Sus cambios se han guardado, pero la solicitud aún no se ha vuelto a enviar
applications-unsubmitted-next = Dé cada una de estas respuestas; luego revise sus respuestas y vuelva a enviar la solicitud.

## Criterios de evaluación
applications-criterion-relevance = Pertinencia para la universalización
applications-criterion-feasibility = Viabilidad
applications-criterion-value-for-money = Relación calidad-precio
applications-criterion-capacity = Capacidad

## Opciones: estado y acciones de una solicitud
application-status-draft = Borrador
application-status-submitted = Enviada
application-status-under-review = En evaluación
application-status-changes-requested = Cambios solicitados
application-status-approved = Aprobada
application-status-rejected = Rechazada
application-status-withdrawn = Retirada
application-action-submit = Enviar
application-action-start-review = Iniciar la evaluación
application-action-request-changes = Solicitar cambios
application-action-resubmit = Volver a enviar
application-action-approve = Aprobar
application-action-reject = Rechazar
application-action-withdraw = Retirar
kind-of-activity-meeting-with-authorities = Reunión con las autoridades
kind-of-activity-military-dialogue = Diálogo entre militares
kind-of-activity-parliamentary-engagement = Trabajo con parlamentarios
kind-of-activity-workshop = Taller
kind-of-activity-media = Medios de comunicación
kind-of-activity-research = Investigación
kind-of-activity-survivor-participation = Participación de sobrevivientes
kind-of-activity-other = Otra
budget-category-personnel = Personal
budget-category-travel = Viajes
budget-category-meetings = Reuniones
budget-category-materials = Materiales
budget-category-communications = Comunicación
budget-category-other = Otros
recommendation-fund = Financiar
recommendation-fund-lower-tier = Financiar con el nivel inferior
recommendation-decline = No financiar
bulk-action-assign-reviewer = Asignar un evaluador
bulk-action-start-review = Iniciar la evaluación
bulk-action-reject = Rechazar, con un mismo motivo
bulk-action-export = Exportar como CSV

## La lista
applications-list-yours = Sus solicitudes
applications-list-to-review = Solicitudes que evaluar
applications-list-news = Novedades de sus subvenciones
applications-list-open = Convocatorias abiertas
applications-list-closes = cierra el { $when }.
applications-list-start = Iniciar una solicitud
applications-list-no-round = En este momento no hay ninguna convocatoria abierta.
applications-list-see-rounds = Ver las convocatorias
applications-list-reviewer-lead = Las solicitudes que la ICBL le ha pedido evaluar. Declare que no tiene ningún conflicto de intereses antes de puntuar una.
applications-list-blind-notice = Evaluación anónima: no se muestra el solicitante en las solicitudes de las convocatorias con evaluación anónima.
applications-list-round = Convocatoria
applications-list-any = Todas
applications-list-status = Estado
applications-list-any-but-drafts = Todas menos los borradores
applications-list-organization = Organización
applications-list-title-contains = El título contiene
applications-list-sort = Ordenar por
applications-list-count = { $count ->
    [one] { $count } solicitud
   *[other] { $count } solicitudes
}
applications-list-select = Seleccionar
applications-list-select-one = Seleccionar { $name }
applications-list-application = Solicitud
applications-list-target = Estado destinatario
applications-list-none-matches = Ninguna solicitud coincide con estos filtros.
applications-list-none-yet = Todavía no hay ninguna solicitud.
applications-list-untitled = (borrador sin título)
applications-sort-updated-newest = Última modificación, primero la más reciente
applications-sort-updated-oldest = Última modificación, primero la más antigua
applications-sort-submitted-newest = Envío, primero el más reciente
applications-sort-submitted-oldest = Envío, primero el más antiguo
applications-sort-reference = Referencia
applications-sort-requested-largest = Importe solicitado, primero el mayor
applications-sort-requested-smallest = Importe solicitado, primero el menor
applications-bulk-legend = Con las solicitudes seleccionadas
applications-bulk-hint = Cada solicitud se comprueba y se registra por separado; la página siguiente indica qué se hizo, qué se rechazó y por qué. Como máximo { $max } a la vez.
applications-bulk-action = Acción
applications-bulk-to-assign = (que asignar)
applications-bulk-reason = Motivo
applications-bulk-reason-help = (para rechazar: todas las organizaciones lo leerán)
applications-bulk-apply = Aplicar a la selección

## The results of a bulk action
applications-bulk-nothing-done = No se hizo nada
applications-bulk-choose-again = Volver a las solicitudes, para elegir de nuevo
applications-bulk-title = { $action }: { $done } de { $count } { $done ->
    [one] hecha
   *[other] hechas
}
applications-bulk-lead = { $done ->
    [one] { $done } hecha
   *[other] { $done } hechas
}, { $refused ->
    [one] { $refused } rechazada
   *[other] { $refused } rechazadas
}. Cada solicitud se comprobó y se registró por separado.
applications-bulk-refused = Rechazadas ({ $count })
applications-bulk-done = Hechas ({ $count })
applications-bulk-application = Solicitud { $id }
applications-bulk-result = : { $message }.
applications-bulk-back = Volver a la lista de solicitudes
applications-bulk-assigned = evaluador asignado: { $who }
applications-bulk-review-started = la evaluación ha comenzado; se ha informado a la organización
applications-bulk-rejected = rechazada; se ha informado a la organización del motivo
applications-bulk-forbidden = no tiene permiso para hacer esto con esta solicitud
applications-bulk-not-found = no hay ninguna solicitud con este número
applications-bulk-failed = el servicio falló con esta solicitud; no se cambió nada en ella: inténtelo de nuevo

## What changed between two revisions
applications-revisions-page-title = Cambios en { $reference }
applications-revisions-title = Qué cambió de la versión { $from } a la versión { $to }
applications-revisions-changes = Cambios
applications-revisions-field = Campo
applications-revisions-revision = Versión { $number }
applications-revisions-none = Nada cambió entre estas dos versiones.
applications-revisions-no-such = no hay ninguna versión { $number }

## E-mails about an application (subject, then paragraphs)
applications-mail-received-subject = { $reference }: solicitud recibida
applications-mail-received = La ICBL ha recibido su solicitud «{ $title }». Su referencia es { $reference }.
applications-mail-received-next = El equipo de la ICBL comenzará la evaluación; le informaremos en cada etapa.
applications-mail-new-subject = { $reference }: nueva solicitud
applications-mail-new = Se ha presentado una nueva solicitud: «{ $title }».
applications-mail-review-subject = { $reference }: en evaluación
applications-mail-review = Su solicitud «{ $title }» está ahora en evaluación por la ICBL.
applications-mail-changes-subject = { $reference }: cambios solicitados
applications-mail-changes = La ICBL solicita cambios en su solicitud «{ $title }»:
applications-mail-changes-next = Modifique la solicitud y vuelva a presentarla cuando esté lista.
applications-mail-resubmitted-subject = { $reference }: presentada de nuevo
applications-mail-resubmitted = La organización ha vuelto a presentar «{ $title }» con los cambios solicitados.
applications-mail-approved-subject = { $reference }: aprobada
applications-mail-approved = Buenas noticias: la ICBL ha aprobado su solicitud «{ $title }».
applications-mail-approved-amount = La subvención concedida es de { $amount }. La ICBL se pondrá en contacto con ustedes sobre el convenio y el calendario de pagos.
applications-mail-approved-award = Su subvención { $reference }, sus pagos e informes: { $link }
applications-mail-decision-subject = { $reference }: decisión
applications-mail-rejected = La ICBL ha decidido no financiar su solicitud «{ $title }» en esta convocatoria.
applications-mail-reason = El motivo: { $reason }
applications-mail-withdrawn-subject = { $reference }: retirada
applications-mail-withdrawn = La organización ha retirado «{ $title }».
applications-mail-to-review-subject = Una solicitud que evaluar
applications-mail-to-review = La ICBL le pide que evalúe la solicitud «{ $title }».
applications-mail-to-review-next = Declare primero que no tiene ningún conflicto de intereses; después puntúela y formule su recomendación.

## A review in the application's history (`members-history-*`)
members-history-field-relevance = Pertinencia
members-history-field-feasibility = Viabilidad
members-history-field-value-for-money = Relación calidad-precio
members-history-field-capacity = Capacidad
members-history-field-recommendation = Recomendación
members-history-field-comment = Comentario
