# Convocatorias: la lista, la página de una convocatoria, su formulario y su carta de concesión.

## Etiquetas de los códigos guardados.
kind-of-report-interim-narrative = Informe narrativo intermedio
kind-of-report-interim-financial = Informe financiero intermedio
kind-of-report-final-narrative = Informe narrativo final
kind-of-report-final-financial = Informe financiero final

## Palabras comunes a varias páginas.
rounds-phase-upcoming = próxima
rounds-phase-open = abierta
rounds-phase-closed = cerrada
rounds-round = Convocatoria
rounds-status = Estado
rounds-opens = Apertura
rounds-closes = Cierre
rounds-budget = Presupuesto
rounds-requested = Solicitado
rounds-awarded = Concedido
rounds-paid-out = Desembolsado
rounds-left = Disponible
rounds-actions = Acciones
rounds-apply = Presentar una solicitud
rounds-code = Código
rounds-tiers = Niveles de subvención

## La lista de convocatorias.
rounds-list-title = Convocatorias
rounds-list-lead = Cada convocatoria tiene sus fechas, su presupuesto y sus niveles de subvención.
rounds-list-new = Nueva convocatoria
rounds-list-none = Todavía no hay ninguna convocatoria.

## La página de una convocatoria.
rounds-show-lead = { $programme }: abierta del { $opens } al { $closes }.
rounds-show-start-application = Empezar una solicitud
rounds-show-edit = Modificar la convocatoria
rounds-show-letter = La carta de concesión
rounds-show-applications = Sus solicitudes
rounds-show-chart-title = El presupuesto de la convocatoria y lo solicitado, concedido y desembolsado
rounds-show-chart-caption = { $awarded } concedidos y { $left } disponibles de { $budget }; { $requested } solicitados. Las cifras también figuran más abajo.
rounds-show-chart-caption-over = { $awarded } concedidos y { $left } disponibles de { $budget }; { $requested } solicitados (más que el presupuesto). Las cifras también figuran más abajo.
rounds-show-by-applications = { $count ->
    [one] en { $count } solicitud enviada
   *[other] en { $count } solicitudes enviadas
}
rounds-show-in-awards = { $count ->
    [one] en { $count } subvención
   *[other] en { $count } subvenciones
}
rounds-show-rules = Reglas
rounds-show-code-hint = sus solicitudes se numeran { $code }-0001, { $code }-0002…
rounds-show-tier-up-to = : hasta { $amount }
rounds-show-reports = Informes que deben las subvenciones
rounds-show-report-due = { $report }, { $days } días después { $from ->
    [ends] del final
   *[starts] del inicio
} de la subvención
rounds-show-documents = Documentos que adjuntar
rounds-show-documents-none = no se exige ninguno
rounds-show-review = Evaluación
rounds-show-review-blind = Anónima: los evaluadores no ven quién presenta la solicitud.
rounds-show-review-open = Los evaluadores ven quién presenta la solicitud.
rounds-show-eligibility = Requisitos
rounds-show-eligibility-all = Organizaciones miembro activas.
rounds-show-eligibility-not-party = Organizaciones miembro activas, para trabajar con Estados no partes en la Convención.

## El formulario de una convocatoria.
rounds-form-new = Nueva convocatoria
rounds-form-edit = Modificar { $name }
rounds-form-created = La convocatoria «{ $name }» se ha creado.
rounds-form-saved = Los cambios se han guardado.
rounds-form-name = Nombre
rounds-form-name-example = Investing in Action 2027
rounds-form-code-example = IIA-2027A
rounds-form-code-help = De 2 a 20 letras, cifras y guiones, empezando por una letra; dos convocatorias no pueden compartirlo. Las solicitudes enviadas en la convocatoria se numeran con él (IIA-2027A-0001, IIA-2027A-0002…), por lo que no puede cambiar una vez enviada una.
rounds-form-programme = Programa
rounds-form-opens = Apertura (hora de { $zone })
rounds-form-closes = Cierre (hora de { $zone })
rounds-form-currency = Moneda
rounds-form-currency-help = El código ISO 4217: USD, EUR, CHF…
rounds-form-budget = Presupuesto total
rounds-form-tiers-help = Un nombre y el importe máximo que puede pedir una solicitud de ese nivel. Deje una fila vacía para suprimirla.
rounds-form-tier-name = Nivel { $number }: nombre
rounds-form-tier-max = Máximo
rounds-form-reports-help = Los días se cuentan desde el inicio de la subvención para un informe intermedio, desde su final para un informe final. Sin ninguna fila, un informe narrativo final y un informe financiero final vencen 30 días después del final de la subvención.
rounds-form-report = Informe
rounds-form-report-none = Ninguno
rounds-form-report-days = Vence tras (días)
rounds-form-not-party-only = Solo trabajo con Estados no partes en la Convención
rounds-form-blind-review = Evaluación anónima
rounds-form-blind-review-hint = Los evaluadores no ven quién presenta la solicitud: ni nombre de organización, ni personas, ni documentos. Los conflictos de intereses se siguen comprobando.
rounds-form-documents = Documentos que debe llevar una solicitud antes de enviarse
rounds-form-create = Crear la convocatoria
rounds-form-save = Guardar los cambios
