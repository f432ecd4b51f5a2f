"""An object that names a target, not a saying (wants38): « s'en est pris au maire », « s'en
prennent à la préfecture ». After « s'en prendre », the words after « à » say whom or what the
subject attacked; what it said, if anything, comes in a quotation or a clause of its own. Over
the corpus, such objects were keyed once in seven (six unkeyed in six articles and batches;
none held, three unkeyed on blind27-36).

Such a finding is dropped once the whole article is read, as ``shell.without_shell_objects``
drops its own, not when its sentence is: while the sentence is read, the cue still gives its
subject to a participle after it (« s'en est pris au budget, déclarant que… ») and to a
quotation opened by a colon (« s'en prend à la ligue : « … » »), which precision38 lost when it
cut the object at the cue. A quotation the cue closes (« « … », s'en prend X ») keeps its
reading: only an object opening on « à » is dropped."""

from __future__ import annotations

import re
from itertools import pairwise

from quizapp.draft.findings import Attribution
from quizapp.draft.text.segment import Span
from quizapp.draft.words.lexicon import Lexicon, folded_words


def without_targets(found: list[Attribution], text: str, lex: Lexicon) -> list[Attribution]:
    """``found`` less the findings whose content is the target of a cue of attack."""
    if lex.language != "fr":
        return found
    return [a for a in found if a.cue is None or not _target(text, lex, a.cue, a.content)]


def _target(text: str, lex: Lexicon, cue: Span, content: Span) -> bool:
    """The cue is a verb of ``target_verb_forms`` after a reflexive and « en » (lexicon
    ``target_leads``), and its content, after it, opens on « à » and holds no quotation."""
    words = folded_words(text[cue[0] : cue[1]])
    leads = lex.word_set("target_leads")
    attack = any(w in leads and n == "en" for w, n in pairwise(words))
    if not attack or not words or words[-1] not in lex.word_set("target_verb_forms"):
        return False
    passage = text[content[0] : content[1]]
    return content[0] >= cue[1] and _AT_TARGET.match(passage) is not None


_AT_TARGET = re.compile(r"(?:à|au|aux)\b[^«»“”\"]*$", re.IGNORECASE)
