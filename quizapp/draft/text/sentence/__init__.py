"""Quotation and sentence structure around a cue: small tests on the words near it (setting
words before an inverted subject, a name in apposition, a clause going on after an inserted
cue), readings of a sentence's parts (where narration before a quotation starts, whether a cue
has its subject after it), and quotation marks that hide a cue or a quotation from the rules
(British single marks, a reporting clause written inside French marks). The shapes and the
subject finders share them; kept apart so that no package of the drafter outgrows its size."""
