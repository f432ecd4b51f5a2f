"""What a source phrase is and the label it gets: a name, a described individual, a group, an
impersonal voice or a pronoun (``reading``), the labels a phrase's kind gives whatever its
determiner (``source_kinds``) and those a definite article or a name in a complement can
mislead (``labels``), the news outlet a statement goes through or nests another in (``outlets``,
``relays``), and the place that speaks for an impersonal « lit-on » (whether the words after
« selon » name anyone is ``according/``, since tidy28). DESIGN.md's label scheme
in one package, apart from who the speaker turns out to be (``speakers/``, ``anaphora/``).

Since regroup39 the package also holds ``speaker_phrases/``: a source phrase cleaned to the
words that speak and to a speaker's identity, the step before a phrase is read here."""
