"""A source's word going on past its sentence with no cue of its own, read right after an
attribution: a sentence whose main verb is the French journalistic conditional
(``conditional``), a sentence opening on « Et que » (``continued_that``), narration
holding the speaker's words in quotation marks (``partial``), a quotation carrying on the
last finding past a colon or a lost opening mark (``quoted_on``, tidy29), and a paragraph
with no marks that a colon closing the paragraph before introduces (``introduced``,
unmarked42). Out of ``rules/`` since tidy28, which had reached 13 modules: each carries on
the last finding's source or the narration's subject rather than reading a quotation's place
in the narration, as ``rules/`` does."""
