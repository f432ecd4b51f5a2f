"""Objects that name no content: what a verb of explaining is about, « a justifié sa
décision », « ont expliqué aux parents le projet de réorganisation », « explique la forte
mobilisation » (precision38). With a noun phrase for its object, a verb of lexicon
``topic_object_verbs`` names the thing explained, not the explanation: that comes in a « que »
clause, an infinitive, a quotation or a cause after « par » (« explique la hausse par la
guerre »), all of which keep their reading. Over the corpus the bare noun objects of these
verbs were never keyed (nine findings in eight articles; the one keyed object had « par »).
« détailler » stays out: « a détaillé les résultats de l'enquête » reports what was found."""

from __future__ import annotations

import re

from quizapp.draft.lexicon import Lexicon, listed_verb_forms
from quizapp.draft.objects.allowed import object_words
from quizapp.draft.sentence.clause_verbs import verbish


def topic_only(lex: Lexicon, form: str, passage: str) -> bool:
    """``passage`` (the object of the verb in ``form``, folded or not) is a bare noun phrase
    after a verb of ``topic_object_verbs``: it opens on a determiner and holds no clause, no
    quotation (the speaker's own word) and no cause after « par »."""
    if form not in listed_verb_forms(lex, "topic_object_verbs") or _QUOTED.search(passage):
        return False
    words = object_words(passage)
    if not words or words[0] not in lex.word_set("determiners"):
        return False
    stops = lex.word_set("topic_object_stops")
    return not any(w in stops or verbish(w, lex) for w in words)


_QUOTED = re.compile(r"[«»“”\"]")
