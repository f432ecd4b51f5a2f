"""How an article names people and bodies: which capitalised runs are proper names (and which
capitals only open a sentence), the titles and role words set next to a name (« le procureur
de la République, X », « Mme X ») and the gender they or the noun carry, any noun that
describes a named person for a later description to take up (« X, pharmacienne à Lunel, » then
« la pharmacienne »), people named by their rank, and a source phrase cleaned to the name and
words that identify a speaker. What one mention says on its own; who it turns out to be across
the text is ``speakers/`` and ``anaphora/``."""
