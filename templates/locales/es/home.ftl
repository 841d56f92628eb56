# The home page.

home-lead = Pequeñas subvenciones para la incidencia que lleva a los Estados a sumarse a la Convención sobre la prohibición de las minas antipersonal: las organizaciones miembro presentan sus solicitudes e informes, el personal de la ICBL las evalúa y sigue los fondos, y los Estados partes pueden proponer una gestión conjunta ante un Estado que no se ha adherido.
home-start = Su página de inicio: lo que tiene pendiente
home-coordinate = ¿Prevé una gestión ante un Estado? Coordínela con la ICBL
home-today = La Convención al { $today }
home-states = Ver cada Estado y su historial respecto de la Convención
home-open-data = Las subvenciones concedidas, en datos abiertos
