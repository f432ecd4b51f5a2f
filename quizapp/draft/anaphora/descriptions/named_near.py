"""A definite description of a person that no rule tied to anyone met, taking up the one
person named just before whose written title it repeats (names53): « Daniel X, actuel maire
d'Ambérieu, l'a confirmé… Pour appuyer sa candidature, le maire-candidat fait valoir… »,
« La secrétaire générale de la CGT, Sophie X, a alerté… », then « avertit la cheffe de file
de la CGT ». The keys give the name (the fullest mention of the person). The title is the
tie: a name met nearby with no title, or with another, is no evidence (« le gouverneur de
Labé » after an untitled name, « la directrice du musée » after « la ministre … Roselyne X »
are other people). Asked last, before the description becomes a speaker of its own.
"""

from __future__ import annotations

import re

from quizapp.draft.anaphora.descriptions.just_named import person_noun
from quizapp.draft.anaphora.descriptions.speaker_in_focus import person_heads, quoted
from quizapp.draft.anaphora.descriptions.undergone import underwent
from quizapp.draft.anaphora.reader import NarrationReader
from quizapp.draft.names.titles.descriptions import content_words
from quizapp.draft.names.titles.open_nouns import head_key
from quizapp.draft.sources.reading import SourceReading
from quizapp.draft.speakers.entity import Entity, named_person
from quizapp.draft.text.segment import Span
from quizapp.draft.words.lexicon import Lexicon, built_once, fold

_REACH = 2  # sentences back where the person the description takes up was named
_STEM = 5  # « syndicale » narrows as « syndicat » does


def person_named_near(
    reader: NarrationReader, phrase: str, span: Span | None, reading: SourceReading
) -> Entity | None:
    """The one named person (a first name and a surname, of the description's gender) met in
    the narration in the description's sentence before it or in the ``_REACH`` sentences
    before, whose written title the description repeats (``_tied``), when the description is
    definite and singular, out of quotations, and its head a person's title or trade; none
    when two such people, of either gender, were met there, or when the person underwent the
    event just told (« Jean X a été interpellé. Le procureur… »)."""
    if span is None or not _definite_singular(reader, phrase, span[0], reading):
        return None
    heads = _person_heads(reading.head, reader.lex)
    if not heads:
        return None
    people = [p for p in _named_before(reader, span[0]) if _tied(p, heads, phrase, reader.lex)]
    if len(people) != 1 or people[0].gender != reading.gender:
        return None
    if underwent(people[0], reader.text, reader.sentence_start, reader.lex):
        return None
    return people[0]


def _definite_singular(
    reader: NarrationReader, phrase: str, at: int, reading: SourceReading
) -> bool:
    """« le maire-candidat », « la cheffe de file de la CGT »: French, definite, of one
    gender, in the narration (« le maire m'a dit… » in someone's words is whom they speak of)."""
    words = fold(phrase).split()
    if reader.lex.language != "fr" or reading.gender not in ("m", "f") or not words:
        return False
    articles = reader.lex.word_set("singular_definite_articles")
    definite = words[0] in articles or words[0].startswith("l'")
    return definite and not quoted(reader, at)


def _named_before(reader: NarrationReader, at: int) -> list[Entity]:
    """The distinct named people met in the narration before ``at``, in its sentence or the
    ``_REACH`` before, of either gender: « Gilles X, président du FC Y, et Anne Z,
    directrice du FC Y » both lead the club, and « le dirigeant du FC Y » names neither."""
    found: dict[str, Entity] = {}
    for seen in reversed(reader.seen):
        if seen.sentence < reader.sentence - _REACH:
            break
        entity = reader.entities[seen.key]
        if seen.offset >= at or not entity.person or not named_person(entity):
            continue
        if len(entity.name.split()) > 1:
            found.setdefault(entity.key, entity)
    return list(found.values())


def _person_heads(head: str, lex: Lexicon) -> set[str]:
    """The description's head as a person's title or trade, in one form for both genders:
    itself (« cheffe »: the lexicon's ``leader_words``), its masculine form, or each listed
    part of a compound (« maire-candidat », « député-maire »), or an office it covers (lexicon
    ``role_hypernyms``: « le mayeur » is the « bourgmestre »)."""
    leaders = lex.word_sets("leader_words", "group_voice_nouns")
    forms = {head, head_key(head, lex), *head.split("-")}
    forms |= {fold(office) for office in lex.raw.get("role_hypernyms", {}).get(head, [])}
    return {
        head_key(word, lex)
        for word in forms
        if word in person_heads(lex) or person_noun(word, lex) or word in leaders
    }


def _tied(person: Entity, heads: set[str], phrase: str, lex: Lexicon) -> bool:
    """The description repeats a title written for the person: its head is one of theirs
    (« actuel maire d'Ambérieu » then « le maire-candidat ») and it names no other body, or
    it is a leader's word and every word narrowing it was written in their titles (« la
    cheffe de file de la CGT » after « secrétaire générale de la CGT »)."""
    held = {head_key(title[0], lex) for title in person.titles} | set(person.heads)
    written = {w[:_STEM] for title in person.titles for w in (*title[1], title[0])}
    if heads & held:
        return not _other_body(phrase, written, lex)
    if not heads & _leaders(lex) or heads & {w for title in person.titles for w in title[1]}:
        return False  # « Marc X, secrétaire du délégué syndical »: not « le délégué syndical »
    said = content_words(phrase, lex)
    if not said or head_key(said[0], lex) not in heads:
        return False  # « la cheffe du gouvernement » is read as an office of its own
    compound = _compound_words(heads, fold(phrase), lex)
    narrowing = [w for w in said[1:] if head_key(w, lex) not in heads | compound]
    return bool(narrowing) and all(w[:_STEM] in written for w in narrowing)


@built_once
def _leaders(lex: Lexicon) -> frozenset[str]:
    """The words for whoever leads a body (lexicon ``leader_words``: « chef », « patronne »),
    in one form for both genders: a leader of the body a title names is that title's holder."""
    return frozenset(head_key(word, lex) for word in lex.word_set("leader_words"))


def _other_body(phrase: str, written: set[str], lex: Lexicon) -> bool:
    """A capitalised word after the head that the person's titles do not hold and that names
    no party (lexicon ``party_families``): the office of another body (« Le patron de la
    CFDT » is not « Hugo X, président de la République »); a party says whose side the
    person is on (« l'élu des Républicains »)."""
    parties = _party_words(lex)
    for word in _CAPITALISED.findall(phrase, 1):
        folded = fold(word)
        if folded[:_STEM] not in written and folded not in parties:
            return True
    return False


@built_once
def _party_words(lex: Lexicon) -> frozenset[str]:
    """Every word of the parties' names the lexicon lists, folded."""
    names = (name for listed in lex.raw.get("party_families", {}).values() for name in listed)
    return frozenset(word for name in names for word in fold(name).split())


_CAPITALISED = re.compile(r"\b[A-ZÀ-Ý][\w-]*")


def _compound_words(heads: set[str], phrase: str, lex: Lexicon) -> set[str]:
    """The words after the head of a group voice of several words (« chef de file », « tête
    de liste », lexicon ``group_voice_nouns``) written in the description, of either gender
    (« la cheffe de file »: the head opens on the entry's first word): they name the office,
    not whose it is."""
    words: set[str] = set()
    for entry in lex.words("group_voice_nouns"):
        first, _, rest = fold(entry).partition(" ")
        if rest and any(head.startswith(first) for head in heads) and f" {rest}" in phrase:
            words.update(rest.split())
    return words
