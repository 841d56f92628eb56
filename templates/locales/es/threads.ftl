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
