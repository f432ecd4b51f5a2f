"""A body that opens the sentence before a pronoun, or the pronoun's own sentence, as its
subject: « Le syndicat se refuse à commenter ces chiffres. Il juge le débat prématuré »,
« La banque alimentaire recherche des volontaires. « … », précise-t-elle ». The reader takes
« il » / « elle » for that body, not for a person heard further back (anaphora20: the keys
give such a pronoun the body; the resolver had only people to choose from). The English "it"
that nothing else took up reads the same body (english36b)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from quizapp.draft.bodies.body_kinds import body_nouns
from quizapp.draft.lexicon import Lexicon, built_once, fold
from quizapp.draft.naming.gender import noun_gender, person_nouns, someone_words
from quizapp.draft.segment import Span, Token, tokens
from quizapp.draft.sentence.sentence_parts import past_setting
from quizapp.draft.speaker_checks.can_speak import speaking_nouns
from quizapp.draft.speakers.entity import Entity
from quizapp.draft.speakers.met import Seen, recent
from quizapp.draft.titles.descriptions import verb_forms

_SETTING_WORDS = 8
_NAME_WORDS = 3  # « le maire Jean-Marc de La Tour »: the first three capitals


class _Reader(Protocol):
    text: str
    lex: Lexicon
    entities: dict[str, Entity]
    seen: list[Seen]
    sentence_start: int
    previous_start: int


def someone_before(reader: _Reader, gender: str, at: int) -> Span | None:
    """The person or body « il » / « elle » (``gender``) at ``at`` stands for when nothing
    else took it up: one opening the pronoun's sentence before it (« Le maire Marchand est
    rassuré…, mais il constate »), else the sentence before (« Une jeune femme frappe à la
    porte. « … », s'enquiert-elle »). None otherwise (speakers31)."""
    return _first_opening(
        reader,
        gender,
        at,
        lambda sentence: someone_subject(reader.text, sentence, gender, reader.lex),
    )


def body_before(reader: _Reader, gender: str, at: int) -> Span | None:
    """The body « il » / « elle » (``gender``) at ``at`` takes up: one opening the pronoun's
    sentence before it, else the sentence before, with no person met between the body and
    the pronoun (« La banque lance une campagne. …, à l'image de Wissal X : « … », dit-elle »:
    the pronoun may be hers). None otherwise."""
    found = _first_opening(
        reader,
        gender,
        at,
        lambda sentence: body_subject(reader.text, sentence, gender, reader.lex),
        english_it=True,
    )
    if found is None:
        return None
    met = (reader.entities[s.key] for s in reader.seen if found[0] <= s.offset < at)
    return None if any(entity.person for entity in met) else found


def _first_opening(
    reader: _Reader,
    gender: str,
    at: int,
    find: Callable[[Span], Span | None],
    english_it: bool = False,
) -> Span | None:
    """What ``find`` reads opening the pronoun's sentence up to ``at``, else opening the
    sentence before: where the French « il » / « elle » (``gender``) that nothing else took
    up looks for what it stands for, the same two places for a body, a person and a singular
    after a plural speaker. With ``english_it``, the English "it" (gender "n") looks in the
    same two places for a body (english36b: "The council, which declined to comment, wants
    changes. It previously said…")."""
    french = gender in "mf" and reader.lex.language == "fr"
    english = english_it and gender == "n" and reader.lex.language == "en"
    if not (french or english):
        return None
    for sentence in ((reader.sentence_start, at), (reader.previous_start, reader.sentence_start)):
        found = find(sentence)
        if found is not None:
            return found
    return None


def body_subject(text: str, sentence: Span, gender: str, lex: Lexicon) -> Span | None:
    """The span of « le rectorat » / « la banque » (an article and a noun for a body)
    opening ``sentence`` (past a connective or a setting closed by a comma) when its gender
    fits ``gender`` ("m" or "f"); None otherwise."""
    return _opening_subject(text, sentence, gender, lex, people=False)


def someone_subject(text: str, sentence: Span, gender: str, lex: Lexicon) -> Span | None:
    """The span of « le maire de Vaux » / « une jeune femme » (a definite or indefinite
    article and a noun for a person or a body, a second person noun after it kept) opening
    ``sentence`` when its gender fits ``gender``: what a pronoun nothing else took up
    stands for."""
    return _opening_subject(text, sentence, gender, lex, people=True)


def singular_before(reader: _Reader, gender: str, at: int) -> Span | None:
    """The noun phrase « il » / « elle » (``gender``) at ``at`` stands for when the one who
    spoke last is a plural, whom a singular pronoun never takes up: an article and a noun of
    that gender opening the pronoun's sentence before it, else the sentence before (« Le
    propriétaire de la voiture a été relâché. Sa fille, qu'il a décrite comme… », after
    « selon des sources policières »), when its noun names people of a kind, never a thing
    (anaphora32, narrowed by mend32b)."""
    return _first_opening(
        reader,
        gender,
        at,
        lambda sentence: _opening_subject(
            reader.text, sentence, gender, reader.lex, True, kind_nouns=True
        ),
    )


def _opening_subject(
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
    people = lex.word_sets(
        "person_descriptions", "anonymous_heads", "unnamed_person_nouns", "held_offices"
    ) | lex.word_set("leader_words")
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


class _Met(Protocol):
    """What ``body_met_before`` reads of the reader: the names met, sentence by sentence."""

    lex: Lexicon
    entities: dict[str, Entity]
    seen: list[Seen]
    sentence: int


def body_met_before(reader: _Met) -> Entity | None:
    """ "… the news that the Transport Select Committee have recommended changes. They said
    …": with nobody heard yet, "they" is the latest named body met in this sentence or the
    one before (British English gives a body a plural verb; english20). A name of one word
    may be a common word opening a sentence ("Staff are angry because they say"): then
    nothing is taken."""
    for seen in recent(reader.seen if reader.lex.language == "en" else [], reader.sentence):
        entity = reader.entities[seen.key]
        if entity.label == "named" and not entity.person:
            return entity if " " in entity.name else None
    return None
