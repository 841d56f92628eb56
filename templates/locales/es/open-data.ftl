# The open data page (360Giving).

open-data-title = Datos abiertos
open-data-lead = Las subvenciones que { $funder } concede a través de Clearway se publican, y se actualizan a medida que cambian, conforme al
open-data-standard = estándar de datos 360Giving (versión { $version })
open-data-count = Subvenciones publicadas hoy: { $grants }.
open-data-json = Las subvenciones como paquete JSON de 360Giving
open-data-csv = Las subvenciones en formato CSV
open-data-csv-columns = , con los títulos de columna del estándar
open-data-what = Qué se publica y qué no
open-data-each = De cada subvención: su título y descripción, el importe concedido y el pagado hasta la fecha, la moneda, la fecha de concesión, las fechas previstas, la organización que la recibió, el país al que se dirige su labor y la convocatoria en la que se concedió.
open-data-withheld = Cuando figurar con su nombre podría poner en peligro al personal de una organización (una organización que la ICBL señala como tal, o una subvención relativa a un Estado que la ICBL clasifica como sensible o de alto riesgo), sus subvenciones se excluyen por completo de los datos abiertos. Nunca se publica ningún dato personal (nombres de personas, direcciones de correo electrónico).
