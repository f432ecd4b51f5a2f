"""An English verb of blame with a plain noun object: "condemned the council's failure to
act", "slammed the decision to close the depot", "deplored the handling of the floods"
(stance37). Counted over the English corpus, these verbs' noun objects were keyed when they
name a thing already known that the speaker judges, written after a definite or demonstrative
determiner; the bare plurals and names after them ("condemned controversial plans to build…",
"blasted Councillor X's motion") were not. So the verbs of lexicon ``blame_object_verbs``
report a noun object only after one of ``stance_object_determiners``, the reading French
gives its verbs of ``restricted_objects`` (detect/object_clause._stance_on_other)."""

from __future__ import annotations

from quizapp.draft.detect.view import SentenceView
from quizapp.draft.objects.allowed import object_words
from quizapp.draft.segment import Span


def blame_without_definite(view: SentenceView, form: str, content: Span) -> bool:
    """``form`` is a verb of ``blame_object_verbs`` whose object ``content`` does not open on
    a determiner of ``stance_object_determiners``: no statement, a bare act or a name."""
    if form not in view.lex.word_set("blame_object_verbs"):
        return False
    first = object_words(view.text[content[0] : content[1]])[:1]
    return not first or first[0] not in view.lex.word_set("stance_object_determiners")
