"""The name in a source phrase, as the resolver (``quizapp.draft.pipeline.resolve``) reads it: a
name set off by a description (« Traoré, président de la transition ») is that name alone, a name
may come with words that say who it is, and « la Mayennaise » names a person by where they live.

Kept apart from the resolver so that it reads as the order of its cases, not as the text
patterns each case needs.
"""

from __future__ import annotations

import re

from quizapp.draft.names.naming.places import ends_like_inhabitant, outlet_words
from quizapp.draft.sources.head_words import phrase_gender
from quizapp.draft.sources.labels import CLOSING_NAME_WORDS
from quizapp.draft.text.segment import Span
from quizapp.draft.words.lexicon import Lexicon, built_once, fold, folded_words

_OPENING_NAME = re.compile(  # "Jean Traoré", "Ursula von der Leyen"
    r"([A-ZÀ-Ý][\w'’-]+(?:\s+(?:(?:de|du|van|von|der|le|la)\s+)?[A-ZÀ-Ý][\w'’-]+){0,3})"
)
_APPOSED = re.compile(r"\s*(?:,\s*(?:[a-zà-ÿ]|\d)|\()")  # ", pêcheur", ", 54 ans", "(LR)"


def inhabitant_gender(phrase: str, span: Span, at: int, lex: Lexicon) -> str | None:
    """« …, sourit la Mayennaise », « …, ajoute le Lyonnais », « …, indique cette Auxerroise »:
    after its cue (``at``), a person named by where they live, behind a definite article or
    a demonstrative (lexicon ``taking_up_determiners``: a demonstrative never opens a proper
    name); the gender its determiner gives (« l' » none), None for no such noun."""
    found = _inhabitant(lex).fullmatch(phrase.strip())
    if found is None or span[0] < at or not _inhabitant_word(found.group(2), lex):
        return None
    countries = lex.word_set("nationality_country_names")  # « la Suisse »: the country
    if fold(found.group(1)) != "le" and fold(found.group(2)) in countries:
        return None
    return phrase_gender([fold(found.group(1))], lex)


@built_once
def _inhabitant(lex: Lexicon) -> re.Pattern[str]:
    """A determiner that takes someone up, then one capitalised word (its ending: lexicon)."""
    return re.compile(rf"({lex.one_of('taking_up_determiners')})\s*([A-ZÀ-Ý][a-zà-ÿ-]+)")


def _inhabitant_word(word: str, lex: Lexicon) -> bool:
    """« Mayennaise », « Lyonnais », « Toulousain » (lexicon endings); never an outlet
    (« le Républicain »), and never « le Kremlin » or « l'Argentine » (no such ending)."""
    folded = fold(word)
    return folded not in outlet_words(lex) and ends_like_inhabitant(folded, lex)


def apposition_head(text: str, phrase: str, span: Span, lex: Lexicon) -> tuple[str, Span]:
    """ "Traoré, président de la transition au Burkina": a source opening with a name set
    off by a comma and a description is that name; the names in the description (a
    place, a body) are not the speaker's, even when met before."""
    head = _OPENING_NAME.match(text, span[0], span[1])
    if head is None or head.group(1).split()[0] in lex.raw_set("function_words"):
        return phrase, span
    if not _APPOSED.match(text, head.end(1)):
        return phrase, span
    return head.group(1), (span[0], head.end(1))


# « l'avocate de X Sport, Me Julie Y »: a description opening on a small letter, then the
# name set off by its last comma, to the end of the phrase
_CLOSING_NAME = re.compile(r"[a-zà-ÿ].*,\s*(" + CLOSING_NAME_WORDS + r")\s*")


def closing_name(text: str, span: Span) -> Span:
    """Where to look for the speaker's name in a source: a description followed by the name
    of the one it describes (« l'avocate du comité de X Sport, Me Julie Y », « le directeur
    du service de la Région, Paul Z ») speaks as that name, not as a name inside the
    description, however the two rank (apposed29); any other source, the whole span."""
    found = _CLOSING_NAME.fullmatch(text, span[0], span[1])
    return (found.start(1), span[1]) if found else span


def introduced(text: str, phrase: str, mention: Span) -> bool:
    """The name comes with words that say who it is: before it in the source phrase
    (« le député X »), or set off after it (« X, pêcheur, », « X (LR) »)."""
    before = phrase.split(text[mention[0] : mention[1]])[0]
    return any(w[:1].islower() for w in before.split()) or bool(_APPOSED.match(text, mention[1]))


def qualified_name(phrase: str, lex: Lexicon) -> str | None:
    """ "a low-key Ball", "An emotional Dwight Ball", « un Macron offensif »: an indefinite
    article, a name and a few words saying how the person seemed; the name alone (None for
    any other phrase). News writing so describes a person already named; the article makes
    the phrase look like an unnamed someone. No preposition between (« a lawyer for Smith »,
    « une Macron de la famille »: someone else)."""
    phrase = phrase.strip()
    found = _QUALIFIED_BEFORE.fullmatch(phrase) or _QUALIFIED_AFTER.fullmatch(phrase)
    if found is None:
        return None
    words = folded_words(found.group("how"))
    if any(w in lex.word_sets("non_noun_openers", "complement_marks") for w in words):
        return None
    return found.group("name")


_NAME = r"(?P<name>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?)"
_QUALIFIED_BEFORE = re.compile(r"(?:[Aa]n?)\s+(?P<how>(?:[a-z][\w-]*\s+){1,3})" + _NAME)
_QUALIFIED_AFTER = re.compile(r"(?:[Uu]ne?)\s+" + _NAME + r"(?P<how>(?:\s+[a-zà-ÿ][\w-]*){1,3})")
