"""The bodies the reader meets and what takes them up again: the kind of body a name is
written as (``body_kinds``), a body opening the sentence before « il » / « elle »
(``body_subjects``), and which of the speakers met so far a description or "it" naming no
person takes up (``spoken_bodies``). Out of ``speakers/`` since tidy28, which had reached
13 modules; ``anaphora/`` and ``resolve`` ask them."""
