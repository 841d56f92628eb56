# Cartas de concesión: la página de la carta de una subvención y el formulario de la plantilla
# de carta de una convocatoria (el texto de la carta es la plantilla, en el idioma de la convocatoria).

letters-award-title = Carta de concesión { $reference }
letters-round-title = La carta de concesión de { $name }
letters-download = Descargar el PDF
letters-print-hint = o imprima esta página: la navegación y los botones del sitio no se imprimen.
letters-send-hint = Al enviarla, el PDF se guarda entre los documentos de la subvención y se avisa a { $organization } por correo electrónico de que está allí, para firmarla y devolverla.
letters-send = Enviar la carta
letters-the-letter = La carta
letters-name-date = Nombre, fecha
letters-round-default = La convocatoria usa la carta predeterminada. Modifíquela más abajo para dar a sus subvenciones una carta propia.
letters-round-own = La convocatoria tiene su propia carta.
letters-template = Plantilla de la carta
letters-help-handlebars = Handlebars:
letters-help-prints = muestra una variable,
letters-help-repeats = se repite para cada elemento,
letters-help-chooses = elige. Una variable que no figura en la lista de abajo se rechaza.
letters-help-lines = Las líneas se leen así:
letters-help-title = Título
letters-help-heading = Subtítulo
letters-help-table = una fila de tabla (la primera fila es el encabezado),
letters-help-item = elemento
letters-help-list = una lista,
letters-help-for = [signature] Por
letters-help-signature = una línea para firmar; todo lo demás, texto (una línea en blanco termina un párrafo).
letters-variables = Las variables de una carta
letters-variable = Variable
letters-variable-what = Qué contiene
letters-preview = Vista previa
letters-save = Guardar la plantilla
letters-reset = Volver a la carta predeterminada
letters-preview-heading = Vista previa, con cifras ficticias
letters-flash-reset = La convocatoria vuelve a usar la carta predeterminada.
letters-flash-saved = La plantilla de la carta se ha guardado.

## Las variables que puede usar una plantilla de carta.
letters-variable-date = la fecha de la carta: 1 de diciembre de 2026
letters-variable-organization-name = el nombre de la organización miembro
letters-variable-organization-acronym = su sigla (puede estar vacía)
letters-variable-organization-country = su país
letters-variable-award-reference = la referencia de la subvención: IIA-2027A-0001
letters-variable-award-amount = el importe con su moneda: 4.000,00 USD
letters-variable-award-amount-value = el importe solo: 4000.00
letters-variable-award-currency = el código de la moneda: USD
letters-variable-award-starts-on = el día en que empieza la subvención
letters-variable-award-ends-on = el día en que termina
letters-variable-award-signed-on = el día en que se firmó el convenio (vacío hasta entonces)
letters-variable-project-title = el título de la solicitud
letters-variable-round-name = el nombre de la convocatoria
letters-variable-round-code = el código de la convocatoria
letters-variable-round-programme = el programa de la convocatoria
letters-variable-installments = el calendario de pagos, cada tramo con number, amount, due_on, condition y note
letters-variable-reports = los informes pendientes, cada uno con kind y due_on
letters-variable-conditions = las condiciones de la subvención, una por elemento
letters-variable-signatures = quién firma, cada uno con party y role: la ICBL y luego la organización

## The default letter's values (the letter itself: templates/awards/letter_default.{en,fr,es}.hbs)
letters-funder = la Campaña Internacional para la Prohibición de las Minas Terrestres
letters-role-grants-officer = Responsable de subvenciones
letters-role-representative = representante autorizado
letters-sample-project = Conversaciones con el Ministerio de Defensa (ejemplo)
letters-sample-condition = Las fotos de las reuniones se envían con el informe final.
letters-pdf-footer = { $footer } · página { $page } de { $count }
