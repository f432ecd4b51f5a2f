"""A cue's clause: its subject before the verb (``subjects/``) or after an inverted one
(``inverted_subjects/``), the object the verb reports and where it ends (``objects/``), and
whether a span is a noun phrase that can name a speaker at all (``noun_phrases/``). Grouped by
regroup39 because the shapes of ``shapes/`` all ask these questions of the words around a cue,
and the questions are grammar, not a shape of their own."""
