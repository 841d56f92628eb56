# Comment une page formule l'erreur d'un champ (voir error::sentence).

sentence-enter = Renseignez le champ « { $label } ».
sentence-choose = Choisissez : « { $label } ».
sentence-field-rule = « { $label } » : { $rule }.
