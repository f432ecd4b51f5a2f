"""Reporting cues: finding the cues of a sentence, reporting verbs in all their forms and the
phrases that open an attribution (« selon », "according to", in ``cues``), and how a cue is
built, as a grammar (``cue_forms/``, its English family in ``english_cue_forms/``). Grouped by
regroup39: this is the one place that says which words report speech; the shapes around a cue
(``shapes/``) and its subject and object (``clause/``) are read after it."""
