"""Finding who speaks before a cue: the subject before a reporting verb (back over relative
clauses, appositions and quotations inside it, and the name set before an apposition), the
noun phrase a relative pronoun stands for, and the subject a participle or an infinitive of
purpose shares with the sentence's first verb; whether the words found are a noun phrase that
can name a speaker at all is ``noun_phrases/`` (out of here since tidy29). The shapes of
``detect/`` and ``rules/`` all ask these; kept apart from the shapes so that each package stays
small enough to read whole. The inverted subject after a cue is read in ``inverted_subjects/``
(out of here since tidy27, when this package had reached the limit of 15 modules)."""
