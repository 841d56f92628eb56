# The home page.

home-lead = Small grants for the advocacy that brings states into the Anti-Personnel Mine Ban Convention: member organizations apply and report, ICBL staff review and follow the money, and States Parties can ask for a joint approach toward a state that has not joined.
home-start = Your start page: what waits for you
home-coordinate = Planning an approach to a state? Coordinate it with ICBL
home-today = The Convention on { $today }
home-states = See every state and its treaty record
home-open-data = The grants awarded, as open data
