"""The bodies the reader meets and what takes them up again: the kind of body a name is
written as and the nouns for a body (``body_kinds``), a body opening the sentence before « il »
/ « elle » (``body_subjects``, which asks ``opening_subjects`` what phrase opens a sentence,
since tidy38), which of the speakers met so far a description or "it" naming no person takes
up (``spoken_bodies``), a named body taken up by a noun of its kind (« la direction »,
« le groupe »: ``institutions``), a demonstrative description of the one body named with its
noun (``demonstrative_bodies``) and a body named by a phrase of common words after its kind
(``written_bodies``). Out of ``speakers/`` and ``anaphora/`` since tidy28, which had reached 13
and 12 modules; ``anaphora/`` and ``resolve`` ask them."""
