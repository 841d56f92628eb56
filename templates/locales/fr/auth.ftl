# Signing in, the account page, second factor, passwords and invitations, the People page.

## Roles
auth-role-member = Organisation membre
auth-role-reviewer = Évaluateur
auth-role-staff = Équipe du programme
auth-role-finance = Finances
auth-role-admin = Administrateur
auth-role-unknown = Rôle inconnu

## Signing in and out
auth-email = Adresse e-mail
auth-password = Mot de passe
auth-login-forgotten = Mot de passe oublié ?
auth-login-wrong = L'adresse e-mail ou le mot de passe n'est pas correct.
auth-login-throttled = { $minutes ->
    [one] Trop de tentatives infructueuses. Réessayez dans { $minutes } minute.
   *[other] Trop de tentatives infructueuses. Réessayez dans { $minutes } minutes.
}
auth-login-deactivated = Ce compte a été désactivé. Si vous en avez de nouveau besoin, adressez-vous à l'ICBL : un administrateur peut le réactiver.
auth-signed-out = Vous êtes déconnecté.
auth-signed-out-everywhere = Vous êtes déconnecté sur tous vos appareils.
auth-signed-out-everywhere-tokens = Vous êtes déconnecté sur tous vos appareils, et vos jetons d'API sont révoqués.

## The account page
auth-account-title = Votre compte
auth-account-name = Nom
auth-account-name-none = non renseigné
auth-account-role = Rôle
auth-account-organization = Organisation
auth-account-organization-link = Le profil de votre organisation
auth-account-unread = Messages non lus
auth-account-unread-count = { $count ->
    [one] { $count } nouveau message
   *[other] { $count } nouveaux messages
}
auth-account-zone = Fuseau horaire
auth-account-zone-label = Afficher les heures selon le fuseau
auth-account-zone-help = Les heures sont affichées dans ce fuseau, avec l'heure UTC à côté, et les heures que vous saisissez y sont lues. Actuellement : { $zone }.
auth-account-zone-saved = Les heures sont désormais affichées à l'heure de { $zone }, avec l'heure UTC à côté.
auth-account-zone-refused = Choisissez votre fuseau horaire dans la liste.
auth-account-language = Langue
auth-account-language-label = Pages et courriels en
auth-account-language-help = Vos courriels sont rédigés dans cette langue, et vos pages s'affichent dans celle-ci, sauf si ce navigateur en a choisi une autre avec le sélecteur en haut de la page.
auth-account-language-saved = Vos pages et vos courriels sont désormais en français.
auth-account-language-refused = Choisissez dans la liste la langue de vos pages et de vos courriels : English, Français ou Español.
auth-account-save = Enregistrer
auth-tokens = Jetons d'API
auth-tokens-intro = Un jeton permet à un script d'utiliser l'API en votre nom : envoyez-le sous la forme
auth-tokens-header = Authorization: Bearer <jeton>
auth-tokens-new = Votre nouveau jeton. Copiez-le maintenant : il ne sera plus affiché.
auth-tokens-name = Nom
auth-tokens-prefix = Commence par
auth-tokens-created = Créé le
auth-tokens-last-used = Dernière utilisation
auth-tokens-never = jamais
auth-tokens-action = Action
auth-tokens-revoked = révoqué
auth-tokens-revoke = Révoquer
auth-tokens-new-name = Nom d'un nouveau jeton
auth-tokens-new-placeholder = script de rapports
auth-tokens-create = Créer un jeton
auth-tokens-revoked-flash = Le jeton est révoqué.
auth-tokens-name-refused = Donnez au jeton un nom de 1 à 100 caractères, par exemple « script de rapports ».
auth-tokens-already-revoked = Ce jeton était déjà révoqué.
auth-tokens-not-found = Vous n'avez aucun jeton portant ce numéro : rien n'a été révoqué.
auth-account-second-factor-on = Activée : après votre mot de passe, Clearway vous demande un code de votre application d'authentification.
auth-account-second-factor-manage = Codes de secours
auth-account-second-factor-manage-off = Codes de secours et désactivation
auth-account-second-factor-off = Désactivée : votre mot de passe suffit pour vous connecter.
auth-account-second-factor-set-up = Activer la connexion à deux facteurs
auth-account-second-factor-off-end = avec une application d'authentification sur votre téléphone.
auth-account-sessions = Connexion
auth-account-sessions-intro = Un appareil perdu, ou une connexion là où il ne fallait pas ? Mettez fin à toutes vos sessions.
auth-account-revoke-tokens = Révoquer aussi mes jetons d'API (les scripts qui les utilisent cesseront de fonctionner)
auth-account-sign-out-everywhere = Me déconnecter partout

## Two-factor sign-in
auth-second-factor-title = Connexion à deux facteurs
auth-second-factor-lead = La connexion à deux facteurs est activée : après votre mot de passe, Clearway vous demande un code de votre application d'authentification.
auth-second-factor-codes-left = Codes de secours restants
auth-second-factor-codes-left-count = { $left } sur 10
auth-second-factor-required = La connexion à deux facteurs est obligatoire pour les comptes « { $role } » : elle ne peut donc pas être désactivée. Si vous perdez votre téléphone, connectez-vous avec un code de secours, ou demandez à un administrateur de réinitialiser votre second facteur.
auth-second-factor-turn-off-heading = La désactiver
auth-second-factor-code-or-recovery = Code de votre application, ou code de secours
auth-second-factor-turn-off = Désactiver la connexion à deux facteurs
auth-second-factor-back = Retour à votre compte
auth-second-factor-turned-off = La connexion à deux facteurs est désactivée : votre mot de passe suffit pour vous connecter.
auth-second-factor-not-turned-off = La connexion à deux facteurs n'est pas désactivée : votre rôle l'exige.
auth-second-factor-code-lead = Votre mot de passe est correct. Saisissez maintenant le code que votre application d'authentification affiche pour Clearway ({ $email }).
auth-second-factor-code = Code
auth-second-factor-code-help = Six chiffres. Sans votre téléphone, saisissez plutôt l'un de vos codes de secours : chacun ne sert qu'une fois.
auth-second-factor-no-phone = Ni téléphone ni code de secours ? Déconnectez-vous et demandez à un administrateur de réinitialiser votre second facteur.
auth-second-factor-recovery-used = { $left ->
    [one] Vous vous êtes connecté avec un code de secours ; il ne pourra plus servir. Il vous reste { $left } code de secours.
   *[other] Vous vous êtes connecté avec un code de secours ; il ne pourra plus servir. Il vous reste { $left } codes de secours.
}
auth-second-factor-wrong-or-recovery = Ce code n'est pas correct. Saisissez les six chiffres que votre application affiche maintenant, ou l'un de vos codes de secours.
auth-second-factor-wrong = Ce code n'est pas correct. Saisissez les six chiffres que votre application affiche maintenant.
auth-second-factor-replayed = Ce code a déjà été utilisé. Attendez que votre application affiche le suivant.
auth-second-factor-throttled = { $minutes ->
    [one] Trop de codes erronés. Réessayez dans { $minutes } minute.
   *[other] Trop de codes erronés. Réessayez dans { $minutes } minutes.
}
auth-enrol-title = Activer la connexion à deux facteurs
auth-enrol-lead-required = Votre rôle exige un second facteur : un code d'une application d'authentification sur votre téléphone, demandé après votre mot de passe à chaque connexion. Activez-le pour continuer.
auth-enrol-lead = Après votre mot de passe, Clearway vous demandera un code d'une application d'authentification sur votre téléphone : un mot de passe volé ne suffira plus à se connecter à votre place.
auth-enrol-step-app = Ouvrez une application d'authentification (toute application de codes « TOTP », par exemple FreeOTP, Aegis, Google Authenticator ou 1Password) et ajoutez un compte.
auth-enrol-step-scan = Scannez ce code QR, ou saisissez la clé indiquée dessous.
auth-enrol-qr = Code QR de votre secret de connexion, pour votre application d'authentification
auth-enrol-key = Clé :
auth-enrol-key-help = Fondé sur l'heure, six chiffres, toutes les 30 secondes. Gardez cette clé pour vous : quiconque la détient peut produire vos codes.
auth-enrol-step-code = Saisissez le code que l'application affiche maintenant.
auth-enrol-code = Code de l'application
auth-enrol-turn-on = Activer la connexion à deux facteurs
auth-recovery-title = Vos codes de secours
auth-recovery-heading = La connexion à deux facteurs est activée
auth-recovery-save = Voici vos codes de secours. Conservez-les dès maintenant (imprimez-les, ou gardez-les dans un gestionnaire de mots de passe) : ils ne seront plus affichés.
auth-recovery-use = Si votre téléphone est perdu ou hors de portée, saisissez l'un d'eux à la place d'un code de l'application. Chacun ne sert qu'une fois.
auth-recovery-list = Codes de secours
auth-recovery-continue = Continuer vers votre page d'accueil
auth-second-factor-reset = Le second facteur de { $email } est supprimé et ses sessions sont terminées. Cette personne en configurera un nouveau à sa prochaine connexion, si son rôle l'exige.

## Passwords: invitations, resets, set-up
auth-password-welcome = Bienvenue dans Clearway
auth-password-invited = Vous êtes invité sous l'adresse { $email }. Choisissez un mot de passe pour terminer.
auth-password-new = Choisir un nouveau mot de passe
auth-password-for = Pour { $email }.
auth-password-setup = Configurer Clearway
auth-password-setup-intro = Créez le compte du premier administrateur.
auth-password-your-name = Votre nom
auth-password-help = Au moins 12 caractères. Quelques mots sans rapport entre eux font un mot de passe solide et facile à retenir.
auth-password-confirm = Le même mot de passe, de nouveau
auth-password-save = Enregistrer le mot de passe
auth-password-changed = Votre mot de passe est modifié. Connectez-vous avec celui-ci.
auth-reset-title = Mot de passe oublié
auth-reset-sent = Si un compte utilise cette adresse, un lien pour choisir un nouveau mot de passe vous a été envoyé. Il est valable une heure.
auth-reset-email = L'adresse e-mail de votre compte
auth-reset-send = M'envoyer un lien

## People
auth-users-title = Personnes
auth-users-invite = Inviter une personne
auth-users-name = Nom
auth-users-name-hint = (facultatif, pour la formule d'accueil)
auth-users-role = Rôle
auth-users-organization = Organisation
auth-users-members-only = (membres uniquement)
auth-users-none = Aucune
auth-users-send = Envoyer l'invitation
auth-users-accounts = { $count ->
    [one] { $count } compte
   *[other] { $count } comptes
}
auth-users-second-factor = Connexion à deux facteurs
auth-users-account = Compte
auth-users-change-role = Changer le rôle
auth-users-on = activée
auth-users-off = désactivée
auth-users-reset = Réinitialiser
auth-users-reset-label = Réinitialiser le second facteur de { $email }
auth-users-active = actif
auth-users-deactivated = désactivé
auth-users-deactivate = Désactiver
auth-users-reactivate = Réactiver
auth-users-deactivate-label = Désactiver le compte de { $email }
auth-users-reactivate-label = Réactiver le compte de { $email }
auth-users-new-role = Nouveau rôle de { $email }
auth-users-organization-of = Organisation de { $email } (membres) : saisissez son nom et choisissez-la
auth-users-now = actuellement { $name }
auth-users-change = Modifier
auth-users-conflicts = Conflits d'intérêts de { $email } :
auth-users-works-in = pays d'activité
auth-users-state = État
auth-users-affiliated = affilié à
auth-users-invited = Une invitation a été envoyée à { $email }.
auth-users-role-changed = { $email } a désormais le rôle « { $role } ».
auth-users-profile-saved = Le profil de conflits d’intérêts de { $email } est enregistré.
auth-users-reactivated = { $email } est de nouveau actif et peut se connecter.
auth-users-deactivated-flash = { $email } est désactivé : déconnecté partout, jetons d'API révoqués.
auth-users-not-deactivated = Le compte n'est pas désactivé : { $reason }.
auth-users-not-reactivated = Le compte n'est pas réactivé : { $reason }.
auth-users-role-not-changed = Le rôle n'est pas modifié : { $reason }.
auth-users-role-refused = Choisissez le nouveau rôle dans la liste.
auth-users-organization-refused = Un membre appartient à une organisation membre : saisissez son nom et choisissez-la dans la liste.
auth-users-reset-none = Cette personne n'a pas de second facteur à réinitialiser.
