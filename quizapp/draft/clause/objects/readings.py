"""Readings of a reporting verb's object words, for detect/object_clause (recall9c): a
reflexive opinion verb before a measure (« s'estime à deux millions »), a clitic object before
a verb of judging with an adjective after it (« l'a déclarée discriminatoire »), a word for
the people told before a colon (« tient à rassurer les éleveurs : « … » »), a short
quotation of the speaker's own word in the object (« vantaient la « liberté d'expression » »),
and the one adjective a reflexive « se dire » gives its subject (« se dit sereine », verbs51)."""

from __future__ import annotations

import re

from quizapp.draft.reporting.cue_forms.object_senses import measure_openings
from quizapp.draft.reporting.cue_forms.verb_forms import infinitives
from quizapp.draft.reporting.cues import Cue
from quizapp.draft.shapes.detect.content_bounds import object_end
from quizapp.draft.shapes.detect.view import SentenceView, reflexive, strip_span
from quizapp.draft.shapes.passives.passive_lexicon import listed_forms, opinion_adjective
from quizapp.draft.text.segment import Span
from quizapp.draft.words.folding import ment_adverb
from quizapp.draft.words.lexicon import (
    Lexicon,
    built_once,
    fold,
    folded_words,
    listed_verb_forms,
    people_nouns,
)


def measured(view: SentenceView, words: list[str], bare: str, said: str) -> bool:
    """A reflexive opinion verb whose reflexive is also a passive of measure (lexicon
    reflexive_measures: « s'estiment lésés » reports, « s'estime à deux millions » does not),
    its object opening with one of the measure's prepositions; so does a verb that also
    measures or points in any form (lexicon plain_measures: « a pointé l'absence de… »
    reports, « le chômage pointe à 8 % », « pointent vers le loup » do not), or that points
    with a gesture (« Il pointe la carte du doigt »: lexicon gesture_tails)."""
    plain = measure_openings(view.lex, "plain_measures")
    key = "reflexive_measures" if reflexive(words[0], view.lex) else "plain_measures"
    opening = measure_openings(view.lex, key).get(bare) or plain.get(bare)
    unquoted = _OPENING_MARK.sub("", said, count=1)  # « dit "non" à » is « dit non à »
    if opening is not None and opening.match(unquoted) is not None:
        return True
    tail = fold(said.rstrip(" .!?…"))
    return bare in plain and any(tail.endswith(end) for end in view.lex.words("gesture_tails"))


_OPENING_MARK = re.compile(r"^\s*[«“\"]\s*")


def clitic_judgement(view: SentenceView, cue: Cue, bare: str, start: int) -> bool:
    """ "le Tribunal l'a déclarée discriminatoire", "les syndicats l'avaient jugée trop timide": a
    clitic object before a verb of judging (lexicon clitic_judging_verbs) and an adjective of
    opinion after it, which is what the subject said of what the clitic takes up."""
    before = fold(view.tokens[cue.first - 1].text) if cue.first > 0 else ""
    judging = bare in listed_forms(view.lex, "clitic_judging_verbs")
    if before not in view.lex.word_set("direct_object_clitics") or not judging:
        return False
    return opinion_adjective(view, strip_span(view.text, (start, object_end(view, start))))


def self_described(
    view: SentenceView, cue: Cue, verb_words: list[str], bare: str, content: Span
) -> bool:
    """« Gaëlle X se dit sereine », « le maire s'est dit soulagé »: a reflexive verb of
    saying oneself (lexicon self_describing_verbs) gives what its subject says of its own
    state in the attribute after it, so one adjective is said, where an object needs more
    words to be (verbs51): an adjective, a degree adverb before it or not. Not an adverb
    alone nor a complement (« cela se dit souvent », « se dit rarement en Bretagne »: a
    passive of a word said), nor a word of place or manner (« ça se dit partout », « ce mot
    se dit ici »), nor after a subject that is no person (« ça », « cela », « on »: mend51b)."""
    if not verb_words or not reflexive(verb_words[0], view.lex):
        return False
    if bare not in listed_verb_forms(view.lex, "self_describing_verbs"):
        return False
    words = fold(view.text[content[0] : content[1]]).split()
    if not 1 <= len(words) <= 2 or not all(_adverb(w, view.lex) for w in words[:-1]):
        return False  # « Ce mot se dit rarement en Bretagne »: no adjective after an adverb
    return _said_state(view.lex, words[-1]) and not _unpersonal_subject(view, cue)


def _said_state(lex: Lexicon, word: str) -> bool:
    """``word`` reads as an adjective or a participle a person says of itself: it ends like
    one (lexicon self_described_endings: « sereine », « soulagé », « inquiet ») and is no
    adverb (lexicon self_described_adverbs: « partout », « mieux »), no function word and no
    word two people exchange (« se disant bonjour »: lexicon exchanged_words)."""
    if _adverb(word, lex) or word in lex.raw_set("function_words"):
        return False
    if word in lex.word_sets("exchanged_words", "self_described_adverbs"):
        return False
    return word.endswith(tuple(lex.words("self_described_endings")))


def _unpersonal_subject(view: SentenceView, cue: Cue) -> bool:
    """The word before the reflexive verb (past a « ne » and the reflexive) is a subject that
    is no person (lexicon self_described_unpersonal: « ça se dit », « cela se dit », « on se
    dit »)."""
    at = cue.first - 1
    while at >= 0 and (
        fold(view.tokens[at].text) in ("ne", "n'") or reflexive(view.tokens[at].text, view.lex)
    ):
        at -= 1
    before = fold(view.tokens[at].text) if at >= 0 else ""
    return before in view.lex.word_set("self_described_unpersonal")


def _adverb(word: str, lex: Lexicon) -> bool:
    degree = lex.word_sets("adverbs_between", "degree_adverbs", "manner_degree_words")
    return ment_adverb(word) or word in degree


# A past infinitive after its object pronoun, negated or not (« l'avoir vu », « les avoir
# reçus », « ne pas lui avoir parlé », « n'en avoir jamais entendu »): words said.
CLITIC_INFINITIVE = (
    r"(?:ne\s+(?:pas\s+|jamais\s+)?)?(?:l['’]|les\s+|lui\s+|leur\s+|en\s+|y\s+|n['’](?:en|y)\s+)"
    r"(?:avoir|être)\s+(?:(?:jamais|pas|rien|déjà|bien|toujours|plus)\s+)?"
    r"\w+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites|ert|erte|erts|ertes)\b"
)  # not « souhaitant en avoir le cœur net »: a past participle follows


def people_word(lex: Lexicon, word: str) -> bool:
    """A word for people (« les éleveurs », « les habitants »): whom a verb addresses before a
    colon, not what it reports (the nouns of lexicon ``people_word_lists``, singular or
    plural alike)."""
    return word.removesuffix("s") in people_nouns(lex, "people_word_lists")


def said_infinitive(lex: Lexicon, said: str) -> bool:
    """A verb of speech only before an infinitive of stance or intent (lexicon
    said_infinitives, adverbs between): « assure désormais œuvrer à sa refondation », « a
    assuré vouloir rester »: the subject says what it wants or does."""
    words = folded_words(said)[:4]
    return bool(words) and words[_past_adverbs(lex, words)] in lex.word_set("said_infinitives")


def _past_adverbs(lex: Lexicon, words: list[str]) -> int:
    """Where the first word after the adverbs of lexicon adverbs_between (or in -ment) is,
    the last word at most: the infinitive a verb of speech takes may follow them."""
    adverbs = lex.word_set("adverbs_between")
    at = 0
    while at < len(words) - 1 and (fold(words[at]) in adverbs or ment_adverb(words[at])):
        at += 1
    return at


def declared_infinitive(lex: Lexicon, form: str, said: str) -> bool:
    """A verb of declaring (lexicon declaring_infinitive_verbs) before any bare infinitive,
    adverbs between: « assure gérer le chantier », « nous a confié vivre un calvaire ». The
    infinitive shares the verb's subject, so it can only be what that subject says of itself
    (recall32); a verb of wish is not listed: « souhaite relocaliser » tells an intent."""
    if form not in listed_forms(lex, "declaring_infinitive_verbs"):
        return False
    words = said.replace("'", "' ").replace("\u2019", "' ").split()[:4]
    word = words[_past_adverbs(lex, words)] if words else ""
    return word.isalpha() and word.islower() and infinitive_of_a_verb(lex, fold(word))


def infinitive_of_a_verb(lex: Lexicon, word: str) -> bool:
    """A verb's infinitive: one the lexicon knows (its verbs, said_infinitives), or an unknown
    word ending as only an infinitive does (``unknown_verb_endings`` infinitive_only: -er,
    -ir), not one of ``infinitive_lookalikes``. An unknown word in -re must end as a verb of
    ``re_infinitive_endings`` does (« vivre », « comprendre »): the ending is a noun's or a
    number's as often (« ajoute sucre et… », « a ajouté quatre millions », review32)."""
    if word in _known_infinitives(lex):
        return True
    endings = tuple(lex.raw.get("unknown_verb_endings", {}).get("infinitive_only", []))
    endings += tuple(lex.words("re_infinitive_endings"))
    lookalike = word in lex.word_set("infinitive_lookalikes")
    return len(word) > 3 and word.endswith(endings) and not lookalike


@built_once
def _known_infinitives(lex: Lexicon) -> frozenset[str]:
    """The infinitives the lexicon lists: its verbs and said_infinitives."""
    return infinitives(lex) | lex.word_set("said_infinitives")


def own_word_object(view: SentenceView, start: int) -> bool:
    """A French object holding, within its first words, a short quotation of the speaker's own
    word for a thing (« vantaient la « liberté d'expression » de… », « s'est félicité du
    « départ réussi » », « une grève que les syndicats estiment « réussie » »): a mixed
    attribution, whatever the verb's usual objects (split31). Not a quoted title or name (a
    capital), not a quoted clause or the article's own word for the matter (lexicon
    own_word_stops: « j'aurais dit « je sais » », « évoquer « cette polémique » »), not
    someone else's words (« reprenant les propos d'une « source » »: speech_nouns), not a word
    talked about as a word (« ont ri au mot de « lâche » »: word_mention_nouns)."""
    if view.lex.language != "fr":
        return False
    return any(_own_word(view, start, quote) for quote in view.quotes if quote[0] >= start)


def _own_word(view: SentenceView, start: int, quote: Span) -> bool:
    before = folded_words(view.text[start : quote[0]])
    others = view.lex.word_sets("speech_nouns", "word_mention_nouns")
    if len(before) > _OWN_WORD_LEAD or not others.isdisjoint(before):
        return False
    inside = _inside(view.text, quote)
    words = folded_words(inside)
    if not 1 <= len(words) <= _OWN_WORD_LENGTH or not inside[:1].islower():
        return False
    return words[0] not in view.lex.word_set("own_word_stops")


_OWN_WORD_LEAD = 4  # « a interpellé le ministre sur la « situation critique » »
_OWN_WORD_LENGTH = 6  # longer, a statement the other shapes read (4 words: two keys fewer)


def quoted_head(view: SentenceView, start: int) -> bool:
    """A French object whose first quotation is a single word with at most its determiner
    before it (« défend son « titre » »): the marks only stress the object's head, so the
    verb's usual objects still decide whether it reports, not ``own_word_object`` (review of
    split31; two words or more inside the marks: two keys fewer over the corpus)."""
    quote = next((quote for quote in view.quotes if quote[0] >= start), None)
    if quote is None:
        return False
    return (
        len(folded_words(_inside(view.text, quote))) == 1
        and len(folded_words(view.text[start : quote[0]])) <= 1
    )


def _inside(text: str, quote: Span) -> str:
    """The words within a quotation's marks, the marks and spaces around them left out."""
    return text[quote[0] + 1 : quote[1] - 1].strip(' «»“”"')
