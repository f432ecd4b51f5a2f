"""Small readings of a sentence's parts used by the shapes of ``detect/`` and the subject
finders (the recall6 pass): whether a cue has its subject after it, an opening adverbial, the
channel after a source, and the words after « selon X » or « pour X » that show where the claim
is; the complement a clause goes on with after an inserted cue (recall9c). Where narration
before a quotation starts is ``narration.py`` since mend58f."""

from __future__ import annotations

import re

from quizapp.draft.reporting.cues import Cue
from quizapp.draft.shapes.detect.view import SentenceView, strip_span
from quizapp.draft.text.segment import Span, Token
from quizapp.draft.words.lexicon import Lexicon, alternation, built_once, english_verb_words, fold

_COMMA_OR_CLOSE_AT_END = re.compile(r"[,»”\"]\s*$")


@built_once
def adverbial_opening(lex: Lexicon) -> re.Pattern[str]:
    """« Face à ces attaques, X a… », « Si l'Insee n'a pas… »: a word of lexicon
    ``adverbial_openers`` opening what is no subject (English lists none)."""
    return re.compile(rf"(?i)(?:{lex.one_of('adverbial_openers', loose_spacing=True)})\b")


@built_once
def place_or_time_opening(lex: Lexicon) -> re.Pattern[str]:
    """« Au téléphone, », « Mardi soir, »: a preposition of place or time (lexicon
    ``place_time_openers``) or a day of the week (``weekdays``) opening a scene, never a
    concession, a contrast or company (« Malgré les critiques, », « Pendant ce temps, », « Avec
    ses adjoints, »: mend35d). French only: English lists none."""
    return re.compile(
        rf"(?i)(?:{alternation(lex.words('place_time_openers') + lex.words('weekdays'))})"
    )


def past_setting(
    tokens: list[Token],
    first: int,
    within: int,
    lex: Lexicon,
    opening: re.Pattern[str] | None = None,
) -> int:
    """« Dans ces quartiers, les habitants sont obligés… »: where a subject starts past a
    setting that ``opening`` (by default ``adverbial_opening``) opens at ``first`` and a comma
    closes within ``within`` words (``first`` when the words open otherwise, or no comma comes
    before another mark)."""
    opening = opening or adverbial_opening(lex)
    if first >= len(tokens) or not opening.fullmatch(tokens[first].text):
        return first
    for index in range(first + 1, min(len(tokens), first + within)):
        if tokens[index].text == ",":
            return index + 1
        if not tokens[index].text[:1].isalnum():
            return first
    return first


# "l'élu dans son courrier": the channel after the source of an inserted cue
CHANNEL = re.compile(r"\s+(?:dans|sur|lors|devant)\s+(?:son|sa|ses|un|une|le|la|les|l['’])")

# « Pour l'UE cette demande… »: a name opening the sentence after « pour » with no comma,
# then a subject of the claim (a determiner or a subject pronoun) and at least four words
NAME_THEN_CLAUSE = re.compile(
    r"\s*(?:(?:l['’]|le\s|la\s|les\s)\s*)?[A-ZÀ-Ö][\w'’.-]*(?:\s+[A-ZÀ-Ö][\w'’.-]*){0,2}"
    r"(?=\s+(?:cette|ce|cet|ces|le|la|les|l['’]|il|elle|ils|elles|on|c['’])\s*\w+(?:\s+\S+){3})"
)

# « pour la syndicaliste cette réforme… »: a described person after « pour » with no comma,
# then a subject of the claim and at least four words
_DESCRIBED_THEN_CLAUSE = re.compile(
    r"\s*(?:le\s|la\s|l['’])\s*([\w-]+)"
    r"(?=\s+(?:cette|ce|cet|ces|le|la|les|l['’]|il|elle|ils|elles|on|c['’])\s*\w+(?:\s+\S+){3})"
)


def described_then_clause(after: str, lex: Lexicon) -> re.Match[str] | None:
    """The person « pour » names when a description of the lexicon follows it with no comma
    (« pour la syndicaliste cette réforme va… »), or None."""
    found = _DESCRIBED_THEN_CLAUSE.match(after)
    if found is None or fold(found.group(1)) not in lex.word_set("person_descriptions"):
        return None
    return found


_PARTICIPLE_AFTER = re.compile(r"(?:tout\s+)?(?:en\s+)?(\w{3,}ant)\b")
# The endings of a passive participle (« citée », « invités »), one list for the three readers
_PASSIVE_ENDINGS = ("é", "ée", "és", "ées")
_PAST_PARTICIPLE = rf"\s*\w{{3,}}(?:{'|'.join(_PASSIVE_ENDINGS)})"
# "…, selon une source, citée par l'Equipe.": a past participle and its agent describe the source
_RELAYED_BY = re.compile(_PAST_PARTICIPLE + r"\s+par\b")


def inverted(view: SentenceView, cue: Cue) -> bool:
    """A cue after a comma has its subject after it (", a déclaré X, ajoutant…"); one after
    its subject (« Le syndicat a écrit au préfet, mettant en garde… ») leaves it to share."""
    if view.lex.language != "fr":
        return True
    return _COMMA_OR_CLOSE_AT_END.search(view.text[view.span[0] : cue.span[0]]) is not None


def participle_afterthought(following: str, lex: Lexicon) -> bool:
    """ "…, selon X, passant même devant…": a present participle after the phrase adds to
    the claim before it, a past one with its agent (« selon X, citée par l'Equipe ») says
    where X was read (not « pendant », « cependant »…, the lexicon's
    ``participle_lookalikes``, which open a claim)."""
    participle = _PARTICIPLE_AFTER.match(following)
    lookalikes = lex.word_set("participle_lookalikes")
    return (
        (participle is not None and fold(participle.group(1)) not in lookalikes)
        or _RELAYED_BY.match(following) is not None
        or _source_description(following, lex)
    )


def _source_description(following: str, lex: Lexicon) -> bool:
    """ "…, according to Jane Doe, a professor at the university.": an English noun phrase
    with no verb ending the sentence after the source describes it; the claim is before.
    With no article, a noun or two before a complement ("chair of the housing committee":
    lexicon ``open_title_bare_links``), as after a name (titles/open_nouns.py)."""
    phrase = re.match(r"\s*((?:[^,;:.!?\n]|[,.](?=\d))+)(?:[.!?]|\s*$)", following)
    words = phrase.group(1).split() if phrase else []
    if lex.language != "en" or not words:
        return False
    links = lex.word_set("open_title_bare_links")
    bare = words[0][:1].islower() and any(fold(w) in links for w in words[1:3])
    if fold(words[0]) not in lex.word_set("description_determiners") and not bare:
        return False
    verbs = english_verb_words(lex)
    return not any(fold(w) in verbs for w in words)


def complement_after(view: SentenceView, after: int, named: bool = False) -> bool:
    """ "Cela correspond, souligne-t-elle, à un vrai besoin.", "Le chantier coûtera,
    assure-t-il, deux millions d'euros.": after a French cue inserted in a clause, the rest
    of the sentence is a complement of its verb (a preposition of open_title_links or a
    number, then no comma), not a new clause, a filler, a gerund or a relay; nor, after a
    ``named`` subject, the body that person is from (« …, a précisé Paul Roux, de la CGT. »)."""
    if view.lex.language != "fr":
        return False
    rest = view.text[after : view.span[1]]
    if named and _NAME_COMPLEMENT.match(rest):
        return False
    found = _complement(view.lex).match(rest)
    if found is None or re.search(r"[,;:]", rest[found.end() :]):
        return False
    tail = rest[found.start(1) :]
    fillers = view.lex.words("discourse_fillers")
    return not (any(fold(tail).startswith(f) for f in fillers) or _GERUND_OR_NAME.match(tail))


@built_once
def _complement(lex: Lexicon) -> re.Pattern[str]:
    """A comma, perhaps an apposition to the subject, then a preposition or a number. The
    apposition is no day of the week: « …, a reconnu X, mardi à la mairie, à l'encontre
    de… » sets a time, and what follows it is a circumstance, not the verb's complement."""
    words = alternation([*lex.words("open_title_links"), *lex.words("number_words")])
    days = alternation(lex.words("weekdays")) or "(?!)"
    # « souligne X, pharmacienne à Lunel, à … »
    apposition = rf"(?:(?!\s*(?:{days})\b)[^,;:«»“”\"]{{1,80}},)?"
    return re.compile(rf"\s*,{apposition}\s*((?:{words})(?=[\s'’])|\d)", re.IGNORECASE)


# « en évoquant… » (what the speaker did), « à l'AFP », « sur France Inter » (a relay)
# A name's complement closing the sentence: « , du syndicat FO », « , de la CGT ».
_NAME_COMPLEMENT = re.compile(
    r"\s*,\s*(?:du|de\s+la|de\s+l['’]|des|d['’])\s*[^,;:«»“”\"]{0,60}?[A-ZÀ-Ö][^,;:]*$"
)
_GERUND_OR_NAME = re.compile(r"en\s+\w+ant\b|\w+(?:['’]|\s+)(?:l['’]\s*)?[A-ZÀ-Ö]")


# « justifiée selon le maire par des investissements »: a source of a few words, « par »,
# then the agent up to the next mark
_SOURCE_THEN_AGENT = re.compile(r"\s*([^,;:«»“”\"()]{2,60}?)\s+par\s+[^,;:«»“”\"()]+")


def between_participle_and_agent(view: SentenceView, cue: Cue) -> tuple[Span, Span] | None:
    """« la hausse, justifiée selon le maire par des investissements à venir »: « selon X »
    set with no comma between a passive participle and its agent (« par ») names the source
    of the participle's clause; the source ends before « par » and what X says runs from the
    clause's start (the sentence's, or the last mark before the cue) to the next mark.
    (content, source), or None for any other shape: a participle inside the source
    (« selon une étude réalisée par l'Ifop ») is no such agent."""
    text, (s_start, s_end) = view.text, view.span
    if cue.first == 0 or fold(text[cue.span[0] : cue.span[1]]) != "selon":
        return None
    if not fold(view.tokens[cue.first - 1].text).endswith(_PASSIVE_ENDINGS):
        return None
    found = _SOURCE_THEN_AGENT.match(text, cue.span[1], s_end)
    if found is None or fold(found.group(1)).endswith(_PASSIVE_ENDINGS):
        return None
    mark = max(text.rfind(m, s_start, cue.span[0]) for m in ",;:")
    content = strip_span(text, (mark + 1 if mark >= 0 else s_start, found.end()))
    return content, strip_span(text, (found.start(1), found.end(1)))


def closing_participle(said: str, lex: Lexicon) -> bool:
    """« C, selon X, invité sur une radio. »: a French past participle that runs to the
    sentence's end with no comma after the source describes it (recall27); the claim is
    before."""
    words = said.split()
    if lex.language != "fr" or not words or _MARK_AFTER.search(said):
        return False
    return past_participle(words[0], lex)


_MARK_AFTER = re.compile(r"[,;:«»“”\"]")


def past_participle(word: str, lex: Lexicon) -> bool:
    """A French past participle of any ending (lexicon past_participle_endings: « invité »,
    « venus », « élu »), three letters or more, not an adverb of the lexicon's adverb lists
    nor one of apposed_participle_lookalikes (« lundi », « parfois », « côté »): the one
    reading of a participle set after a source (review32, mend32c)."""
    lower = word.lower()  # the endings' accents kept: « comme » is no « -é »
    endings = tuple(lex.raw.get("past_participle_endings", []))
    ending = lower.isalpha() and len(lower) > 2 and lower.endswith(endings)
    return ending and fold(word) not in _not_participles(lex)


@built_once
def _not_participles(lex: Lexicon) -> frozenset[str]:
    """Words in a participle's ending that are none: the adverbs of the lexicon's adverb lists
    and apposed_participle_lookalikes (nouns, pronouns, prepositions)."""
    keys = ("adverbs_between", "degree_adverbs", "negation_adverbs", "trailing_time_words")
    return lex.word_sets(*keys, "apposed_participle_lookalikes")


def setting_afterthought(said: str, lex: Lexicon) -> bool:
    """ "C, selon la ministre, X, dans un entretien au Monde.": a setting that ends the
    sentence after a closing source (a preposition of lexicon audience_prepositions or
    reading_prepositions, no comma, at most eight words) says where the source spoke, not
    what (according/according, precision13)."""
    lead = _setting_lead(lex).match(said)
    return bool(lead) and "," not in said and len(re.findall(r"\w+", said)) <= 8


@built_once
def _setting_lead(lex: Lexicon) -> re.Pattern[str]:
    """A preposition that opens a setting (« dans un entretien », « lors d'une conférence »)."""
    leads = lex.words("audience_prepositions") + lex.words("reading_prepositions")
    prepositions = alternation(leads) or "(?!)"  # none listed in English
    return re.compile(rf"(?:{prepositions})(?:(?<=['’])|(?!\w))", re.IGNORECASE)
