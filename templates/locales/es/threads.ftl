# Conversaciones sobre un expediente: los mensajes y el formulario para escribir uno.

threads-unread = { $count ->
    [one] { $count } nuevo
   *[other] { $count } nuevos
}
threads-since-you-looked = desde su última visita.
threads-internal-badge = Nota interna: solo el personal
threads-new = Nuevo
threads-none = Todavía no hay ningún mensaje.
threads-message-to = Mensaje { $party ->
    [requester] al solicitante
    [icbl] a la ICBL
   *[organization] a la organización
}
threads-internal-note = Nota interna: solo la ve el personal de la ICBL y no se envía { $party ->
    [requester] al solicitante
    [icbl] a la ICBL
   *[organization] a la organización
}
threads-send = Enviar


## Lo que dicen los formularios una vez enviado un mensaje, o por qué no se envió.
threads-note-saved = Nota guardada: solo la ve el personal de la ICBL.
threads-sent-requester = Mensaje dejado en la página de seguimiento y enviado por correo electrónico al solicitante.
threads-sent-organization = Mensaje enviado a la organización.
threads-sent-icbl = Mensaje enviado a la ICBL.
threads-reply-sent = Su respuesta se ha enviado a la ICBL.
threads-reply-not-sent = Su respuesta no se ha enviado: { $reason }.
## Demasiadas respuestas a una solicitud de coordinación en una hora.
threads-limited-title = Demasiados mensajes
threads-limited-body = Esta solicitud ha recibido { $per_hour } respuestas en la última hora, el máximo que acepta la página de seguimiento. Su mensaje no se ha enviado. Vuelva a intentarlo dentro de { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}, o escriba directamente a la ICBL si no puede esperar.
threads-limited-back = Volver a su solicitud

## El correo que un mensaje envía a la otra parte
threads-mail-from-icbl-subject = { $reference }: un mensaje de la ICBL
threads-mail-to-requester = La ICBL dejó un mensaje sobre su solicitud de coordinación { $reference }:
threads-mail-answer-on-status-page = Puede responder en la página de seguimiento de su solicitud.
threads-mail-icbl-wrote = La ICBL le escribió sobre { $reference }:
threads-mail-answer-in-clearway = Puede responder en Clearway, en la página del registro.
threads-mail-organization-subject = { $reference }: la organización escribió
threads-mail-organization-wrote = La organización escribió sobre { $reference }:
threads-mail-requester-subject = { $reference }: el solicitante respondió
threads-mail-requester-replied = El solicitante respondió en la página de seguimiento de { $reference }:
threads-mail-read-and-answer = Leer y responder
threads-mail-open-request = Abrir la solicitud

## Quién escribió un mensaje, y las conversaciones con mensajes aún no leídos
threads-author-requester = El solicitante
threads-author-staff = El personal de la ICBL
threads-author-staff-named = { $name } (ICBL)
threads-author-organization = La organización
threads-unread-application = Solicitud { $reference }
threads-unread-award = Subvención { $reference }
threads-unread-report = Un informe de la subvención { $reference }
threads-unread-request = Solicitud de coordinación { $reference }
