# Campañas de adhesión: la lista, la página de una campaña con su registro de actividades, y su formulario.

## Etiquetas de los códigos guardados.
campaign-status-planning = En preparación
campaign-status-active = En curso
campaign-status-paused = En pausa
campaign-status-achieved = Objetivo logrado
campaign-status-closed = Cerrada
ask-of-a-campaign-accession = Adhesión a la Convención
ask-of-a-campaign-moratorium = Moratoria sobre el empleo, la producción y la transferencia
ask-of-a-campaign-stockpile = Declaración y destrucción de las existencias
ask-of-a-campaign-unga-vote = Voto a favor de la resolución de la Asamblea General de las Naciones Unidas
ask-of-a-campaign-transparency-report = Informe de transparencia voluntario
ask-of-a-campaign-treaty-meetings = Asistencia a las reuniones del tratado
ask-of-a-campaign-condemnation = Condena del empleo

campaigns-campaign = Campaña
campaigns-state = Estado
campaigns-status = Estado de la campaña
campaigns-leads = Organizaciones responsables
campaigns-objectives = Objetivos
campaigns-asks = Peticiones al Estado
campaigns-optional = opcional
campaigns-list-title = Campañas de adhesión
campaigns-list-count = { $count ->
    [one] { $count } campaña.
   *[other] { $count } campañas.
}
campaigns-list-none = Ninguna campaña.
campaigns-form-new = Nueva campaña
campaigns-form-edit = Modificar la campaña «{ $name }»
campaigns-form-choose-state = Elija el Estado
campaigns-form-name = Nombre
campaigns-form-leads = Organizaciones responsables
campaigns-form-create = Crear la campaña
campaigns-form-save = Guardar los cambios
campaigns-flash-saved = La campaña se ha guardado.
campaigns-flash-created = Campaña «{ $name }» creada.
campaigns-flash-logged = Actividad registrada.
campaigns-flash-linked = Solicitudes actualizadas.
campaigns-show-toward = Para
campaigns-show-edit = Modificar la campaña
campaigns-show-none-yet = ninguna por ahora
campaigns-show-none = ninguna
campaigns-show-activity-log = Registro de actividades
campaigns-show-activity-sep = :{" "}
campaigns-show-outcome-is = Resultado: { $outcome }
campaigns-show-nothing-logged = Todavía no hay nada registrado.
campaigns-show-date = Fecha
campaigns-show-type = Tipo
campaigns-show-what-happened = Qué ocurrió
campaigns-show-outcome = Resultado
campaigns-show-log = Registrar la actividad
campaigns-show-documents = Documentos
campaigns-show-grants = Solicitudes y subvenciones
campaigns-show-no-application = Ninguna solicitud vinculada.
campaigns-show-link-label = Vincular la solicitud número
campaigns-show-link = Vincular
campaigns-show-requests = Solicitudes de coordinación
campaigns-show-no-request = Ninguna.
campaigns-show-timeline = { $state } y la Convención
campaigns-show-no-treaty-event = No consta ningún acto relativo al tratado: Estado no parte.
