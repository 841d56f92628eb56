# Signing in, the account page, second factor, passwords and invitations, the People page.

## Roles
auth-role-member = Member organization
auth-role-reviewer = Reviewer
auth-role-staff = Programme staff
auth-role-finance = Finance
auth-role-admin = Administrator
auth-role-unknown = Unknown role

## Signing in and out
auth-email = Email
auth-password = Password
auth-login-forgotten = Forgotten your password?
auth-login-wrong = The email or the password is not right.
auth-login-throttled = { $minutes ->
    [one] Too many failed attempts. Try again in { $minutes } minute.
   *[other] Too many failed attempts. Try again in { $minutes } minutes.
}
auth-login-deactivated = This account has been deactivated. If you need it again, ask ICBL: an administrator can reactivate it.
auth-signed-out = You are signed out.
auth-signed-out-everywhere = You are signed out on every device.
auth-signed-out-everywhere-tokens = You are signed out on every device, and your API tokens are revoked.

## The account page
auth-account-title = Your account
auth-account-name = Name
auth-account-name-none = not given
auth-account-role = Role
auth-account-organization = Organization
auth-account-organization-link = Your organization's profile
auth-account-unread = Unread messages
auth-account-unread-count = { $count ->
    [one] { $count } new message
   *[other] { $count } new messages
}
auth-account-zone = Time zone
auth-account-zone-label = Show times in
auth-account-zone-help = Times are shown in this zone with UTC beside them, and the times you type are read in it. Now: { $zone }.
auth-account-zone-saved = Times are now shown in { $zone } time, with UTC beside them.
auth-account-zone-refused = Choose your time zone from the list.
auth-account-language = Language
auth-account-language-label = Pages and e-mails in
auth-account-language-help = Your e-mails are written in this language, and your pages are shown in it unless this browser chose another with the switch at the top of the page.
auth-account-language-saved = Your pages and e-mails are now in English.
auth-account-language-refused = Choose the language of your pages and e-mails from the list: English, Français or Español.
auth-account-save = Save
auth-tokens = API tokens
auth-tokens-intro = A token lets a script use the API as you: send it as
auth-tokens-header = Authorization: Bearer <token>
auth-tokens-new = Your new token. Copy it now: it will not be shown again.
auth-tokens-name = Name
auth-tokens-prefix = Starts with
auth-tokens-created = Created
auth-tokens-last-used = Last used
auth-tokens-never = never
auth-tokens-action = Action
auth-tokens-revoked = revoked
auth-tokens-revoke = Revoke
auth-tokens-new-name = Name of a new token
auth-tokens-new-placeholder = reporting script
auth-tokens-create = Create a token
auth-tokens-revoked-flash = The token is revoked.
auth-tokens-name-refused = Give the token a name of 1 to 100 characters, like “reporting script”.
auth-tokens-already-revoked = This token was revoked already.
auth-tokens-not-found = You have no token with this number: nothing was revoked.
auth-account-second-factor-on = On: after your password, Clearway asks for a code from your authenticator app.
auth-account-second-factor-manage = Recovery codes
auth-account-second-factor-manage-off = Recovery codes and turning it off
auth-account-second-factor-off = Off: your password alone signs you in.
auth-account-second-factor-set-up = Set up two-factor sign-in
auth-account-second-factor-off-end = with an authenticator app on your phone.
auth-account-sessions = Sign-in
auth-account-sessions-intro = Lost a device, or signed in somewhere you should not have? End every session of yours.
auth-account-revoke-tokens = Revoke my API tokens too (scripts using them stop working)
auth-account-sign-out-everywhere = Sign out everywhere

## Two-factor sign-in
auth-second-factor-title = Two-factor sign-in
auth-second-factor-lead = Two-factor sign-in is on: after your password, Clearway asks for a code from your authenticator app.
auth-second-factor-codes-left = Recovery codes left
auth-second-factor-codes-left-count = { $left } of 10
auth-second-factor-required = Two-factor sign-in is required of { $role } accounts, so it cannot be turned off. If you lose your phone, sign in with a recovery code, or ask an administrator to reset your second factor.
auth-second-factor-turn-off-heading = Turn it off
auth-second-factor-code-or-recovery = Code from your app, or a recovery code
auth-second-factor-turn-off = Turn off two-factor sign-in
auth-second-factor-back = Back to your account
auth-second-factor-turned-off = Two-factor sign-in is off: your password alone signs you in.
auth-second-factor-not-turned-off = Two-factor sign-in is not turned off: your role requires it.
auth-second-factor-code-lead = Your password was right. Now type the code your authenticator app shows for Clearway ({ $email }).
auth-second-factor-code = Code
auth-second-factor-code-help = Six digits. Without your phone, type one of your recovery codes instead: each works once.
auth-second-factor-no-phone = No phone and no recovery code? Sign out, and ask an administrator to reset your second factor.
auth-second-factor-recovery-used = { $left ->
    [one] You signed in with a recovery code; it cannot be used again. { $left } of your recovery codes is left.
   *[other] You signed in with a recovery code; it cannot be used again. { $left } of your recovery codes are left.
}
auth-second-factor-wrong-or-recovery = This code is not right. Type the six digits your app shows now, or one of your recovery codes.
auth-second-factor-wrong = This code is not right. Type the six digits your app shows now.
auth-second-factor-replayed = This code has been used already. Wait for your app to show the next one.
auth-second-factor-throttled = { $minutes ->
    [one] Too many wrong codes. Try again in { $minutes } minute.
   *[other] Too many wrong codes. Try again in { $minutes } minutes.
}
auth-enrol-title = Set up two-factor sign-in
auth-enrol-lead-required = Your role requires a second factor: a code from an authenticator app on your phone, asked for after your password each time you sign in. Set it up to continue.
auth-enrol-lead = After your password, Clearway will ask for a code from an authenticator app on your phone, so that a stolen password alone signs nobody in as you.
auth-enrol-step-app = Open an authenticator app (any app for "TOTP" codes, such as FreeOTP, Aegis, Google Authenticator or 1Password) and add an account.
auth-enrol-step-scan = Scan this QR code, or type the key below it.
auth-enrol-qr = QR code of your sign-in secret, for your authenticator app
auth-enrol-key = Key:
auth-enrol-key-help = Time-based, six digits, every 30 seconds. Keep this key to yourself: whoever has it can make your codes.
auth-enrol-step-code = Type the code the app now shows.
auth-enrol-code = Code from the app
auth-enrol-turn-on = Turn on two-factor sign-in
auth-recovery-title = Your recovery codes
auth-recovery-heading = Two-factor sign-in is on
auth-recovery-save = These are your recovery codes. Save them now (print them, or keep them in a password manager): they will not be shown again.
auth-recovery-use = If your phone is lost or out of reach, type one of them instead of a code from the app. Each works once.
auth-recovery-list = Recovery codes
auth-recovery-continue = Continue to your start page
auth-second-factor-reset = The second factor of { $email } is removed and their sessions have ended. They will set up a new one when they next sign in, if their role requires it.

## Passwords: invitations, resets, set-up
auth-password-welcome = Welcome to Clearway
auth-password-invited = You are invited as { $email }. Choose a password to finish.
auth-password-new = Choose a new password
auth-password-for = For { $email }.
auth-password-setup = Set up Clearway
auth-password-setup-intro = Create the first administrator's account.
auth-password-your-name = Your name
auth-password-help = At least 12 characters. A few unrelated words make a strong password that is easy to remember.
auth-password-confirm = The same password again
auth-password-save = Save the password
auth-password-changed = Your password is changed. Sign in with it.
auth-reset-title = Forgotten password
auth-reset-sent = If an account uses that email, a link to choose a new password is on its way. It works for one hour.
auth-reset-email = Your account's email
auth-reset-send = Email me a link

## People
auth-users-title = People
auth-users-invite = Invite someone
auth-users-name = Name
auth-users-name-hint = (optional, for the greeting)
auth-users-role = Role
auth-users-organization = Organization
auth-users-members-only = (members only)
auth-users-none = None
auth-users-send = Send the invitation
auth-users-accounts = { $count ->
    [one] { $count } account
   *[other] { $count } accounts
}
auth-users-second-factor = Two-factor sign-in
auth-users-account = Account
auth-users-change-role = Change the role
auth-users-on = on
auth-users-off = off
auth-users-reset = Reset
auth-users-reset-label = Reset the second factor of { $email }
auth-users-active = active
auth-users-deactivated = deactivated
auth-users-deactivate = Deactivate
auth-users-reactivate = Reactivate
auth-users-deactivate-label = Deactivate the account of { $email }
auth-users-reactivate-label = Reactivate the account of { $email }
auth-users-new-role = New role of { $email }
auth-users-organization-of = Organization of { $email } (members): type its name and pick it
auth-users-now = now { $name }
auth-users-change = Change
auth-users-conflicts = Conflicts of interest of { $email }:
auth-users-works-in = works in
auth-users-state = State
auth-users-affiliated = affiliated with
auth-users-invited = An invitation is on its way to { $email }.
auth-users-role-changed = { $email } is now { $role }.
auth-users-profile-saved = The conflict-of-interest profile of { $email } is saved.
auth-users-reactivated = { $email } is active again and may sign in.
auth-users-deactivated-flash = { $email } is deactivated: signed out everywhere, API tokens revoked.
auth-users-not-deactivated = The account is not deactivated: { $reason }.
auth-users-not-reactivated = The account is not reactivated: { $reason }.
auth-users-role-not-changed = The role is not changed: { $reason }.
auth-users-role-refused = Choose the new role from the list.
auth-users-organization-refused = A member belongs to an organization: type its name and pick it from the list.
auth-users-reset-none = This person has no second factor to reset.
