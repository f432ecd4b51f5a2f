"""An office met before the name of the one who holds it: "selon le gouverneur de la province"
… later "le gouverneur provincial Gulab Mangar". The statements given to the description are
that person's, and a reader (and the answer key) names them by the fullest mention.

Only offices held by one person (described with a definite article, labelled named) are linked,
and only when exactly one named person of the article has that office's head noun written just
before their name; two governors, or none, leave the description as it is.
"""

from __future__ import annotations

import re

from quizapp.draft.anaphora.offices.holders import holder_of, titled_people
from quizapp.draft.anaphora.offices.opened_after_name import ReadArticle
from quizapp.draft.names.titles.descriptions import description_of, ordinal_before_noun
from quizapp.draft.sources.reading import compatible
from quizapp.draft.speakers.bodies.body_kinds import council_of_town, kinds_covered
from quizapp.draft.speakers.bodies.institutions import named_body
from quizapp.draft.speakers.entity import Entity
from quizapp.draft.speakers.met import mentions_after_space
from quizapp.draft.text.word_patterns import kept_pattern
from quizapp.draft.words.folding import folded_words
from quizapp.draft.words.lexicon import Lexicon, fold

_DEFINITE_THEN_WORD = re.compile(r"(?i)(?:le|la|l['’])\s*\w")

_BEFORE = 100  # more than a head word and the 40 characters of its phrase
_PHRASE_ENDS = '.,;:«»"\n'


def link_offices_to_names(
    entities: dict[str, Entity], renamed: dict[str, str], text: str, lex: Lexicon
) -> None:
    """Record in ``renamed`` the person each lone office description stands for: the one
    whose written title fits it (``holders.holder_of``), else the one named right after the
    office's head word."""
    people = [e for k, e in entities.items() if not k.startswith("d:") and e.person]
    held = lex.word_set("held_offices")  # « la préfète », read as an institution (names34)
    offices = [
        e
        for k, e in entities.items()
        if k.startswith("d:") and e.label == "named" and not _indefinite(e.name, lex)
        and (e.person or bool(e.roles & held))
    ]  # fmt: skip
    if not people or not offices:
        return
    titled = titled_people(entities)
    for office in offices:
        holder = holder_of(office.name, titled, lex) if office.name not in renamed else None
        if holder is not None and holder is not office:
            renamed[office.name] = holder.key
    phrases = _phrases_before(text, [p.name for p in people])  # the text read once for all
    before = {p.key: phrases[p.name] for p in people}
    for office in (o for o in offices if o.person):  # a held office only by a fitting title
        words = office.key[2:].split()  # « premier adjoint » is about « adjoint »
        head = next((w for i, w in enumerate(words) if not ordinal_before_noun(words, i, lex)), "")
        if len(head) < 4 or office.name in renamed:
            continue
        word = kept_pattern(rf"\b{re.escape(head)}\b", re.IGNORECASE)
        holders = {p.key for p in people if _titled(before[p.key], word, lex)}
        if len(holders) == 1:
            renamed[office.name] = holders.pop()


def _indefinite(name: str, lex: Lexicon) -> bool:
    """A description opening on an indefinite article introduces someone new ("A council
    spokesperson said" after "the council's chief executive Neal Cockerton": teacher17)."""
    first = fold(name).split(maxsplit=1)[:1]
    return bool(first) and first[0] in lex.word_set("indefinite_articles")


def _phrases_before(text: str, names: list[str]) -> dict[str, list[str]]:
    """Before each mention of each name (after a space, case ignored), its phrase: back to
    the last punctuation, without the space just before the name."""
    phrases: dict[str, list[str]] = {}
    for name, starts in mentions_after_space(text, names).items():
        phrases[name] = []
        for start in starts:
            before = text[max(0, start - 1 - _BEFORE) : start - 1]
            cut = max(before.rfind(mark) for mark in _PHRASE_ENDS)
            phrases[name].append(before[cut + 1 :])
    return phrases


def _titled(phrases: list[str], head: re.Pattern[str], lex: Lexicon) -> bool:
    """The office's head word ("gouverneur") ends at most 40 characters before the name, with
    no punctuation and no clause between (« Le maire a confié à Paul X »: ``_clause_between``)."""
    return any(
        m.end() >= len(p) - 40 and not _clause_between(p[m.end() :], lex)
        for p in phrases
        for m in head.finditer(p)
    )


def _clause_between(between: str, lex: Lexicon) -> bool:
    """« Le maire a confié à Paul X », « Le Canard a dévoilé que Paul X… »: an auxiliary
    between the office and the name, or a preposition of address right before the name, make
    the name someone the office spoke to or of, never its holder (reply55). A form of « être »
    is no such mark here (« est filmée par Valérie »: measured, it lost a speaker)."""
    words = folded_words(between)
    if words and words[-1] in lex.word_set("addressee_prepositions"):
        return True
    return any(word in lex.word_set("auxiliaries") for word in words)


_HEARD_WITHIN = 4  # sentences: the office's statement is still the reader's latest news of it


def office_just_heard(
    entities: dict[str, Entity],
    spoke_in: dict[str, int],
    sentence: int,
    person: Entity,
    lex: Lexicon,
) -> Entity | None:
    """ "Le porte-parole du Kremlin a prévenu que… « … », a déclaré X": a name met for the
    first time as a speaker, with no title of its own, is the holder of the nameless office
    (definite or possessed, named) that spoke last in the last sentences, when their genders
    agree: « Le chef de l'ONU… » in the headline, « …, a déclaré son porte-parole », then
    « …, a déclaré Stéphane X » is the spokesperson. Two offices heard in that same
    sentence name no one."""
    if not person.person or person.titles or len(person.mentions) != 1:
        return None
    offices = lex.word_set("person_descriptions")
    found = []
    for key, entity in entities.items():
        recent = sentence - _HEARD_WITHIN <= spoke_in.get(key, -99) < sentence
        if not (key.startswith("d:") and entity.person and entity.label == "named" and recent):
            continue
        if _indefinite(entity.name, lex):
            continue  # "A spokesperson said …" introduces someone, not the name met next
        title = description_of(entity.name, lex)
        if title is not None and title[0] in offices and compatible(entity.gender, person.gender):
            found.append(entity)
    last = max((spoke_in[e.key] for e in found), default=None)
    found = [e for e in found if spoke_in[e.key] == last]
    return found[0] if len(found) == 1 else None


def link_bodies_to_names(read: ReadArticle) -> None:
    """« a annoncé le parc » in an article about « le zoo de Beauval », « Le principal
    syndicat de contrôleurs » that the article names: a definite description of a body
    that spoke and stayed a description is written as the one named body the article
    introduces with a noun of its kind (the head itself or a word ``body_hypernyms``
    covers); two such bodies, or none, leave it as written."""
    entities, renamed, text, lex = read.entities, read.renamed, read.text, read.lex
    if not lex.raw.get("body_hypernyms"):
        return  # its phrases are French ones (« le zoo de X »); a lexicon without kinds
    bodies = [e for k, e in entities.items() if named_body(k, e)]
    kinds = {id(body): _kinds(text, body, lex) for body in {id(b): b for b in bodies}.values()}
    covered = kinds_covered(lex)
    documents = lex.word_set("possessed_documents")
    for key, described in entities.items():
        roles = described.roles - documents  # « un communiqué de la ville »: still « la ville »
        head = next(iter(roles), "")
        if (
            len(roles) != 1
            or _another_holder(described, lex)
            or not _body_description(key, described, read.speaking, renamed, head in covered)
        ):
            continue
        wanted = covered.get(head, frozenset({head}))
        longest = _one_body(described.name, head, wanted, (bodies, kinds), lex)
        if longest is not None:
            renamed[described.name] = key
            described.name = council_of_town(described.name, head, longest, lex)


def _another_holder(described: Entity, lex: Lexicon) -> bool:
    """An office read as an institution (``held_offices``) with a word marking another holder
    of it (« l'ancienne préfète », lexicon ``other_holder_words``): a person of her own, not
    the prefecture the article names, whoever holds it now (mend34c)."""
    if not described.roles & lex.word_set("held_offices"):
        return False
    words = folded_words(described.name)
    prefixes = {w.split("-")[0] + "-" for w in words if "-" in w}  # « l'ex-préfète »
    return bool((set(words) | prefixes) & lex.word_set("other_holder_words"))


def _one_body(
    name: str,
    head: str,
    wanted: frozenset[str],
    introduced: tuple[list[Entity], dict[int, list[tuple[str, str]]]],
    lex: Lexicon,
) -> str | None:
    """The phrase that introduced the one body a description ``name`` fits (a noun of its
    kind in ``wanted``, narrowed by the description's words), the longest when the others are
    within it (a name within an acronym's spelled-out name); None for none or two bodies.
    ``introduced``: the named bodies and the (kind, phrase) pairs each was introduced with."""
    bodies, kinds = introduced
    fits = {
        id(body): phrase
        for body in bodies
        for kind, phrase in kinds[id(body)]
        if kind in wanted and _narrows(name, phrase, head, lex)
    }
    longest = max(fits.values(), key=len, default="")
    if fits and all(fold(p) in fold(longest) for p in fits.values()):
        return longest
    return None


def _body_description(
    key: str, entity: Entity, speaking: set[str], renamed: dict, body_word: bool
) -> bool:
    """A definite description of a body (by its head, or a word ``body_hypernyms`` lists:
    « le parc »; the caller checked it has that one role, documents set aside), named,
    that spoke and was taken to no one."""
    definite = _DEFINITE_THEN_WORD.match(entity.name) is not None
    if any(w[:1].isupper() for w in entity.name.split()[1:]):
        return False  # « le ministère des Armées » is named already
    body = (body_word or not entity.person) and entity.label == "named"
    return (
        key.startswith("d:")
        and body
        and definite
        and entity.name in speaking
        and (entity.name not in renamed)
    )


_KIND_BEFORE = re.compile(  # « le zoo de », « au parc d' », « la société », « le groupe »
    r"(?:\b(?P<article>[Ll]e|[Ll]a|[Ll]['’]|[Aa]u|[Dd]u)\s*)?(?P<kind>[a-zà-ÿœ-]{3,})\s+"
    r"(?P<of>de\s+(?:la\s+|l['’])?|du\s+|des\s+|d['’])?$"
)


_KIND_OPENING = re.compile(r"(?:(?:le|la|l['’])\s*)?(\w[\w-]*)\s+[a-zà-ÿ]", re.IGNORECASE)


def _kinds(text: str, body: Entity, lex: Lexicon) -> list[tuple[str, str]]:
    """The nouns of kind the article writes a body's name with, each with its phrase:
    « le zoo de Beauval », « la société X », and a name that opens on its own kind
    (« le Syndicat national des … »)."""
    found = []
    first = _KIND_OPENING.match(body.name)
    if first is not None:
        found.append((fold(first.group(1)), body.name))
    for start, end in body.mentions:
        before = _KIND_BEFORE.search(text, max(0, start - 40), start)
        if before is None or fold(before.group("kind")) in lex.word_set("function_words"):
            continue
        article = fold(before.group("article") or "")
        written = article in {"le", "la", "l'", "l’"}
        phrase = text[before.start("article") if written else before.start("kind") : end]
        if article in {"au", "du"}:
            phrase = "le " + phrase
        found.append((fold(before.group("kind")), phrase))
    return found


def _narrows(description: str, phrase: str, head: str, lex: Lexicon) -> bool:
    """A description's own words after its head must fit the body (« le syndicat des
    pilotes » is not « le syndicat des contrôleurs »): more than half of them are in the
    body's phrase (a word by its first five letters: « aériens » is « aérien »)."""
    words = fold(description).split()
    after = words[words.index(head) + 1 :] if head in words else []
    content = [w for w in after if len(w) > 3 and w not in lex.word_set("function_words")]
    marks = lex.word_set("complement_marks")  # « de », « du », "of"
    if not any(w in marks or w.startswith("d'") for w in after):  # no complement
        return True
    written = fold(phrase)
    return sum(w[:5] in written for w in content) * 2 > len(content)
