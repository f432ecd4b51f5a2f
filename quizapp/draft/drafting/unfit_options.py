"""Speakers no "who said this?" should offer as a wrong answer beside the others (ui41, from
round 40's walk-through).

A document, a study or figures (« le rapport », « les chiffres de l'Insee », "The survey") is
a real source of the article, given by « selon … » or "according to …", but beside people it
is no speaker a student could sensibly pick for words said aloud: the option is ruled out at
a glance and the question has one choice less. A body and the person at its head (« la
mairie », « le maire »; « la préfecture », « le préfet ») are two options a student cannot
tell apart: side by side as wrong options, either may be the one meant, and the body of the
right person (or the head of the right body) offered as wrong is arguably right. So too a
group and the person the article ties to it as its voice (ui43: « L'opposition municipale »
and « Son chef de file, Marc Dubreuil »). The words are the lexicon's
(``unspeaking_head_lists``, ``unspeaking_heads``, ``body_head_pairs``, ``voiced_groups``,
``group_voice_nouns``, ``group_voice_links``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from quizapp.draft.analysis import sentence_stops
from quizapp.draft.findings import Span
from quizapp.draft.names.titles.descriptions import singular
from quizapp.draft.text.segment import sentences
from quizapp.draft.text.word_patterns import WORD_FROM_LETTER
from quizapp.draft.words.folding import folded_words, past_elision
from quizapp.draft.words.lexicon import Lexicon, built_once, fold

_BOUND = '\n.;:!?«»"()'
_APPOSED_BEFORE = re.compile(rf"([^{_BOUND},]{{1,60}}),\s*$")  # « Son chef de file, » X
_APPOSED_AFTER = re.compile(rf"\s*,\s*([^{_BOUND},]{{1,80}})")  # X, « présidente de … »


class Apposed(NamedTuple):
    """A phrase set beside a speaker's mention. One that opens on a possessive (« Son chef de
    file, Marc Dubreuil ») keeps the words past the possessive and, as ``owner``, the sentence
    before, where the group it belongs to is named (« L'opposition municipale dénonce … »):
    kept apart, so that only the phrase is read for the speaker's own office or voice noun,
    and only the owner for the group (mend43d)."""

    phrase: str
    owner: str = ""


Form = str | Apposed  # how the article names a speaker: a mention, or a phrase set beside one


def _phrase(form: Form) -> str:
    """The words of a form that describe the speaker itself (an apposition without its owner)."""
    return form.phrase if isinstance(form, Apposed) else form


@built_once
def _unspeaking(lex: Lexicon) -> frozenset[str]:
    """The folded heads of a document, a study or figures, from the lists the lexicon names."""
    lists = lex.raw.get("unspeaking_head_lists", [])
    return lex.word_sets("unspeaking_heads", *lists)


def head_word(speaker: str, lex: Lexicon) -> tuple[str, bool]:
    """The first word of a speaker past its determiners, possessive nouns ("the council's")
    and the adjectives that may stand before a document's noun (« le dernier rapport », "its
    own figures"), folded; and whether it is written with a capital past the speaker's first
    word (« La Lettre A », "The Post": a name, not a document)."""
    skipped = lex.word_sets("determiners", "unspeaking_skipped_words")
    for at, word in enumerate(WORD_FROM_LETTER.findall(speaker.replace("’", "'"))):
        folded = fold(word)
        if folded.endswith("'s"):
            continue
        folded, word = past_elision(folded), past_elision(word)  # « l'étude »
        if folded and folded not in skipped:
            return folded, bool(at) and word[:1].isupper()
    return "", False


def unspeaking(speaker: str, lex: Lexicon) -> bool:
    """A speaker whose head names a document, a study or figures, not a person or a body."""
    head, named = head_word(speaker, lex)
    if not head or named:
        return False
    return head in _unspeaking(lex) or singular(head) in _unspeaking(lex)


@built_once
def _pairs(lex: Lexicon) -> tuple[tuple[tuple[str, ...], frozenset[str]], ...]:
    """Each body's folded words and the folded heads of the person at its head."""
    pairs = lex.raw.get("body_head_pairs", {})
    return tuple(
        (tuple(fold(body).split()), frozenset(fold(h) for h in heads))
        for body, heads in pairs.items()
    )


def _words(text: str) -> list[str]:
    """The folded words of a speaker, a curly apostrophe read as a straight one and figures
    left out, so « l’adjoint » and « l'adjoint » compare with the lexicon's bodies alike."""
    return [fold(word) for word in WORD_FROM_LETTER.findall(text.replace("’", "'"))]


def _body_heads(speaker: str, lex: Lexicon) -> frozenset[str]:
    """The heads of the body a speaker opens on (« la mairie de Vernac »: maire, édile…)."""
    determiners = lex.word_set("determiners")
    words = [past_elision(w) for w in _words(speaker) if w not in determiners]
    for body, heads in _pairs(lex):
        if tuple(words[: len(body)]) == body:
            return heads
    return frozenset()


def _held(mentions: Iterable[Form], lex: Lexicon) -> frozenset[str]:
    """The heads a speaker's words hold as its own office, not after a preposition (« le
    maire », « Jean Roux, maire de Vernac », not « l'adjoint au maire »)."""
    heads = frozenset().union(*(heads for _, heads in _pairs(lex)))
    after = lex.word_sets(
        "complement_prepositions", "contracted_articles", "office_complement_contractions"
    )
    found: set[str] = set()
    for mention in mentions:
        words = _words(_phrase(mention))
        for at in range(len(words)):
            for size in (2, 1):  # « district attorney », « maire »
                phrase = " ".join(words[at : at + size])
                if phrase in heads and (at == 0 or words[at - 1] not in after):
                    found.add(phrase)
    return frozenset(found)


def body_and_head(one: Iterable[Form], other: Iterable[Form], lex: Lexicon) -> bool:
    """Two speakers, each given by its forms in the article (``one``, ``other``: the form an
    option shows first), one a body and the other the person at its head: « la mairie » and
    « le maire » or « Jean Roux, maire de Vernac »; "the ministry" and "the minister"."""
    return tied(ties(one, lex), ties(other, lex), lex)


class Ties(NamedTuple):
    """What ``body_and_head`` reads of one speaker's forms, read once per speaker: a long
    article's options compared 37,000 pairs, reading both speakers' forms again at each
    (cancel56). ``group``: its group noun and own words when it is a group."""

    forms: list[Form]
    heads: frozenset[str]  # the heads of the body its first form opens on
    held: frozenset[str]  # the heads its forms hold as its own office
    group: tuple[frozenset[str], frozenset[str]]


def ties(forms: Iterable[Form], lex: Lexicon) -> Ties:
    forms = list(forms)
    first = _phrase(forms[0])
    return Ties(forms, _body_heads(first, lex), _held(forms, lex), _group_words(first, lex))


def tied(one: Ties, other: Ties, lex: Lexicon) -> bool:
    """``body_and_head`` of two speakers read once each: a body and its head, or a group and
    its voice, either way round (``group_and_voice``)."""
    return bool(
        (one.heads & other.held)
        or (other.heads & one.held)
        or _voiced(one, other, lex)
        or _voiced(other, one, lex)
    )


def _voiced(group: Ties, person: Ties, lex: Lexicon) -> bool:
    nouns, own = group.group
    return bool(nouns) and _speaks_for(person.forms, nouns, own, lex)


def appositions(text: str, span: Span, lex: Lexicon) -> list[Apposed]:
    """The appositions around a speaker's mention ``span`` of ``text``: the phrase before it
    up to a comma (« Son chef de file, Marc Dubreuil ») and the one after it (« Nadia Benali,
    présidente de l'association des parents d'élèves »), each within its clause. The mention
    the drafter keeps is often the name alone; the tie to a group or a body is in these. A
    phrase before that opens on a possessive keeps the words it is followed by, and the
    sentence before as its owner (« … chef de file » of « L'opposition municipale dénonce … »)."""
    before = _APPOSED_BEFORE.search(text, max(0, span[0] - 62), span[0])
    after = _APPOSED_AFTER.match(text, span[1])
    found = [Apposed(match.group(1).strip()) for match in (before, after) if match]
    if before and found:
        words = found[0].phrase.split()
        owners = lex.word_sets("tie_possessives", "possessive_determiners")
        at = max((i for i, word in enumerate(words[:-1]) if fold(word) in owners), default=-1)
        if at >= 0:
            owner = _sentence_before(text, before.start(1), lex)
            found[0] = Apposed(" ".join(words[at + 1 :]), owner)
    return found


def _sentence_before(text: str, at: int, lex: Lexicon) -> str:
    """The text from the start of the sentence before ``at`` up to ``at``, cut as the drafter
    cuts sentences (``segment.sentences`` with the lexicon's abbreviations: « M. Dubreuil »
    ends none). Quotations are not given: a stop inside one cuts the owner's sentence short,
    as it did before."""
    start = max(0, at - 400)
    cuts = sentences(text, (start, min(len(text), at + 80)), [], sentence_stops(lex))
    holding = next((i for i, (_, end) in enumerate(cuts) if end > at), len(cuts))
    return text[cuts[holding - 1][0] if holding > 0 else start : at]


@built_once
def _voice_nouns(lex: Lexicon) -> dict[str, list[tuple[str, ...]]]:
    """The nouns of one who speaks for a group, as word tuples filed under their first word
    (each position of a speaker's words tries only its own: cancel56), the longest first."""
    nouns = {tuple(folded_words(noun)) for noun in lex.raw.get("group_voice_nouns", [])}
    filed: dict[str, list[tuple[str, ...]]] = {}
    for noun in sorted((noun for noun in nouns if noun), key=len, reverse=True):
        filed.setdefault(noun[0], []).append(noun)
    return filed


def _voices_at(words: list[str], lex: Lexicon) -> list[tuple[int, int]]:
    """Where ``words`` hold a voice noun: (start, end) of each."""
    nouns = _voice_nouns(lex)
    return [
        (at, at + len(noun))
        for at, word in enumerate(words)
        for noun in nouns.get(word, ())
        if tuple(words[at : at + len(noun)]) == noun
    ]


def _group_words(speaker: str, lex: Lexicon) -> tuple[frozenset[str], frozenset[str]]:
    """A speaker that is a group (« L'opposition municipale », "Westby Town Council"): its
    group noun and its own words past determiners and links. The group noun must be the
    head, first in French, last before a link in English: « Sylvie, membre du collectif »
    and "A council official" are people; so is one who speaks for a group (« la présidente
    de l'association »)."""
    links = lex.word_sets("group_voice_links", "complement_prepositions", "contracted_articles")
    skipped = links | lex.word_set("determiners")
    words = [w for w in folded_words(re.sub(r"\([^)]*\)", " ", speaker)) if w not in skipped]
    if not words or _voices_at(words, lex):
        return frozenset(), frozenset()
    if lex.language == "en":
        cut = folded_words(speaker)
        cut = cut[: next((i for i, w in enumerate(cut) if w in links), len(cut))]
        head = next((w for w in reversed(cut) if w not in skipped), "")
    else:
        head = words[0]
    if head not in lex.word_set("voiced_groups"):
        return frozenset(), frozenset()
    return frozenset({head}), frozenset(words)


def _speaks_for(
    mentions: Iterable[Form], nouns: frozenset[str], own: frozenset[str], lex: Lexicon
) -> bool:
    """Whether a mention makes its speaker the voice of the group: a voice noun, a link
    and the group by all its words (« chef de file de L'opposition municipale »), or by its
    noun alone, unqualified (« porte-parole du syndicat », « président du syndicat qui … »);
    or the group's noun before the voice noun ("opposition leader"). A possessive phrase
    ending on its voice noun (« Son chef de file ») names its group in its owner."""
    for mention in mentions:
        words = folded_words(_phrase(mention))
        for start, end in _voices_at(words, lex):
            if start > 0 and words[start - 1] in nouns:
                return True
            window = _after_voice(words, end, mention, lex)
            if window is not None and _names_group(window, nouns, own, lex):
                return True
    return False


def _after_voice(words: list[str], end: int, mention: Form, lex: Lexicon) -> list[str] | None:
    """The words that may name the group of a voice noun ending at ``end``: those past the
    link that follows it, or the owner of a possessive phrase the noun ends; None without."""
    if end < len(words) and words[end] in lex.word_set("group_voice_links"):
        return words[end + 1 :]
    if end == len(words) and isinstance(mention, Apposed) and mention.owner:
        return folded_words(mention.owner)
    return None


def _names_group(
    window: list[str], nouns: frozenset[str], own: frozenset[str], lex: Lexicon
) -> bool:
    """The words after a voice noun name the group: by all its words, or by its noun among
    the first six, unqualified (``_unqualified``)."""
    if own <= set(window):
        return True
    near = next((at for at, w in enumerate(window[:6]) if w in nouns), None)
    return near is not None and _unqualified(window, near, own, lex)


def _unqualified(window: list[str], at: int, own: frozenset[str], lex: Lexicon) -> bool:
    """The group noun at ``at`` of the words after a voice noun and its link stands alone
    (« du syndicat », « du syndicat qui … »), not narrowed to another group by words the
    group lacks ("of Southend-on-Sea City Council" is not "Essex County Council")."""
    before = set(window[:at]) - lex.word_set("determiners") - own
    after = window[at + 1 : at + 2]
    return not before and (not after or after[0] in lex.word_set("group_voice_enders"))


def group_and_voice(one: list[Form], other: list[Form], lex: Lexicon) -> bool:
    """One speaker a group, the other the person the article ties to it as its voice (each
    given by its forms, the option's first): « L'opposition municipale » and « Marc Dubreuil,
    chef de file de l'opposition » or « Son chef de file, Marc Dubreuil »."""
    mine, theirs = ties(one, lex), ties(other, lex)
    return _voiced(mine, theirs, lex) or _voiced(theirs, mine, lex)
