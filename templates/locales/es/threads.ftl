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

## Demasiadas respuestas a una solicitud de coordinación en una hora.
threads-limited-title = Demasiados mensajes
threads-limited-body = Esta solicitud ha recibido { $per_hour } respuestas en la última hora, el máximo que acepta la página de seguimiento. Su mensaje no se ha enviado. Vuelva a intentarlo dentro de { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}, o escriba directamente a la ICBL si no puede esperar.
threads-limited-back = Volver a su solicitud
