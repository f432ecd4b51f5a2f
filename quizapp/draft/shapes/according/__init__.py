"""The « selon X / d'après X / pour X / according to X / citing X » shape: a source phrase
that is no verb and carries no subject of its own. Where the source's words end
(``according_phrase``), which side of the sentence holds what X says (``according_claim``),
and the shapes tried in turn (``according``). Apart from ``detect/`` (the shapes built on a
reporting verb) because this family reads a phrase, not a verb and its subject. Whether the
words after « selon » name anyone who speaks at all (``according_source``) and « selon qui »
after an inverted subject (``speaker_relative``) joined it from ``sources/`` in tidy28."""
