"""A « selon X » set off by commas inside one clause, with the claim on both sides of it
(narrative38): « Le projet pourrait, selon le maire, coûter trop cher », « Elle est, selon
X, la radio la plus écoutée », « Le cortège, selon la police, a réuni 3 000 personnes ».
Neither side says anything alone: the words before lack the complement of their verb, or
are a subject whose predicate follows, so what X says is the whole clause, the phrase
inside it (the keys write it so; a side alone was cut short or missed)."""

from __future__ import annotations

from quizapp.draft.clause.noun_phrases.noun_phrase import holds_finite_verb
from quizapp.draft.clause.objects.readings import infinitive_of_a_verb
from quizapp.draft.reporting.cue_forms.after_quote import not_finite_ending
from quizapp.draft.reporting.cues import Cue
from quizapp.draft.shapes.according.according_phrase import SourcePhrase
from quizapp.draft.shapes.detect.view import SentenceView
from quizapp.draft.text.segment import Span, Token, last_comma, tokens
from quizapp.draft.text.sentence.clause_verbs import verbish
from quizapp.draft.text.sentence.sentence_parts import past_participle
from quizapp.draft.words.folding import ment_adverb
from quizapp.draft.words.lexicon import Lexicon, built_once, fold


def bridged_claim(
    view: SentenceView, cue: Cue, phrase: SourcePhrase, before: Span, following: Span
) -> Span | None:
    """The whole clause around a French « selon X » inserted between a verb and its
    complement or between a subject and its predicate, else None. Never with a second
    « selon » in the sentence (each source of a pair has its own part), nor in a relative
    clause (« …, qui, selon X, servait de base », « la majorité qui est, selon eux, … »: the
    keys hold the predicate alone), nor after « pour » (« Il était opposé, pour ce second
    tour, à X »: a setting as often as a source), nor before a clause of its own (« …, selon
    X, mais l'Élysée dément », « …, ce que dément Y »: mend38a). The clause ends before a
    later cue (« …, selon X, fin mars, a confirmé la CGT »: the CGT's words are not X's)."""
    if not _may_bridge(view, cue, phrase, before):
        return None
    text, lex = view.text, view.lex
    comma = last_comma(text[before[0] : before[1]])
    start = before[0] if comma < 0 else before[0] + comma + 1
    following = _before_next_cue(view, following)
    left = tokens(text, (start, before[1]), "fr")
    right = tokens(text, following, "fr")
    if not left or not right or any(_opens_relative(word, lex) for word in (*left, right[0])):
        return None
    if _opens_own_clause(text, following, lex):
        return None
    if _reads_across(view, (start, before[1]), left, right, following):
        return left[0].start, following[1]
    return None


def _may_bridge(view: SentenceView, cue: Cue, phrase: SourcePhrase, before: Span) -> bool:
    """A French « selon X » set off by commas on both sides, of one source (no « et » inside
    it: a second part follows), not one of the cues that set a scene as often as a source
    (« pour »), and the sentence's only « selon »: elsewhere each side is read on its own."""
    text, lex = view.text, view.lex
    if lex.language != "fr" or not phrase.punctuated or phrase.joined:
        return False
    if fold(text[cue.span[0] : cue.span[1]]).startswith(_not_bridging(lex)):
        return False
    if sum(other.kind == "according" for other in view.cues) > 1:
        return False
    return text[before[1] : cue.span[0]].strip() == ","


def _reads_across(
    view: SentenceView, before: Span, left: list[Token], right: list[Token], following: Span
) -> bool:
    """The clause reads across the phrase: the words ``left`` of it want a complement that
    opens ``right`` of it, or they are a subject with no finite verb whose predicate follows
    (« Le cortège, selon la police, a réuni… »)."""
    lex = view.lex
    if _wants_complement(left, right, lex):
        return True
    split_predicate = not holds_finite_verb(view.text, before, lex)
    split_predicate = split_predicate and not any(_finite(fold(w.text), lex) for w in left)
    return split_predicate and _predicate(view, right, following)


@built_once
def _not_bridging(lex: Lexicon) -> tuple[str, ...]:
    """The cues of lexicon ``according_unbridged_cues`` (« pour »): never read this way."""
    return tuple(lex.words("according_unbridged_cues"))


def _before_next_cue(view: SentenceView, following: Span) -> Span:
    """The words after the phrase up to the next cue of the sentence, its comma left out:
    what follows that cue is another speaker's (« …, tandis que …, a souligné le ministre »)."""
    later = [other.span[0] for other in view.cues if following[0] < other.span[0] < following[1]]
    if not later:
        return following
    end = len(view.text[: min(later)].rstrip(" ,"))
    return following[0], max(following[0], end)


def _opens_own_clause(text: str, following: Span, lex: Lexicon) -> bool:
    """The words after the phrase open a clause of their own: a coordinator (« et », « mais »),
    a clause word (« car », « si »), a conjunction's head before « que » (« tandis que »,
    « alors que »; « dès lundi » is a complement) or « ce que » / « ce qui » taking the clause
    before up again. Nothing the verb before still needs."""
    words = [fold(token.text) for token in tokens(text, following, "fr")[:2]]
    if not words:
        return False
    if words[0] in lex.word_sets("coordinators", "contrast_conjunctions", "clause_words"):
        return True
    heads = lex.word_set("conjunction_heads") | {"ce"}
    que = lex.word_set("subordinators") | ({"qui"} if words[0] == "ce" else set())
    return words[0] in heads and words[1:2] != [] and words[1] in que


def _opens_relative(word: Token, lex: Lexicon) -> bool:
    """A relative pronoun (« qui », « dont »): the clause is a relative's, read as before."""
    return fold(word.text) in lex.word_sets("source_relative_openers", "relative_openers")


def _wants_complement(left: list[Token], right: list[Token], lex: Lexicon) -> bool:
    """The words before the phrase end on a verb that still needs what follows: an
    auxiliary, a copula, a frequent finite form (« est », « fait », « doit »), a future,
    conditional or imperfect (« pourrait »), a participle after its auxiliary when a
    preposition follows the phrase (« pourraient être composés, selon elle, de … »; « a été
    touché, selon X, directeur de … » describes X) or an infinitive after a verb (« doit
    avoisiner »), with adverbs after it left aside (« pourrait enfin »)."""
    words = [fold(token.text) for token in left if token.text[:1].isalpha()]
    while len(words) > 1 and _adverb(words[-1], lex):
        words.pop()
    if not words:
        return False
    last, earlier = words[-1], words[-3:-1]
    if earlier and earlier[-1] in lex.word_set("determiners"):
        return False  # « avant l'été »: a noun after its determiner, no verb
    if _finite(last, lex):
        return True
    helped = any(_finite(word, lex) for word in earlier)
    if past_participle(last, lex) and helped:
        return fold(right[0].text) in lex.word_sets("open_title_links", "agent_prepositions")
    return bool(earlier) and _finite(earlier[-1], lex) and infinitive_of_a_verb(lex, last)


def _finite(word: str, lex: Lexicon) -> bool:
    """A finite verb by its form alone, no negation clitic nor participle (« estimant »,
    « été »): an auxiliary (``lex.auxiliaries``), a copula, or a frequent form or a future,
    conditional or imperfect ending (sentence/clause_verbs.verbish). Not every finite form of
    a reporting verb (apposition's reader): « Le chantier avance, selon X, quasi terminé »
    is complete before the phrase (mend38a)."""
    if word in lex.word_set("verb_clitics") or not_finite_ending(word, lex):
        return False
    return word in lex.auxiliaries or word in lex.word_set("copula_forms") or verbish(word, lex)


def _adverb(word: str, lex: Lexicon) -> bool:
    """An adverb that may follow a verb before its complement (« enfin », « déjà »), or any
    word in -ment of six letters; never a word of time (« reprendra lundi, selon X, … »)."""
    adverbs = lex.word_sets("preposition_adverbs", "degree_adverbs")  # no day: « lundi »
    return word in adverbs or ment_adverb(word, 5)


def _predicate(view: SentenceView, right: list[Token], following: Span) -> bool:
    """The words after the phrase open on the subject's predicate: a finite verb by its form
    (« a détruit », « ont battu »), a clitic of a verb (« s'aggrave »), or a participle
    followed by a finite verb by its form (« scindé entre …, a rejoint »; « interrogé par
    l'AFP » describes the source)."""
    lex, first = view.lex, fold(right[0].text)
    if _finite(first, lex) or first in lex.word_set("verb_clitics"):
        return True
    later = any(_finite(fold(word.text), lex) for word in right[1:])
    return past_participle(right[0].text, lex) and later
