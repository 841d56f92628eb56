# Tipos de cambio: la página donde finanzas los registra, y un tipo tal como lo describen las páginas.

exchange-title = Tipos de cambio
exchange-lead = Los tipos fechados que registra finanzas, con su fuente. Un pago en una moneda distinta de la de su subvención se convierte al tipo de su día (el último registrado en esa fecha o antes); los totales presupuestarios pueden mostrarse en la moneda de referencia, { $currency }. Una conversión se redondea una sola vez, al céntimo, alejándose de cero en caso de empate.
exchange-day = Día
exchange-from = Moneda de origen
exchange-from-hint = código ISO, p. ej. USD
exchange-to = Moneda de destino
exchange-to-hint = p. ej. CHF
exchange-rate = Tipo
exchange-rate-hint = lo que vale una unidad de la primera en la segunda, p. ej. 0.8912
exchange-source = Fuente
exchange-record = Registrar el tipo
exchange-import-heading = Importar tipos desde un CSV
exchange-rates = Tipos
exchange-csv-first-line = primera línea
exchange-csv-columns = rate_on,from,to,rate,source
exchange-csv-then = , luego un tipo por línea
exchange-nothing-imported = No se ha importado nada.
exchange-import = Importar
exchange-recorded = Registrados
exchange-pair = Par
exchange-none = Todavía no hay ningún tipo registrado.
exchange-import-line = { $line }: { $message }
exchange-flash-recorded = El tipo se ha registrado: 1 { $from } = { $rate } { $to } el { $on }.
exchange-flash-imported = { $count ->
    [one] Se ha registrado { $count } tipo.
   *[other] Se han registrado { $count } tipos.
}
exchange-rate-described = 1 { $from } = { $rate } { $to } ({ $source }, { $on })
exchange-rate-described-inverted = 1 { $from } = { $rate } { $to } ({ $source }, { $on }, invertido)
