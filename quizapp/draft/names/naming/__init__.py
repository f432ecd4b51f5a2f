"""How an article names people and bodies: which capitalised runs are proper names (and which
capitals only open a sentence), the role words set next to a name (« Mme X ») and the gender
they or the noun carry, people named by their rank, first names shown by the verb they are the
subject of. What one mention says on its own; a source phrase cleaned to the name and words
that identify a speaker is ``speaker_phrases/`` (out of here since tidy29), the titles beside a
name and the descriptions that take it up later are ``titles/``, and who a mention turns out
to be across the text is ``speakers/`` and ``anaphora/``."""
