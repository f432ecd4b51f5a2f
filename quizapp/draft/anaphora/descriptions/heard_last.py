"""A description that takes up the speaker just heard, though no title written next to a name
says so: a demonstrative and a word for a person (« …, se désole Fatimata X. Selon cette mère
de famille, … »), or, after a cue that goes on, a definite description in lower case of a
body (« le ministère russe des Affaires étrangères a dénoncé… « … », a poursuivi l'appareil
diplomatique russe »). The reader takes the one who spoke; the description adds nothing that
could name anybody else. Or its narrowing words were all written in the title set beside the
speaker's name (« l'éducateur du club » after « X, président du club »: ``heard_in_its_words``).
"""

from __future__ import annotations

import re

from quizapp.draft.anaphora.reader import NarrationReader
from quizapp.draft.names.naming.gender import after_cue_nouns, someone_nouns
from quizapp.draft.names.naming.roles import bare_description
from quizapp.draft.names.titles.descriptions import content_words
from quizapp.draft.sources.reading import SourceReading, compatible
from quizapp.draft.speakers.bodies.institutions import stems_of
from quizapp.draft.speakers.bodies.spoken_bodies import NOT_NAMED
from quizapp.draft.speakers.entity import Entity
from quizapp.draft.words.lexicon import Lexicon, elected_titles, folded_words


def person_pointed_at(reader: NarrationReader, reading: SourceReading) -> Entity | None:
    """« Selon cette mère de famille », « Cette infirmière assure » (a demonstrative and a
    person noun): the person who spoke in this sentence or the two before (a heading or one
    sentence of narration may come between: a demonstrative always points back), when the
    genders agree; not a body, an outlet or a group."""
    key = reader.last_speaker_key()
    if key is None or key[:2] in NOT_NAMED or reading.gender not in "mf":
        return None
    entity = reader.entities[key]
    recent = reader.spoke_in[key] >= reader.sentence - 2
    person = entity.person and reading.head in someone_nouns(reader.lex)
    return entity if recent and person and entity.gender in (reading.gender, "x") else None


def body_going_on(reader: NarrationReader, reading: SourceReading, phrase: str) -> Entity | None:
    """« …, a poursuivi l'appareil diplomatique russe » (the caller checked that the cue goes
    on and that the head names no document, outlet or body of its own): the named body that
    spoke in this sentence or the one before (or the one before that, when a word of the
    description shares its stem with the body's name), when the description, all in lower
    case after its article, names no person."""
    key = reader.last_speaker_key()  # a named institution may be a description (« d: »)
    if key is None or key[:2] in ("o:", "c:", "g:") or reading.head in someone_nouns(reader.lex):
        return None
    if any(word[:1].isupper() for word in phrase.split()[1:]):
        return None  # « le ministère de la Santé »: a body of its own
    entity = reader.entities[key]
    since = reader.sentence - reader.spoke_in[key]
    recent = since <= 1 or (since == 2 and _shares_stem(phrase, entity.name))
    return entity if recent and not entity.person and entity.label == "named" else None


def _shares_stem(phrase: str, name: str) -> bool:
    """A word of the description and one of the body's name open on the same five letters
    (« l'appareil diplomatique russe », « le ministère russe des Affaires étrangères »): with
    a sentence between them, the reader still links the two."""
    return bool(stems_of(phrase.split()[1:]) & stems_of(name.split()))


def heard_after_cue(speaker: Entity, reading: SourceReading, phrase: str, lex: Lexicon) -> bool:
    """« "…", a raconté Pascal X. […] "…", a affirmé le jeune éleveur »: a definite person
    noun or trade after its cue, bare (no complement, « le syndicaliste », « l'officier »),
    is one more word for the person heard last (``speaker``, named or described, no group),
    of a gender that fits; news writing varies the word for the one it goes on quoting. An
    office (« le maire », lexicon ``named_institutions``) brings in its holder instead, and
    a general word for offices (``role_hypernyms``: « le magistrat ») the office it covers."""
    words = folded_words(phrase)
    noun = reading.head in after_cue_nouns(lex) or reading.head in lex.word_set("anonymous_heads")
    if not bare_description(words, lex) or not noun:
        return False
    hypernym = reading.head in lex.raw.get("role_hypernyms", {})  # « le magistrat »: offices
    if reading.head in lex.word_set("named_institutions") or hypernym or reading.gender == "p":
        return False
    one = speaker.person and speaker.label != "vague" and speaker.gender != "p"
    return one and compatible(speaker.gender, reading.gender)


def group_office_of(speaker: Entity, reading: SourceReading, phrase: str, lex: Lexicon) -> bool:
    """ "Cllr X believes the plan is flawed. "…," said the leader of the independent group":
    an office held in a group of people (a complement with a noun of lexicon ``group_nouns``)
    after its cue, in the sentence after a named person with no written title was heard, is
    one more word for that person when the name was written with the title of an elected
    member (lexicon ``elected_member_titles``: councils and assemblies sit in groups), the
    genders fit ("the chairwoman" is no Tom) and the group is not set against theirs
    (lexicon ``other_group_words``: "the rival group"); a group's leader is not the office a
    bare title names elsewhere ("leader Michael Jones" leads the council: ``offices/holders``,
    english34; narrowed by mend34b)."""
    words = set(folded_words(phrase))
    if not words & lex.word_set("group_nouns") or words & lex.word_set("other_group_words"):
        return False
    first = {word.rstrip(".") for word in folded_words(speaker.name)[:1]}
    elected = bool(first & elected_titles(lex))
    fits = compatible(speaker.gender, reading.gender) and reading.gender != "p"
    return elected and fits and speaker.person and speaker.label == "named" and not speaker.titles


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


_CAPITAL = re.compile(r"\b[A-ZÀ-Ý]")
_STEM = 5  # « associative » narrows as « association » does
# the apposition after a name, to the end of its clause: « X, le "président" du club, »
_APPOSED = re.compile(r"\s*,\s*([^,.;:!?()\n]{3,90})")
