"""A description in an English lede named in the paragraphs after it: "A hospital boss has
insisted his team would never mislead unions. … "…," said Eugine Yafele.", "The retail
stores' parent company said… . In a statement, Hudson's Bay Company said…". News writing
holds the name back from the first paragraph (delayed identification) and gives it as soon
as the story goes on, to the one who then speaks.

Only a description of one person or body that spoke in the headline or the lede (the
paragraph after it, or after a standfirst: english31), that nothing took up and that is no
anonymous source's noun (lexicon ``anonymous_heads``: "a senior official", "a source" stay
unnamed) is so named; the one it names is a named speaker of the same kind (person or body,
gender compatible) met in the next three paragraphs (two until english33), not named in the
lede already (a description that spoke only in the headline is named by the lede itself,
english39): the one whose name or title holds the description's noun ("A Cook County
judge", "Associate Judge Thomas X"), else the first met.
A place's capitals in the description ("A Belfast councillor") and the name in the headline
("Belfast councillor Gary X livid at…") leave it so (english30: the capitals were a bar).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from quizapp.draft.anaphora.offices.opened_after_name import ReadArticle
from quizapp.draft.names.titles.descriptions import content_words
from quizapp.draft.sources.reading import compatible
from quizapp.draft.speakers.entity import Entity
from quizapp.draft.text.segment import paragraphs as text_paragraphs
from quizapp.draft.words.lexicon import Lexicon, alternation, built_once, fold

_FOLLOWING = 3  # paragraphs after the lede where the name is given (english33: 2 before)
_HEADLINE = 25  # words at most: a first line longer than that is the lede itself


class _Lede(NamedTuple):
    """Where an article's lede is: its span, the paragraphs a description in it may stand in
    (the headline too when it is short) and the end of the paragraphs that may name it."""

    span: tuple[int, int]
    leading: list[tuple[int, int]]
    headline: tuple[int, int]
    window_end: int


def name_lede_descriptions(read: ReadArticle) -> set[str]:
    """Record in ``read.renamed`` the named speaker each lede description stands for; the
    descriptions so named."""
    lede = _find_lede(read.text) if read.lex.language == "en" else None
    if lede is None:
        return set()
    named: set[str] = set()
    for key, described in list(read.entities.items()):
        if _name_description(read, key, described, lede):
            named.add(described.name)
    return named


def _find_lede(text: str) -> _Lede | None:
    """The lede of an article of three paragraphs or more, None for a shorter one: a step of
    its own so that each description is weighed against the same lede, found once."""
    paragraphs = text_paragraphs(text)
    if len(paragraphs) < 3:
        return None
    first = _lede_index(text, paragraphs)
    lede = paragraphs[first]
    window_end = paragraphs[min(len(paragraphs), first + 1 + _FOLLOWING) - 1][1]
    short = len(text[slice(*paragraphs[0])].split()) <= _HEADLINE
    leading = paragraphs[: first + 1] if short else [lede]
    return _Lede(lede, leading, paragraphs[0], window_end)


def _name_description(read: ReadArticle, key: str, described: Entity, lede: _Lede) -> bool:
    """Whether the description ``described`` of the lede is given a name in the paragraphs
    after it, recording it in ``read.renamed`` when it is: the test of one description, apart
    from the walk over all of them."""
    text, lex = read.text, read.lex
    if not _lede_description(key, described, lede.span[1], read.speaking, read.renamed, lex):
        return False
    leads = _mentions_leading(text, described, lede, lex)
    if not any(leads):
        return False  # "…, a consultant told the board": not the lede's own subject
    body = next(iter(described.roles)) in lex.word_set("body_demonstrative_heads")
    person = described.person and not body  # "The police watchdog": a body
    window = _naming_window(described, lede)
    found = _named_next(read.entities, described, person, window, read.speaking)
    alone = found is not None and not _named_next(
        read.entities, described, person, window, read.speaking, found
    )
    if found is None or not _takes(found, described, leads, alone, lex):
        return False
    read.renamed[described.name] = found.key
    found.mentions.extend(described.mentions)
    return True


def _mentions_leading(text: str, described: Entity, lede: _Lede, lex: Lexicon) -> list[bool]:
    """For each mention of the description and each paragraph of the lede, whether the
    mention leads that paragraph (``_leads``): the lede's own subject, not a bystander."""
    return [
        _leads(text, m, p, p == lede.headline, lex)
        for m in described.mentions
        for p in lede.leading
    ]


def _naming_window(described: Entity, lede: _Lede) -> tuple[int, int, int]:
    """Where the name may be met: from the lede's end, or from its start for a description
    that spoke only in the headline (the lede may name it, english39), to the window's end."""
    before_lede = max(m[1] for m in described.mentions) <= lede.span[0]  # the headline's
    start = (lede.span[0], lede.span[0]) if before_lede else lede.span
    return (*start, lede.window_end)


def _lede_index(text: str, paragraphs: list[tuple[int, int]]) -> int:
    """The lede's paragraph: the one after the headline, or after a standfirst under it (a
    short line with no closing stop, "Kent chief constable says force is 'in a storm'",
    english31), when two paragraphs at least follow. Closing quote marks are no stop: the
    character before them says whether the line ends a sentence (mend31b)."""
    standfirst = text[slice(*paragraphs[1])].rstrip()
    short = len(standfirst.split()) <= _HEADLINE
    unstopped = standfirst.rstrip(_CLOSING_MARKS)[-1:] not in _STOPS
    return 2 if short and unstopped and len(paragraphs) > 3 else 1


_CLOSING_MARKS = "\"”’'»"
_STOPS = ".!?…:"


def _leads(
    text: str, mention: tuple[int, int], paragraph: tuple[int, int], headline: bool, lex: Lexicon
) -> str:
    """ "opens" when the mention opens the paragraph (after a dateline), "label" when it
    opens the ``headline``'s clause after a topic and its colon (english39), "closes" when
    it closes the paragraph, after its verb, one auxiliary of the lexicon before it allowed
    ("…, agency says", "…, a councillor has said.", english39; never "…, a teacher told
    reporters.", mend39b) or as the source of a cue before it ("…, according to a community
    leader.", "…, said a Conservative mayor.", english33): the paragraph's own subject, not
    a word inside its story; else ""."""
    if not paragraph[0] <= mention[0] < paragraph[1]:
        return ""
    if mention[0] == paragraph[0] + _dateline_length(text[paragraph[0] : paragraph[1]]):
        return "opens"
    if headline and _HEADLINE_LABEL.fullmatch(text, paragraph[0], mention[0]):
        return "label"  # "Rail strikes: Union boss urges…": the clause after the label
    return "closes" if _closes_paragraph(lex).fullmatch(text, mention[1], paragraph[1]) else ""


_HEADLINE_LABEL = re.compile(r"[^:.\n]{2,40}:\s+")  # a topic and its colon (english39)


@built_once
def _closes_paragraph(lex: Lexicon) -> re.Pattern[str]:
    """ ", agency says." / ", said a X." / ", a councillor has said.": at most one verb after
    the mention, and before it one auxiliary of the lexicon (``auxiliaries``, one word)."""
    auxiliaries = alternation([w for w in lex.words("auxiliaries") if " " not in w])
    return re.compile(rf"(?:\s+(?:{auxiliaries or '(?!)'}))?(?:\s+[a-z]+)?[.!]?\s*")


def _dateline_length(paragraph: str) -> int:
    """ "CHICAGO (CBS) -- ", "WASHINGTON, June 11 (Reuters) - ": a dateline before the lede's
    first words (capitals and a dash), else 0."""
    found = _DATELINE.match(paragraph)
    return found.end() if found else 0


_DATELINE = re.compile(
    r"[A-Z][A-Z .,'’/-]{2,40}(?:,[^()\n–—]{1,20})?(?:\([^)]{1,30}\))?\s*(?:--|–|—|-)\s+"
)


def _lede_description(
    key: str,
    entity: Entity,
    lede_end: int,
    speaking: set[str],
    renamed: dict[str, str],
    lex: Lexicon,
) -> bool:
    """A description of one, spoken in the lede only, taken to no one, no anonymous source."""
    if not key.startswith("d:") or entity.name not in speaking or entity.name in renamed:
        return False
    if not entity.mentions or max(m[1] for m in entity.mentions) > lede_end:
        return False
    if entity.gender == "p" or entity.label == "vague" or len(entity.roles) != 1:
        return False
    head = next(iter(entity.roles))
    return head not in lex.word_set("anonymous_heads")


def _named_next(
    entities: dict[str, Entity],
    described: Entity,
    person: bool,
    window: tuple[int, int, int],
    speaking: set[str],
    skip: Entity | None = None,
) -> Entity | None:
    """The named speaker of the description's kind (a ``person`` or a body) met in
    ``window``'s paragraphs after the lede and not in the lede (its start, end and the
    window's end), other than ``skip``: one holding the description's noun first, then the
    earliest met."""
    lede_start, lede_end, end = window
    best: tuple[tuple[bool, int], Entity] | None = None
    seen: set[int] = set()
    for key, entity in entities.items():
        if key.startswith(("d:", "o:", "a:", "c:")) or id(entity) in seen or entity is skip:
            continue
        seen.add(id(entity))
        if entity.person != person or not compatible(entity.gender, described.gender):
            continue
        if entity.name not in speaking or fold(entity.name) in fold(described.name):
            continue
        if any(lede_start <= m[0] < lede_end for m in entity.mentions):
            continue  # named in the lede already: someone beside the description
        after = [m[0] for m in entity.mentions if lede_end < m[0] < end]
        rank = (not _shares_head(entity, described), min(after, default=end))
        if after and (best is None or rank < best[0]):
            best = (rank, entity)
    return best[1] if best else None


def _takes(found: Entity, described: Entity, leads: list[str], alone: bool, lex: Lexicon) -> bool:
    """The named speaker ``found`` takes the description when the description opens its
    paragraph, or holds its noun (mend33c); after a headline's label ("Rail strikes: Union
    boss says…") only so, or when it is the one named speaker met (mend39b: "Transport
    minister Mary Hogan", met before the union's leader, is no union boss)."""
    if "opens" in leads or _holds_noun(found, described, lex):
        return True
    return "label" in leads and alone


def _holds_noun(found: Entity, described: Entity, lex: Lexicon) -> bool:
    """mend33c: a description that only closes the lede ("…, said a union boss.") is often
    the story's one side, the person named next its other ("said rail minister Tom Hill"):
    that person takes it only with no written title or one holding a word of the description
    ("union boss Ann Reid" for "a union boss"; "chairman of the community councils forum"
    for "a community leader")."""
    wanted = set(content_words(described.name, lex))
    return not found.titles or any(wanted & words for _, words in found.titles)


def _shares_head(entity: Entity, described: Entity) -> bool:
    """The description's noun is written in the name or a title of the named speaker ("A
    Cook County judge" and "Associate Judge Thomas X"): that speaker first."""
    head = next(iter(described.roles))
    written = fold(entity.name).split() + [title[0] for title in entity.titles]
    return head in written
