# Los plazos de una persona y su calendario en línea.

deadlines-lead = Las fechas de los expedientes en los que trabaja: cierres de convocatorias, borradores que enviar, evaluaciones, informes y tramos que vencen. Desde 60 días atrás hasta un año por delante.
deadlines-lead-staff = Las fechas de los expedientes en los que trabaja: cierres de convocatorias, borradores que enviar, evaluaciones, informes y tramos que vencen, solicitudes por acusar recibo. Desde 60 días atrás hasta un año por delante.
deadlines-past = Plazos vencidos
deadlines-past-caption = Plazos vencidos
deadlines-coming = Próximos
deadlines-coming-caption = Próximos plazos
deadlines-nothing = No hay plazos próximos.
deadlines-feed = En su calendario
deadlines-feed-text = Suscríbase a estos plazos en un programa de calendario (Outlook, Google Calendar, Calendario de Apple, Thunderbird) con una dirección privada. Cualquier persona que tenga la dirección verá sus plazos: guárdela para usted y cree una nueva si se divulga. Los plazos que conciernen a un país sensible solo muestran allí su tipo.
deadlines-feed-address = La dirección de su calendario. Cópiela ahora: no se volverá a mostrar.
deadlines-feed-renew = Crear una nueva dirección (la anterior dejará de funcionar)
deadlines-feed-make = Crear una dirección de calendario
deadlines-feed-off = Desactivar el calendario en línea
deadlines-flash-feed-off = Su calendario en línea está desactivado: su dirección ya no responde.
deadlines-date = Fecha
deadlines-what = Qué
deadlines-record = Expediente
deadlines-untitled-draft = Borrador sin título

## Qué es un plazo, según su tipo
deadlines-title-round-closes = Cierre de la convocatoria { $round }
deadlines-title-draft-unsubmitted = Enviar «{ $title }» antes del cierre de la convocatoria { $round }
deadlines-title-review-due = Evaluación de { $reference }
deadlines-title-report-due = { $report } de { $reference }
deadlines-title-installment-due = Tramo { $number } de { $reference }: { $amount }
deadlines-title-request-to-acknowledge = Acusar recibo de la solicitud { $reference }

## Opciones: tipo de plazo
kind-of-deadline-round-closes = Cierre de convocatoria
kind-of-deadline-draft-unsubmitted = Borrador sin enviar
kind-of-deadline-review-due = Evaluación pendiente
kind-of-deadline-report-due = Informe pendiente
kind-of-deadline-installment-due = Tramo que vence
kind-of-deadline-request-to-acknowledge = Solicitud por acusar recibo

## El calendario suscrito
deadlines-feed-name = Plazos de Clearway
deadlines-feed-description = Plazos del programa de subvenciones Investing in Action
deadlines-feed-summary = { $kind }: { $title }
deadlines-feed-guarded-summary = { $kind } (detalles en Clearway)
deadlines-feed-guarded-description = Este plazo concierne a un país sensible: sus detalles solo se muestran en Clearway.

## Los recordatorios por correo
deadlines-mail-open = Abrirlo en Clearway
deadlines-mail-review-subject = Clearway: su evaluación de { $reference } vence el { $due }
deadlines-mail-review = Su evaluación de la solicitud { $reference } vence el { $due }. Declare cualquier conflicto de intereses, puntúela y dé su recomendación desde su página.
deadlines-mail-closes-subject = Clearway: la convocatoria { $round } cierra el { $closes }
deadlines-mail-your-draft = su borrador de solicitud
deadlines-mail-the-draft = el borrador «{ $title }»
deadlines-mail-draft = La convocatoria { $round } cierra el { $closes }, y { $draft } aún no se ha enviado. Un borrador que no se haya enviado al cierre de la convocatoria no puede ser considerado.
deadlines-mail-round = La convocatoria { $round } cierra el { $closes }, y su organización aún no ha presentado ninguna solicitud. Si tiene previsto hacerlo, comience una solicitud desde la página de la convocatoria antes de esa fecha.
deadlines-mail-installment-subject = Clearway: el tramo { $number } de { $reference } vence el { $due }
deadlines-mail-installment = El tramo { $number } de la subvención { $reference } ({ $amount }) vence el { $due }. Compruebe su condición y luego apruébelo y páguelo desde la página de la subvención o la cola de pagos.
