# Taux de change : la page où les finances les enregistrent, et un taux tel que les pages le décrivent.

exchange-title = Taux de change
exchange-lead = Les taux datés que les finances enregistrent, avec leur source. Un paiement dans une autre devise que celle de sa subvention est converti au taux de son jour (le dernier enregistré à cette date ou avant) ; les totaux budgétaires peuvent être affichés dans la devise de référence, { $currency }. Une conversion est arrondie une seule fois, au centime, à la valeur la plus éloignée de zéro en cas d'égalité.
exchange-day = Jour
exchange-from = Devise de départ
exchange-from-hint = code ISO, par ex. USD
exchange-to = Devise d'arrivée
exchange-to-hint = par ex. CHF
exchange-rate = Taux
exchange-rate-hint = valeur d'une unité de la première dans la seconde, par ex. 0.8912
exchange-source = Source
exchange-record = Enregistrer le taux
exchange-import-heading = Importer des taux depuis un CSV
exchange-rates = Taux
exchange-csv-first-line = première ligne
exchange-csv-columns = rate_on,from,to,rate,source
exchange-csv-then = , puis un taux par ligne
exchange-nothing-imported = Rien n'est importé.
exchange-import = Importer
exchange-recorded = Taux enregistrés
exchange-pair = Paire
exchange-none = Aucun taux n'est encore enregistré.
exchange-import-line = { $line } : { $message }
exchange-flash-recorded = Le taux est enregistré : 1 { $from } = { $rate } { $to } le { $on }.
exchange-flash-imported = { $count ->
    [one] { $count } taux est enregistré.
   *[other] { $count } taux sont enregistrés.
}
exchange-rate-described = 1 { $from } = { $rate } { $to } ({ $source }, { $on })
exchange-rate-described-inverted = 1 { $from } = { $rate } { $to } ({ $source }, { $on }, inversé)

