"""A speaker taken up again across the text: pronouns and demonstratives (« il », « cette
source », « ce dernier », "they"), descriptions (« le ministre », « son porte-parole »), an office
met before or after the name of its holder, one member of a group that spoke before, a
document standing for whoever issued it, an institution or the head of a named body. Each
finds the person or body the reader met earlier (``speakers/``); ``quizapp.draft.resolve``
tries them in the reader's order of preference."""
