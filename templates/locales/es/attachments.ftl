# Documentos adjuntos a un expediente: el bloque de documentos de una página y su formulario de envío.

## Etiquetas de los códigos guardados.
kind-of-document-registration-certificate = Certificado de registro
kind-of-document-statutes = Estatutos
kind-of-document-budget = Presupuesto
kind-of-document-letter-of-support = Carta de apoyo
kind-of-document-receipt = Comprobante de gasto
kind-of-document-photo = Foto
kind-of-document-output = Producto (nota informativa, carta, publicación)
kind-of-document-signed-agreement = Convenio de subvención firmado
kind-of-document-amendment = Modificación firmada
kind-of-document-award-letter = Carta de concesión
kind-of-document-other = Otro documento

attachments-documents = Documentos
attachments-round-asks = La convocatoria exige:
attachments-attached = adjunto
attachments-missing = falta
attachments-scan-pending = A la espera del análisis antivirus
attachments-virus-found = Virus detectado
attachments-virus-deleted = el antivirus detectó { $signature }: el archivo se ha eliminado
attachments-remove = Quitar
attachments-none = Todavía no hay ningún documento.
attachments-kind = Tipo de documento
attachments-title = Título
attachments-title-hint = opcional: si no, el nombre del archivo
attachments-file = Archivo
attachments-file-hint = PDF, imagen, documento de oficina, CSV o texto sin formato; { $max } como máximo
attachments-attach = Adjuntar el documento

## Lo que dicen los formularios una vez adjuntado o retirado un documento, o por qué no se hizo.
attachments-attached-flash = Documento adjuntado: «{ $title }» ({ $file }, { $size }).
attachments-removed-flash = Documento retirado: «{ $title }».
attachments-not-attached = No se adjuntó nada: { $reason }.

## Sizes of files
attachments-size-bytes = { $size } bytes
attachments-size-kb = { $size } KB
attachments-size-mb = { $size } MB
