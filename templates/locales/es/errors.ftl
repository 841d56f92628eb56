# Cómo una página formula el error de un campo (véase error::sentence).

sentence-enter = Complete el campo «{ $label }».
sentence-choose = Elija: «{ $label }».
sentence-field-rule = «{ $label }»: { $rule }.
