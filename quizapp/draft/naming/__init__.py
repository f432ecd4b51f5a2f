"""How an article names people and bodies: which capitalised runs are proper names (and which
capitals only open a sentence), and the words set next to a name that later descriptions take
up (« X, pharmacienne à Lunel, » then « la pharmacienne »), and the role words around a name
(« le procureur de la République, X »). The speaker resolver and the detector read them."""
