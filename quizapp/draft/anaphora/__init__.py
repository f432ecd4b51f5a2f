"""A speaker taken up again across the text: pronouns and demonstratives (« il », « cette
source », « ce dernier », "they"), descriptions (« le ministre », « son porte-parole »), one
member of a group that spoke before, a document standing for whoever issued it. Each finds
the person or body the reader met earlier (``speakers/``); ``quizapp.draft.resolve`` tries
them in the reader's order of preference. An office taken up as its holder, before or after
the name, and the head of a named body are ``offices/``; a body taken up by a noun of its kind
(« la direction ») is ``bodies/`` (since tidy28)."""
