"""Sentence subjects the resolver needs besides names: a nameless description opening a
sentence ("The woman, whose identity…, had raised…, telling the council…"), which a
participial cue later in the same sentence refers to; and "it" for an organisation.
"""

from __future__ import annotations

import re

from quizapp.draft.names.naming.common_words import common_word_opening
from quizapp.draft.names.naming.places import place_or_nation
from quizapp.draft.names.naming.ranked import ranked_person
from quizapp.draft.names.naming.roles import bare_description
from quizapp.draft.names.titles.descriptions import content_words, verb_forms
from quizapp.draft.speakers.bodies.body_kinds import kind_fits
from quizapp.draft.speakers.bodies.institutions import maybe_a_body
from quizapp.draft.speakers.entity import Entity
from quizapp.draft.speakers.speaker_checks.can_speak import can_speak
from quizapp.draft.text.segment import Span, Token
from quizapp.draft.words.lexicon import Lexicon, built_once, fold
from quizapp.draft.words.plural import singular_of


@built_once
def _opening(lex: Lexicon) -> frozenset[str]:
    """What opens a definite description of an unnamed person: a singular definite article
    or a pointing determiner (« le », « cette », "the", "this"; "Un suspect a été…": news)."""
    return lex.word_set("singular_definite_articles") | lex.word_set("pointing_determiners")


def opening_description(tokens: list[Token], lex: Lexicon) -> tuple[int, int] | None:
    """The token range of a definite description of an unnamed person opening a sentence
    ("The woman", "Le jeune homme"): an article, at most two adjectives, a person noun. An
    indefinite one ("Un suspect a été identifié, a-t-elle ajouté") is what is told."""
    if not tokens or fold(tokens[0].text) not in _opening(lex):
        return None
    nouns = lex.word_set("unnamed_person_nouns")
    for index in range(1, min(4, len(tokens))):
        word = tokens[index].text
        modifier = word.isupper() and len(word.replace(".", "")) <= 3  # "The US official"
        if not (word[:1].islower() or modifier) or not word.replace("-", "").isalpha():
            return None
        if fold(word) in nouns or ranked_person(tokens, index, lex):  # « le plus âgé des »
            return 0, index + 1
    return None


def described_person(tokens: list[Token], lex: Lexicon) -> tuple[int, int] | None:
    """A definite description of someone the sentence does not name, opening it, with its
    complement (« L'épouse du gérant de la scierie a été entendue… », « L'actrice a
    publié… »): the token range, or None when a name stands in apposition to it (« La
    victime, Léa Martin, … », « Le ministre Paul Roux »)."""
    found = opening_description(tokens, lex) or _opening_office(tokens, lex)
    if found is None:
        return None
    end = found[1]
    marks = lex.word_set("complement_marks")  # « de », "of"
    while end + 1 < len(tokens) and fold(tokens[end].text) in marks and end - found[1] < 8:
        end += 1  # "de", then "la" or a noun; the complement runs to a verb or a comma
        while end < len(tokens) and _complement_word(tokens[end].text, lex):
            end += 1
            if tokens[end - 1].text[:1].isupper() and not _goes_on(tokens, end, lex):
                break  # « de la Santé revient sur… »: the name closes the complement
    return None if _name_in_apposition(tokens, end, lex) else (found[0], end)


def described_subject(tokens: list[Token], lex: Lexicon) -> tuple[int, int] | None:
    """A nameless description that is its sentence's subject: opening it, or right after an
    opening complement and its comma (« Dans le journal de dimanche, l'ancien ministre de
    l'Intérieur revient sur… »), when no verb comes before that comma."""
    found = described_person(tokens, lex)
    if found is not None:
        return found
    verbs = verb_forms(lex)
    for index, token in enumerate(tokens[:_OPENING_WORDS]):
        if token.text == ",":
            after = described_person(tokens[index + 1 :], lex)
            return None if after is None else (after[0] + index + 1, after[1] + index + 1)
        if fold(token.text) in verbs or token.text in _QUOTES:
            return None
    return None


_OPENING_WORDS = 14
_PERSON_NOUNS = (
    "unnamed_person_nouns",
    "anonymous_heads",
    "person_descriptions",
    "occupation_nouns",
)


def people_noun(word: str, lex: Lexicon) -> bool:
    """A plural noun for people: a group head of the lexicon (« éleveurs »), or the plural
    of a word for a person or a trade (« infirmières », « médecins », « maraîchers »)."""
    if word in lex.word_set("vague_heads"):
        return True
    single = singular_of(word)
    return any(single in lex.word_set(key) for key in _PERSON_NOUNS)


_QUOTES = set('«»“”"')


def _goes_on(tokens: list[Token], index: int, lex: Lexicon) -> bool:
    """The complement goes on after a capitalised word: another capitalised word, or a
    linking word (lexicons ``complement_marks``, ``complement_go_on_words``: « de la Santé et
    des Solidarités »)."""
    if index >= len(tokens):
        return False
    word = tokens[index].text
    links = lex.word_sets("complement_marks", "complement_go_on_words")
    return word[:1].isupper() or fold(word) in links


def _name_in_apposition(tokens: list[Token], end: int, lex: Lexicon) -> bool:
    """A name right after the description, or after a comma before the sentence's first
    verb (« Le chef de l'unité …, Mohsen Daly, a démenti »)."""
    if end < len(tokens) and tokens[end].text[:1].isupper():
        return True
    verbs = verb_forms(lex)
    for index in range(end, len(tokens) - 1):
        word = tokens[index].text
        if word[:1].islower() and fold(word) in verbs:
            return False
        if word == "," and tokens[index + 1].text[:1].isupper():
            return True
    return False


def _complement_word(word: str, lex: Lexicon) -> bool:
    folded = fold(word)
    if not folded.replace("-", "").replace("'", "").isalpha() or folded in verb_forms(lex):
        return False
    return folded not in {"a", "est", "qui", "que", "et", "s'", "se", "ne", "n'", "y", "en"}


def _opening_office(tokens: list[Token], lex: Lexicon) -> tuple[int, int] | None:
    """ "L'actrice", "Le sélectionneur" opening a sentence: an article and a person noun."""
    if len(tokens) < 2 or fold(tokens[0].text) not in lex.word_set("singular_definite_articles"):
        return None
    offices = lex.word_set("person_descriptions")
    adjective = len(tokens) > 2 and tokens[1].text.isalpha() and tokens[1].text.islower()
    noun = 2 if adjective and fold(tokens[2].text) in offices else 1  # « L'ancien ministre »
    if fold(tokens[noun].text) not in offices:
        return None
    end = noun + 1  # « Le Premier ministre », « la jeune actrice »: nouns and adjectives go on
    marks = lex.word_set("complement_marks")
    while end < min(len(tokens), 5) and _complement_word(tokens[end].text, lex):
        if tokens[end].text[:1].isupper() or fold(tokens[end].text) in marks:
            break
        end += 1
    return 0, end


def without_adverbs(phrase: str, lex: Lexicon) -> str:
    """ "it also", "il aussi": the source without the adverb the cue carried along (lexicon
    ``carried_adverbs``)."""
    words, adverbs = phrase.split(), lex.word_set("carried_adverbs")
    while len(words) > 1 and fold(words[-1]).strip(",") in adverbs:
        words = words[:-1]
    return " ".join(words)


def organisation(
    words: list[str], head: str, candidates: list[Entity], lex: Lexicon, text: str
) -> Entity | None:
    """ "the council", "the agency", "le club": a definite organisation noun with nothing
    after it but adjectives takes up the latest named speaker whose name holds that noun,
    else (for the nouns that only ever stand for a body met before: "the company", "le
    club") the latest named organisation — one the text shows is a name, not a capitalised
    common word opening the headline or a sentence (« Pénurie dans les pharmacies »), a
    place (« à Montauban », « en France ») or a people (« les Français »)."""
    if not bare_description(words, lex):
        return None
    wanted = set(content_words(" ".join(words), lex))  # the noun and its adjectives
    for entity in candidates:
        named_body = entity.label == "named" and not entity.person
        if wanted and named_body and wanted <= set(content_words(entity.name, lex)):
            return entity
    if head not in lex.word_set("organisation_anaphors"):
        return None
    for entity in candidates:
        unsure = len(words) <= 2 and maybe_a_body(entity, lex)  # « Vinci Autoroutes »
        person = entity.person and not unsure  # (« la compagnie anglaise »: another)
        body = entity.label == "named" and not person and not entity.key.startswith("o:")
        body = body and fold(entity.name) not in lex.word_set("date_words")  # "in July"
        starts = [start for start, _ in entity.mentions]
        placed = any(place_or_nation(text, s, lex) for s in starts)  # « à Montauban »
        placed = placed or not kind_fits(head, entity, text, lex)  # "Maldon Road", "the agency"
        if body and not placed and not all(common_word_opening(text, s, lex) for s in starts):
            return entity
    return None


@built_once
def _links(lex: Lexicon) -> frozenset[str]:
    """The words that may stand before a capital inside a title (« le chef de l'Etat »):
    articles and « de » (lexicon ``definite_articles``, ``complement_marks``)."""
    return lex.word_set("definite_articles") | lex.word_set("complement_marks")


def opening_title(tokens: list[Token], lex: Lexicon) -> str | None:
    """The title or "ce dernier" opening a sentence ("Le ministre, également…", "Le
    procureur de la République a…"), up to its first comma or verb; None otherwise."""
    words = [fold(t.text) for t in tokens[:2]]
    if lex.is_phrase("latter_pronouns", " ".join(words)):
        return " ".join(words)
    if not tokens or words[0] not in lex.word_set("singular_definite_articles"):
        return None
    verbs = verb_forms(lex)
    end = 1
    while end < min(len(tokens), 7):
        word = fold(tokens[end].text)
        if not word.replace("-", "").replace("'", "").isalpha() or word in verbs:
            break
        if word in {"s'", "se", "a", "est", "has", "is", "was", "had"}:
            break
        if tokens[end].text[:1].isupper() and fold(tokens[end - 1].text) not in _links(lex):
            return None  # « Le chef néo-démocrate Jagmeet Singh »: the name is the subject
        end += 1
    if end < 2:
        return None
    return " ".join(t.text for t in tokens[:end])


# the side named up to its comma, maybe an aside (« Au sein de X, par exemple, on indique »)
# or after a connective opening the sentence (« Mais du côté de la mairie, on assure… »,
# « Autant dire que du côté de X, on nie… »: lexicon ``camp_leads``, speakers59)
_CAMP_SHAPE = (
    r"(?:^|[.!?»…]\s+)\W*(?:(?:{leads})\s*,?\s+)?(?:{openers})\s+([^,;:]{{2,60}}?),\s*"
    r"(?:[^,;:]{{1,25}},\s*)?(?:{pronouns})\b"
)
_CONTRACTED = (("du ", "le "), ("des ", "les "), ("de l'", "l'"), ("de l’", "l’"), ("de ", ""),
               ("d'", ""), ("d’", ""))  # fmt: skip


def camp_before(text: str, sentence_start: int, at: int, lex: Lexicon) -> str | None:
    """ "Du côté de la police, on met en avant…", « Au sein du parti, on indique… »: the side
    an impersonal "on" speaks for, as the sentence names it after one of the lexicon's
    ``camp_openers`` ("la police"); None otherwise."""
    found = _camp_pattern(lex).search(text[sentence_start : at + 8])
    if found is None:
        return None
    camp = found.group(1).strip()
    for contracted, article in _CONTRACTED:
        if camp.lower().startswith(contracted):
            camp = article + camp[len(contracted) :]
            break
    return camp if _names_people(camp, lex) else None


def _names_people(camp: str, lex: Lexicon) -> bool:
    """Whether a side names people who can speak for it: not things (« parmi les projets »),
    figures (« du côté des chiffres ») nor the writer's own side (« chez nous », « chez moi »:
    « on » is the voice itself, mend59d)."""
    words = [fold(w) for w in camp.split()]
    personal = lex.word_sets("first_person_words", "second_person_words")
    if not words or words[0] in personal or words[-1] in lex.word_set("figures_nouns"):
        return False
    return can_speak(camp, lex, unknown_nouns=False)


@built_once
def _camp_pattern(lex: Lexicon) -> re.Pattern[str]:
    """The lexicon's ``camp_openers`` in the shape of a side named before « on »."""
    openers = lex.one_of("camp_openers", loose_spacing=True)
    pronouns, leads = lex.one_of("camp_pronouns"), lex.one_of("camp_leads", loose_spacing=True)
    shape = _CAMP_SHAPE.format(openers=openers, pronouns=pronouns, leads=leads)
    return re.compile(shape, re.IGNORECASE)


def side_before(text: str, span: Span, lex: Lexicon) -> Span | None:
    """« Pour autant, du côté de l'exécutif, il n'est pas question pour l'heure de… »: the
    side a sentence names (after one of the lexicon's ``camp_openers`` and « de », up to its
    comma) within ``span``, for a statement whose own words name no one; None otherwise."""
    found = _side_pattern(lex).search(text[span[0] : span[1]])
    return (span[0] + found.start(1), span[0] + found.end(1)) if found else None


@built_once
def _side_pattern(lex: Lexicon) -> re.Pattern[str]:
    """The lexicon's ``camp_openers`` and « de », opening the sentence or after a comma."""
    openers = lex.one_of("camp_openers", loose_spacing=True)
    return re.compile(
        rf"(?:^|[.!?»…,]\s*)\W*(?:{openers})\s+(?:d[eu]s?\s+|d['’]\s*)?([^,;:]{{2,60}}?)\s*,",
        re.IGNORECASE,
    )
