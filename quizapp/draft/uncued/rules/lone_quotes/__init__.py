"""Quotations standing alone, with no cue of their own, and whom they go to (out of ``rules/``
in the review of round 31, when that folder reached sixteen modules):

- ``alone``: a quotation alone in its sentence goes on from the last speaker, or goes to the
  person the sentence before was about, or, opening a paragraph before anyone spoke, to the
  subject of the narration after it; a narration subhead ending on quoted words is nobody's.
- ``continuation``: the person the narration is about when the quotation comes (the subject
  of the sentence before, or the last speaker keeping it), and a quotation before its speaker.
- ``named_before``: the one person the sentence before named, though not as its subject.
- ``named_next``: a paragraph's opening quotation given to the named subject of the sentence
  right after it.
- ``narrated_long``: a partial quotation of seven words or more inside narration with no cue
  and no finding in its sentence, given at low confidence to the last speaker heard close by,
  else to the person named nearest when no person is the sentence's subject (mixed37).
- ``unheard``: quotations no rule gives a speaker (one alone before anyone was heard, a long
  one beside a cue none of its shapes took), given once the article is read to the person
  named nearest, as a guess (released36).

The subject of a clause these ask is ``rules/clause_subject``; the quotations a colon opens are
``colons/``.
"""
