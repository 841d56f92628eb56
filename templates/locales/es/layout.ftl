# La estructura de cada página: encabezado, menú, pie de página, resumen de errores y páginas de error.

page-title-error = Error: { $title }
site-name = Clearway
skip-to-content = Ir al contenido
a11y-table = tabla
menu = Menú
nav-main = Principal
nav-start = Inicio
nav-home = Inicio
nav-states = Estados
nav-applications = Solicitudes
nav-awards = Subvenciones
nav-rounds = Convocatorias
nav-payments = Pagos
nav-budgets = Presupuestos
nav-organizations = Organizaciones
nav-people = Personas
nav-inbox = Pendientes
nav-coordination = Coordinación
nav-campaigns = Campañas
nav-deadlines = Plazos
sign-in = Iniciar sesión
sign-out = Cerrar sesión
language-switch = Idioma
footer-about = Clearway { $version } · programa de subvenciones de la Campaña Internacional para la Prohibición de las Minas Terrestres.
footer-treaty = Datos del tratado: registro de la Convención sobre la prohibición de las minas antipersonal, al 28 de noviembre de 2026.
footer-api = API
footer-open-data = Datos abiertos: las subvenciones concedidas (360Giving)

error-summary-title = Se ha producido un problema
error-page-eyebrow = Error { $status } · { $reason }
error-page-home = Ir a la página de inicio
error-page-reference = Referencia para el soporte:
error-title-not-found = Página no encontrada
error-title-server = Algo ha fallado
