# Signing in, the account page, second factor, passwords and invitations, the People page.

## Roles
auth-role-member = Organización miembro
auth-role-reviewer = Evaluador
auth-role-staff = Personal del programa
auth-role-finance = Finanzas
auth-role-admin = Administrador
auth-role-unknown = Rol desconocido

## Signing in and out
auth-email = Correo electrónico
auth-password = Contraseña
auth-login-forgotten = ¿Olvidó su contraseña?
auth-login-wrong = El correo electrónico o la contraseña no son correctos.
auth-login-throttled = { $minutes ->
    [one] Demasiados intentos fallidos. Vuelva a intentarlo dentro de { $minutes } minuto.
   *[other] Demasiados intentos fallidos. Vuelva a intentarlo dentro de { $minutes } minutos.
}
auth-login-deactivated = Esta cuenta ha sido desactivada. Si la necesita de nuevo, diríjase a la ICBL: un administrador puede reactivarla.
auth-signed-out = Ha cerrado la sesión.
auth-signed-out-everywhere = Ha cerrado la sesión en todos sus dispositivos.
auth-signed-out-everywhere-tokens = Ha cerrado la sesión en todos sus dispositivos, y sus tokens de API están revocados.

## The account page
auth-account-title = Su cuenta
auth-account-name = Nombre
auth-account-name-none = no indicado
auth-account-role = Rol
auth-account-organization = Organización
auth-account-organization-link = El perfil de su organización
auth-account-unread = Mensajes no leídos
auth-account-unread-count = { $count ->
    [one] { $count } mensaje nuevo
   *[other] { $count } mensajes nuevos
}
auth-account-zone = Zona horaria
auth-account-zone-label = Mostrar las horas en
auth-account-zone-help = Las horas se muestran en esta zona con la hora UTC al lado, y las horas que usted escribe se interpretan en ella. Ahora: { $zone }.
auth-account-zone-saved = Las horas se muestran ahora en la hora de { $zone }, con la hora UTC al lado.
auth-account-zone-refused = Elija su zona horaria de la lista.
auth-account-language = Idioma
auth-account-language-label = Páginas y correos en
auth-account-language-help = Sus correos se redactan en este idioma, y sus páginas se muestran en él, salvo que este navegador haya elegido otro con el selector de la parte superior de la página.
auth-account-language-saved = Sus páginas y correos están ahora en español.
auth-account-language-refused = Elija de la lista el idioma de sus páginas y correos: English, Français o Español.
auth-account-save = Guardar
auth-tokens = Tokens de API
auth-tokens-intro = Un token permite a un script usar la API en su nombre: envíelo así:
auth-tokens-header = Authorization: Bearer <token>
auth-tokens-new = Su nuevo token. Cópielo ahora: no volverá a mostrarse.
auth-tokens-name = Nombre
auth-tokens-prefix = Empieza por
auth-tokens-created = Creado
auth-tokens-last-used = Último uso
auth-tokens-never = nunca
auth-tokens-action = Acción
auth-tokens-revoked = revocado
auth-tokens-revoke = Revocar
auth-tokens-new-name = Nombre de un nuevo token
auth-tokens-new-placeholder = script de informes
auth-tokens-create = Crear un token
auth-tokens-revoked-flash = El token está revocado.
auth-tokens-name-refused = Dé al token un nombre de 1 a 100 caracteres, por ejemplo «script de informes».
auth-tokens-already-revoked = Este token ya estaba revocado.
auth-tokens-not-found = No tiene ningún token con este número: no se ha revocado nada.
auth-account-second-factor-on = Activado: después de su contraseña, Clearway le pide un código de su aplicación de autenticación.
auth-account-second-factor-manage = Códigos de recuperación
auth-account-second-factor-manage-off = Códigos de recuperación y desactivación
auth-account-second-factor-off = Desactivado: basta con su contraseña para iniciar sesión.
auth-account-second-factor-set-up = Active el inicio de sesión en dos pasos
auth-account-second-factor-off-end = con una aplicación de autenticación en su teléfono.
auth-account-sessions = Inicio de sesión
auth-account-sessions-intro = ¿Ha perdido un dispositivo, o inició sesión donde no debía? Cierre todas sus sesiones.
auth-account-revoke-tokens = Revocar también mis tokens de API (los scripts que los usan dejarán de funcionar)
auth-account-sign-out-everywhere = Cerrar sesión en todas partes

## Two-factor sign-in
auth-second-factor-title = Inicio de sesión en dos pasos
auth-second-factor-lead = El inicio de sesión en dos pasos está activado: después de su contraseña, Clearway le pide un código de su aplicación de autenticación.
auth-second-factor-codes-left = Códigos de recuperación restantes
auth-second-factor-codes-left-count = { $left } de 10
auth-second-factor-required = El inicio de sesión en dos pasos es obligatorio para las cuentas «{ $role }», por lo que no puede desactivarse. Si pierde su teléfono, inicie sesión con un código de recuperación, o pida a un administrador que restablezca su segundo factor.
auth-second-factor-turn-off-heading = Desactivarlo
auth-second-factor-code-or-recovery = Código de su aplicación, o un código de recuperación
auth-second-factor-turn-off = Desactivar el inicio de sesión en dos pasos
auth-second-factor-back = Volver a su cuenta
auth-second-factor-turned-off = El inicio de sesión en dos pasos está desactivado: basta con su contraseña para iniciar sesión.
auth-second-factor-not-turned-off = El inicio de sesión en dos pasos no se ha desactivado: su rol lo exige.
auth-second-factor-code-lead = Su contraseña es correcta. Escriba ahora el código que su aplicación de autenticación muestra para Clearway ({ $email }).
auth-second-factor-code = Código
auth-second-factor-code-help = Seis dígitos. Sin su teléfono, escriba en su lugar uno de sus códigos de recuperación: cada uno sirve una sola vez.
auth-second-factor-no-phone = ¿No tiene el teléfono ni un código de recuperación? Cierre la sesión y pida a un administrador que restablezca su segundo factor.
auth-second-factor-recovery-used = { $left ->
    [one] Ha iniciado sesión con un código de recuperación; no podrá usarse de nuevo. Le queda { $left } código de recuperación.
   *[other] Ha iniciado sesión con un código de recuperación; no podrá usarse de nuevo. Le quedan { $left } códigos de recuperación.
}
auth-second-factor-wrong-or-recovery = Este código no es correcto. Escriba los seis dígitos que su aplicación muestra ahora, o uno de sus códigos de recuperación.
auth-second-factor-wrong = Este código no es correcto. Escriba los seis dígitos que su aplicación muestra ahora.
auth-second-factor-replayed = Este código ya se ha utilizado. Espere a que su aplicación muestre el siguiente.
auth-second-factor-throttled = { $minutes ->
    [one] Demasiados códigos erróneos. Vuelva a intentarlo dentro de { $minutes } minuto.
   *[other] Demasiados códigos erróneos. Vuelva a intentarlo dentro de { $minutes } minutos.
}
auth-enrol-title = Activar el inicio de sesión en dos pasos
auth-enrol-lead-required = Su rol exige un segundo factor: un código de una aplicación de autenticación en su teléfono, que se pide después de la contraseña cada vez que inicia sesión. Actívelo para continuar.
auth-enrol-lead = Después de su contraseña, Clearway le pedirá un código de una aplicación de autenticación en su teléfono, de modo que una contraseña robada no baste para iniciar sesión en su nombre.
auth-enrol-step-app = Abra una aplicación de autenticación (cualquier aplicación de códigos «TOTP», como FreeOTP, Aegis, Google Authenticator o 1Password) y añada una cuenta.
auth-enrol-step-scan = Escanee este código QR, o escriba la clave que figura debajo.
auth-enrol-qr = Código QR de su secreto de inicio de sesión, para su aplicación de autenticación
auth-enrol-key = Clave:
auth-enrol-key-help = Basado en la hora, seis dígitos, cada 30 segundos. Guarde esta clave para usted: quien la tenga puede generar sus códigos.
auth-enrol-step-code = Escriba el código que la aplicación muestra ahora.
auth-enrol-code = Código de la aplicación
auth-enrol-turn-on = Activar el inicio de sesión en dos pasos
auth-recovery-title = Sus códigos de recuperación
auth-recovery-heading = El inicio de sesión en dos pasos está activado
auth-recovery-save = Estos son sus códigos de recuperación. Guárdelos ahora (imprímalos, o consérvelos en un gestor de contraseñas): no volverán a mostrarse.
auth-recovery-use = Si pierde su teléfono o no lo tiene a mano, escriba uno de ellos en lugar de un código de la aplicación. Cada uno sirve una sola vez.
auth-recovery-list = Códigos de recuperación
auth-recovery-continue = Continuar a su página de inicio
auth-second-factor-reset = Se ha eliminado el segundo factor de { $email } y sus sesiones han terminado. Configurará uno nuevo la próxima vez que inicie sesión, si su rol lo exige.

## Passwords: invitations, resets, set-up
auth-password-welcome = Bienvenido a Clearway
auth-password-invited = Ha sido invitado con la dirección { $email }. Elija una contraseña para terminar.
auth-password-new = Elegir una nueva contraseña
auth-password-for = Para { $email }.
auth-password-setup = Configurar Clearway
auth-password-setup-intro = Cree la cuenta del primer administrador.
auth-password-your-name = Su nombre
auth-password-help = Al menos 12 caracteres. Unas cuantas palabras sin relación entre sí forman una contraseña robusta y fácil de recordar.
auth-password-confirm = La misma contraseña otra vez
auth-password-save = Guardar la contraseña
auth-password-changed = Su contraseña ha cambiado. Inicie sesión con ella.
auth-reset-title = Contraseña olvidada
auth-reset-sent = Si alguna cuenta usa ese correo electrónico, se le ha enviado un enlace para elegir una nueva contraseña. Es válido durante una hora.
auth-reset-email = El correo electrónico de su cuenta
auth-reset-send = Enviarme un enlace

## People
auth-users-title = Personas
auth-users-invite = Invitar a alguien
auth-users-name = Nombre
auth-users-name-hint = (opcional, para el saludo)
auth-users-role = Rol
auth-users-organization = Organización
auth-users-members-only = (solo miembros)
auth-users-none = Ninguna
auth-users-send = Enviar la invitación
auth-users-accounts = { $count ->
    [one] { $count } cuenta
   *[other] { $count } cuentas
}
auth-users-second-factor = Inicio de sesión en dos pasos
auth-users-account = Cuenta
auth-users-change-role = Cambiar el rol
auth-users-on = activado
auth-users-off = desactivado
auth-users-reset = Restablecer
auth-users-reset-label = Restablecer el segundo factor de { $email }
auth-users-active = activa
auth-users-deactivated = desactivada
auth-users-deactivate = Desactivar
auth-users-reactivate = Reactivar
auth-users-deactivate-label = Desactivar la cuenta de { $email }
auth-users-reactivate-label = Reactivar la cuenta de { $email }
auth-users-new-role = Nuevo rol de { $email }
auth-users-organization-of = Organización de { $email } (miembros): escriba su nombre y elíjala
auth-users-now = ahora { $name }
auth-users-change = Cambiar
auth-users-conflicts = Conflictos de intereses de { $email }:
auth-users-works-in = país de trabajo
auth-users-state = Estado
auth-users-affiliated = afiliado a
auth-users-invited = Se ha enviado una invitación a { $email }.
auth-users-role-changed = { $email } tiene ahora el rol «{ $role }».
auth-users-profile-saved = El perfil de conflictos de intereses de { $email } está guardado.
auth-users-reactivated = { $email } vuelve a estar activo y puede iniciar sesión.
auth-users-deactivated-flash = { $email } está desactivado: sesiones cerradas en todas partes, tokens de API revocados.
auth-users-not-deactivated = La cuenta no se ha desactivado: { $reason }.
auth-users-not-reactivated = La cuenta no se ha reactivado: { $reason }.
auth-users-role-not-changed = El rol no se ha cambiado: { $reason }.
auth-users-role-refused = Elija el nuevo rol de la lista.
auth-users-organization-refused = Un miembro pertenece a una organización miembro: escriba su nombre y elíjala de la lista.
auth-users-reset-none = Esta persona no tiene segundo factor que restablecer.
