"""The subject after an inverted reporting verb ("…, a déclaré le ministre à l'AFP."), past
the time, relay and setting words that may stand between ("a-t-on appris dimanche d'une
source policière", "said on Monday to reporters").

Moved out of subjects/around_cue.py, which finds the subject before a verb.
"""

from __future__ import annotations

import re

from quizapp.draft.clause.inverted_subjects.asides import aside_before_subject
from quizapp.draft.clause.inverted_subjects.audience import audience_length
from quizapp.draft.clause.inverted_subjects.relays import outlet_told, relay_length
from quizapp.draft.clause.noun_phrases.noun_phrase import inverted_noun_phrase, time_words
from quizapp.draft.reporting.cue_forms.object_senses import closing_subject
from quizapp.draft.reporting.cues import Cue
from quizapp.draft.shapes.detect.view import SentenceView, strip_span
from quizapp.draft.text.segment import Span
from quizapp.draft.text.sentence.apposition import bare_role_heads, with_apposed_name
from quizapp.draft.text.sentence.syntax import (
    adverbs_length,
    without_fillers,
    words_before_subject,
)
from quizapp.draft.text.word_patterns import WORD_WITH_MARKS
from quizapp.draft.words.lexicon import Lexicon, alternation, built_once, fold

_SHORT_QUOTED_WORDS = re.compile(r"[«“\"]\s?([\w'’ -]{1,30}?)\s?[»”\"]")
_OF_AT_END = re.compile(r"\s+(?:de|du|des|d['’]|of)\s*$")

_LEADING_TIME = re.compile(
    r"\s*(?:(?:(?:ce|cette)\s+(?:matin|soir|midi|semaine|week-end|année|nuit)|hier|lundi|"
    r"(?:last|this|next)\s+(?:week|weekend|month|year|night|spring|summer|fall|autumn|winter)|"
    r"mardi|mercredi|jeudi|vendredi|samedi|dimanche|on|last|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|matin|soir|midi|après-midi|"
    r"aujourd'hui|aujourd’hui|today|yesterday|later|encore|ensuite|enfin|alors|aussi|"
    r"dans\s+(?:la\s+matinée|l['’]après-midi|la\s+soirée|la\s+journée|la\s+nuit)|"
    r"plus\s+tard|en\s+fin\s+de\s+journée|"
    r"(?:vers|dès|à|peu\s+avant|peu\s+après)\s+\d{1,2}\s?h(?:\s?\d{2})?|"  # « vers 22h »
    r"(?:(?:le\s+)?\d{1,2}(?:er)?\s+)?(?:janvier|février|mars|avril|"
    r"mai|juin|juillet|août|septembre|octobre|novembre|décembre)(?:\s+\d{4})?"
    r"(?:\s+(?:dernier|prochain))?)\s+)+",
    re.IGNORECASE,
)


_TO_THE_PRESS = re.compile(
    r"\s*(?:à|aux|devant|auprès\s+de|auprès\s+des|to)\s+(?:la\s+|les\s+|des\s+|l['’]|the\s+)?"
    r"(?:presse|journalistes|médias|reporters|journalists|agence|radio|télévision)\b",
    re.IGNORECASE,
)


_TRAILING_PP = re.compile(
    r"(?<=[\w\x22»”])\s+(?:à|au|aux|sur|dans|devant|lors|en|auprès|pendant|depuis|après|avant|"
    r"mardi|lundi|mercredi|jeudi|vendredi|samedi|dimanche|hier|"
    r"to|on|in|at|during|after|before|while|who|qui|"
    r"told|according|le\s+\d{1,2}(?:er)?|vers\s+\d{1,2}\s?h)\b.*$",  # "l'OMS le 14 février"
    re.IGNORECASE | re.DOTALL,
)


def source_after(view: SentenceView, cue: Cue) -> Span | None:
    """The subject after an inverted verb: "…, a déclaré le ministre à l'AFP." -> le ministre."""
    start = _subject_start(view, cue)
    found = None if start is None else _subject_from(view, start)
    found = inverted_noun_phrase(view.text, found, view.lex)  # not « à ce que », a clause
    if found is None:
        return None  # widened after the words before it are gone (« ainsi le syndicat, la X »)
    english, bare = view.lex.language == "en", bare_role_heads(view.lex)
    return with_apposed_name(view.text, found, view.span[1], english, bare)


def _subject_start(view: SentenceView, cue: Cue) -> int | None:
    """Where the inverted subject starts: past "on … de" (whom "on" learnt it from), a relay
    ("à l'AFP") and setting words; None after another pronoun or when only time words remain."""
    origin = 0 if cue.pronoun is None else _on_origin(view, cue)
    if origin is None:
        return None
    rest_start = cue.span[1] + origin
    rest_start += relay_length(view.lex, view.text[rest_start : view.span[1]])
    rest_start += words_to_subject(view.lex, view.text[rest_start : view.span[1]])  # "toujours"
    rest_start += aside_before_subject(view, cue, rest_start)  # « « … » assure, ému, X »
    left = WORD_WITH_MARKS.findall(view.text[rest_start : view.span[1]])
    if left and all(fold(word) in time_words(view.lex) for word in left):
        return None  # ", a parlé hier.": no subject after the verb
    return rest_start


def _on_origin(view: SentenceView, cue: Cue) -> int | None:
    """Past "on … de" (whom "on" learnt it from: "a-t-on appris (dimanche) d'une source
    policière"); None after any other pronoun, or "on" with no such source."""
    if cue.pronoun != "on":
        return None
    return _behind_on(view.lex, view.text[cue.span[1] : view.span[1]])


def _subject_from(view: SentenceView, rest_start: int) -> Span | None:
    """The subject phrase from ``rest_start`` up to a punctuation mark (a short quoted word
    does not stop it), without a trailing complement."""
    rest = view.text[rest_start : view.span[1]]
    unquoted = _SHORT_QUOTED_WORDS.sub(lambda m: " " + m.group(1) + " ", rest)
    stop = _subject_stop(view.lex).search(unquoted)  # "cette «source»", "M. X", « M. de X »
    phrase = rest[: without_fillers(rest, (0, stop.start()), view.lex)[1]]  # « X quant à lui »
    phrase = closing_subject(view.lex, phrase)  # « Michaël Delafosse dès novembre 2020 »
    phrase = _without_trailing(phrase, view.lex) if len(phrase.split()) > 1 else phrase
    phrase = _OF_AT_END.sub("", phrase)  # "une dépêche AFP de jeudi"
    phrase = _without_last_determiner(phrase, view.lex)  # « mobilisés ce » (jeudi matin)
    span = strip_span(view.text, (rest_start, rest_start + len(phrase)))
    return span if span[1] > span[0] else None


def _without_last_determiner(phrase: str, lex: Lexicon) -> str:
    """A noun phrase never ends on its determiner: once the time after the subject is cut
    (« l'un des parents mobilisés ce jeudi matin », « une mère rencontrée ce lundi »), the
    determiner of that time (lexicon ``determiners``) goes with it."""
    words = phrase.split()
    if len(words) > 1 and fold(words[-1]) in lex.word_set("determiners"):
        return phrase[: phrase.rstrip().rfind(" ")].rstrip()
    return phrase


@built_once
def _subject_stop(lex: Lexicon) -> re.Pattern[str]:
    """What ends an inverted subject: a punctuation mark, a period that no name follows
    (« M. Dupont » and « M. de Blauwe », « M. Le Gall » go on: a title's period), or a
    conjunction and its « que » (« a ajouté le maire tandis que la foule sifflait »), or
    « selon qui / pour qui » (« a ajouté le conseiller selon qui « … » », recall22), or an
    English reporting verb's present participle and its "that" ("said Mr X adding that …",
    english39: a clause of the speaker's own; only a known verb's -ing form, never any noun
    in -ing, "the party's right wing that…", "the ruling that…", mend39b)."""
    words = sorted(lex.word_set("name_particles"))
    particles = "|".join(re.escape(p).replace("'", "['’]") for p in words)
    name = r"\s?[A-ZÀ-Ö]"
    heads = lex.one_of("conjunction_heads")
    that = "|".join(re.escape(w).replace("'", "['’]") for w in lex.words("subordinators"))
    joined = rf"\s(?=(?i:{heads})\s+(?i:{that}))"
    according, relatives = lex.one_of("according_to"), lex.one_of("subject_relatives")
    joined += rf"|\s(?=(?i:{according})\s+(?i:{relatives})\b)"
    if lex.language == "en":  # "said X adding that …"
        adding = alternation(f for f in lex.finite if f.endswith("ing")) or "(?!)"
        joined += rf"|\s(?=(?:{adding})\s+(?i:{that})\b)"
    titled = "".join(rf"(?<!\b{re.escape(t)})" for t in _short_titles(lex))  # « M. le maire »
    return re.compile(
        rf"[,;:(«“\"!?]|{titled}\.(?!{name}|\s(?i:{particles})\s?[A-ZÀ-Ö])|{joined}|$"
    )


def _short_titles(lex: Lexicon) -> list[str]:
    """The titles written short, as an article writes them before their period (« M », « MM »,
    "Mr", "Dr"): the period after one is the title's, never the end of the subject (mend57g:
    « a déclaré M. le maire » kept only 'M')."""
    raw = lex.raw.get("titles", []) + lex.raw.get("plural_title_abbreviations", [])
    english = [t.capitalize() for t in lex.raw.get("english_title_abbreviations", [])]
    short = {t.rstrip(".") for t in raw + english if len(t.rstrip(".")) <= 4}
    return sorted(t for t in short if t.isalpha())


def _without_trailing(phrase: str, lex: Lexicon) -> str:
    """The phrase without a trailing complement (« le ministre à l'AFP »), but for the one a
    participle of place takes (« un livreur garé à contre-sens », « une passante assise sur
    un banc », lexicon ``placed_participles``) when it names no one (« garé devant la
    boutique de Paul X »: the name may be read as the speaker)."""
    phrase = _trailer(lex).sub("", phrase)  # « a dit Marc avec soulagement »
    placed = _placed(lex).search(phrase)
    if placed is None or re.search(r"\b[A-ZÀ-Ý]", phrase[placed.end() :]):
        return _TRAILING_PP.sub("", phrase)
    return phrase[: placed.end()] + _TRAILING_PP.sub("", phrase[placed.end() :])


@built_once
def _trailer(lex: Lexicon) -> re.Pattern[str]:
    """A manner or channel complement after the subject that no preposition of
    ``_TRAILING_PP`` opens (lexicon ``inverted_subject_trailers``: « dit Marc avec
    soulagement », « écrit le groupement par voie de communiqué », « a répondu le
    porte-parole du gouvernement face aux critiques »): the noun phrase ends before it
    (phrases56). Lower case only: a capital opens a name (« le directeur de Face Gironde »,
    mend56b), not a trailer."""
    trailers = lex.one_of("inverted_subject_trailers", loose_spacing=True)
    return re.compile(rf"(?<=[\w\x22»”])\s+(?:{trailers})\b.*$", re.DOTALL)


@built_once
def _placed(lex: Lexicon) -> re.Pattern[str]:
    """A participle of place and the preposition its complement opens on."""
    participles = lex.one_of("placed_participles")
    return re.compile(rf"(?i)\s(?:{participles})\s+(?:à|au|aux|sur|dans|devant|depuis|en)\b")


def _behind_on(lex: Lexicon, rest: str) -> int | None:
    """Where the people an inverted « on » stands for are named, as a length into ``rest``:
    whom it was learnt from (« a-t-on appris d'une source policière ») or where it was said,
    past time words and a relay (« indique-t-on à l'AFP dans l'entourage du ministre »,
    « juge-t-on dans les rangs du parti », « assure-t-on à l'Élysée »); None when neither
    follows, and « on » stays an impersonal voice."""
    origin = _LEARNT_FROM.match(rest)
    if origin is not None:
        return origin.end()
    skipped = setting_words(lex, rest)
    skipped += adverbs_length(lex, rest[skipped:])  # « précise-t-on cependant au rectorat »
    place = _said_at(lex).match(rest[skipped:])
    if place is None or outlet_told(lex, rest[skipped:]):
        return None
    return skipped + place.end()


@built_once
def _said_at(lex: Lexicon) -> re.Pattern[str]:
    """Where « on » was heard: among a circle of the lexicon's ``on_circles`` (« dans
    l'entourage du ministre », « dans les rangs du parti »; the circle is the subject), at a
    seat of power of the lexicon's ``on_seats`` (« à l'Élysée », « au Quai d'Orsay »: the seat
    stands for its people) or at a firm or body by its name (« chez Renault ») or its acronym
    after its article (« rappelle-t-on au CIVB », speakers59; not « aux DNA », mend59d). A
    town or a country (« à Marseille », « a-t-on appris à Paris ») is where it was heard, not
    who spoke; « dans un communiqué », « à la presse », « au village » name no one either."""
    circles = lex.one_of("on_circles")
    seats = lex.one_of("on_seats", loose_spacing=True)
    among = rf"(?:dans|parmi)\s+(?=(?:l['’]\s*|les\s+|le\s+|la\s+)(?:{circles})\b)"
    seat = rf"(?:à|au|aux)\s+(?=(?i:(?:l['’]\s*|la\s+|le\s+)?(?:{seats}))\b)|{_ACRONYM}"
    return re.compile(rf"\s*(?:{among}|{seat}|chez\s+(?=(?:l['’]\s*)?[A-ZÀ-Ý]))")


# a body by its acronym takes its article (« au CIVB », « à la FDSEA », « à l'UNSA »); bare « à »
# and plural « aux » before capitals open a town, an outlet or a country (« à NANTES », « à BFM »,
# « aux DNA », « aux USA »: mend59d), where it was heard, not who spoke
_ACRONYM = r"(?:au\s+|à\s+(?=l['’]|la\s))(?=(?:l['’]\s*|la\s+)?[A-ZÀ-Ý]{2,7}\b(?![-'’]))"

_LEARNT_FROM = re.compile(  # "d'une source", "auprès du parquet", "auprès des autorités"
    r"\s*(?:[\w-]+\s+){0,2}?(?:auprès\s+)?(?:d['’]|de\s+|du\s+|(?<=auprès )(?=des\s))"
)


def words_to_subject(lex: Lexicon, rest: str) -> int:
    """The length of the setting words and then the adverbs (« toujours », « toutefois »,
    recall19) between an inverted verb and its subject, which open ``rest``."""
    skipped = setting_words(lex, rest)
    return skipped + adverbs_length(lex, rest[skipped:])


def setting_words(lex: Lexicon, rest: str) -> int:
    """The length of the time, relay and setting words that open ``rest``."""
    skipped = 0
    for _ in range(4):
        piece = rest[skipped:]
        leads = (_LEADING_TIME.match(piece), _TO_THE_PRESS.match(piece))
        step = max([lead.end() for lead in leads if lead] + [relay_length(lex, piece)])
        # the longer of a setting and a channel: « dans un communiqué de presse » whole
        step = step or max(words_before_subject(lex, piece), _channel_length(lex, piece))
        step = step or _manner_length(lex, piece)
        if not step or step >= len(piece.rstrip(" .")):
            return skipped
        skipped += step
    return skipped


def _manner_length(lex: Lexicon, rest: str) -> int:
    """The length of a manner or degree adverb opening ``rest``, the intensifiers before it
    included (« a déclaré très brièvement le ministre », « assez sèchement », « un peu plus
    tard »): a lower-case word in -ment or of the lexicon's ``manner_heads`` after at most
    three ``manner_degree_words``; it says how, never who. 0 for anything else."""
    pattern = _manner(lex)
    found = pattern.match(rest) if pattern is not None else None
    return found.end() if found else 0


@built_once
def _manner(lex: Lexicon) -> re.Pattern[str] | None:
    """A manner adverb with its intensifiers; None for a language that lists no heads."""
    if not lex.words("manner_heads"):
        return None
    degree = lex.one_of("manner_degree_words", loose_spacing=True)
    heads = alternation(lex.words("manner_heads"))
    return re.compile(rf"\s*(?:(?:{degree})\s+){{0,3}}(?:[a-zà-ÿ]{{3,}}ment|{heads})(?=[\s,])")


def _channel_length(lex: Lexicon, rest: str) -> int:
    """The length of what a statement came in, opening ``rest`` (« dans un bref message »,
    « sur son site Internet », « sur sa page Facebook »): a preposition, a determiner, at
    most two adjectives and a noun of the lexicon's ``channel_nouns``, with the capitalised
    medium it is on; else a setting's (inverted_subjects/audience.py), 0 for anything else."""
    pattern = _channel(lex)
    found = pattern.match(rest) if pattern is not None else None
    return found.end() if found else audience_length(lex, rest)  # « devant les députés »


@built_once
def _channel(lex: Lexicon) -> re.Pattern[str] | None:
    """A channel of the lexicon's ``channel_nouns``; None for a language that lists none."""
    if not lex.words("channel_nouns"):
        return None
    nouns = "|".join(sorted(map(re.escape, lex.words("channel_nouns")), key=len, reverse=True))
    return re.compile(
        r"\s*(?:dans|sur|via|par)\s+(?:une?|son|sa|ses|leurs?|l[ea]|les|l['’]|ce|cette)\s*"
        rf"(?:[a-zà-ÿ-]+\s+){{0,2}}?(?:{nouns})(?:\s+de\s+(?-i:[a-zà-ÿ]+))?"  # « de presse »
        rf"(?:\s+(?-i:[A-Z][\w-]*))?(?=\s)",
        re.IGNORECASE,
    )
