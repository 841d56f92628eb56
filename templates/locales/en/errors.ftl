# How a page words a field's error (see error::sentence): a field that must be filled in, a
# choice that must be made, and a rule a field breaks ("The amount must be more than zero").

sentence-enter = Enter the { $label }
sentence-choose = Choose the { $label }
sentence-field-rule = The { $label } { $rule }
