"""What opens a sentence as its subject when a pronoun after it may take that phrase up: a
singular definite article and a noun for a body (« le rectorat », « la banque », "The borough
council"), or for a person too (« le maire de Vaux », « une jeune femme », « le maire
Marchand »), past a connective or a short setting closed by a comma, of a gender that fits the
pronoun. ``body_subjects`` says where the pronoun looks and asks this module what stands there
(out of it since tidy38)."""

from __future__ import annotations

from quizapp.draft.names.naming.gender import noun_gender, person_nouns, someone_words
from quizapp.draft.names.titles.descriptions import PERSON_OFFICE_LISTS, verb_forms
from quizapp.draft.speakers.bodies.body_kinds import body_nouns
from quizapp.draft.speakers.speaker_checks.can_speak import speaking_nouns
from quizapp.draft.text.segment import Span, Token, tokens
from quizapp.draft.text.sentence.sentence_parts import past_setting
from quizapp.draft.words.lexicon import Lexicon, built_once, fold

_SETTING_WORDS = 8


_NAME_WORDS = 3  # « le maire Jean-Marc de La Tour »: the first three capitals


def body_subject(text: str, sentence: Span, gender: str, lex: Lexicon) -> Span | None:
    """The span of « le rectorat » / « la banque » (an article and a noun for a body)
    opening ``sentence`` (past a connective or a setting closed by a comma) when its gender
    fits ``gender`` ("m" or "f"); None otherwise."""
    return opening_subject(text, sentence, gender, lex, people=False)


def someone_subject(text: str, sentence: Span, gender: str, lex: Lexicon) -> Span | None:
    """The span of « le maire de Vaux » / « une jeune femme » (a definite or indefinite
    article and a noun for a person or a body, a second person noun after it kept) opening
    ``sentence`` when its gender fits ``gender``: what a pronoun nothing else took up
    stands for."""
    return opening_subject(text, sentence, gender, lex, people=True)


def opening_subject(
    text: str, sentence: Span, gender: str, lex: Lexicon, people: bool, kind_nouns: bool = False
) -> Span | None:
    """A singular definite article and a noun for a body (or, with ``people``, an indefinite
    article too and a noun for a person: ``someone_subject``; with ``kind_nouns``, also a
    noun whose plural is one of people: ``singular_before``) opening ``sentence``, of a
    gender that fits; None else."""
    articles = _someone_articles(lex) if people else _body_articles(lex)
    words = tokens(text, sentence, lex.language)
    first = 1 if words and fold(words[0].text) in lex.word_set("opening_connectives") else 0
    first = _past_opening(words, past_setting(words, first, _SETTING_WORDS, lex), articles, lex)
    if first + 2 > len(words) or fold(words[first].text) not in articles:
        return None
    head = first + 1 if people else _past_modifiers(words, first + 1, lex)
    fits = _noun_fits(words[head], lex, people) or (kind_nouns and _kind_noun(words[head], lex))
    if not fits:
        return None
    if people and head + 1 < len(words) and _noun_fits(words[head + 1], lex, people):
        head += 1  # « une jeune femme »: « jeune » is a person noun too
    own = articles[fold(words[first].text)] or noun_gender(fold(words[head].text), lex)
    if own in "mf" and own != gender:
        return None
    head = _past_name(words, head) if people else head
    return words[first].start, _end(words, head, lex)


def _past_modifiers(words: list[Token], head: int, lex: Lexicon) -> int:
    """English: the body's noun past one or two lower-case nouns ("The borough council
    launched…", english37); ``head`` when a word that may be a verb comes first (of the
    lexicon or ending as ``bare_verb_barred_endings``) or a noun follows the body's ("The
    former council leader": a modifier too, mend37e)."""
    if lex.language != "en":
        return head
    for at in range(head, min(len(words), head + 3)):
        if _body(words[at], lex):
            return at if at == head or not _noun_after(words[at + 1 : at + 2], lex) else head
        if not _lower_noun(words[at : at + 1], lex):
            break
    return head


def _noun_after(word: list[Token], lex: Lexicon) -> bool:
    """The word after a body noun is a lower-case noun the lexicons know for a person, a
    body or a document (speaker_checks/can_speak.speaking_nouns: "leader", "report")."""
    known = speaking_nouns(lex)
    return any(token.text.islower() and fold(token.text) in known for token in word)


def _lower_noun(word: list[Token], lex: Lexicon) -> bool:
    """A lower-case word that cannot be a verb (of the lexicon, or with an ending of
    ``bare_verb_barred_endings``): "The plan angered council staff" stops at "angered"."""
    folded = fold(word[0].text) if word and word[0].text.isalpha() else ""
    barred = tuple(lex.words("bare_verb_barred_endings"))
    plain = folded and word[0].text.islower() and not folded.endswith(barred)
    return bool(plain) and folded not in verb_forms(lex)


def _kind_noun(noun: Token, lex: Lexicon) -> bool:
    """A lower-case noun for people of some kind, singular here, whose plural the lexicon
    knows among ``vague_heads`` (« le propriétaire », « la locataire »: « propriétaires »,
    « locataires »). Not any noun: « Le véhicule a été retrouvé. Il a affirmé… » gave the
    vehicle the words (mend32b)."""
    word = fold(noun.text)
    heads = lex.word_set("vague_heads")
    return noun.text[:1].islower() and (word + "s" in heads or word + "x" in heads)


def _past_name(words: list[Token], noun: int) -> int:
    """The last word of a name written right after the person's noun (« le maire Marchand »,
    « l'adjointe Sophie Martin »): the one the pronoun stands for is that named person."""
    index = noun
    while index + 1 < min(len(words), noun + _NAME_WORDS + 1):
        word = words[index + 1].text
        if not (word[:1].isupper() and word[:1].isalpha()):
            break
        index += 1
    return index


def _noun_fits(noun: Token, lex: Lexicon, people: bool) -> bool:
    """A body's noun, or with ``people`` one for a person (a lower-case word of the person
    and trade lists)."""
    return _body(noun, lex) or (people and noun.text[:1].islower() and _person(noun, lex))


def _person(noun: Token, lex: Lexicon) -> bool:
    """A noun for someone (« maire », « habitante », « jeune », « femme »), a trade
    (« agriculteur ») or a party's family (« un écologiste »): naming/gender.someone_words."""
    return fold(noun.text) in someone_words(lex)


@built_once
def _body_articles(lex: Lexicon) -> dict[str, str]:
    """The singular definite articles and their genders (« l' » has none): what opens a
    body's phrase."""
    return _with_genders(lex, "singular_definite_articles")


@built_once
def _someone_articles(lex: Lexicon) -> dict[str, str]:
    """The body's articles and the indefinite ones (« un », « une »), with their genders:
    what opens a person's phrase (« une jeune femme »)."""
    return {**_body_articles(lex), **_with_genders(lex, "indefinite_articles")}


def _with_genders(lex: Lexicon, articles: str) -> dict[str, str]:
    """Each article of the lexicon list ``articles`` with its gender (lexicon
    ``article_genders``; "" when it shows none)."""
    genders = lex.raw.get("article_genders", {})
    return {word: genders.get(word, "") for word in lex.word_set(articles)}


def _past_opening(words: list[Token], first: int, articles: dict[str, str], lex: Lexicon) -> int:
    """Where the subject starts past a short opening phrase that a comma closes, with no
    article opening it and no verb of the lexicon in it, when no adverbial opener told it
    (``past_setting``): a day, « Lundi, la direction… », a participle clause, « Interrogé par
    l'AFP, le groupe… »; ``first`` otherwise."""
    if first < len(words) and fold(words[first].text) in articles:
        return first  # « Une jeune femme, habitante du quartier, frappe »: the subject opens
    verbs = verb_forms(lex)
    for index in range(first, min(len(words), first + _SETTING_WORDS)):
        if words[index].text == ",":
            return index + 1
        if not words[index].text[:1].isalnum() or fold(words[index].text) in verbs:
            break
    return first


def _body(noun: Token, lex: Lexicon) -> bool:
    """A lower-case noun the lexicon knows for a body, not for a person (« la direction »,
    « le parquet »; not « le directeur »)."""
    word = fold(noun.text)
    return noun.text[:1].islower() and word in _bodies(lex)


@built_once
def _bodies(lex: Lexicon) -> frozenset[str]:
    """The nouns for bodies: the anaphors and kinds, the institutions named by their noun."""
    listed = lex.word_sets("named_institutions", "organisation_name_words")
    people = lex.word_sets(*PERSON_OFFICE_LISTS) | lex.word_set("leader_words")
    return (body_nouns(lex) | listed) - people - person_nouns(lex)


def _end(words: list[Token], noun: int, lex: Lexicon) -> int:
    """Where the body's phrase ends: after its noun, or after a complement written with
    capitals (« le ministère des Transports et de la Mobilité durable »; « de / du / des »:
    lexicon ``complement_marks``)."""
    index = noun + 1
    while index + 1 < len(words) and fold(words[index].text) in lex.word_set("complement_marks"):
        index += 2 if fold(words[index + 1].text) in ("la", "l'") else 1
        if index >= len(words) or not words[index].text[:1].isupper():
            break
        noun, index = index, index + 1
    return words[noun].end
