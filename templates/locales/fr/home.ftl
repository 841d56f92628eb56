# The home page.

home-lead = De petites subventions pour le plaidoyer qui amène les États à rejoindre la Convention sur l'interdiction des mines antipersonnel : les organisations membres déposent leurs demandes et rendent compte, l'équipe de l'ICBL les évalue et suit les fonds, et les États parties peuvent proposer une démarche conjointe auprès d'un État qui n'y a pas adhéré.
home-start = Votre page d'accueil : ce qui vous attend
home-coordinate = Vous prévoyez une démarche auprès d'un État ? Coordonnez-la avec l'ICBL
home-today = La Convention au { $today }
home-states = Voir chaque État et son historique au regard de la Convention
home-open-data = Les subventions accordées, en données ouvertes
