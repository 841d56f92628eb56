# Los mensajes de las reglas y los nombres de los campos, en español (véase src/i18n/phrases.rs):
# los identificadores son los del archivo inglés, calculados a partir de las palabras inglesas; no
# los cambie. Fragmentos en minúsculas y sin punto final: siguen al nombre del campo («Importe»: …).

## field label
phrase-acronym = sigla
phrase-action = acción
phrase-active = activo
phrase-activity-description = descripción de la actividad
phrase-activity-ends-on = fecha de fin de la actividad
phrase-activity-kind = tipo de actividad
phrase-activity-starts-on = fecha de inicio de la actividad
phrase-affiliation = afiliación
phrase-amount = importe
phrase-amount-minor = importe
phrase-application = solicitud
phrase-approach = gestión
phrase-asks = peticiones
phrase-attachment = archivo adjunto
phrase-award = subvención concedida
phrase-blind-review = evaluación anónima
phrase-body = texto
phrase-budget = presupuesto
phrase-campaign = campaña de adhesión
phrase-code = código
phrase-comment = comentario
phrase-condition = condición
phrase-condition-note = nota sobre la condición
phrase-conditions = condiciones
phrase-confirm = confirmación de la contraseña
phrase-contact-name = nombre de contacto
phrase-country = país
phrase-csv-file = archivo CSV
phrase-currency = moneda
phrase-description = descripción
phrase-due-on = fecha de vencimiento
phrase-email = correo electrónico
phrase-file = archivo
phrase-file-name = nombre del archivo
phrase-from = moneda de origen
phrase-ids = solicitudes seleccionadas
phrase-installment = tramo
phrase-installment-amount = importe del tramo
phrase-installment-sequence = número del tramo
phrase-joined-on = fecha de ingreso
phrase-kind = tipo
phrase-level = nivel
phrase-line-amount = importe de la partida presupuestaria
phrase-line-category = categoría de la partida presupuestaria
phrase-line-description = descripción de la partida presupuestaria
phrase-maximum-amount-of-tier-n = importe máximo del nivel { $n1 }
phrase-membership-status = condición de miembro
phrase-message = mensaje
phrase-ministry = ministerio
phrase-mode = modalidad
phrase-name = nombre
phrase-narrative = texto narrativo
phrase-not-party-only = solo Estados no partes
phrase-note = nota
phrase-objectives = objetivos
phrase-on = fecha
phrase-organization = organización
phrase-outcome = resultado
phrase-outcomes = resultados
phrase-password = contraseña
phrase-q = búsqueda
phrase-rate = tipo de cambio
phrase-reason = motivo
phrase-recommendation = recomendación
phrase-region = región
phrase-report = informe
phrase-report-days = plazo del informe (en días)
phrase-report-kind = tipo de informe
phrase-requesting-state = Estado solicitante
phrase-required-documents = documentos requeridos
phrase-reviewer = evaluador
phrase-revoke-tokens = revocación de los tokens de API
phrase-role = rol
phrase-round = convocatoria
phrase-sort = orden
phrase-source = fuente
phrase-spending-amount = importe gastado
phrase-spending-category = categoría de gasto
phrase-state = Estado
phrase-status = estado
phrase-summary = resumen
phrase-tier = nivel
phrase-tier-max = importe máximo del nivel
phrase-tier-name = nombre del nivel
phrase-tiers = niveles
phrase-title = título
phrase-to = moneda de destino
phrase-user = usuario
phrase-website = sitio web

## src/applications/bulk.rs
phrase-there-is-no-application-with-this-number = no hay ninguna solicitud con este número

## src/applications/content.rs
phrase-requested-amount = importe solicitado

## src/applications/detail_forms.rs
phrase-thank-you-your-declaration-is-recorded-you-can-now-review-the-application = Gracias: su declaración ha quedado registrada. Ya puede evaluar la solicitud

## src/applications/model.rs
phrase-an-application-that-is-n-cannot-be-changed = una solicitud en estado «{ $n1 }» no puede modificarse
phrase-the-round-n-is-not-open-for-applications = la convocatoria «{ $n1 }» no está abierta a solicitudes

## src/applications/reviewers.rs
phrase-there-is-no-reviewer-with-this-number = no hay ningún evaluador con este número

## src/applications/reviews.rs
phrase-give-a-score-from-n-to-n = indique una puntuación de { $n1 } a { $n2 }
phrase-no-conflict = ausencia de conflicto de intereses
phrase-reviewers-are-assigned-to-submitted-applications-this-one-is-n = los evaluadores se asignan a las solicitudes enviadas; esta está en estado «{ $n1 }»
phrase-the-applicant-organization-is-gone = la organización solicitante ya no existe
phrase-the-application-is-n-its-reviews-are-closed = la solicitud está en estado «{ $n1 }»; sus evaluaciones están cerradas
phrase-you-cannot-review-this-application-n = no puede evaluar esta solicitud: { $n1 }

## src/applications/revisions_page.rs
phrase-there-is-no-revision-n = no existe la revisión { $n1 }
phrase-this-application-has-no-revision-yet = esta solicitud aún no tiene ninguna revisión

## src/applications/transitions.rs
phrase-lower-tier-plan = plan para el nivel inferior
phrase-starts-on = fecha de inicio
phrase-the-round-n-closed-on-n-applications-can-no-longer-be-submitted = la convocatoria «{ $n1 }» se cerró el { $n2 }; ya no se pueden enviar solicitudes

## src/applications/workflow.rs
phrase-an-application-that-is-n-cannot-be-n = una solicitud en estado «{ $n1 }» no puede quedar { $n2 }

## src/attachments/mod.rs
phrase-there-is-no-attachment-with-this-number = no hay ningún archivo adjunto con este número

## src/attachments/scan.rs
phrase-the-virus-scanner-found-n-in-the-file-it-was-not-saved-attach-a-clean-copy = el antivirus detectó { $n1 } en el archivo: no se ha guardado. Adjunte una copia limpia

## src/attachments/sniff.rs
phrase-text-must-be-utf-n = el texto debe estar codificado en UTF-{ $n1 }
phrase-text-must-not-contain-nul-characters = el texto no debe contener caracteres NUL
phrase-the-file-is-empty = el archivo está vacío

## src/auth/commands/account.rs
phrase-time-zone = zona horaria
phrase-you-have-no-active-token-with-this-number = no tiene ningún token activo con este número

## src/auth/commands/links.rs
phrase-this-link-is-not-valid-it-was-used-already-or-it-has-expired-ask-for-a-new-one = este enlace no es válido: ya se ha utilizado o ha caducado; solicite uno nuevo

## src/auth/commands/people.rs
phrase-this-account-is-already-active = esta cuenta ya está activa
phrase-this-is-the-last-administrator-make-another-one-first = es el último administrador: designe antes a otro
phrase-you-cannot-deactivate-your-own-account = no puede desactivar su propia cuenta

## src/auth/commands/second_factor.rs
phrase-set-up-two-factor-sign-in-first = active primero el inicio de sesión en dos pasos
phrase-two-factor-sign-in-is-already-set-up-for-this-account = el inicio de sesión en dos pasos ya está activado para esta cuenta
phrase-two-factor-sign-in-is-not-set-up-for-this-account = el inicio de sesión en dos pasos no está activado para esta cuenta
phrase-two-factor-sign-in-is-required-of-n-accounts-it-cannot-be-turned-off = el inicio de sesión en dos pasos es obligatorio para las cuentas «{ $n1 }»: no puede desactivarse

## src/auth/invitations.rs
phrase-an-invitation-is-on-its-way-to-n = Se ha enviado una invitación a { $n1 }
phrase-not-done-n = No se ha realizado: { $n1 }

## src/auth/routes.rs
phrase-times-are-now-shown-in-n-time-with-utc-beside-them = Las horas se muestran ahora en la hora de { $n1 }, con la hora UTC al lado
phrase-you-are-signed-out-on-every-device-and-your-api-tokens-are-revoked = Se ha cerrado su sesión en todos los dispositivos y se han revocado sus tokens de API

## src/auth/second_factor_pages.rs
phrase-two-factor-sign-in-is-off-your-password-alone-signs-you-in = El inicio de sesión en dos pasos está desactivado: basta con su contraseña para iniciar sesión

## src/awards/amendments.rs
phrase-an-award-that-is-n-cannot-be-amended = una subvención en estado «{ $n1 }» no puede modificarse
phrase-budget-lines = partidas presupuestarias
phrase-ends-on = fecha de fin

## src/awards/conditions.rs
phrase-name-the-report-it-waits-for-after-report-id = indique el informe que se espera: after_report:ID
phrase-this-award-has-no-report-n = esta subvención no tiene ningún informe { $n1 }

## src/awards/disbursements.rs
phrase-a-second-person-must-confirm-an-override-you-asked-for-this-one = la dispensa de una condición debe confirmarla una segunda persona: es usted quien la pidió
phrase-installment-n-is-n-only-a-scheduled-installments-condition-can-be-overridden = el tramo { $n1 } está en estado «{ $n2 }»: solo puede dispensarse la condición de un tramo programado
phrase-installment-n-is-n-there-is-nothing-left-to-confirm = el tramo { $n1 } está en estado «{ $n2 }»: ya no queda nada por confirmar
phrase-installment-n-s-condition-holds-approve-it-there-is-nothing-to-override = la condición del tramo { $n1 } se cumple: apruebe el tramo, no hay ninguna condición que dispensar
phrase-no-override-of-installment-n-has-been-asked-for = no se ha pedido ninguna dispensa de la condición del tramo { $n1 }
phrase-paid-amount = importe pagado
phrase-paid-currency = moneda del pago
phrase-paid-on = fecha del pago
phrase-paying-n-would-take-the-payments-beyond-the-awards-n-n-already-paid = pagar { $n1 } llevaría los pagos más allá de los { $n2 } de la subvención ({ $n3 } ya pagados)
phrase-payment-reference = referencia del pago
phrase-the-award-is-n-nothing-is-paid-on-it = la subvención está en estado «{ $n1 }»: no se realiza ningún pago con cargo a ella
phrase-the-override-of-installment-n-is-already-confirmed = la dispensa de la condición del tramo { $n1 } ya está confirmada
phrase-the-schedule-of-an-award-that-is-n-cannot-change = el calendario de una subvención en estado «{ $n1 }» no puede modificarse
phrase-there-is-no-installment-with-this-number = no hay ningún tramo con este número

## src/awards/model.rs
phrase-a-terminated-awards-agreement-cannot-be-recorded-as-signed = el acuerdo de una subvención rescindida no puede registrarse como firmado
phrase-signed-on = fecha de firma
phrase-the-award-cannot-be-completed-yet-n = la subvención aún no puede darse por concluida: { $n1 }
phrase-there-is-no-report-with-this-number = no hay ningún informe con este número

## src/awards/reports.rs
phrase-the-award-is-terminated-it-owes-no-report = la subvención está rescindida: no se debe presentar ningún informe
phrase-the-report-is-n-there-is-no-draft-to-save = el informe está en estado «{ $n1 }»: no hay ningún borrador que guardar

## src/campaigns/model.rs
phrase-lead-organization-ids = organizaciones coordinadoras
phrase-names-an-application-that-does-not-exist = designa una solicitud que no existe
phrase-q-is-not-a-number = «{ $q1 }» no es un número

## src/coordination/commands.rs
phrase-there-is-no-such-step = este paso no existe
phrase-this-request-was-just-recorded = esta solicitud acaba de registrarse

## src/coordination/input.rs
phrase-choose-a-state = elija un Estado
phrase-consent-to-share = consentimiento para compartir
phrase-idempotency-key = clave de idempotencia
phrase-is-not-the-iso-n-code-of-a-state-aze-npl-choose-one-from-the-list = no es el código ISO { $n1 } de un Estado (AZE, NPL, etc.); elija uno de la lista
phrase-must-be-at-most-n-characters-long = debe tener como máximo { $n1 } caracteres
phrase-target-state = Estado destinatario
phrase-window-end = fin del período
phrase-window-start = inicio del período

## src/coordination/model.rs
phrase-this-idempotency-key-was-already-used-for-a-different-request = esta clave de idempotencia ya se utilizó para otra solicitud

## src/coordination/pages/public.rs
phrase-not-withdrawn-n = No retirada: { $n1 }

## src/coordination/pages/staff.rs
phrase-not-shared-n = No compartida: { $n1 }

## src/coordination/token.rs
phrase-this-status-link-is-not-valid = este enlace de seguimiento no es válido

## src/coordination/transitions.rs
phrase-the-requester-did-not-agree-to-share-this-request-it-stays-with-icbl-staff = el solicitante no aceptó que se compartiera esta solicitud: queda en manos del personal de la ICBL
phrase-this-request-is-n-it-is-no-longer-shared = esta solicitud está en estado «{ $n1 }»: ya no se comparte
phrase-this-request-was-already-shared-on-n = esta solicitud ya se compartió el { $n1 }

## src/coordination/workflow.rs
phrase-a-coordination-request-that-is-n-cannot-be-n = una solicitud de coordinación en estado «{ $n1 }» no puede quedar { $n2 }

## src/dates.rs
phrase-must-be-between-n-and-n = debe estar entre { $n1 } y { $n2 }

## src/deadlines/feed.rs
phrase-there-is-no-calendar-at-this-address = no hay ningún calendario en esta dirección

## src/error.rs
phrase-a-record-with-these-details-already-exists = ya existe un registro con estos datos
phrase-sign-in-to-continue = inicie sesión para continuar
phrase-some-fields-need-attention = algunos campos requieren su atención
phrase-something-went-wrong-on-our-side-it-has-been-logged = algo ha fallado por nuestra parte; ha quedado registrado
phrase-the-request-is-too-large = la petición es demasiado grande
phrase-the-service-cannot-use-its-database-just-now-so-nothing-was-saved-try-again-in-a-moment = el servicio no puede acceder a su base de datos en este momento, así que no se ha guardado nada: vuelva a intentarlo en un momento
phrase-the-service-is-busy-try-again-in-a-moment = el servicio está saturado: vuelva a intentarlo en un momento
phrase-this-form-has-expired-or-came-from-another-site-reload-the-page-and-try-again = este formulario ha caducado o procede de otro sitio: vuelva a cargar la página e inténtelo de nuevo
phrase-this-refers-to-a-record-that-does-not-exist-or-is-still-referred-to = esto remite a un registro que no existe o al que todavía se hace referencia
phrase-too-many-requests-from-this-address-try-again-in-n-minute-n = demasiadas peticiones desde esta dirección: vuelva a intentarlo dentro de { $n1 } minuto{ $n2 }
phrase-you-are-not-allowed-to-do-this = no tiene permiso para realizar esta acción

## src/exchange/mod.rs
phrase-a-n-n-rate-is-already-recorded-for-n-n-n = ya hay un tipo de cambio { $n1 } → { $n2 } registrado para el { $n3 } ({ $n4 }, { $n5 })
phrase-has-at-most-n-decimal-places = debe tener como máximo { $n1 } decimales
phrase-is-required = es obligatorio
phrase-is-too-large = supera el valor máximo
phrase-must-be-more-than-zero = debe ser mayor que cero
phrase-rate-on = fecha del tipo de cambio

## src/flags/mod.rs
phrase-this-flag-has-already-been-resolved = esta alerta ya se ha resuelto

## src/inbox/commands.rs
phrase-this-record-has-no-open-flag = este registro no tiene ninguna alerta abierta

## src/inbox/pages.rs
phrase-not-resolved-n = No resuelta: { $n1 }
phrase-there-is-no-such-kind-of-record = este tipo de registro no existe

## src/letters/commands.rs
phrase-letter-template = modelo de carta
phrase-the-award-changed-while-its-letter-was-drawn-send-the-letter-again = la subvención cambió mientras se preparaba su carta: vuelva a enviar la carta
phrase-the-letter-of-an-award-is-sent-while-the-award-is-active-this-one-is-n = la carta de una subvención se envía mientras la subvención está activa: esta está en estado «{ $n1 }»

## src/lib.rs
phrase-there-is-nothing-at-this-address = no hay nada en esta dirección

## src/members/commands.rs
phrase-only-icbl-staff-can-change-this = solo el personal de la ICBL puede cambiar esto
phrase-publish-grants = publicación de las subvenciones

## src/members/model.rs
phrase-contact-email = correo electrónico de contacto

## src/members/pages.rs
phrase-the-changes-are-saved = Los cambios se han guardado

## src/money.rs
phrase-cannot-combine-n-with-n = no se puede combinar { $n1 } con { $n2 }
phrase-enter-a-three-letter-currency-code-like-usd-q-is-not-one = Introduzca un código de moneda de tres letras, como USD («{ $q1 }» no lo es)
phrase-enter-the-amount-in-n-n-is-another-currency = Introduzca el importe en { $n1 }: { $n2 } es otra moneda
phrase-enter-the-amount-like-n-q-is-not-an-amount = Introduzca el importe, por ejemplo { $n1 } («{ $q1 }» no es un importe)
phrase-enter-the-amount-with-a-dot-for-decimals-like-n-q-can-be-read-two-ways = Introduzca el importe con un punto para los decimales, por ejemplo { $n1 } («{ $q1 }» admite dos lecturas)
phrase-enter-the-amount-with-its-currency-code-instead-of-q-like-n-n = Introduzca el importe con su código de moneda en lugar de «{ $q1 }», por ejemplo { $n1 } { $n2 }
phrase-the-amount-is-too-large = El importe es demasiado elevado

## src/notify/commands.rs
phrase-there-is-no-failed-message-with-this-number = no hay ningún mensaje fallido con este número

## src/pagination.rs
phrase-q-is-not-a-whole-number = «{ $q1 }» no es un número entero

## src/rounds/code.rs
phrase-may-hold-only-letters-a-to-z-digits-and-hyphens-like-iia-n-a = solo puede contener letras de la A a la Z, cifras y guiones, como IIA-{ $n1 }A
phrase-must-be-n-to-n-characters-long-like-iia-n-a = debe tener entre { $n1 } y { $n2 } caracteres, como IIA-{ $n3 }A
phrase-must-start-with-a-letter-like-iia-n-a = debe empezar por una letra, como IIA-{ $n1 }A
phrase-q-is-not-in-upper-case-as-codes-are-stored = «{ $q1 }» no está en mayúsculas, que es como se guardan los códigos

## src/rounds/input.rs
phrase-closes-at = fecha de cierre
phrase-opens-at = fecha de apertura

## src/rounds/model.rs
phrase-is-already-the-n-of-another-round = ya es el { $n1 } de otra convocatoria

## src/sensitivity/mod.rs
phrase-review-on = fecha de revisión

## src/threads/commands.rs
phrase-this-request-is-closed-and-its-contact-details-removed-it-takes-no-more-replies = esta solicitud está cerrada y sus datos de contacto se han eliminado: ya no admite respuestas

## src/threads/pages.rs
phrase-not-sent-n = No enviado: { $n1 }

## src/treaty/model.rs
phrase-no-state-has-the-iso-n-code-q = ningún Estado tiene el código ISO { $n1 } «{ $q1 }»

## src/treaty/pages.rs
phrase-not-recorded-n = No registrado: { $n1 }
phrase-recorded-n-on-n = Registrado: { $n1 } el { $n2 }

## src/treaty/record.rs
phrase-entry-into-force-on = fecha de entrada en vigor
phrase-entry-into-force-reason = motivo de la fecha de entrada en vigor
phrase-events-are-recorded-in-the-order-they-happen-and-one-of-n-is-already-recorded = los eventos se registran en el orden en que ocurren, y ya hay uno registrado del { $n1 }
phrase-occurred-on = fecha del evento
phrase-this-event-is-already-recorded = este evento ya está registrado

## src/web/assets.rs
phrase-no-such-file = archivo no encontrado

## src/web/extract.rs
phrase-the-query-string-cannot-be-read-n = no se pueden leer los parámetros de la dirección: { $n1 }

## missed by the generator
phrase-choose-a-kind-of-approach = elija un tipo de gestión
phrase-choose-joint-or-complementary = elija una gestión conjunta o complementaria
phrase-leave-this-field-empty-it-is-there-to-catch-automated-submissions = deje este campo vacío (sirve para detectar los envíos automatizados)
phrase-must-be-another-state-than-the-one-making-the-request = debe ser un Estado distinto del que hace la solicitud
phrase-must-be-true-or-false = debe ser verdadero o falso
phrase-must-be-within-three-years-from-today = debe situarse dentro de los próximos tres años
phrase-must-not-be-before-the-start-of-the-window = no debe ser anterior al inicio del período
phrase-the-window-has-passed-give-a-window-to-come = el período ya ha pasado; indique un período futuro
phrase-must-be-at-most-n-visible-ascii-characters = debe tener como máximo { $n1 } caracteres ASCII visibles
phrase-must-be-at-least-n = debe ser como mínimo { $n1 }
phrase-must-be-at-most-n = debe ser como máximo { $n1 }
phrase-is-out-of-range = está fuera del intervalo permitido
phrase-must-be-at-least-n-characters-long = debe tener como mínimo { $n1 } caracteres
phrase-has-the-wrong-length = no tiene la longitud correcta
phrase-must-be-an-email-address = debe ser una dirección de correo electrónico
phrase-must-be-a-web-address-https = debe ser una dirección web (https://…)
phrase-web-address = dirección web
phrase-amount-requested = importe solicitado
phrase-maximum-amount = importe máximo
phrase-must-not-be-negative = no debe ser negativo
phrase-cannot-be-in-the-future = no puede situarse en el futuro
phrase-must-be-a-number = debe ser un número
phrase-choose-a-round = elija una convocatoria
phrase-there-is-no-such-round = esta convocatoria no existe
phrase-there-is-no-such-organization = esta organización no existe
phrase-must-be-after-the-start = debe ser posterior al inicio
phrase-must-not-be-before-the-start = no debe ser anterior al inicio
phrase-give-the-reason-for-the-record = indique el motivo, que quedará registrado
phrase-a-user-with-this-email-already-exists = ya existe un usuario con este correo electrónico
phrase-another-organization-already-has-this-name = otra organización ya tiene este nombre
phrase-is-already-the-name-of-another-round = ya es el nombre de otra convocatoria
