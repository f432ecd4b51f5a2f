"""A bare title or trade taking up the speaker still in focus (anaphora35): « ajoute le
conseiller », « la bourgmestre a souligné » several sentences after the named person last
spoke, when the narration named nobody else since. A reader keeps the speaker in focus across
quotations and narration that bring in no new person, so the description is that speaker's
new name, not a speaker of its own. ``bare_descriptions.BareDescriptions`` asks it last, once
no subject of the sentences just before took the description up.
"""

from __future__ import annotations

from quizapp.draft.anaphora.reader import NarrationReader
from quizapp.draft.names.titles.open_nouns import head_key
from quizapp.draft.sources.reading import SourceReading, compatible
from quizapp.draft.speakers.entity import Entity, named_person
from quizapp.draft.text.segment import Span
from quizapp.draft.words.lexicon import Lexicon, built_once

_FOCUS_REACH = 8  # sentences back where the speaker a bare title takes up was heard


def speaker_in_focus(
    reader: NarrationReader, reading: SourceReading, span: Span | None
) -> Entity | None:
    """The named person heard last, within ``_FOCUS_REACH`` sentences, of the noun's very
    gender (a name whose gender nothing told may be a place's), written with no title of
    another noun, when nobody the noun could describe was named outside a complement since;
    else none. Never a description inside a quotation, whom the speaker speaks of."""
    key = reader.last_speaker_key()
    if key is None or span is None or reader.spoke_in[key] < reader.sentence - _FOCUS_REACH:
        return None
    if quoted(reader, span[0]):
        return None  # « le conducteur nous a dit… » in X's words is someone X speaks of
    heard = reader.entities[key]
    if heard.gender != reading.gender or not named_person(heard):
        return None
    if _other_title(heard, reading.head, reader.lex) or _titled_elsewhere(reader, heard, reading):
        return None
    return None if _rival_since(reader, key, reading, span[0]) else heard


def quoted(reader: NarrationReader, at: int) -> bool:
    """``at`` lies inside one of the article's quotations, as the sentence views read them
    (joined across the paragraphs that reopen them; mend35e: not a count of marks of its own)."""
    return any(quote[0] < at < quote[1] for quote in reader.quotes.within(at, at + 1))


def _rival_since(reader: NarrationReader, key: str, reading: SourceReading, at: int) -> bool:
    """Another person, one and not a group, of a gender the noun allows, named outside a
    complement between the speaker's last sentence and the description: the noun may be
    theirs (« Julie X a visité les quartiers. La bourgmestre a souligné… »)."""
    for seen in reversed(reader.seen):
        if seen.sentence < reader.spoke_in[key]:
            return False
        entity = reader.entities[seen.key]
        other = seen.key != key and entity.person and entity.gender != "p" and not seen.nested
        if other and seen.offset < at and compatible(entity.gender, reading.gender):
            return True
    return False


def _other_title(entity: Entity, head: str, lex: Lexicon) -> bool:
    """The person was written with titles (« le maire X », « X, un habitant ») and none of
    them is this noun's: « a répondu le maire » after « X, un habitant » is someone else."""
    key = head_key(head, lex)
    held = [title[0] for title in entity.titles]
    return bool(held) and all(head_key(title, lex) != key for title in held)


def _titled_elsewhere(reader: NarrationReader, heard: Entity, reading: SourceReading) -> bool:
    """Someone else met holds this noun as a written title (« le commandant X ») while the
    speaker heard last does not: the noun is that other person's."""
    if any(title[0] == reading.head for title in heard.titles):
        return False
    others = (e for e in reader.entities.values() if e is not heard)
    return any(title[0] == reading.head for other in others for title in other.titles)


@built_once
def person_heads(lex: Lexicon) -> frozenset[str]:
    """Every noun the lexicon lists as a person's title, office or trade (« le conseiller »,
    « la bourgmestre », « le syndicaliste »), the heads a description of the speaker in
    focus may have."""
    kinds = (
        "person_descriptions",
        "unnamed_person_nouns",
        "occupation_nouns",
        "held_offices",
        "anonymous_heads",
        "focus_person_nouns",
    )
    return lex.word_sets(*kinds)
