# The e-mails' own words (templates/email): greetings, signatures, invitations, password resets,
# report reminders, and the e-mail that says only that something needs attention.

email-hello = Buenos días:
email-hello-name = Estimado/a { $name }:
email-signature-programme = Clearway, programa ICBL Investing in Action
email-signature-campaign = Clearway, Campaña Internacional para la Prohibición de las Minas Terrestres ({ $reference })
email-see-application = Ver la solicitud
email-labelled = { $label }: { $value }

email-invitation-subject = Invitación a Clearway, el programa de subvenciones de la ICBL
email-invitation-invites = { $inviter } le invita a Clearway, el programa de subvenciones de la Campaña Internacional para la Prohibición de las Minas Terrestres (ICBL), con el rol «{ $role }».
email-invitation-invites-organization = { $inviter } le invita a Clearway, el programa de subvenciones de la Campaña Internacional para la Prohibición de las Minas Terrestres (ICBL), con el rol «{ $role }» de { $organization }.
email-invitation-choose = Elija su contraseña
email-invitation-link-works = (el enlace es válido hasta el { $expires }, una sola vez).
email-invitation-choose-here = Elija su contraseña aquí (el enlace es válido hasta el { $expires }, una sola vez):
email-invitation-ignore = Si no esperaba esta invitación, puede ignorar este correo.

email-reset-subject = Elija una nueva contraseña de Clearway
email-reset-asked = Alguien (esperamos que usted) ha pedido elegir una nueva contraseña para la cuenta de Clearway { $email }.
email-reset-choose = Elegir una nueva contraseña
email-reset-link-works = (el enlace es válido durante una hora, una sola vez).
email-reset-choose-here = Elíjala aquí; el enlace es válido durante una hora, una sola vez:
email-reset-ignore = Si no lo ha pedido usted, ignore este correo: su contraseña no cambia.

email-reminder-subject-overdue = { $reference }: { $report } con retraso desde el { $due }
email-reminder-subject-due = { $reference }: { $report } vence el { $due }
email-reminder-subject-today = { $reference }: { $report } vence hoy
email-reminder-overdue = Este informe vencía el { $due } y la ICBL aún no lo ha recibido. Le rogamos que lo envíe lo antes posible, o que indique a la ICBL qué lo retrasa.
email-reminder-due = { $days ->
    [one] Este informe vence el { $due }, dentro de { $days } día.
   *[other] Este informe vence el { $due }, dentro de { $days } días.
}
email-reminder-today = Este informe vence hoy, { $due }.
email-reminder-submit = Enviarlo desde la página de la subvención

email-attention-subject = Clearway: algo requiere su atención
email-attention-body = Algo en Clearway requiere su atención. Por la seguridad de las personas implicadas, este correo no dice nada más: abra el enlace siguiente para verlo.
email-attention-link = Ver lo que requiere su atención
