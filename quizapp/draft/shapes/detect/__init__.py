"""Attribution detection: the shapes of reported speech in the active voice, one family per
module, that ``quizapp.draft.pipeline.attributions`` tries for each cue of a sentence (a quotation
and its cue, cue then que/that, a cue and its object, an owned noun of speech), with the
sentence view and draft they all share; a verb whose subject follows it, after a relative, in
a comme-clause or a cleft, or after a fronted adverb, is the family ``inverted/`` (tidy43).
How a cue is built (``cue_forms/``), who its subject is (``subjects/``), what its object must
be (``objects/``), the passive (``passives/``), « selon X » (``according/``), the shapes only
English writes (``english_shapes/``, since tidy28) and the words around it (``sentence/``) are
packages of their own, so a shape reads as its family."""
