"""How a drafted question words what the article says: a passage cut and its quotation marks
balanced (``passages``), whether it stands as a claim to classify (``clauses``), what may be
quoted or reported of a finding and how it reads after « que » / "that" (``reported_words``),
a name and a reason inside an explanation (``explanation_words``), how a speaker's name
reads inside a sentence, its case and its number (``speaker_openings``, tidy29), and the prompts
and explanations themselves (``phrasing``). Moved out of ``drafting/`` (tidy24), which drafts the
questions and builds the set: wording reads findings and the lexicon, never a question."""
