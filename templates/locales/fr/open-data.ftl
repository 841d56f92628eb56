# The open data page (360Giving).

open-data-title = Données ouvertes
open-data-lead = Les subventions que { $funder } accorde par Clearway sont publiées, et mises à jour à chaque changement, selon le
open-data-standard = standard de données 360Giving (version { $version })
open-data-count = Subventions publiées à ce jour : { $grants }.
open-data-json = Les subventions sous forme de paquet JSON 360Giving
open-data-csv = Les subventions au format CSV
open-data-csv-columns = , avec les intitulés de colonnes du standard
open-data-what = Ce qui est publié, et ce qui ne l'est pas
open-data-each = Pour chaque subvention : son titre et sa description, le montant accordé et le montant versé à ce jour, la devise, la date d'attribution, les dates prévues, l'organisation bénéficiaire, le pays visé par son action et l'appel à propositions dans lequel elle a été accordée.
open-data-withheld = Lorsque le fait d'être nommée pourrait mettre en danger les personnes d'une organisation (une organisation que l'ICBL signale comme telle, ou une subvention concernant un État que l'ICBL classe comme sensible ou à haut risque), ses subventions sont entièrement exclues des données ouvertes. Aucune donnée personnelle (noms de personnes, adresses électroniques) n'est jamais publiée.
