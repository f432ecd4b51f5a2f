"""A description that names anew a person the article has just named (speakers16 pass).

News writing names someone, then goes on with an office, a trade, a role or an epithet for
the same person: « …, a assuré Ségolène X. […] la ministre de l'Écologie a affirmé… »,
« Étienne X trie les fèves. Ce responsable de coopérative constate… », « C'est le cas
d'Élisabeth. […] confie la mère de famille ». The reader takes the description for that
person when the article met one named person it can fit; it stays a speaker of its own
when there is none, or two, or when what was written of that person rules it out. The rules
of ``anaphora`` that tie a description to a title or a subject come first; this one is
their last resort before a description becomes a speaker of its own.
"""

from __future__ import annotations

import re
from typing import Protocol

from quizapp.draft.anaphora.descriptions.undergone import underwent
from quizapp.draft.names.naming.gender import someone_words
from quizapp.draft.sources.reading import compatible, description_shapes
from quizapp.draft.speakers.entity import Entity
from quizapp.draft.speakers.met import Seen
from quizapp.draft.speakers.speaker_checks.can_speak import singular_noun
from quizapp.draft.text.word_patterns import kept_pattern
from quizapp.draft.words.lexicon import Lexicon, built_once, fold


class _Reader(Protocol):
    lex: Lexicon
    text: str
    entities: dict[str, Entity]
    sentence: int
    sentence_start: int
    seen: list[Seen]  # the narration's mentions, in order
    speakers_order: list[str]


def named_person_described(
    reader: _Reader, phrase: str, where: tuple[int, str | None], reading: tuple[str, str]
) -> Entity | None:
    """The named person a singular definite or demonstrative description of someone (with
    or without a complement) takes up: ``_one_fitting`` among those met just before it
    (``where``: the description's offset, and the key of a speaker its sentence sets it
    against, « estime quant à lui le maire »; ``reading``: its head and gender). None when
    its complement names another person (« l'épouse de Michel X », « la mère de la
    victime ») or a participle presents someone met there (« cet enseignant venu de
    Tournai »), when its noun names someone by a tie to another (« l'avocat », « le
    porte-parole »), when that person underwent the event the sentence before told, or when
    what was written of that person rules it out (``_described_otherwise``)."""
    head, gender = reading
    lex = reader.lex
    if lex.language != "fr":  # as written, French only: its determiners were French words
        return None
    complement = _own_complement(phrase, head, gender, lex)
    if complement is None:
        return None
    says = head not in lex.word_set("named_institutions")  # « le ministre » may be a woman
    person, near = _one_fitting(reader, where, gender, says)
    if person is None or underwent(person, reader.text, reader.sentence_start, lex):
        return None  # « Jean X a été interpellé. Le procureur affirme… »: someone acting on it
    heard = person.key in reader.speakers_order  # far back, only a demonstrative points
    heard = heard and (near or description_shapes(lex)[1].match(phrase) is not None)
    if _described_otherwise(person, (head, complement, heard), reader.text, lex):
        return None
    person.roles.add(head)
    return person


def _own_complement(phrase: str, head: str, gender: str, lex: Lexicon) -> str | None:
    """The complement of a singular description of someone that may take up a person met
    before (« le responsable de la coopérative »: « de la coopérative »), else None: a
    plural, no definite or demonstrative opening, a noun for no one, a new person presented
    or another one, a tie to someone else, or a person named in the complement."""
    if gender == "p" or not _describing(lex).match(phrase):
        return None
    complement = _complement(phrase, head)
    if head not in someone_words(lex) and not _bare_agent(head, complement, lex):
        return None
    if _PRESENTING.match(complement) or _another(lex).search(phrase):
        return None  # « ce jeune homme venu de Lyon », « le gérant d'un autre magasin »: new
    if tie_to_another(phrase, head, lex) or any(
        singular_noun(w) in someone_words(lex) for w in fold(complement).split()
    ):
        return None
    return complement


def tie_to_another(phrase: str, head: str, lex: Lexicon) -> bool:
    """A head that names someone by their tie to another person (lexicon
    ``relational_person_nouns``: « l'épouse », « l'avocat »), unless its complement only
    classifies (« la mère de famille »): after a sentence naming Paul X, someone close to him."""
    relational = head in lex.word_set("relational_person_nouns")
    return relational and not _classifying(_complement(phrase, head), lex)


def _bare_agent(head: str, complement: str, lex: Lexicon) -> bool:
    """« déplore l'horticulteur », « cette skieuse »: a noun no list holds, known for one
    who does something by its ending (lexicon ``agent_noun_endings``), with nothing after
    it: « le gouverneur de Labé » names its own office, someone else (speakers24)."""
    agent = head.endswith(tuple(lex.words("agent_noun_endings")))
    return agent and not complement.strip(" ,.;:")


def _one_fitting(
    reader: _Reader, where: tuple[int, str | None], gender: str, says: bool = False
) -> tuple[Entity | None, bool]:
    """The named person met in the two sentences before the description's (its own names
    set aside: « Citant Victor Hugo, le défenseur… »), when their gender fits; of several,
    the latest met, when that one spoke (« …, a expliqué X. […] cet exploitant de 39 ans »),
    else, when its noun ``says`` the gender (a person noun, not an office), the one whose
    gender fits (« C'est le cas d'Élisabeth. … à la veille de Noël. « … », confie la mère de
    famille »: Noël is no woman), else none (« Paul X et Anne Y ont visité l'usine. Le
    ministre… »: an office's grammatical gender does not say its holder's)."""
    other, entities = where[1], reader.entities
    if other is not None:  # « estime quant à lui le maire »: someone new, set against
        return None, True
    heard = set(reader.speakers_order)

    near: dict[str, None] = {}  # latest first
    for item in reversed(reader.seen):
        if item.sentence < reader.sentence - 2:
            break
        if item.sentence < reader.sentence and _named_person(entities[item.key], item.key in heard):
            near[item.key] = None
    keys = list(near)
    if not keys:  # nobody named just before: the one heard last, if nobody was named since
        return _heard_last(reader, gender), False
    if len(keys) > 1 and keys[0] in heard:
        keys = keys[:1]
    if len(keys) > 1 and says and gender in "mf":
        keys = [k for k in keys if compatible(entities[k].gender, gender)] or keys
    fits = len(keys) == 1 and compatible(entities[keys[0]].gender, gender)
    return (entities[keys[0]] if fits else None), True


def _heard_last(reader: _Reader, gender: str) -> Entity | None:
    """« "…", se félicite Paul X, fondateur du zoo. [three sentences of narration] "…",
    explique ce spécialiste de la faune »: with nobody named in the two sentences before,
    the named person who spoke last, when no other named person of a gender that fits was
    met since (its own sentence set aside, as above)."""
    if not reader.speakers_order:
        return None
    entities, key = reader.entities, reader.speakers_order[-1]
    person = entities[key]
    if not _named_person(person, True) or not compatible(person.gender, gender):
        return None
    last = max((m[0] for m in person.mentions if m[0] < reader.sentence_start), default=-1)
    for item in reversed(reader.seen):
        if item.offset <= last:
            break
        other = entities[item.key]
        since = item.key != key and item.sentence < reader.sentence and other.person
        if since and compatible(other.gender, gender):
            return None
    return person


def _named_person(entity: Entity, heard: bool) -> bool:
    """A person the article names (no description, outlet, camp or group): by a name whose
    gender is known, or one of capitalised words only (« Viola Amherd ») when it spoke; a
    single word, or one with an article or a particle, may be a place or a body
    (« Flamanville », « Quai d'Orsay »), and « Radio Cévennes » met in a setting is no one."""
    if not entity.person or entity.label != "named" or entity.key[1:2] == ":":
        return False
    personal = heard and _PERSONAL_NAME.fullmatch(entity.name) is not None
    return entity.gender in ("m", "f") or personal


def _described_otherwise(
    person: Entity, described: tuple[str, str, bool], text: str, lex: Lexicon
) -> bool:
    """The person was written with another noun that rules the description out
    (``described``: its head, its complement, and whether that person spoke): any other
    noun when they did not speak (« Paul X, maire de Brenon, a visité la ferme. […] regrette
    l'éleveur ») or when its complement names a body or a place (« la directrice du musée
    des Beaux-Arts » after « la ministre de la Culture X » spoke), a tie to someone (« son
    avocat, Me X » is not « le ministre »), or another part of a case (« Me X, avocat de la
    famille » is not « le procureur »). A person who spoke under one title may be taken up
    by an epithet (« X, le président de la LPO, a fustigé… le défenseur des dauphins »)."""
    head, complement, heard = described
    written = {title[0] for title in person.titles} | set(person.heads)
    written |= _tie_before(person, text, lex) | _kind_of_title(person, text, lex)
    if not written or head in written:
        return False
    if not heard or _CAPITAL.search(complement):
        return True
    parties = lex.word_set("case_parties")
    tied = written & lex.word_set("relational_person_nouns")
    return bool(tied) or (head in parties and bool(written & parties))


def _tie_before(person: Entity, text: str, lex: Lexicon) -> set[str]:
    """« a saisi son avocat, Me Paul X »: the noun a possessive set before the person's
    first mention, the tie they were brought in by."""
    if not person.mentions:
        return set()
    start = min(person.mentions)[0]
    found = _possessed_before(lex).search(text, max(0, start - 40), start)
    return {fold(found.group(1))} if found else set()


def _kind_of_title(person: Entity, text: str, lex: Lexicon) -> set[str]:
    """« Me Durand »: the trade a civil title says (lexicon ``title_kinds``: an « avocat »)."""
    if not person.mentions:
        return set()
    start = min(person.mentions)[0]
    before = person.name + " " + text[max(0, start - 6) : start]
    kinds = lex.raw.get("title_kinds", {}).items()
    return {singular_noun(k) for title, k in kinds if _title_written(title).search(before)}


def _title_written(title: str) -> re.Pattern[str]:
    """The title as written, its dot a dot (« Dr. » is not « Dre »), then a space."""
    return kept_pattern(rf"\b{re.escape(title)}\s")


def _complement(phrase: str, head: str) -> str:
    """What follows the description's head (« de la victime » in « le frère de la victime »)."""
    after = fold(phrase).find(head) + len(head)
    return phrase[after:] if after >= len(head) else ""


def _classifying(complement: str, lex: Lexicon) -> bool:
    """« de famille », « de formation », « de coopérative »: « de » and a noun with no
    determiner says what kind of person, not whose (« de la victime », « de Paul X »)."""
    found = _BARE_OF.match(complement)
    return found is not None and fold(found.group(1)) not in lex.word_set("determiners")


_BARE_OF = re.compile(r"\s*d(?:e\s+|['’]\s*)([a-zà-ÿ][\w-]*['’]?)")
# a participle right after the noun presents someone met there (« cette femme rencontrée
# hier », « cet enseignant venu de Tournai »), not one the article named
_PRESENTING = re.compile(r"\s*[a-zà-ÿ]{2,}(?:é|ée|és|ées|u|ue|us|ues|i|ie|is|ies)\s")
_CAPITAL = re.compile(r"\b[A-ZÀ-Ý]")
_PERSONAL_NAME = re.compile(r"(?!(?:Le|La|Les|The)\s)[A-ZÀ-Ý][\w'’.-]+(?:\s+[A-ZÀ-Ý][\w'’.-]+)+")


@built_once
def _describing(lex: Lexicon) -> re.Pattern[str]:
    """A singular definite or demonstrative description (lexicon ``taking_up_determiners``:
    « la ministre… », « ce métallier… »), not one of a group (``group_member_pronouns``:
    « l'une de ces sources »)."""
    group = lex.one_of("group_member_pronouns", loose_spacing=True)
    return re.compile(rf"(?i)(?!(?:{group})\s)(?:{lex.one_of('taking_up_determiners')})\s*\w")


@built_once
def _another(lex: Lexicon) -> re.Pattern[str]:
    """« d'un autre magasin », « une autre habitante » (lexicon ``another_markers``)."""
    return re.compile(rf"(?i)\b(?:{lex.one_of('another_markers', loose_spacing=True)})\b")


@built_once
def _possessed_before(lex: Lexicon) -> re.Pattern[str]:
    """« son avocat, Me » right before a name: what the possessive (lexicon ``tie_possessives``)
    brought that person in as, a civil title maybe between (``tie_titles``)."""
    possessive, title = lex.one_of("tie_possessives"), lex.one_of("tie_titles")
    return re.compile(rf"(?i)\b(?:{possessive})\s+([\w-]+)\s*,?\s*(?:(?:{title})\s+)?$")
