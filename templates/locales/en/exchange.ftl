# Exchange rates: the page finance records them on, and a rate as the pages describe it.

exchange-title = Exchange rates
exchange-lead = The dated rates finance records, with their source. A payment in another currency than its award's is converted at the rate of its day (the latest recorded on or before it); budget roll-ups can be shown in the reporting currency, { $currency }. A conversion is rounded once, to the cent, half away from zero.
exchange-day = Day
exchange-from = From currency
exchange-from-hint = ISO code, e.g. USD
exchange-to = To currency
exchange-to-hint = e.g. CHF
exchange-rate = Rate
exchange-rate-hint = what one of the first is worth in the second, e.g. 0.8912
exchange-source = Source
exchange-record = Record the rate
exchange-import-heading = Import rates from CSV
exchange-rates = Rates
exchange-csv-first-line = first line
exchange-csv-columns = rate_on,from,to,rate,source
exchange-csv-then = , then one rate per line
exchange-nothing-imported = Nothing is imported.
exchange-import = Import
exchange-recorded = Recorded
exchange-pair = Pair
exchange-none = No rate is recorded yet.
exchange-import-line = { $line }: { $message }
exchange-flash-recorded = The rate is recorded: 1 { $from } = { $rate } { $to } on { $on }.
exchange-flash-imported = { $count ->
    [one] { $count } rate is recorded.
   *[other] { $count } rates are recorded.
}
exchange-rate-described = 1 { $from } = { $rate } { $to } ({ $source }, { $on })
exchange-rate-described-inverted = 1 { $from } = { $rate } { $to } ({ $source }, { $on }, inverted)
