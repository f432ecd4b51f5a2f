"""A definite description of a person, with a new noun and no name beside it, right after a
sentence that named one person: « Ces images hantent Laurent X. L'éleveur a perdu… »,
« … qui vont rassurer Nicolas X. Pour le vice-président du département, … ». News writing
varies the words for the person it follows; the description takes that person up, and keeps
its noun as one of their roles (a later « regrette l'éleveur »). (speakers9 pass.)"""

from __future__ import annotations

import re
from typing import Protocol

from quizapp.draft.lexicon import Lexicon, built_once, fold
from quizapp.draft.naming.gender import noun_gender
from quizapp.draft.naming.roles import bare_description
from quizapp.draft.sources.reading import SourceReading, compatible
from quizapp.draft.speakers.entity import Entity
from quizapp.draft.speakers.met import Seen
from quizapp.draft.titles.descriptions import content_words


class _Reader(Protocol):
    """What ``only_person_named`` reads of the narration: the entities and the names met."""

    lex: Lexicon
    entities: dict[str, Entity]
    seen: list[Seen]  # the narration's mentions (outside quotations), in order


_PERSON_NOUNS = ("person_descriptions", "unnamed_person_nouns")


def person_just_named(
    seen: list[Seen], entities: dict[str, Entity], where: tuple[int, int], reading: tuple[str, str],
    phrase: str, lex: Lexicon,
) -> Entity | None:  # fmt: skip
    """A trade or a view (« L'éleveur a perdu… », « Pour le vice-président… ») after a
    sentence that named one person outside a complement, when nobody is named in its own
    sentence before it (``where``: the sentence's index and the description's offset), the
    gender fits and no title was written for that person (a titled person described by
    another noun is someone else: « Paul X, maire de Y, … Le gendarme a dit »); ``reading``:
    the description's head and gender, its complement (``phrase`` after the head) naming
    nobody and holding no capital (« le frère de la victime », not « l'ami de Paul »)."""
    complement = _complement(phrase, reading[0])
    if _names_a_person(complement, lex) or _CAPITAL.search(complement):
        return None
    named = _named_before(seen, entities, where)
    entity = _one_untitled(entities, named[0], reading[1]) if named else None
    if entity is not None:
        entity.roles.add(reading[0])
    return entity


def office_just_named(
    seen: list[Seen], entities: dict[str, Entity], where: tuple[int, int], reading: tuple[str, str],
    phrase: str, lex: Lexicon,
) -> Entity | None:  # fmt: skip
    """An office opening its sentence (« Le chef de file de l'opposition a… ») after a
    sentence that named one person, outside a complement or else inside one (« …cette
    intervention d'Olivier X. Le chef… »), on the terms of ``person_just_named``; its
    complement may name a body (« de l'opposition »), and the person taken up is a name,
    never a description or a group (« l'opposition » taken for a person)."""
    if _names_a_person(_complement(phrase, reading[0]), lex):
        return None
    named = _named_before(seen, entities, where)
    entity = _one_untitled(entities, named[0] or named[1], reading[1]) if named else None
    if entity is None or entity.label != "named" or entity.key[1:2] == ":":
        return None
    return entity  # its caller gives it the role once it is sure (speakers23)


def _complement(phrase: str, head: str) -> str:
    """What follows the description's head (« de la victime » in « le frère de la victime »)."""
    after = fold(phrase).find(head) + len(head)
    return phrase[after:] if after >= len(head) else ""


def _names_a_person(complement: str, lex: Lexicon) -> bool:
    """A person noun in the complement (« le frère de la victime »): someone else's kin."""
    return any(_person_noun(w, lex) for w in fold(complement).split())


def _named_before(
    seen: list[Seen], entities: dict[str, Entity], where: tuple[int, int]
) -> tuple[set[str], set[str]] | None:
    """The people named in the sentence before the description's, outside a complement and
    inside one; None when someone is named in its own sentence before it."""
    sentence, at = where
    keys: set[str] = set()
    nested: set[str] = set()
    for item in reversed(seen):
        if item.sentence < sentence - 1:
            break
        if item.sentence == sentence and item.offset < at:
            return None
        if item.sentence == sentence - 1 and entities[item.key].person:
            (nested if item.nested else keys).add(item.key)
    return keys, nested


def _one_untitled(entities: dict[str, Entity], keys: set[str], gender: str) -> Entity | None:
    """The one person of ``keys``, when no title was written for them and the gender fits."""
    entity = entities[next(iter(keys))] if len(keys) == 1 else None
    if entity is None or entity.titles or not compatible(entity.gender, gender):
        return None
    return entity


def occupation(head: str, lex: Lexicon) -> bool:
    """A trade (« l'éleveur », « la boulangère », lexicon ``occupation_nouns``): opening a
    sentence, it describes the person the sentence before was about. An office or a part in
    a case (« l'avocat général », « le maire », « le candidat ») brings in someone new."""
    return head in lex.word_set("occupation_nouns")


def opening_occupation(tokens: list, lex: Lexicon) -> tuple[str, str] | None:
    """The trade a sentence opens on after a definite article (« L'éleveur a perdu… »), no
    name set beside it (« L'éleveur Paul X »), with the gender its article or noun gives
    (« Le fromager » is a man, whatever « fromager » alone says); None otherwise."""
    if len(tokens) < 3 or fold(tokens[0].text) not in _DEFINITE:
        return None
    head = fold(tokens[1].text)
    if not occupation(head, lex) or tokens[2].text[:1].isupper():
        return None
    return head, _DEFINITE[fold(tokens[0].text)] or noun_gender(head, lex)


def view_of_named(
    seen: list[Seen], entities: dict[str, Entity], text: str, where: tuple[int, int, int],
    reading: tuple[str, str], phrase: str, lex: Lexicon,
) -> Entity | None:  # fmt: skip
    """« … rassurer Nicolas X. Pour le vice-président du département, … »: him, when the
    description opens its sentence after « Pour » (``where``: the sentence's index, its start
    and the description's offset)."""
    sentence, start, at = where
    if for_someone(text, start, at):
        return person_just_named(seen, entities, (sentence, at), reading, phrase, lex)
    if text[start:at].strip(' \n"«“') or reading[0] not in lex.word_set("person_descriptions"):
        return None
    if any(o in fold(phrase) for o in lex.words("compound_offices")):
        return None  # « L'avocat général » after « Me X » is someone else
    person = office_just_named(seen, entities, (sentence, at), reading, phrase, lex)
    if person is None or underwent(person, text, start, lex):
        return None  # and no role: « le procureur » would name the man arrested later on
    person.roles.add(reading[0])
    return person


def subject_just_named(
    seen: list[Seen], entities: dict[str, Entity], text: str, where: tuple[int, int],
    reading: tuple[str, str], phrase: str, opening: list[str], lex: Lexicon,
) -> Entity | None:  # fmt: skip
    """« …, comme l'a tweeté Jean X. Le sénateur démocrate s'est félicité : « … », a-t-il
    poursuivi »: a description opening the narration's sentence (``where``: its index and
    start; ``opening``: its first words) takes up the one person the sentence before named,
    as a description that is a source does: a trade through ``person_just_named``, an
    office through ``view_of_named`` (a name, never one the last sentence's event befell),
    never a compound office (« L'avocat général » after « Me X »). Speakers23: the later
    « il » was the description, a speaker of its own. French only, as the pass read."""
    offices = lex.words("compound_offices")
    if lex.language != "fr" or any(office in fold(" ".join(opening)) for office in offices):
        return None
    if occupation(reading[0], lex):
        return person_just_named(seen, entities, where, reading, phrase, lex)
    return view_of_named(seen, entities, text, (*where, where[1]), reading, phrase, lex)


def underwent(person: Entity, text: str, sentence_start: int, lex: Lexicon) -> bool:
    """« Jean X a été interpellé mardi. Le procureur affirme… », « Paul Y est mort. Le maire
    de Lyon… »: the person the sentence before named underwent its event (a participle of the
    lexicon's ``undergone_participles`` after their name), and the office that speaks next is
    someone acting on it, not them (review14). « X a été élu maire. Le maire… » is no such
    event: taking an office is not undergoing one; nor is a participle used as a noun after
    a determiner or a number (« il lui reste cinq moutons, dont deux blessés », « les
    blessés »): others underwent it (speakers17)."""
    ends = [end for _, end in person.mentions if end <= sentence_start]
    if not ends:
        return False
    found = _undergone(lex).finditer(text, max(ends), sentence_start)
    return any(not _counted(text, event.start(), lex) for event in found)


def _counted(text: str, at: int, lex: Lexicon) -> bool:
    """The word before a participle is a determiner, a number or a figure: a noun for
    those who underwent it (« deux blessés », « un blessé grave »)."""
    before = _WORD_BEFORE.search(text, max(0, at - 30), at)
    if before is None:
        return False
    word = fold(before.group(1))
    counts = lex.word_sets("determiners", "group_count_words")
    return word.isdigit() or word in counts


@built_once
def _undergone(lex: Lexicon) -> re.Pattern[str]:
    participles = lex.one_of("undergone_participles", loose_spacing=True)
    return re.compile(rf"(?i)\b(?:{participles})\b")


_WORD_BEFORE = re.compile(r"([\w'’]+)\s+$")


def for_someone(text: str, sentence_start: int, at: int) -> bool:
    """« Pour le vice-président du département, … »: the description opens its sentence
    after « Pour », the view of the person the narration is about."""
    return _FOR.fullmatch(text, sentence_start, at) is not None


def heard_in_its_words(
    speaker: Entity, text: str, reading: tuple[str, str], phrase: str, lex: Lexicon
) -> bool:  # fmt: skip
    """« …, affirme Paul X, président par intérim du club. […] « … », menace l'éducateur du
    club »; « Pour Lise Y, présidente de l'association Z, … », then « assure la responsable
    associative »: a description with a new noun whose narrowing words (« du club »,
    « associative ») were all written in the title set beside the name of the person heard
    last (``speaker``; ``reading``: the description's head and gender) is that person, the
    noun one more word for them. A complement with a name (« l'éducateur de Paul X »), a
    bare noun (« le maire ») or another gender says nothing of the kind; a rank (« le premier
    adjoint ») is that person's only with the noun in the title too (not the Premier ministre)."""
    head, gender = reading
    words = [w for w in content_words(phrase, lex) if w not in content_words(head, lex)]
    if not words or _CAPITAL.search(phrase[1:]) or not speaker.person or gender == "p":
        return False
    if speaker.gender not in (gender, "x") and gender in "mf":
        return False
    stems = {w[:_STEM] for title in speaker.titles for w in title[1]}
    for _, end in speaker.mentions:
        beside = _APPOSED.match(text, end)
        stems |= {w[:_STEM] for w in content_words(beside.group(1), lex)} if beside else set()
    if any(w in lex.word_set("ordinal_adjectives") for w in words):  # « le premier adjoint »:
        words += list(content_words(head, lex))  # a rank narrows only with its noun written
    return all(w[:_STEM] in stems for w in words)


def _person_noun(word: str, lex: Lexicon) -> bool:
    return any(word in lex.word_set(key) for key in _PERSON_NOUNS) or occupation(word, lex)


_DEFINITE = {"le": "m", "la": "f", "l'": ""}  # the gender each article gives
_CAPITAL = re.compile(r"\b[A-ZÀ-Ý]")
_STEM = 5  # « associative » narrows as « association » does
# the apposition after a name, to the end of its clause: « X, le "président" du club, »
_APPOSED = re.compile(r"\s*,\s*([^,.;:!?()\n]{3,90})")
_FOR = re.compile(r"\W*(?:Et\s+|Mais\s+)?[Pp]our\s+")


def only_person_named(
    reader: _Reader, start: int | None, reading: SourceReading, words: list[str]
) -> Entity | None:
    """« L'Espagnol Alberto X a été suspendu. […] Pour se défendre, le coureur avait… »: a
    bare definite description of a person (``reading``: its head, a noun of a person or a
    trade, and its gender) that took up no one near it is the one person the article named
    before its sentence (``start``, where it starts; None when a filler such as « de son
    côté » sets the description against the one heard last), when it named exactly one of
    the description's sex (``_of_its_sex``), the gender fits and no title of another noun
    was written for them (« Paul X, directeur des services, … Pour le maire, … » is someone
    else), nor is it an office of two words (« l'avocat général »). Labels22. That one
    person must be met in the narration (``reader.seen``): a name only inside a quotation
    (« « Le QS World Rankings se base… » ») may be a second person, but is no one the
    article introduced (speakers24)."""
    head, gender, lex = reading.head, reading.gender, reader.lex
    someone = _person_noun(head, lex) or head.endswith(tuple(lex.words("agent_noun_endings")))
    if start is None or lex.language != "fr" or gender == "p" or not someone:
        return None  # English: "the official" after "Ariana Grande" is someone else
    offices = lex.words("compound_offices")  # « l'avocat général » is no « avocat »
    if not bare_description(words, lex) or any(office in " ".join(words) for office in offices):
        return None
    people = [
        e
        for key, e in reader.entities.items()
        if e.person and e.label == "named" and not key.startswith("d:")
        and len(e.name.split()) > 1 and any(end <= start for _, end in e.mentions)
    ]  # fmt: skip
    people = _of_its_sex(people, gender)
    if len(people) != 1 or not compatible(people[0].gender, gender):
        return None
    if not any(seen.key == people[0].key and seen.offset < start for seen in reader.seen):
        return None  # named only inside a quotation
    titled = {title[0] for title in people[0].titles}
    return people[0] if not titled or head in titled else None


def _of_its_sex(people: list[Entity], gender: str) -> list[Entity]:
    """The people named so far who may be the one a gendered description stands for: those
    of its sex, when the article showed the sex of every one of them (« Anne X et Paul Y
    tiennent la ferme. […] l'éleveuse » is Anne); all of them when the description's gender
    is unknown or someone's sex was never shown (a « Camille » may be the one). Speakers29:
    of the corpus's descriptions it leaves, the keys give that person each time."""
    if gender not in ("m", "f") or any(e.gender not in ("m", "f") for e in people):
        return people
    return [e for e in people if e.gender == gender]
