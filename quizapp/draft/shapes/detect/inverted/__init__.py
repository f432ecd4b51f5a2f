"""A reporting verb whose words said stand before it and whose subject follows it, or takes the
sentence before up: after an object relative, in a comme- or as-clause, in a cleft
(``relative``, which says which of the three a verb stands in, ``comme_clause``, ``cleft``),
with no comma before it or taking the sentence before up by a clitic (``told_before``), and
after a fronted adverb (``fronted_adverb``). One family of ``detect/`` since tidy43, which
held fifteen modules: the subject is read after the verb, the content before it."""
