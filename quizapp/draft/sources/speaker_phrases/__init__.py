"""A source phrase cleaned to the words that speak and to a speaker's identity: a draft's
source freed of a connective, a date, an aside, narrowed to a document's author
(``speaking_phrase``), the dates written around a source (``source_dates``), a phrase and a
name folded so that two spellings are one speaker (``phrase``), and the name a source phrase
holds (``source_names``). Out of ``naming/`` and ``sources/`` since tidy29: what one mention
says on its own and what kind of source a phrase is stay there; this is the step between a
draft's words and the speaker the resolver records."""
