"""The noun phrase a relative pronoun ("qui", "who") stands for, read back from the pronoun:
the nearest determiner that does not open a complement, a whole proper name, or the name a
description is apposed to ("…by Jane Doe, a professor at Yale, who says…"). The relative
clauses the subject walker of ``around_cue`` reads with it (set off by commas, closing a clause,
an English *that*, the member of a group) are ``relative_clauses.py``."""

from __future__ import annotations

import re

from quizapp.draft.shapes.detect.view import SentenceView
from quizapp.draft.speakers.speaker_checks.can_speak import speaking_noun
from quizapp.draft.text.segment import Span, Token
from quizapp.draft.text.sentence.apposition import NAME_ASIDE
from quizapp.draft.words.lexicon import Lexicon, fold

_QUOTE_MARKS = {'"', "«", "»", "“", "”", "„"}


def antecedent(view: SentenceView, relative: int) -> Span | None:
    """The noun phrase a relative "qui" / "who" stands for: the one just before it.

    Read from the right: the nearest determiner that does not open a complement ("de la…").
    """
    window, end = _window_before(view, relative)
    words = [fold(t.text) for t in window]
    openers = view.lex.word_sets("vague_determiners", "anonymous_determiners", "antecedent_openers")
    index = len(window) - 1
    while index >= 0:
        before = _word_before(words, index, view.lex)  # "…dans le Val-de-Marne, qui"
        opens = _opens_phrase(view, words, index, openers, before)
        lower = index + 1 < len(window) and window[index + 1].text[:1].islower()
        if view.lex.language == "en" and lower and _bare_after_preposition(words, index, openers):
            return (window[index + 1].start, end)  # "criticism from rights groups, who"
        if " ".join(words[index : index + 2]) in openers or opens:
            return (_apposed_name_start(view, window[index].start), end)
        if window[index].text[:1].isupper() and before not in _complement(view.lex):
            return (_qualified_noun_start(view, window, index), end)
        index -= 1
    return None


def _window_before(view: SentenceView, relative: int) -> tuple[list[Token], int]:
    """The last 24 tokens before the relative (quotation marks aside, an age in apposition
    left out: « X, 45 ans, qui »; in English a short aside in brackets after a name, as
    ``apposed_subject`` sets it aside before an apposition: "Liz Terry (Labour), who…")
    and where the antecedent may end."""
    end = relative
    while end > view.span[0] and view.text[end - 1] in " ,":
        end -= 1
    end = _before_name_aside(view, end)
    window = [t for t in view.tokens if t.end <= end and t.text not in _QUOTE_MARKS][-24:]
    if aged := _age_apposition(view, window):
        window = window[:-aged]
        end = window[-1].end
    return window, end


def _before_name_aside(view: SentenceView, end: int) -> int:
    """Where the words before ``end`` end once a short aside in brackets closing them after a
    capitalised word is set aside (mend40a: "Liz Terry (Labour), who chairs…" stands for Liz
    Terry, not the party); English only, ``end`` itself otherwise."""
    if view.lex.language != "en":
        return end
    aside = _NAME_ASIDE_AT_END.search(view.text, view.span[0], end)
    return aside.start(1) if aside else end


_NAME_ASIDE_AT_END = re.compile(rf"\b[A-Z][\w'’-]*({NAME_ASIDE})$")


def _word_before(words: list[str], index: int, lex: Lexicon) -> str:
    """The word before ``index``, or the preposition before its article ("du chef de l'Etat":
    still a complement)."""
    before = words[index - 1] if index else ""
    article = before in lex.word_set("definite_articles")
    if article and index > 1 and words[index - 2] in _complement(lex):
        return words[index - 2]
    return before


def _opens_phrase(
    view: SentenceView, words: list[str], index: int, openers: frozenset[str], before: str
) -> bool:
    """Whether the word at ``index`` opens the antecedent: a determiner that opens no
    complement (an indefinite may), none fused with one, or a counted group (« par deux
    associations qui »)."""
    opens = words[index] in openers
    indefinite = words[index] in view.lex.word_set("indefinite_articles")
    opens = opens and (before not in _complement(view.lex) or indefinite)
    opens = opens and not _fused_complement(view, words, index)
    return opens or _counted(view, words, index, before)


def _qualified_noun_start(view: SentenceView, window: list[Token], index: int) -> int:
    """Where the antecedent ending on a capitalised word starts. In French a name right
    after a lower-case noun of a person, a body or a group, with no determiner between,
    qualifies that noun (« candidate EELV », « les élus PS », « du syndicat Sud »): the
    antecedent is the noun phrase with its determiner, or, when the noun opens an
    apposition after a comma (« Anne Roy, candidate EELV, qui », « X, de la fédération Y,
    qui »), the name before the comma (subjects35); else the name itself, whole."""
    noun = window[index - 1].text if index else ""
    french = view.lex.language == "fr" and index >= 2
    if not (french and noun.isalpha() and noun.islower() and speaking_noun(fold(noun), view.lex)):
        return _name_start(view, window, index)
    at = index - 2  # the noun's determiner, « de » before it, then the apposition's comma
    determiner = fold(window[at].text) in view.lex.word_set("determiners")
    back = at - (1 if determiner else 0)
    back -= (
        1 if determiner and back >= 0 and fold(window[back].text) in _complement(view.lex) else 0
    )
    if back >= 1 and window[back].text == "," and window[back - 1].text[:1].isupper():
        return _name_start(view, window, back - 1)
    return window[at].start if determiner else _name_start(view, window, index)


def _name_start(view: SentenceView, window: list[Token], index: int) -> int:
    """Where a capitalised antecedent starts: the whole name ("Dr Emily Carter, who…", not
    its last word), its abbreviated title, or the name before its description ("Jane Roe,
    Acme's head of housing, who": Jane Roe)."""
    last = index
    while index and window[index - 1].text[:1].isupper() and window[index - 1].text[1:2]:
        index -= 1
    index -= 2 if _abbreviated_title(view, window, index) else 0
    described = last < len(window) - 1 or window[last].text.endswith(("'s", "’s"))
    start = window[index].start
    return _apposed_name_start(view, start) if described else start


def _abbreviated_title(view: SentenceView, window: list[Token], index: int) -> bool:
    """« selon M. Vaills, qui estime… »: a title written with a period, two tokens (« M »,
    « . »), before the name opens it; the name alone (« Vaills ») was another speaker than
    the « M. Vaills » of the same sentence (teacher16)."""
    if index < 2 or window[index - 1].text != ".":
        return False
    return fold(window[index - 2].text + ".") in view.lex.word_set("titles")


def _age_apposition(view: SentenceView, window: list[Token]) -> int:
    """How many tokens end the window as an age set off after a name (« M. Vaills, 63 ans,
    qui estime… »: 3): the age is no antecedent, the name before it is; read as a counted
    noun phrase, « 63 ans » had been the speaker, a vague « ans » (teacher16)."""
    words = [fold(t.text) for t in window[-3:]]
    if len(words) < 3 or words[0] != "," or words[2] not in view.lex.word_set("age_words"):
        return 0
    return 3 if words[1].isdigit() and len(window) > 3 and window[-4].text[:1].isupper() else 0


def _counted(view: SentenceView, words: list[str], index: int, before: str) -> bool:
    """A number opening the antecedent (« deux associations », "12 officials") when no
    determiner stands before it (« les 130 foyers » opens on « les ») nor a complement."""
    number = words[index].isdigit() or words[index] in view.lex.word_set("number_words")
    determiners = view.lex.word_set("determiners")
    return number and before not in determiners and before not in _complement(view.lex)


_NAME_BEFORE_APPOSITION = re.compile(r"(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+,\s*$")


def _apposed_name_start(view: SentenceView, start: int) -> int:
    """ "…by Jane Doe, a professor at Yale, who says…": the description in apposition
    stands for the name before it, which the relative clause is about."""
    if view.lex.language != "en":
        return start
    found = _NAME_BEFORE_APPOSITION.search(view.text, view.span[0], start)
    if found is None or found.end() != start or found.group().split()[0] in _EN_NOT_NAMES:
        return start
    place = re.search(
        r"\b(?:in|at|from|near|of|across|outside|inside)\s+$", view.text[: found.start()]
    )
    return start if place else found.start()  # "in London, a spokesman, who": a place


_EN_NOT_NAMES = {"The", "A", "An", "In", "On", "At", "But", "And", "However", "Meanwhile"}


def _complement(lex: Lexicon) -> frozenset[str]:
    """The prepositions after which a noun is in a complement or a setting, not the
    relative's antecedent (lexicon ``antecedent_prepositions``: « dans le Val-de-Marne, qui »)."""
    return lex.word_set("antecedent_prepositions")


def _fused_complement(view: SentenceView, words: list[str], index: int) -> bool:
    """« la fédération des pharmaciens, qui »: French « des » / « du » after a determiner and
    a noun is « de » + article, a complement of that noun, not the determiner the relative
    stands for (« a rencontré des élus, qui »: after a verb, it is); so after a noun of a
    person or a body opening an apposition (« X, présidente des parents d'élèves, qui »:
    X, read further back; subject43)."""
    if view.lex.language != "fr" or words[index] not in {"des", "du"} or index < 2:
        return False
    noun = words[index - 1]
    if words[index - 2] == "," and noun.isalpha() and speaking_noun(noun, view.lex):
        return True  # « X, représentante des parents d'élèves, qui »: an apposition's noun
    return noun.isalpha() and words[index - 2] in view.lex.word_set("determiners")


def _bare_after_preposition(words: list[str], index: int, openers: frozenset[str]) -> bool:
    """A preposition before a noun group with no determiner ("from rights groups"): the
    group is the antecedent, not the clause the preposition hangs on."""
    following = words[index + 1 : index + 2]
    return (
        words[index] in {"from", "by", "with", "among", "including", "for", "to"}
        and bool(following)
        and following[0] not in openers
        and following[0].isalpha()
    )
