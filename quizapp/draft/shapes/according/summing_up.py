"""« C, selon X, un nombre à peu près équivalent … »: a noun phrase after the source that sums
up C, not a claim of its own (bounds48). Which side of the source holds the claim is
according_claim.py; this is one more sign there that the claim is before."""

from __future__ import annotations

from quizapp.draft.clause.noun_phrases.noun_phrase import holds_finite_verb
from quizapp.draft.clause.objects.readings import infinitive_of_a_verb
from quizapp.draft.reporting.cues import Cue
from quizapp.draft.shapes.detect.view import SentenceView
from quizapp.draft.text.segment import Span, tokens
from quizapp.draft.text.sentence.clause_verbs import verbish
from quizapp.draft.words.lexicon import Lexicon, built_once, fold

_MARKS = '«»“”"'


def sums_up_before(view: SentenceView, cue: Cue, before: Span, following: Span) -> bool:
    """Whether the words after « , selon X, » are a French noun phrase opened by a
    determiner, with no finite verb nor quotation mark (« …, selon la CGT, un nombre à peu
    près équivalent aux deux dernières journées »), after a part C set off by a comma that
    ends on no word still wanting what follows: a verb (« masquant, selon lui, une volonté
    de … », « marquent, selon X, une volonté ») or a word opening a clause (« Il a ajouté
    que, selon lui, le timing … », « mais selon les prévisions, cette moyenne … »), and
    holds none (« Même si un radar sera installé, pour lui, la nouvelle route reste … »: the
    main clause follows). Never after « pour » (lexicon ``according_unbridged_cues``), a
    stance as often as a source (mixed36)."""
    text, lex = view.text, view.lex
    if fold(text[cue.span[0] : cue.span[1]]).startswith(
        tuple(lex.words("according_unbridged_cues"))
    ):
        return False
    if any(fold(word.text) in lex.word_set("clause_words") for word in tokens(text, before, "fr")):
        return False
    words = tokens(text, following, lex.language)
    if lex.language != "fr" or not words or fold(words[0].text) not in lex.word_set("determiners"):
        return False
    if not words[0].text[:1].islower() or any(
        m in text[following[0] : following[1]] for m in _MARKS
    ):
        return False
    last = tokens(text, before, "fr")[-1:]
    if not last or not text[before[1] : following[0]].lstrip().startswith(","):
        return False
    if _complement(words[0].text, last[0].text, lex):
        return False
    return not _wants_more(fold(last[0].text), lex) and not holds_finite_verb(text, following, lex)


def _complement(first: str, last: str, lex: Lexicon) -> bool:
    """« au déploiement, selon les Occidentaux, des mercenaires … »: « du » or « des » (lexicon
    ``complement_articles``) after a common noun may open that noun's complement."""
    common = last.isalpha() and last[:1].islower()
    return common and fold(first) in lex.word_set("complement_articles")


def _wants_more(word: str, lex: Lexicon) -> bool:
    """A word after which the part before the source is not complete: a verb by its form
    (finite, an infinitive, a participle in -ant) or a word opening a clause."""
    if word in _openers(lex) or word.endswith("ant"):
        return True
    finite = word in lex.auxiliaries or word in lex.word_set("copula_forms") or verbish(word, lex)
    return finite or infinitive_of_a_verb(lex, word)


@built_once
def _openers(lex: Lexicon) -> frozenset[str]:
    """The words that open a clause (« que », « mais », « et », « car », « si »)."""
    keys = ("subordinators", "coordinators", "contrast_conjunctions", "clause_words")
    return lex.word_sets(*keys)
