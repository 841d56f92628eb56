# Coordination requests: the public form, its confirmation, the requester's status page, and
# staff's list and page of a request.

## The public form
coordination-form-title = Coordinar una gestión con la ICBL
coordination-form-lead = ¿Su Estado prevé dirigirse a las autoridades de un Estado que no se ha adherido a la Convención sobre la prohibición de las minas antipersonal? Comuníquelo a la ICBL para que pueda organizarse una gestión conjunta o complementaria con la campaña nacional. No necesita una cuenta; recibirá un enlace privado para seguir su solicitud.
coordination-form-unsaved = Su solicitud no pudo guardarse en este momento, por lo que no se envió nada a la ICBL. Sus respuestas se conservan a continuación: vuelva a enviarla dentro de un momento.
coordination-form-who = Quién la solicita
coordination-form-requesting-state = Estado solicitante
coordination-form-choose-state = Elija un Estado
coordination-form-ministry = Ministerio o misión
coordination-form-ministry-help = Por ejemplo: Ministerio de Asuntos Exteriores, División de Control de Armamentos; o su Misión Permanente en Ginebra.
coordination-form-contact-name = Nombre de contacto
coordination-form-contact-email = Correo electrónico de contacto
coordination-form-contact-email-help = Aquí enviamos la confirmación y su enlace privado de seguimiento.
coordination-form-approach-legend = La gestión
coordination-form-target-state = Estado destinatario
coordination-form-target-state-help = Los Estados que no forman parte de la Convención aparecen primero. También puede elegirse un Estado parte; la ICBL lo examinará.
coordination-form-approach = Tipo de gestión
coordination-form-choose-one = Elija una opción
coordination-form-window-start = Prevista desde
coordination-form-window-end = Prevista hasta
coordination-form-window-help = El período en el que tendría lugar la gestión, en formato AAAA-MM-DD.
coordination-form-mode = ¿Conjunta o complementaria?
coordination-form-message = Mensaje
coordination-optional = (opcional)
coordination-form-message-help = A quién prevé reunirse, qué pedirá, todo lo que la ICBL deba saber. Como máximo { $max } caracteres.
coordination-form-consent = La ICBL puede compartir nuestros datos de contacto con su miembro nacional en el Estado destinatario
coordination-form-consent-help = Sin este consentimiento, solo el personal de la ICBL ve sus datos de contacto.
coordination-form-honeypot = Deje este campo vacío
coordination-form-send = Enviar la solicitud
coordination-form-group-outside = Estados que no forman parte de la Convención
coordination-form-group-parties = Estados partes
coordination-form-group-others = Otros Estados
# A target state in the list, with its status: "Azerbaijan (not party)".
coordination-form-state-with-status = { $state } ({ $status })

## Too many requests
coordination-limited-title = Demasiadas solicitudes
coordination-limited-body = Esta dirección ha enviado { $per_hour } solicitudes de coordinación en la última hora, el máximo que acepta el formulario. No se ha registrado nada más. { $minutes ->
    [one] Vuelva a intentarlo dentro de { $minutes } minuto, o escriba a la ICBL si no puede esperar:
   *[other] Vuelva a intentarlo dentro de { $minutes } minutos, o escriba a la ICBL si no puede esperar:
}
coordination-limited-back = Volver al formulario

## The confirmation
coordination-received-title = Solicitud { $reference } recibida
coordination-received-replay = Ya había enviado esta solicitud: aquí la tiene de nuevo. No se envió nada nuevo a la ICBL.
coordination-received-about = La ICBL ha recibido su solicitud relativa a { $target }. Su referencia es { $reference }.
coordination-received-follow = Sígala, y lea los mensajes de la ICBL, en su enlace privado de seguimiento:
coordination-received-keep = No comparta este enlace: cualquier persona que lo tenga puede ver la solicitud y retirarla. Se envió una copia a { $email }.
coordination-received-alerted = Se ha alertado al personal de la ICBL, que acusará recibo de la solicitud en un plazo de dos días hábiles.
coordination-received-acknowledge = El personal de la ICBL acusará recibo de la solicitud en un plazo de dos días hábiles.

## The requester's status page
coordination-status-title = Solicitud { $reference }
coordination-status-eyebrow = Solicitud de coordinación
coordination-window = del { $start } al { $end }
coordination-status-approach = Gestión
coordination-status-mode = Modalidad
coordination-status-shared = Compartida con los miembros nacionales
coordination-status-shared-on = el { $when }, con su consentimiento
coordination-status-not-shared = no compartida: solo el personal de la ICBL ve la solicitud
coordination-status-steps = Etapas
coordination-status-from-icbl = Mensaje de la ICBL
coordination-status-messages = Mensajes con la ICBL
coordination-status-you = Usted
coordination-status-no-message = Todavía no hay mensajes.
coordination-status-reply = Su mensaje a la ICBL
coordination-status-send = Enviar a la ICBL
coordination-status-withdraw = Retirar la solicitud
coordination-status-withdrawn = Su solicitud ha sido retirada.
coordination-status-not-withdrawn = La solicitud no se ha retirado: { $reason }.

## What each status means for the requester
coordination-explanation-received = Su solicitud ha llegado a la ICBL. Un responsable de programa acusará recibo en un plazo de dos días hábiles.
coordination-explanation-acknowledged = La ICBL ha leído su solicitud y está comprobando quién trabaja sobre este Estado.
coordination-explanation-coordinating = La ICBL está organizando la gestión con la campaña nacional y con cualquier otro Estado que prevea una.
coordination-explanation-joint-approach-agreed = Se ha acordado una gestión conjunta o complementaria; la ICBL le confirmará los detalles.
coordination-explanation-completed = La gestión ha tenido lugar. Gracias por coordinarse con la ICBL.
coordination-explanation-declined = La ICBL no coordinará esta gestión; consulte el mensaje a continuación.
coordination-explanation-withdrawn = Usted retiró esta solicitud.

## E-mails to the requester (the subject and paragraphs of the notice)
coordination-mail-received-subject = La ICBL recibió la solicitud de coordinación { $reference }
coordination-mail-hello = Buenos días:
coordination-mail-received-body = La ICBL ha recibido una solicitud para coordinar una gestión ante { $target } ({ $window }), enviada desde su formulario público con esta dirección como contacto. Su referencia es { $reference }.
coordination-mail-received-next = Un responsable de programa acusará recibo en un plazo de dos días hábiles. Puede seguir cada etapa, y retirar la solicitud, en el enlace privado que figura a continuación: no lo comparta, ya que cualquier persona que lo tenga puede ver la solicitud. Si usted no la envió, retírela allí o responda a la ICBL.
coordination-mail-follow = Seguir la solicitud
coordination-mail-follow-yours = Seguir su solicitud
coordination-mail-step-subject = { $reference }: { $status }
coordination-mail-step-body = Su solicitud de coordinación { $reference } está ahora: { $status }.
coordination-mail-step-message = Mensaje de la ICBL: { $message }

## Choices
kind-of-approach-capital-meeting = Reunión en la capital
kind-of-approach-demarche = Gestión diplomática
kind-of-approach-military-dialogue = Diálogo entre militares
kind-of-approach-high-level-visit = Visita de alto nivel
kind-of-approach-regional-event = Evento regional
kind-of-approach-other = Otro
mode-of-approach-joint = Una gestión conjunta, con la campaña nacional
mode-of-approach-complementary = Una gestión complementaria, cada uno por su lado pero de forma concertada
coordination-request-status-received = Recibida
coordination-request-status-acknowledged = Recibo confirmado
coordination-request-status-coordinating = En coordinación
coordination-request-status-joint-approach-agreed = Gestión conjunta acordada
coordination-request-status-completed = Concluida
coordination-request-status-declined = Denegada
coordination-request-status-withdrawn = Retirada
coordination-request-action-acknowledge = Acusar recibo
coordination-request-action-coordinate = Empezar a coordinar
coordination-request-action-agree = Registrar la gestión conjunta acordada
coordination-request-action-complete = Concluir
coordination-request-action-decline = Denegar
coordination-request-action-withdraw = Retirar
flag-reason-member-present = Una organización miembro trabaja en el Estado destinatario
flag-reason-active-campaign = Una campaña (prevista, activa o en pausa) se dirige a este Estado
flag-reason-active-award = Una subvención concedida en curso se dirige a este Estado
flag-reason-overlap = Otra solicitud abierta se solapa con esta
flag-reason-imminent = El período empieza dentro de 14 días o menos
flag-reason-target-is-party = El Estado destinatario ya es Estado parte
flag-reason-escalated = Recibo no confirmado en 2 días hábiles
flag-reason-state-joined = El Estado se adhirió a la Convención

## Staff's list of requests
coordination-list-title = Solicitudes de coordinación
coordination-list-status = Situación
coordination-list-any = Cualquiera
coordination-list-target = Estado destinatario
coordination-list-filter = Filtrar
coordination-list-csv = Descargar en formato CSV
coordination-list-total = { $total ->
    [one] { $total } solicitud.
   *[other] { $total } solicitudes.
}
coordination-list-reference = Referencia
coordination-list-from-to = De → a
coordination-list-window = Período
coordination-list-flags = Alertas abiertas
coordination-list-none = Ninguna solicitud.
coordination-list-pages = Páginas
coordination-list-previous = Anterior
coordination-list-next = Siguiente

## Staff's page of a request
coordination-show-title = Solicitud de coordinación { $reference }
coordination-show-flags = Alertas
coordination-show-resolved = resuelta
coordination-show-resolve = Resolver las alertas en la bandeja de entrada
coordination-show-ministry = Ministerio
coordination-show-contact-line = { $name } <{ $email }>
coordination-show-contact = Contacto
coordination-show-approach = Gestión
coordination-show-consent = Consentimiento para compartir
coordination-show-consent-yes = sí
coordination-show-consent-no = no: queda en manos del personal de la ICBL
coordination-show-shared = Compartida con los miembros
coordination-show-shared-on = el { $when }
coordination-show-not-shared = todavía no: solo la ve el personal
coordination-show-message = Mensaje
coordination-show-campaign = Campaña
coordination-show-see-campaign = Ver la campaña de adhesión
coordination-show-share-heading = Compartir con los miembros nacionales
coordination-show-share-text = El solicitante aceptó que se compartiera esta solicitud. Una vez comprobado que es auténtica, compártala: las organizaciones miembro en { $target } y los responsables de sus campañas reciben un aviso por correo electrónico, con el contacto del solicitante, y la ven en la campaña.
coordination-show-share = Compartir con los miembros
coordination-show-next = Siguiente etapa
coordination-show-to-requester = Mensaje al solicitante
coordination-show-conversation = Conversación con el solicitante y notas del personal
coordination-show-replied = Respondida
coordination-show-replied-text = El mensaje del solicitante espera respuesta.
coordination-show-conversation-note = Los mensajes aparecen en la página de seguimiento del solicitante y se le envían por correo electrónico a { $email }; las notas internas solo las ve el personal.
coordination-show-steps = Etapas que ve el solicitante
coordination-show-history = Historial
coordination-show-history-line = { $when }: { $action } por { $actor }
coordination-show-links-members = Miembros en el país
coordination-show-links-campaigns = Campañas
coordination-show-links-awards = Subvenciones
coordination-show-links-overlapping = Solicitudes que se solapan
coordination-show-now = { $reference } está ahora: { $status }.
coordination-show-not-done = No se hizo: { $reason }.
coordination-show-shared-done = Compartida: las organizaciones miembro concernidas recibieron un aviso por correo electrónico y la ven en la campaña.
coordination-show-not-shared-error = No se compartió: { $reason }.

## A request's history (its audit actions)
coordination-history-coordination-request-received = Solicitud de coordinación recibida
coordination-history-coordination-request-acknowledge = Recibo confirmado
coordination-history-coordination-request-coordinate = Coordinación iniciada
coordination-history-coordination-request-agree = Gestión conjunta acordada
coordination-history-coordination-request-complete = Concluida
coordination-history-coordination-request-decline = Denegada
coordination-history-coordination-request-withdraw = Retirada por el solicitante
coordination-history-coordination-request-shared = Compartida con los miembros
coordination-history-coordination-request-escalated = Escalada
coordination-history-flag-raised = Alerta emitida
coordination-history-flag-resolved = Alerta resuelta
coordination-history-message-posted = Mensaje publicado
