"""The shapes of reported speech, tried for each cue of a sentence: the active voice, one family
per module (``detect/``), those only English writes (``english_shapes/``), the passive with its
agent (``passives/``), « selon X » and "according to X" (``according/``), and the quotations a
colon opens (``colons/``). Grouped by regroup39: each says where a cue's content and its
source lie in the sentence, while ``clause/`` reads who the subject and the object are."""
