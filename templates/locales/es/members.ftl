# El registro de organizaciones miembros: la lista, la página de una organización y su formulario.

members-list-title = Organizaciones miembros
members-field-name = Nombre
members-field-acronym = Sigla
members-field-country = País
members-field-kind = Tipo
members-field-membership = Afiliación
members-field-website = Sitio web
members-field-contact-email = Correo electrónico de contacto
members-field-language = Idioma de trabajo
members-optional = (opcional)
members-any = Todos
members-form-new-heading = Nueva organización miembro
members-form-edit-heading = Modificar { $name }
members-form-choose-state = Elija el Estado
members-form-country-help = El Estado en el que trabaja.
members-form-joined-on = Fecha de ingreso en la red
members-form-open-data = Datos abiertos
members-form-publish = Nombrarla en las subvenciones publicadas (360Giving)
members-form-withhold = Excluir sus subvenciones de los datos abiertos
members-form-publish-help = Exclúyalas cuando figurar en ellas podría poner en peligro a las personas de la organización.
members-form-language-help = El idioma de las páginas y los correos electrónicos de sus miembros, salvo que alguno elija otro.
members-form-add = Añadir la organización
members-form-save = Guardar los cambios
members-flash-created = { $name } ya figura en el registro.
members-flash-saved = Los cambios se han guardado.
members-list-show = Mostrar
members-list-reset = Restablecer
members-list-download = Descargar como CSV
members-list-new = Nueva organización
members-list-count = { $count ->
    [one] { $count } organización
   *[other] { $count } organizaciones
}
members-list-organization = Organización
members-list-none = Ninguna organización coincide con estos filtros.
members-pages = Páginas
members-previous-page = Página anterior
members-next-page = Página siguiente
members-page = Página { $number }
members-show-kind-in = { $kind } –
members-show-none-given = no indicado
members-show-joined = Ingreso en la red
members-show-not-recorded = no registrado
members-show-edit = Modificar
members-show-documents = Documentos
members-show-history = Historial
members-show-by = por { $actor }

## Opciones: tipo de organización y afiliación
kind-of-organization-national-campaign = Campaña nacional
kind-of-organization-ngo = ONG
kind-of-organization-survivor-network = Red de sobrevivientes
kind-of-organization-other = Otro
membership-status-active = Activa
membership-status-suspended = Suspendida
membership-status-former = Antigua

## El historial de una organización y de una solicitud
members-form-website-placeholder = https://
members-history-yes = sí
members-history-no = no
members-history-action-organization-created = Organización creada
members-history-action-organization-updated = Organización modificada
members-history-action-application-created = Solicitud creada
members-history-action-application-saved = Solicitud guardada
members-history-action-application-campaign-linked = Campaña vinculada
members-history-action-application-submit = Solicitud enviada
members-history-action-application-start-review = Evaluación iniciada
members-history-action-application-request-changes = Cambios solicitados
members-history-action-application-resubmit = Solicitud enviada de nuevo
members-history-action-application-approve = Solicitud aprobada
members-history-action-application-reject = Solicitud rechazada
members-history-action-application-withdraw = Solicitud retirada
members-history-action-reviewer-assigned = Evaluador asignado
members-history-action-review-submitted = Evaluación entregada
members-history-field-name = Nombre
members-history-field-acronym = Sigla
members-history-field-country = País
members-history-field-kind = Tipo
members-history-field-membership-status = Afiliación
members-history-field-website = Sitio web
members-history-field-contact-email = Correo electrónico de contacto
members-history-field-joined-on = Ingreso en la red
members-history-field-publish-grants = Nombrada en los datos abiertos
members-history-field-language = Idioma de trabajo
members-history-field-status = Estado
members-history-field-reference = Referencia
members-history-field-target-state = Estado destinatario
members-history-field-title = Título
members-history-field-tier = Nivel
members-history-field-requested-minor = Importe solicitado
members-history-field-currency = Moneda
members-history-field-campaign-id = Campaña
