# The treaty record: the states page (counts, map, chart, list) and a state's page.

## Statuses and events
treaty-status-state-party = Estado parte
treaty-status-signatory = Signatario
treaty-status-not-party = Estado no parte
treaty-status-withdrawing = En proceso de retirada
treaty-status-withdrawn = Retirado
# Counts of states: "161 States Parties" (the number is shown apart, before the words).
treaty-status-state-party-count = { $count ->
    [one] Estado parte
   *[other] Estados partes
}
treaty-status-signatory-count = { $count ->
    [one] signatario
   *[other] signatarios
}
treaty-status-not-party-count = { $count ->
    [one] Estado no parte
   *[other] Estados no partes
}
treaty-status-withdrawing-count = en proceso de retirada
treaty-status-withdrawn-count = { $count ->
    [one] retirado
   *[other] retirados
}
treaty-event-signature = Firma de la Convención
treaty-event-ratification = Depósito del instrumento de ratificación
treaty-event-accession = Depósito del instrumento de adhesión
treaty-event-succession = Depósito de la notificación de sucesión
treaty-event-entry-into-force = Entrada en vigor de la Convención
treaty-event-withdrawal-notified = Notificación de la retirada (artículo 20)
treaty-event-withdrawal-effective = Retirada efectiva
# How a state joined, after its date in the list.
treaty-join-ratification = ratificación
treaty-join-accession = adhesión
treaty-join-succession = sucesión
treaty-region-africa = África
treaty-region-americas = Américas
treaty-region-asia = Asia
treaty-region-europe = Europa
treaty-region-oceania = Oceanía
treaty-sort-name = Nombre, de la A a la Z
treaty-sort-name-desc = Nombre, de la Z a la A
treaty-sort-joined-on = Fecha de adhesión, la más antigua primero
treaty-sort-joined-on-desc = Fecha de adhesión, la más reciente primero

## The states page
treaty-states-title = Los Estados y la Convención sobre la prohibición de las minas antipersonal
treaty-states-lead = Situación de cada Estado al { $on }
treaty-states-today = (hoy)
treaty-states-on = Situación al
treaty-states-status = Situación
treaty-states-any-status = Cualquier situación
treaty-states-region = Región
treaty-states-all-regions = Todas las regiones
treaty-states-order = Orden
treaty-states-show = Mostrar
treaty-states-reset = Restablecer
treaty-states-by-status = { $total } Estados por situación
treaty-states-by-status-title = Los Estados por situación al { $on }
treaty-states-counted = Un Estado cuenta como Estado parte desde el día en que deposita su instrumento. La Convención está en vigor para { $count } de estos Estados al { $on } (artículo 17: a partir del primer día del sexto mes siguiente al depósito).
treaty-states-map = Mapa de los Estados al { $on }
treaty-states-skip-map = Saltar el mapa e ir a la lista de Estados
treaty-states-not-listed = Fuera de la lista de Estados
treaty-states-map-outside = { $name }: fuera de la lista de Estados
treaty-states-map-state = { $name }: { $status }
treaty-states-too-small = Demasiado pequeños para verse a esta escala, y recogidos en la tabla siguiente:
treaty-states-over-time = Los Estados partes a lo largo del tiempo
treaty-states-years-title = Estados partes al final de cada año
treaty-states-years-summary = Estados partes al final de cada año: { $first } al final de { $first_year }, { $last } al { $on }.
treaty-states-years-axis = Estados partes (eje vertical) por año (eje horizontal)
treaty-states-as-table = Las cifras en forma de tabla
treaty-states-by-year = Estados partes por año
treaty-states-end-of-year = Fin del año
treaty-states-parties = Estados partes
treaty-states-shown = { $count ->
    [one] { $count } Estado
   *[other] { $count } Estados
}
treaty-states-state = Estado
treaty-states-signed = Firma
treaty-states-joined = Adhesión
treaty-states-in-force = En vigor
treaty-states-none = Ningún Estado corresponde a estos filtros.
treaty-states-json = La misma lista en formato JSON:
# The address of the list in the API, the same in every language.
treaty-states-json-link = /api/v1/states

## A state's page
treaty-state-on = al { $on }
treaty-state-in-force = la Convención está en vigor para este Estado
treaty-state-iso = Códigos ISO
treaty-state-joined = Adhesión
treaty-state-joined-on = el { $date }, por { $method }
treaty-state-in-force-from = en vigor desde el { $date }
treaty-state-confidence = Fiabilidad de las fechas
treaty-state-note = Nota
treaty-confidence-high = alta: fecha exacta confirmada en una fuente pública
treaty-confidence-medium = media: año confirmado, día tomado de tablas secundarias
treaty-state-timeline = Historial respecto de la Convención
treaty-state-none = Este Estado no ha firmado la Convención ni se ha adherido a ella.
treaty-state-sensitivity = Sensibilidad
treaty-state-staff-only = (solo para el personal)
treaty-state-review-on = (por revisar el { $date })
treaty-state-normal = Normal: los expedientes relativos a este Estado se tratan como cualquier otro.
treaty-state-level = Nivel
treaty-state-reason = Motivo
treaty-state-review = Revisar el
treaty-state-save-marking = Guardar la clasificación
treaty-state-record = Registrar un acontecimiento
treaty-state-what = Acontecimiento
treaty-state-occurred-on = Fecha
treaty-state-source = Fuente o nota
treaty-state-optional = (opcional)
treaty-state-eif = Entrada en vigor
treaty-state-eif-which = (ratificación, adhesión o sucesión)
treaty-state-eif-hint = Si se deja vacía, la fecha del artículo 17: el primer día del sexto mes siguiente al mes del depósito. Una sucesión toma la fecha que indica el Estado sucesor.
treaty-state-eif-reason = Motivo de otra fecha
treaty-state-eif-reason-when = (cuando no es la del artículo 17)
treaty-state-record-button = Registrar
treaty-state-not-recorded = El acontecimiento no se ha registrado: { $reason }.
sensitivity-level-normal = Normal
sensitivity-level-sensitive = Sensible
sensitivity-level-high-risk = De alto riesgo
treaty-state-recorded = Registrado: { $event }, el { $date }.
treaty-state-recorded-in-force = La Convención está en vigor para { $name } a partir del { $date }.
treaty-state-marked = El Estado está clasificado como «{ $level }», por revisar el { $date }.
treaty-state-unmarked = El Estado ya no está clasificado.

## El aviso de un registro relativo a un Estado clasificado
sensitivity-banner-sensitive = Este registro concierne a un Estado que la ICBL clasifica como sensible: sus correos no contienen nombres, importes ni planes, y las exportaciones ocultan sus nombres.
sensitivity-banner-high-risk = Este registro concierne a un Estado que la ICBL clasifica como de alto riesgo: trátelo con cuidado. Los correos no contienen nombres, importes ni planes, las exportaciones ocultan sus nombres y cada consulta queda registrada en el registro de accesos.
