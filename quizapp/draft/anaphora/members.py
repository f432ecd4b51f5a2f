"""A member of a group that spoke before speaks for that group: "Two U.S. officials said… .
…, one of the officials said", « Trois élus ont dénoncé… . L'un des élus affirme… ». The
reader (and the answer key) counts one group of sources, not a second, unrelated one.
And the other way round, a couple named together (« Léa et Marc ») gives « son époux » a
name: the one of the two who is not the person just heard. The couple itself is found here too
(two people joined by « et » as one subject, whom « ils » then stands for), and « elle » or
« il » after it spoke: each reading rests on the same joined names.

Only a partitive the lexicon lists (``partitive_openers``) followed by the group's own head
noun (a plural: "officials", « élus ») is read so, and only a group that already spoke,
the latest first.
"""

from __future__ import annotations

import re
from itertools import pairwise

from quizapp.draft.anaphora.reader import NarrationReader
from quizapp.draft.speakers.bodies.body_subjects import body_met_before
from quizapp.draft.speakers.entity import Entity
from quizapp.draft.words.lexicon import Lexicon, alternation, built_once, fold
from quizapp.draft.words.plural import written_plural


def group_of_member(reader: NarrationReader, phrase: str) -> Entity | None:
    """The group a member (``phrase``, folded: "one of the officials") was counted in."""
    head = _member_head(phrase, reader.lex)
    if head is None:
        return None
    for key in reversed(reader.speakers_order):
        entity = reader.entities[key]
        if head in entity.roles and fold(entity.name) != phrase:  # a plural head: a group
            return None if _counted_apart(phrase, entity) else entity
    return None


def _counted_apart(phrase: str, group: Entity) -> bool:
    """ "Residents at the meeting said… . One of the 58 residents objecting said…": a count
    in the member's phrase that the group was never met with makes another group, a new
    one the member belongs to (english20); "one of the 2 officials" after "2 officials"
    is still theirs."""
    counts = [w for w in phrase.split() if w.isdigit()]
    return any(c not in fold(group.name).split() for c in counts)


def plural_described(reader: NarrationReader, at: int) -> Entity | None:
    """« … faire face au mécontentement de ses employés. En grève, ces derniers réclament… »:
    the last plural description of people in the sentence before « ces derniers » (at
    ``at``) or in its own before it, a determiner of ``latter_determiners`` and a group's head of
    ``vague_heads`` in the plural, when no plural named or met comes after it. It speaks as
    a vague group of its own, the one a later « ces derniers » finds again."""
    if not reader.lex.words("latter_determiners"):
        return None
    before = max(0, reader.sentence_start - 2)
    start = max(reader.text.rfind(stop, 0, before) for stop in ".!?") + 1
    found = max(
        _plural_description(reader.lex).finditer(reader.text, start, at),
        default=None,
        key=lambda m: m.start(),
    )
    if found is None:
        return None
    met = (s for s in reader.seen if found.start() < s.offset < at)
    if any(reader.entities[s.key].gender == "p" for s in met):
        return None
    key = "d:" + fold(found.group(0))
    if key not in reader.entities:
        reader.entities[key] = Entity(key, found.group(0), "vague", person=False)
        reader.entities[key].gender = "p"
        reader.entities[key].roles.add(fold(found.group("head")))
    return reader.entities[key]


@built_once
def _plural_description(lex: Lexicon) -> re.Pattern[str]:
    determiners = alternation(lex.words("latter_determiners"))
    heads = alternation(h for h in lex.words("vague_heads") if written_plural(h))
    return re.compile(rf"(?i)\b(?:{determiners})\s+(?P<head>{heads})\b")


def _member_head(phrase: str, lex: Lexicon) -> str | None:
    if not lex.words("partitive_openers"):
        return None
    found = _partitive(lex).fullmatch(phrase.strip())
    return found.group("head") if found else None


@built_once
def _partitive(lex: Lexicon) -> re.Pattern[str]:
    """ "one of the officials", « l'un des élus »: an opener, then the group's noun."""
    openers = lex.words("partitive_openers")
    return re.compile(rf"(?:{alternation(openers)})\s*(?:[\w-]+\s+)?(?P<head>[\w-]+)")


def partner_in_couple(reader: NarrationReader, phrase: str) -> Entity | None:
    """« "…", lâche Léa. "…", complète son époux »: after one of a couple named together
    spoke, a possessive and a word for a partner (lexicon ``partner_nouns``) is the other."""
    words, possessives = phrase.split(), reader.lex.word_set("person_possessives")
    if len(words) != 2 or words[0] not in possessives or not reader.speakers_order:
        return None
    if words[1] not in reader.lex.word_set("partner_nouns"):
        return None
    last = reader.entities[reader.speakers_order[-1]]
    for key in reversed(reader.speakers_order):
        names = _JOINED.split(reader.entities[key].name)
        if key.startswith("g:") and len(names) == 2 and last.name in names:
            other = names[1 - names.index(last.name)]
            found = [e for k, e in reader.entities.items() if e.name == other and k != key]
            return found[0] if found else None
    return None


def couple_before(reader: NarrationReader, at: int) -> Entity | None:
    """« Léa et Marc, retraités, vivent ici. Ils confient… »: two people named as one
    subject (joined by « et », "and"), in this sentence or the one before, are what a
    plural pronoun stands for, together, under both their names. Two people whose gender a
    first name or a title tells need not be the subject when set off by a comma or a colon:
    after a plural description (« les chefs de groupe, Fatima X et Simon Y, ont salué… Ils
    déploraient ») or after a rubric (« Canton de X : Léa Y et Marc Z ont décidé… Ils
    invitent »), the pair is still who « ils » takes up (speakers48)."""
    recent = [s for s in reader.seen if s.offset < at and s.sentence >= reader.sentence - 1]
    for first, second in reversed(list(pairwise(recent))):
        one, other = reader.entities[first.key], reader.entities[second.key]
        ends = [m[1] for m in one.mentions if m[0] == first.offset]
        end = next((m[1] for m in other.mentions if m[0] == second.offset), second.offset)
        told = one_person(one) and one_person(other) and _set_off(reader.text, first.offset, end)
        if not (first.subject or second.subject or told) or not ends or one is other:
            continue  # a person joined to a word nothing told is a person too (« Léonne »)
        if not (one.person or other.person) or not _JOINED.fullmatch(
            reader.text, ends[0], second.offset
        ):
            continue
        name = reader.text[first.offset : end]
        key = "g:" + fold(name)
        group = reader.entities.setdefault(key, Entity(key, name, "named", person=True))
        group.gender, group.members = "p", (one.key, other.key)
        group.mentions = [(first.offset, end)]  # a new list: mentions only grow
        one.person = other.person = True
        return group
    return None


def one_of_couple(reader: NarrationReader, gender: str) -> Entity | None:
    """« Léa et Marc … Ils confient… « … », s'agace-t-elle »: after a couple spoke (this
    sentence or the one before), « elle » or « il » is the one of the two the other's
    gender leaves (a first name may tell nothing)."""
    key = reader.last_speaker_key()
    group = reader.entities[key] if key is not None else None
    if group is None or len(group.members) != 2 or gender not in "mf":
        return None
    if reader.spoke_in.get(group.key, -9) < reader.sentence - 1:
        return None
    one, other = (reader.entities[k] for k in group.members)
    opposite = "m" if gender == "f" else "f"
    fits = [e for e, o in ((one, other), (other, one)) if e.gender == gender or (
        e.gender == "x" and o.gender == opposite)]  # fmt: skip
    return fits[0] if len(fits) == 1 else None


def one_of_pair_named(reader: NarrationReader, head: str, gender: str, at: int) -> Entity | None:
    """« … les discours d'Élisabeth X, ministre des transports, et Nicolas Y. La première a
    précisé… »: an ordinal pronoun (lexicon ``ordinal_pronouns``: « la première » 1, « le
    second » 2) is that one of the people named in the latest sentence, this one before it
    or one of the two before, that named two of them or more, in the order they were named
    (mentions in a complement count; people whose gender a first name or a title told); so
    « « … », s'émeut le second » after « Pour Dylan et Thomas … « … », explique le premier »
    is Thomas, though the sentence between met Dylan again (anaphora20). None when no such
    sentence is near or when the gender disagrees."""
    rank = reader.lex.raw.get("ordinal_pronouns", {}).get(head)
    if rank is None:
        return None
    recent = [s for s in reader.seen if s.offset < at and s.sentence >= reader.sentence - 2]
    by_sentence: dict[int, list[Entity]] = {}
    for seen in sorted(recent, key=lambda s: s.offset):
        entity = reader.entities[seen.key]
        told = entity.person and entity.gender in ("m", "f")
        people = by_sentence.setdefault(seen.sentence, [])
        if told and entity not in people:
            people.append(entity)
    named = [p for _, p in sorted(by_sentence.items()) if len(p) >= max(rank, 2)]
    if not named:
        return None
    chosen = named[-1][rank - 1]
    return chosen if chosen.gender == gender or gender not in "mf" else None


_JOINED = re.compile(r"\s+(?:et|and)\s+")  # « Léa et Marc »: two names as one subject


def _set_off(text: str, offset: int, end: int) -> bool:
    """A pair after a rubric's colon (« Canton de X : Léa X et… »), or set off by commas on
    both sides (« les chefs de groupe, Léa X et Marc Y, ont salué… »): an apposition, not
    the object of a verb (« Les syndicats ont reçu Léa X et Marc Y. Ils… » is the unions).
    A pair after a comma that closes its clause is the object after an adverbial set off by
    commas (« ont reçu, hier, Léa X et Marc Y. », "met, on Monday, Mary X and John Y."):
    mend48a."""
    before = text[max(0, offset - 40) : offset].rstrip()[-1:]
    return before == ":" or (before == "," and text[end : end + 40].lstrip()[:1] == ",")


def heard_for_they(reader: NarrationReader) -> Entity | None:
    """Whom « ils » / « eux » stands for when no plural was met: a group or a body heard in
    the two sentences before (« Les représentants d'EELV ont salué… » then « ils demandent »,
    not the one person heard since), else the last speaker, never one person described
    (« l'enseignante de leur enfant », speakers17)."""
    entities = reader.entities
    heard = [k for k in reader.speakers_order if not (k[:2] == "d:" and one_person(entities[k]))]
    recent = [k for k in heard if reader.spoke_in.get(k, -9) >= reader.sentence - 2]
    heard = [k for k in recent if not one_person(entities[k])] or heard
    return entities[heard[-1]] if heard else body_met_before(reader)


def one_person(entity: Entity) -> bool:
    """One person, named or described, of a known gender: never « ils » or « eux » alone."""
    return entity.person and entity.gender in ("m", "f")


def stressed(text: str, span: tuple[int, int] | None, lex: Lexicon) -> bool:
    """« eux », « elles » after « selon », « pour »: a stressed pronoun (speakers17)."""
    words = fold(text[span[0] : span[1]]).split() if span else []
    return bool(words) and words[0] in lex.word_set("stressed_pronouns")
