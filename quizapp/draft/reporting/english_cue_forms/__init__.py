"""The English family of cue forms: forms that only look like a reporting cue and those that
are one (``english_cues``: "never said", "are warning"), passives, progressives, nouns of
speech and impersonal voices (``english_forms``), requests ("urged X to", ``english_requests``),
whether a base form is a verb after its subject (``english_subjects``), the name closing a
setting written with no comma (``setting_names``) and a verb of stance with "that" after it
(``that_follows``). Moved out of ``cue_forms/`` (tidy24), which asks them for each English
word and keeps the French forms and what both languages share (phrases, the adverb slot)."""
