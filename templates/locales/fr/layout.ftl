# La mise en page de chaque page : en-tête, menu, pied de page, résumé des erreurs et pages d'erreur.

page-title-error = Erreur : { $title }
site-name = Clearway
skip-to-content = Aller au contenu
a11y-table = tableau
menu = Menu
nav-main = Principal
nav-start = Accueil
nav-home = Accueil
nav-states = États
nav-applications = Demandes
nav-awards = Subventions
nav-rounds = Appels
nav-payments = Paiements
nav-budgets = Budgets
nav-organizations = Organisations
nav-people = Personnes
nav-inbox = À traiter
nav-coordination = Coordination
nav-campaigns = Campagnes
nav-deadlines = Échéances
sign-in = Se connecter
sign-out = Se déconnecter
language-switch = Langue
footer-about = Clearway { $version } · programme de subventions de la Campagne internationale pour interdire les mines terrestres.
footer-treaty = Données du traité : état de la Convention sur l'interdiction des mines antipersonnel au 28 novembre 2026.
footer-api = API
footer-open-data = Données ouvertes : les subventions accordées (360Giving)

error-summary-title = Un problème est survenu
error-page-eyebrow = Erreur { $status } · { $reason }
error-page-home = Aller à la page d'accueil
error-page-reference = Référence pour l'assistance :
error-title-not-found = Page introuvable
error-title-server = Une erreur s'est produite
