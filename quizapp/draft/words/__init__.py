"""The drafter's words: the word lists read from the JSON data files of ``lexicons/`` into
lookup sets per language (``lexicon``), the reporting verbs' forms expanded from their lemmas
(``conjugation``) and how a word is folded to be looked up (``folding``, read by both). Grouped
by regroup39 so that the data and the code that reads it sit together; the data stays data, for
a teacher or a translator to extend without touching code."""
