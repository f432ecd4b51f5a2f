"""A speaker taken up again across the text: pronouns and demonstratives (« il », « cette
source », « ce dernier », "they"; the people a pronoun may stand for are looked up in
``persons_before``, tidy39), one member of a group that spoke before, a couple or a pair
named together, bodies named together and counted, a document standing for whoever issued it,
and the record of who spoke last that they all read (``last_speaker``). Descriptions of
people (« le ministre », « son porte-parole ») are ``descriptions/`` (since tidy31), built on
the pronouns. Each finds the person or body the reader met earlier (``speakers/``);
``quizapp.draft.pipeline.resolve`` tries them in the reader's order of preference. An office taken
up as its holder, before or after the name, and the head of a named body are ``offices/``; a body
taken up by a noun of its kind (« la direction ») is ``bodies/`` (since tidy28).

Since regroup39 ``offices/`` sits inside this package (``anaphora/offices/``): an office taken
up as its holder is one more way a speaker is taken up again."""
