"""Objects that name no content: what a verb of explaining is about, « a justifié sa
décision », « ont expliqué aux parents le projet de réorganisation », « explique la forte
mobilisation » (precision38). With a noun phrase for its object, a verb of lexicon
``topic_object_verbs`` names the thing explained, not the explanation: that comes in a « que »
clause, an infinitive, a quotation, a cause (lexicon ``topic_object_causes``: « explique la
hausse par la guerre », « en raison des crues », « faute de crédits ») or a reason set after a
comma (« la fermeture du pont, devenu dangereux », « la hausse, nécessaire à ses yeux »), all of
which keep their reading. Over the corpus the bare noun objects of these verbs were never keyed
(nine findings in eight articles; the one keyed object had « par »). « détailler » stays out:
« a détaillé les résultats de l'enquête » reports what was found."""

from __future__ import annotations

from quizapp.draft.clause.objects.allowed import object_words
from quizapp.draft.reporting.cue_forms.phrases import match_phrase
from quizapp.draft.text.segment import QUOTE_MARKS
from quizapp.draft.text.sentence.clause_verbs import verbish
from quizapp.draft.text.sentence.sentence_parts import past_participle
from quizapp.draft.words.lexicon import Lexicon, listed_verb_forms


def topic_only(lex: Lexicon, form: str, passage: str) -> bool:
    """``passage`` (the object of the verb in ``form``, folded or not) is a bare noun phrase
    after a verb of ``topic_object_verbs``: up to its first comma it opens on a determiner and
    holds no clause, no quotation (the speaker's own word) and no cause; after that comma
    nothing follows but another's judgement with its agent (« son choix, jugé risqué par
    l'opposition »). Anything else after the comma is the speaker's reason (mend38c)."""
    if form not in listed_verb_forms(lex, "topic_object_verbs") or QUOTE_MARKS.search(passage):
        return False  # object_before_colon drops a quoted object first; the object reader not
    head, _, reason = passage.partition(",")
    words = object_words(head)
    if not words or words[0] not in lex.word_set("determiners"):
        return False
    stops = lex.word_set("topic_object_stops")
    if any(w in stops or verbish(w, lex) for w in words) or _cause(lex, words):
        return False
    after = object_words(reason)
    return not after or (past_participle(after[0], lex) and _agent(lex, after))


def _cause(lex: Lexicon, words: list[str]) -> bool:
    """A cause opener of ``topic_object_causes`` (« par », « en raison de », « faute de »)
    among ``words``, save a « par » that is a participle's agent (« la décision prise par… »)."""
    causes = lex.phrases("topic_object_causes")
    return any(
        match_phrase(words, i, causes) and not _agent_at(lex, words, i) for i in range(len(words))
    )


def _agent(lex: Lexicon, words: list[str]) -> bool:
    """Whether ``words`` hold a « par » set after a past participle: whose judgement it is."""
    return any(_agent_at(lex, words, i) for i in range(len(words)))


def _agent_at(lex: Lexicon, words: list[str], index: int) -> bool:
    """« par » at ``index`` within two words of a past participle (« jugé coûteux par les
    riverains », « la décision prise par le conseil »): its agent."""
    before = words[max(index - 2, 0) : index]
    return words[index] == "par" and any(past_participle(w, lex) for w in before)
