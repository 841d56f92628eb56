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

## src/applications/model.rs
phrase-an-application-that-is-q-cannot-be-changed = una solicitud en estado «{ $q1 }» no puede modificarse
phrase-the-round-q-is-not-open-for-applications = la convocatoria «{ $q1 }» no está abierta a solicitudes

## src/applications/reviewers.rs
phrase-there-is-no-reviewer-with-this-number = no hay ningún evaluador con este número

## src/applications/reviews.rs
phrase-give-a-score-from-n-to-n = indique una puntuación de { $n1 } a { $n2 }
phrase-no-conflict = ausencia de conflicto de intereses
phrase-reviewers-are-assigned-to-submitted-applications-this-one-is-q = los evaluadores se asignan a las solicitudes enviadas; esta está en estado «{ $q1 }»
phrase-the-applicant-organization-is-gone = la organización solicitante ya no existe
phrase-the-application-is-q-its-reviews-are-closed = la solicitud está en estado «{ $q1 }»; sus evaluaciones están cerradas

## src/applications/revisions_page.rs
phrase-there-is-no-revision-n = no existe la revisión { $n1 }
phrase-this-application-has-no-revision-yet = esta solicitud aún no tiene ninguna revisión

## src/applications/transitions.rs
phrase-lower-tier-plan = plan para el nivel inferior
phrase-starts-on = fecha de inicio
phrase-the-round-q-closed-on-q-applications-can-no-longer-be-submitted = la convocatoria «{ $q1 }» se cerró el { $q2 }; ya no se pueden enviar solicitudes

## src/applications/workflow.rs

## src/attachments/mod.rs
phrase-there-is-no-attachment-with-this-number = no hay ningún archivo adjunto con este número

## src/attachments/scan.rs

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

## src/auth/invitations.rs

## src/auth/routes.rs

## src/auth/second_factor_pages.rs

## src/awards/amendments.rs
phrase-budget-lines = partidas presupuestarias
phrase-ends-on = fecha de fin

## src/awards/conditions.rs
phrase-name-the-report-it-waits-for-after-report-id = indique el informe que se espera: after_report:ID
phrase-this-award-has-no-report-n = esta subvención no tiene ningún informe { $n1 }

## src/awards/disbursements.rs
phrase-a-second-person-must-confirm-an-override-you-asked-for-this-one = la dispensa de una condición debe confirmarla una segunda persona: es usted quien la pidió
phrase-installment-n-s-condition-holds-approve-it-there-is-nothing-to-override = la condición del tramo { $n1 } se cumple: apruebe el tramo, no hay ninguna condición que dispensar
phrase-no-override-of-installment-n-has-been-asked-for = no se ha pedido ninguna dispensa de la condición del tramo { $n1 }
phrase-paid-amount = importe pagado
phrase-paid-currency = moneda del pago
phrase-paid-on = fecha del pago
phrase-paying-n-would-take-the-payments-beyond-the-awards-n-n-already-paid = pagar { $n1 } llevaría los pagos más allá de los { $n2 } de la subvención ({ $n3 } ya pagados)
phrase-payment-reference = referencia del pago
phrase-the-override-of-installment-n-is-already-confirmed = la dispensa de la condición del tramo { $n1 } ya está confirmada
phrase-there-is-no-installment-with-this-number = no hay ningún tramo con este número

## src/awards/model.rs
phrase-a-terminated-awards-agreement-cannot-be-recorded-as-signed = el acuerdo de una subvención rescindida no puede registrarse como firmado
phrase-signed-on = fecha de firma
phrase-there-is-no-report-with-this-number = no hay ningún informe con este número

## src/awards/reports.rs
phrase-the-award-is-terminated-it-owes-no-report = la subvención está rescindida: no se debe presentar ningún informe

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

## src/coordination/pages/staff.rs

## src/coordination/token.rs
phrase-this-status-link-is-not-valid = este enlace de seguimiento no es válido

## src/coordination/transitions.rs
phrase-the-requester-did-not-agree-to-share-this-request-it-stays-with-icbl-staff = el solicitante no aceptó que se compartiera esta solicitud: queda en manos del personal de la ICBL
phrase-this-request-is-q-it-is-no-longer-shared = esta solicitud está en estado «{ $q1 }»: ya no se comparte
phrase-this-request-was-already-shared-on-q = esta solicitud ya se compartió el { $q1 }

## src/coordination/workflow.rs

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
phrase-you-are-not-allowed-to-do-this = no tiene permiso para realizar esta acción

## src/exchange/mod.rs
phrase-a-n-n-rate-is-already-recorded-for-n-n-q = ya hay un tipo de cambio { $n1 } → { $n2 } registrado para el { $n3 } ({ $n4 }, { $q1 })
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
phrase-there-is-no-such-kind-of-record = este tipo de registro no existe

## src/letters/commands.rs
phrase-letter-template = modelo de carta
phrase-the-award-changed-while-its-letter-was-drawn-send-the-letter-again = la subvención cambió mientras se preparaba su carta: vuelva a enviar la carta
phrase-the-letter-of-an-award-is-sent-while-the-award-is-active-this-one-is-q = la carta de una subvención se envía mientras la subvención está activa: esta está en estado «{ $q1 }»

## src/lib.rs
phrase-there-is-nothing-at-this-address = no hay nada en esta dirección

## src/members/commands.rs
phrase-only-icbl-staff-can-change-this = solo el personal de la ICBL puede cambiar esto
phrase-publish-grants = publicación de las subvenciones

## src/members/model.rs
phrase-contact-email = correo electrónico de contacto

## src/members/pages.rs

## src/money.rs
phrase-cannot-combine-n-with-n = no se puede combinar { $n1 } con { $n2 }
phrase-enter-a-three-letter-currency-code-like-n-q-is-not-one = Introduzca un código de moneda de tres letras, como { $n1 } («{ $q1 }» no lo es)
phrase-enter-the-amount-in-n-n-is-another-currency = Introduzca el importe en { $n1 }: { $n2 } es otra moneda
phrase-enter-the-amount-like-n-q-is-not-an-amount = Introduzca el importe, por ejemplo { $n1 } («{ $q1 }» no es un importe)
phrase-enter-the-amount-with-a-dot-for-decimals-like-n-q-can-be-read-two-ways = Introduzca el importe con un punto para los decimales, por ejemplo { $n1 } («{ $q1 }» admite dos lecturas)
phrase-enter-the-amount-with-its-currency-code-instead-of-q-like-n = Introduzca el importe con su código de moneda en lugar de «{ $q1 }», por ejemplo { $n1 }
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

## src/sensitivity/mod.rs
phrase-review-on = fecha de revisión

## src/threads/commands.rs
phrase-this-request-is-closed-and-its-contact-details-removed-it-takes-no-more-replies = esta solicitud está cerrada y sus datos de contacto se han eliminado: ya no admite respuestas

## src/threads/pages.rs
phrase-not-sent = No enviado

## src/treaty/model.rs
phrase-no-state-has-the-iso-n-code-q = ningún Estado tiene el código ISO { $n1 } «{ $q1 }»

## src/treaty/pages.rs

## src/treaty/record.rs
phrase-entry-into-force-on = fecha de entrada en vigor
phrase-entry-into-force-reason = motivo de la fecha de entrada en vigor
phrase-events-are-recorded-in-the-order-they-happen-and-one-of-n-is-already-recorded = los eventos se registran en el orden en que ocurren, y ya hay uno registrado del { $n1 }
phrase-occurred-on = fecha del evento
phrase-this-event-is-already-recorded = este evento ya está registrado

## src/web/assets.rs
phrase-no-such-file = archivo no encontrado

## src/web/extract.rs

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

## rules the first lists missed, and the ones whose variable words are now quoted values
## (found by tests/it/i18n_phrases.rs, which lists every rule message of src/)
phrase-give-the-persons-e-mail-address = indique la dirección de correo electrónico de la persona
phrase-reviewers-do-not-filter-by-organization-some-rounds-are-reviewed-blind = los evaluadores no filtran por organización: algunas convocatorias se evalúan a ciegas
phrase-choose-what-to-do-with-the-applications-selected = elija qué hacer con las solicitudes seleccionadas
phrase-every-id-must-be-a-number = cada identificador debe ser un número
phrase-select-at-least-one-application = seleccione al menos una solicitud
phrase-select-at-most-n-applications-at-a-time-n-were-selected-act-on-them-in-parts = seleccione como máximo { $n1 } solicitudes a la vez (se seleccionaron { $n2 }); trátelas por partes
phrase-choose-the-reviewer-to-assign = elija el evaluador que desea asignar
phrase-give-the-reason-the-organizations-will-read = indique el motivo que leerán las organizaciones
phrase-export-a-selection-with-get-applications-csv-ids-n = exporte una selección con GET /applications.csv?ids={ $n1 }
phrase-choose-a-campaign-from-the-list = Elija una campaña de la lista
phrase-the-campaign-q-is-q-choose-an-open-campaign = La campaña «{ $q1 }» está en estado «{ $q2 }»; elija una campaña abierta
phrase-q-is-not-a-tier-of-this-round-use-one-of-q = «{ $q1 }» no es un nivel de esta convocatoria; use uno de estos: «{ $q2 }»
phrase-q-is-not-the-iso-n-code-of-a-state-aze-npl = «{ $q1 }» no es el código ISO { $n1 } de un Estado (AZE, NPL, etc.)
phrase-q-is-not-the-iso-n-code-of-a-state = «{ $q1 }» no es el código ISO { $n1 } de un Estado
phrase-at-most-n-activities = como máximo { $n1 } actividades
phrase-at-most-n-budget-lines = como máximo { $n1 } partidas presupuestarias
phrase-the-budget-lines-add-up-to-n-not-n = las partidas presupuestarias suman { $n1 }, no { $n2 }
phrase-q-is-not-an-active-member-so-it-cannot-apply = «{ $q1 }» no es una organización miembro activa, por lo que no puede presentar solicitudes
phrase-choose-a-person-with-the-reviewer-role = elija a una persona con el rol de evaluador
phrase-conflict-of-interest = conflicto de intereses
phrase-q-is-already-a-reviewer-of-this-application = «{ $q1 }» ya es evaluador de esta solicitud
phrase-declare-that-you-have-no-conflict-of-interest-before-reviewing = declare que no tiene ningún conflicto de intereses antes de evaluar
phrase-you-cannot-review-this-application = no puede evaluar esta solicitud
phrase-cannot-be-more-than-the-n-requested = no puede superar los { $n1 } solicitados
phrase-is-more-than-the-round-has-left-n-of-n = supera lo que le queda a la convocatoria ({ $n1 } de { $n2 })
phrase-this-round-funds-work-toward-states-not-party-to-the-convention-only = esta convocatoria solo financia acciones dirigidas a Estados que no son parte en la Convención
phrase-add-up-to-n-more-than-the-q-tiers-maximum-of-n = suman { $n1 }, más que el máximo del nivel «{ $q1 }», { $n2 }
phrase-say-what-you-would-do-with-a-lower-tiers-amount = indique qué haría con el importe de un nivel inferior
phrase-plan-at-least-one-activity = prevea al menos una actividad
phrase-add-at-least-one-budget-line = añada al menos una partida presupuestaria
phrase-attach-the-registration-certificate-registration-certificate-the-round-requires-it = adjunte el certificado de registro (registration_certificate): la convocatoria lo exige
phrase-attach-the-budget-budget-the-round-requires-it = adjunte el presupuesto (budget): la convocatoria lo exige
phrase-attach-the-letter-of-support-letter-of-support-the-round-requires-it = adjunte la carta de apoyo (letter_of_support): la convocatoria lo exige
phrase-attach-the-other-document-other-the-round-requires-it = adjunte el otro documento (other): la convocatoria lo exige
phrase-this-file-is-waiting-for-its-virus-scan-it-can-be-downloaded-once-the-scanner-finds-it-clean-usually-within-minutes = este archivo está a la espera del análisis antivirus: podrá descargarse cuando el antivirus lo declare limpio (normalmente en unos minutos)
phrase-the-virus-scanner-found-q-in-this-file-it-was-deleted-and-cannot-be-downloaded = el antivirus detectó «{ $q1 }» en este archivo: se ha eliminado y no puede descargarse
phrase-a-virus = un virus
phrase-choose-what-kind-of-document-this-is = elija qué tipo de documento es
phrase-q-is-not-a-kind-of-document-an-application-holds-use-one-of-q = «{ $q1 }» no es un tipo de documento que contenga una solicitud; use uno de estos: «{ $q2 }»
phrase-q-is-not-a-kind-of-document-a-report-holds-use-one-of-q = «{ $q1 }» no es un tipo de documento que contenga un informe; use uno de estos: «{ $q2 }»
phrase-q-is-not-a-kind-of-document-an-award-holds-use-one-of-q = «{ $q1 }» no es un tipo de documento que contenga una subvención; use uno de estos: «{ $q2 }»
phrase-q-is-not-a-kind-of-document-a-campaign-holds-use-one-of-q = «{ $q1 }» no es un tipo de documento que contenga una campaña; use uno de estos: «{ $q2 }»
phrase-q-is-not-a-kind-of-document-an-organization-holds-use-one-of-q = «{ $q1 }» no es un tipo de documento que contenga una organización; use uno de estos: «{ $q2 }»
phrase-must-be-on-one-line = debe ocupar una sola línea
phrase-choose-a-file-to-attach = elija un archivo para adjuntar
phrase-the-file-would-take-the-documents-of-this-application-above-q-the-most-one-record-may-hold-q-are-there-already-remove-one-first = con este archivo, los documentos de esta solicitud superarían «{ $q1 }», el máximo que admite un registro (ya hay «{ $q2 }»): retire uno primero
phrase-the-documents-of-this-application-would-go-above-q-the-most-one-record-may-hold-q-are-there-already-remove-one-first = los documentos de esta solicitud superarían «{ $q1 }», el máximo que admite un registro (ya hay «{ $q2 }»): retire uno primero
phrase-the-file-would-take-the-documents-of-this-report-above-q-the-most-one-record-may-hold-q-are-there-already-remove-one-first = con este archivo, los documentos de este informe superarían «{ $q1 }», el máximo que admite un registro (ya hay «{ $q2 }»): retire uno primero
phrase-the-documents-of-this-report-would-go-above-q-the-most-one-record-may-hold-q-are-there-already-remove-one-first = los documentos de este informe superarían «{ $q1 }», el máximo que admite un registro (ya hay «{ $q2 }»): retire uno primero
phrase-the-file-would-take-the-documents-of-this-award-above-q-the-most-one-record-may-hold-q-are-there-already-remove-one-first = con este archivo, los documentos de esta subvención superarían «{ $q1 }», el máximo que admite un registro (ya hay «{ $q2 }»): retire uno primero
phrase-the-documents-of-this-award-would-go-above-q-the-most-one-record-may-hold-q-are-there-already-remove-one-first = los documentos de esta subvención superarían «{ $q1 }», el máximo que admite un registro (ya hay «{ $q2 }»): retire uno primero
phrase-the-file-would-take-the-documents-of-this-campaign-above-q-the-most-one-record-may-hold-q-are-there-already-remove-one-first = con este archivo, los documentos de esta campaña superarían «{ $q1 }», el máximo que admite un registro (ya hay «{ $q2 }»): retire uno primero
phrase-the-documents-of-this-campaign-would-go-above-q-the-most-one-record-may-hold-q-are-there-already-remove-one-first = los documentos de esta campaña superarían «{ $q1 }», el máximo que admite un registro (ya hay «{ $q2 }»): retire uno primero
phrase-the-file-would-take-the-documents-of-this-organization-above-q-the-most-one-record-may-hold-q-are-there-already-remove-one-first = con este archivo, los documentos de esta organización superarían «{ $q1 }», el máximo que admite un registro (ya hay «{ $q2 }»): retire uno primero
phrase-the-documents-of-this-organization-would-go-above-q-the-most-one-record-may-hold-q-are-there-already-remove-one-first = los documentos de esta organización superarían «{ $q1 }», el máximo que admite un registro (ya hay «{ $q2 }»): retire uno primero
phrase-the-upload-is-larger-than-the-service-accepts = el envío supera el tamaño que acepta el servicio
phrase-send-one-file-at-a-time = envíe un archivo cada vez
phrase-a-member-belongs-to-an-organization = un miembro pertenece a una organización
phrase-there-is-no-organization-n = no existe la organización { $n1 }
phrase-only-members-belong-to-an-organization = solo los miembros pertenecen a una organización
phrase-give-the-token-a-name-of-n-to-n-characters-e-g-reporting-script = dé al token un nombre de { $n1 } a { $n2 } caracteres, por ejemplo «script de informes»
phrase-q-is-not-a-time-zone-choose-one-from-the-list = «{ $q1 }» no es una zona horaria; elija una de la lista
phrase-q-is-not-a-language-of-clearway-choose-one-from-the-list = «{ $q1 }» no es un idioma de Clearway; elija uno de la lista
phrase-the-password-must-be-at-least-n-characters-long = La contraseña debe tener al menos { $n1 } caracteres
phrase-the-password-must-be-at-most-n-characters-long = La contraseña debe tener como máximo { $n1 } caracteres
phrase-the-password-must-not-contain-your-name-or-your-email = La contraseña no debe contener su nombre ni su correo electrónico
phrase-the-two-passwords-differ = Las dos contraseñas no coinciden
phrase-q-is-not-an-organization-number = «{ $q1 }» no es un número de organización
phrase-a-member-belongs-to-an-organization-choose-it = un miembro pertenece a una organización: elíjala
phrase-this-person-already-has-an-account = esta persona ya tiene una cuenta
phrase-is-not-an-organization-number = no es un número de organización
phrase-this-account-is-already-deactivated = esta cuenta ya está desactivada
phrase-this-key-was-replaced-when-two-factor-sign-in-was-set-up-in-another-browser-open-the-page-again-and-set-up-your-app-with-the-key-it-shows = esta clave se sustituyó cuando se configuró el inicio de sesión en dos pasos en otro navegador: vuelva a abrir la página y configure su aplicación con la clave que muestra
phrase-two-factor-sign-in-is-required-of-member-organization-accounts-it-cannot-be-turned-off = el inicio de sesión en dos pasos es obligatorio para las cuentas «organización miembro»: no puede desactivarse
phrase-two-factor-sign-in-is-required-of-reviewer-accounts-it-cannot-be-turned-off = el inicio de sesión en dos pasos es obligatorio para las cuentas «evaluador»: no puede desactivarse
phrase-two-factor-sign-in-is-required-of-programme-staff-accounts-it-cannot-be-turned-off = el inicio de sesión en dos pasos es obligatorio para las cuentas «personal del programa»: no puede desactivarse
phrase-two-factor-sign-in-is-required-of-finance-accounts-it-cannot-be-turned-off = el inicio de sesión en dos pasos es obligatorio para las cuentas «finanzas»: no puede desactivarse
phrase-two-factor-sign-in-is-required-of-administrator-accounts-it-cannot-be-turned-off = el inicio de sesión en dos pasos es obligatorio para las cuentas «administrador»: no puede desactivarse
phrase-n-is-not-an-installment-still-scheduled = el n.º { $n1 } no es un tramo aún previsto
phrase-n-is-given-twice = el n.º { $n1 } figura dos veces
phrase-only-one-new-installment-can-come-with-an-amount-change = un cambio de importe solo puede añadir un tramo nuevo
phrase-give-an-amount-for-installment-n = indique un importe para el tramo n.º { $n1 }
phrase-add-up-to-n-the-new-amount-less-what-is-approved-or-paid-not-n = deben sumar { $n1 } (el nuevo importe menos lo aprobado o pagado), no { $n2 }
phrase-must-be-after-the-current-end-n = debe ser posterior al final actual, el { $n1 }
phrase-give-the-revised-lines = indique las partidas revisadas
phrase-add-up-to-n-not-the-awards-n = suman { $n1 }, no los { $n2 } de la subvención
phrase-cannot-be-less-than-what-is-already-approved-or-paid-n = no puede ser inferior a lo ya aprobado o pagado ({ $n1 })
phrase-the-increase-n-is-more-than-the-round-has-left-n = el aumento ({ $n1 }) supera lo que le queda a la convocatoria ({ $n2 })
phrase-confirm-the-schedule-for-the-new-amount-proposed-n-or-change-it-adding-up-to-n = confirme el calendario para el nuevo importe: se proponen { $n1 } (o modifíquelo para que sume { $n2 })
phrase-q-is-not-a-grouping-use-round-state-or-organization = «{ $q1 }» no es una agrupación; use round, state u organization
phrase-q-is-not-a-date-yyyy-mm-dd = «{ $q1 }» no es una fecha (AAAA-MM-DD)
phrase-the-banks-reference = la referencia del banco
phrase-write-why-it-should-be-paid-although-its-condition-does-not-hold = explique por qué debe pagarse aunque no se cumpla su condición
phrase-for-an-installment-due-on-its-date = para un tramo que vence en su fecha
phrase-with-what-is-approved-and-paid-n-the-installments-add-up-to-n-not-the-awards-n = con lo aprobado y pagado ({ $n1 }), los tramos suman { $n2 }, no los { $n3 } de la subvención
phrase-an-installment-paid-in-n-is-paid-as-scheduled-n-change-the-schedule-first-to-pay-another-amount = un tramo pagado en { $n1 } se paga según lo previsto, { $n2 }: modifique primero el calendario para pagar otro importe
phrase-no-rate-applies-to-a-payment-in-n = no se aplica ningún tipo de cambio a un pago en { $n1 }
phrase-give-the-amount-paid-in-n = indique el importe pagado en { $n1 }
phrase-no-n-n-rate-is-recorded-on-or-before-n-record-one-under-exchange-rates-or-give-the-rate-the-bank-used = no hay ningún tipo de cambio { $n1 } → { $n2 } registrado hasta el { $n3 }: registre uno en Tipos de cambio o indique el tipo que aplicó el banco
phrase-is-worth-nothing-in-n-at-n = no vale nada en { $n1 } al tipo de { $n2 }
phrase-give-the-reason-for-the-record-and-the-organization = indique el motivo, para el expediente y para la organización
phrase-the-award-cannot-be-completed-yet = la subvención aún no puede darse por concluida
phrase-tell-what-was-done = indique lo que se hizo
phrase-at-most-n-outcomes-of-n-characters-each = como máximo { $n1 } resultados de { $n2 } caracteres cada uno
phrase-a-financial-report-declares-what-was-spent-by-category = un informe financiero declara lo gastado, por categoría
phrase-the-spending-goes-beyond-the-budget-n-write-a-note-to-accept-it = el gasto supera el presupuesto ({ $n1 }): escriba una nota para aceptarlo
phrase-say-what-the-organization-should-revise = indique lo que la organización debe revisar
phrase-an-award-that-is-suspended-cannot-be-amended = una subvención suspendida no puede modificarse
phrase-the-award-is-suspended-nothing-is-paid-on-it = la subvención está suspendida: no se realiza ningún pago con cargo a ella
phrase-the-schedule-of-an-award-that-is-suspended-cannot-change = el calendario de una subvención suspendida no puede modificarse
phrase-an-award-that-is-completed-cannot-be-amended = una subvención concluida no puede modificarse
phrase-the-award-is-completed-nothing-is-paid-on-it = la subvención está concluida: no se realiza ningún pago con cargo a ella
phrase-the-schedule-of-an-award-that-is-completed-cannot-change = el calendario de una subvención concluida no puede modificarse
phrase-an-award-that-is-terminated-cannot-be-amended = una subvención rescindida no puede modificarse
phrase-the-award-is-terminated-nothing-is-paid-on-it = la subvención está rescindida: no se realiza ningún pago con cargo a ella
phrase-the-schedule-of-an-award-that-is-terminated-cannot-change = el calendario de una subvención rescindida no puede modificarse
phrase-installment-n-is-approved-for-payment-only-a-scheduled-installments-condition-can-be-overridden = el tramo { $n1 } está aprobado para pago: solo puede dispensarse la condición de un tramo previsto
phrase-installment-n-is-approved-for-payment-there-is-nothing-left-to-confirm = el tramo { $n1 } está aprobado para pago: ya no queda nada por confirmar
phrase-installment-n-is-paid-only-a-scheduled-installments-condition-can-be-overridden = el tramo { $n1 } está pagado: solo puede dispensarse la condición de un tramo previsto
phrase-installment-n-is-paid-there-is-nothing-left-to-confirm = el tramo { $n1 } está pagado: ya no queda nada por confirmar
phrase-installment-n-is-cancelled-only-a-scheduled-installments-condition-can-be-overridden = el tramo { $n1 } está cancelado: solo puede dispensarse la condición de un tramo previsto
phrase-installment-n-is-cancelled-there-is-nothing-left-to-confirm = el tramo { $n1 } está cancelado: ya no queda nada por confirmar
phrase-the-report-is-submitted-there-is-no-draft-to-save = el informe está enviado: no hay ningún borrador que guardar
phrase-the-report-is-accepted-there-is-no-draft-to-save = el informe está aceptado: no hay ningún borrador que guardar
phrase-choose-a-kind-of-activity = elija un tipo de actividad
phrase-say-what-happened = indique lo que ocurrió
phrase-choose-the-state-the-campaign-aims-at = elija el Estado al que se dirige la campaña
phrase-names-an-organization-that-does-not-exist = designa una organización que no existe
phrase-write-the-message-the-requester-will-read = escriba el mensaje que leerá el solicitante
phrase-is-not-utf-n-text = no es texto UTF-{ $n1 }
phrase-must-differ-from-the-currency-converted-from = debe ser distinta de la moneda de origen
phrase-where-the-rate-comes-from = de dónde procede el tipo de cambio
phrase-the-first-line-must-name-the-columns-q = la primera línea debe nombrar las columnas «{ $q1 }»
phrase-holds-no-rate = no contiene ningún tipo de cambio
phrase-only-icbl-staff-decide-what-the-open-data-names = solo el personal de la ICBL decide qué nombran los datos abiertos
phrase-must-be-a-web-address-starting-with-https = debe ser una dirección web que empiece por https://
phrase-cannot-change-once-applications-have-been-submitted-they-carry-references-q-and-on = no puede cambiar una vez enviadas solicitudes: llevan las referencias «{ $q1 }» y siguientes
phrase-must-be-after-the-opening = debe ser posterior a la apertura
phrase-cannot-change-once-applications-have-been-submitted = no puede cambiar una vez enviadas solicitudes
phrase-name-at-least-one-tier-and-its-maximum-amount = indique al menos un nivel y su importe máximo
phrase-is-already-the-name-of-another-tier = ya es el nombre de otro nivel
phrase-cannot-be-more-than-the-rounds-budget = no puede superar el presupuesto de la convocatoria
phrase-must-be-a-number-of-days-from-n-to-n = debe ser un número de días de { $n1 } a { $n2 }
phrase-is-already-the-code-of-another-round = ya es el código de otra convocatoria
phrase-q-is-already-the-code-of-the-round-q-choose-another = «{ $q1 }» ya es el código de la convocatoria «{ $q2 }»; elija otro
phrase-cannot-be-less-than-what-is-already-awarded-n = no puede ser inferior a lo ya concedido ({ $n1 })
phrase-give-the-reason-the-names-are-needed-it-is-audited = indique por qué se necesitan los nombres (queda registrado en la auditoría)
phrase-must-be-after-today = debe ser posterior a hoy
phrase-when-the-marking-is-to-be-reviewed = cuándo debe revisarse la marca
phrase-only-icbl-staff-write-internal-notes = solo el personal de la ICBL escribe notas internas
phrase-must-not-be-before-n-december-n-when-the-convention-opened-for-signature = no puede ser anterior al { $n1 } de diciembre de { $n2 }, cuando la Convención se abrió a la firma
phrase-is-in-the-future-today-is-n-record-it-on-the-day-it-happens = está en el futuro (hoy es { $n1 }): regístrelo el día en que ocurra
phrase-must-be-within-a-year-from-today = debe estar dentro del próximo año
phrase-goes-only-with-a-ratification-accession-or-succession = solo corresponde a una ratificación, adhesión o sucesión
phrase-must-not-be-before-n-march-n-when-the-convention-entered-into-force = no puede ser anterior al { $n1 } de marzo de { $n2 }, cuando la Convención entró en vigor
phrase-must-be-within-a-year-of-the-deposit = debe estar dentro del año siguiente al depósito
phrase-for-a-succession-the-date-the-successor-state-names-often-its-independence = para una sucesión: la fecha que indica el Estado sucesor (a menudo la de su independencia)
phrase-say-why-the-entry-into-force-is-not-article-n-s-date-n = indique por qué la entrada en vigor no es la fecha del artículo { $n1 }, el { $n2 }
phrase-an-application-that-is-q-cannot-be-submitted = una solicitud en estado «{ $q1 }» no puede enviarse
phrase-an-application-that-is-q-cannot-be-put-under-review = una solicitud en estado «{ $q1 }» no puede pasar a evaluación
phrase-an-application-that-is-q-cannot-be-sent-back-for-changes = una solicitud en estado «{ $q1 }» no puede devolverse para cambios
phrase-an-application-that-is-q-cannot-be-resubmitted = una solicitud en estado «{ $q1 }» no puede reenviarse
phrase-an-application-that-is-q-cannot-be-approved = una solicitud en estado «{ $q1 }» no puede aprobarse
phrase-an-application-that-is-q-cannot-be-rejected = una solicitud en estado «{ $q1 }» no puede rechazarse
phrase-an-application-that-is-q-cannot-be-withdrawn = una solicitud en estado «{ $q1 }» no puede retirarse
phrase-a-coordination-request-that-is-q-cannot-be-acknowledged = una solicitud de coordinación en estado «{ $q1 }» no puede acusarse de recibo
phrase-a-coordination-request-that-is-q-cannot-be-moved-to-coordinating = una solicitud de coordinación en estado «{ $q1 }» no puede pasar a coordinación
phrase-a-coordination-request-that-is-q-cannot-be-marked-as-agreed = una solicitud de coordinación en estado «{ $q1 }» no puede marcarse como acordada
phrase-a-coordination-request-that-is-q-cannot-be-completed = una solicitud de coordinación en estado «{ $q1 }» no puede completarse
phrase-a-coordination-request-that-is-q-cannot-be-declined = una solicitud de coordinación en estado «{ $q1 }» no puede declinarse
phrase-a-coordination-request-that-is-q-cannot-be-withdrawn = una solicitud de coordinación en estado «{ $q1 }» no puede retirarse
phrase-the-virus-scanner-found-q-in-the-file-it-was-not-saved-attach-a-clean-copy = el antivirus detectó «{ $q1 }» en el archivo: no se ha guardado. Adjunte una copia limpia
phrase-too-many-requests-from-this-address-try-again-in-n-minute = demasiadas peticiones desde esta dirección: vuelva a intentarlo dentro de { $n1 } minuto
phrase-too-many-requests-from-this-address-try-again-in-n-minutes = demasiadas peticiones desde esta dirección: vuelva a intentarlo dentro de { $n1 } minutos
phrase-the-query-string-cannot-be-read = no se puede leer la cadena de consulta
phrase-its-agreement-has-no-signature-recorded = no consta ninguna firma de su convenio
phrase-n-of-its-reports-are-not-accepted-yet = { $n1 } de sus informes aún no están aceptados
phrase-n-of-its-installments-are-neither-paid-nor-cancelled = { $n1 } de sus tramos no están ni pagados ni cancelados
phrase-n-of-its-reports-are-not-accepted-yet-and-n-of-its-installments-are-neither-paid-nor-cancelled = { $n1 } de sus informes aún no están aceptados y { $n2 } de sus tramos no están ni pagados ni cancelados
phrase-the-letter-template-of-the-round-q-does-not-render-q-correct-it-on-the-rounds-page = la plantilla de carta de la convocatoria «{ $q1 }» no puede generarse («{ $q2 }»): corríjala en la página de la convocatoria
phrase-must-be-n-to-n-characters-long = debe tener entre { $n1 } y { $n2 } caracteres
phrase-some-parameters-are-not-valid = algunos parámetros no son válidos
phrase-this-address-does-not-accept-that-method = esta dirección no acepta ese método
phrase-the-request-took-too-long = la petición tardó demasiado
phrase-the-requests-content-type-is-not-accepted = el tipo de contenido de la petición no se acepta
phrase-the-request-could-not-be-handled = no se pudo atender la petición
phrase-activity-description-in-row-n = descripción de la actividad, fila { $n1 }
phrase-activity-ends-on-in-row-n = fecha de fin de la actividad, fila { $n1 }
phrase-activity-starts-on-in-row-n = fecha de inicio de la actividad, fila { $n1 }
phrase-activity-kind-in-row-n = tipo de actividad, fila { $n1 }
phrase-line-amount-in-row-n = importe de la partida presupuestaria, fila { $n1 }
phrase-line-category-in-row-n = categoría de la partida presupuestaria, fila { $n1 }
phrase-line-description-in-row-n = descripción de la partida presupuestaria, fila { $n1 }
phrase-installment-amount-in-row-n = importe del tramo, fila { $n1 }
phrase-installment-sequence-in-row-n = número del tramo, fila { $n1 }
phrase-spending-amount-in-row-n = importe gastado, fila { $n1 }
phrase-spending-category-in-row-n = categoría de gasto, fila { $n1 }
phrase-tier-name-in-row-n = nombre del nivel, fila { $n1 }
phrase-tier-max-in-row-n = importe máximo del nivel, fila { $n1 }
phrase-name-of-tier-n = nombre del nivel { $n1 }
phrase-tier-n = nivel { $n1 }
phrase-kind-of-activity-n = tipo de la actividad { $n1 }
phrase-title-of-activity-n = título de la actividad { $n1 }
phrase-amount-of-budget-line-n = importe de la partida presupuestaria { $n1 }
phrase-category-of-budget-line-n = categoría de la partida presupuestaria { $n1 }
phrase-description-of-budget-line-n = descripción de la partida presupuestaria { $n1 }
phrase-required-document-n = documento exigido { $n1 }
phrase-the-file-is-larger-than-q-the-largest-file-accepted = el archivo supera «{ $q1 }», el tamaño máximo admitido

## a rule's refusal with the reason of another rule ("head: reason", see src/i18n/phrases.rs)
phrase-head-and-reason = { $head }: { $reason }

## the statuses a rule names in quotes, as a status (French and Spanish: agreeing with "statut",
## "estado")
phrase-value-draft = borrador
phrase-value-submitted = enviado
phrase-value-under-review = en evaluación
phrase-value-changes-requested = cambios solicitados
phrase-value-approved = aprobado
phrase-value-rejected = rechazado
phrase-value-withdrawn = retirado
phrase-value-received = recibido
phrase-value-acknowledged = acuse de recibo enviado
phrase-value-coordinating = en coordinación
phrase-value-joint-approach-agreed = enfoque conjunto acordado
phrase-value-completed = completado
phrase-value-declined = declinado
phrase-value-planning = en preparación
phrase-value-active = activo
phrase-value-paused = en pausa
phrase-value-achieved = objetivo logrado
phrase-value-closed = cerrado
phrase-value-suspended = suspendido
phrase-value-terminated = rescindido
