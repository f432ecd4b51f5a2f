"""The steps between a sentence's cues and the analysis ``analysis.analyze`` returns: a
sentence's drafts turned into attributions (``attributions``), each draft's source cleaned,
read and resolved to a speaker (``resolved_drafts``, on the registry of ``resolve``), and what
is done once the whole article is read (``whole_article``; each speaker written by its fullest
mention in ``fullest_names``). Grouped by regroup39: the order of the work, apart from the
readers each step asks."""
