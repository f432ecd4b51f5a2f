"""Whether a span is a noun phrase that can name a speaker (``noun_phrase``: no verb of its own,
no leading preposition, the words before its first verb) and the last guards a source passes
before it is read as one (``speaker_guards``). Out of ``subjects/`` since tidy29: the subject
finders ask here, and so do the shapes, the object readers, « selon » and the source readers."""
