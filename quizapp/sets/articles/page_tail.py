"""The lines a browser's copy takes from below an article: left out of a pasted text.

A teacher who selects an article on its page and copies it often takes a line or two more:
"Related: Ofsted chief warns of teacher shortages in maths", "Sign up for our education
newsletter", « À lire aussi : … ». Pasted, they were the article's last paragraphs, which the
drafter highlighted as « the outlet itself » and the students read as the article's end
(teacher50). Only a run of short lines at the very end, each opening with a word of
``page_tail_openers`` (words.json) and ending no sentence, is left out: a line inside the
article, or one that ends a sentence ("Sign up for the scheme closes on Friday."), is kept.
The same lines right under the headline (« À lire aussi : … » between the headline and the
standfirst, as a page sets a link there) go too (teacher51): ``without_page_head``. A
heading of links alone on its line ("Related", « Sur le même sujet ») and the links' headlines
under it at the very end go together (paste52): the headlines end no sentence, and the heading
is only a page word, which no article's paragraph is. A page word and a colon make a link's
label anywhere below the headline too (teacher53: « Lire aussi : Belfort : des tags sur la
façade de la mairie » between two paragraphs was highlighted as a plain fact and proposed to
the students): ``without_page_links``.
"""

from __future__ import annotations

import re

from quizapp.sets.articles.article_words import article_words, word_alternation
from quizapp.sets.articles.dating.bylines import NAME_PARTICLES
from quizapp.sets.articles.dating.outlets import known_outlet

HEAD_LINES = 3  # a page sets a link or two under its headline
MAX_WORDS = 16  # a link's headline or a prompt; a paragraph of the article is longer
MAX_LINKS = 5  # the headlines a page lists under « Sur le même sujet »
_OPENERS = article_words("page_tail_openers")
_LINK_LEADS = article_words("link_leads")
_AD_SLOTS = article_words("ad_slot_labels")  # « Publicité » alone between two paragraphs
_SHARE_WORDS = article_words("share_bar_words")
_SHARE_FILLERS = article_words("share_bar_fillers")
# « Reportage », "Reporting by": the longest first, so that « Reportage de » is read whole
_CREDIT_WORDS = sorted(word_alternation("credit_openers").split("|"), key=len, reverse=True)
_CREDIT = re.compile(rf"(?:{'|'.join(_CREDIT_WORDS)})(?=\s|:|$)", re.I)
MAX_CREDIT_NAME = 4  # « Jean-Pierre de La Roche »: a name's words before a comma or « et »
# a short clause in small letters after a comma closing the line (« …, ont-ils écrit », "…, she
# said"): a sentence telling who wrote the prompt, which a link or a prompt never ends on
# (mend50a: « Suivez-nous sur les réseaux sociaux…, ont-ils écrit » was left out)
_INCISE = re.compile(r",\s+[a-zà-ÿ][\w'’-]*(?:\s+[\w'’-]+){0,3}$")
_SENTENCE_END = (".", "!", "?", "…", '"', "”", "»")


def without_page_tail(text: str) -> str:
    """``text`` without the run of page lines at its end (``_page_line``); the article
    itself when every line would go (a paste of nothing but links is kept as it is)."""
    lines = text.rstrip().split("\n")
    end, last = len(lines), -1
    while end != last:  # "Related" and its links, then "Most read" and its own above them
        last = end
        while end > 0 and (not lines[end - 1].strip() or _tail_line(lines[end - 1])):
            end -= 1
        end = _links_under_heading(lines, end)
    if end == len(lines) or not any(line.strip() for line in lines[:end]):
        return text
    return "\n".join(lines[:end])


def credits_outlet(text: str) -> str:
    """The outlet the report's credits at the end of ``text`` name beside the crew (« TF1 |
    Reportage Y. Chambon, N. Forestier » names TF1), empty when none: the credits leave the
    text (``_credits``), and « Média » stayed empty though the page had named the outlet
    (teacher57's left fault, teacher58)."""
    for line in reversed(text.rstrip().split("\n")[-HEAD_LINES:]):
        parts = [part.strip() for part in line.split("|")]
        if len(parts) > 1 and _credits(line):
            named = [part for part in parts if not _CREDIT.match(part) and known_outlet(part)]
            if named:
                return named[0]
    return ""


def _tail_line(line: str) -> bool:
    """A line of the page's end: a page word's prompt or link, a piece of a share bar, or the
    report's credits."""
    return _page_line(line) or _share_bar(line) or _credits(line)


def _credits(line: str) -> bool:
    """The report's credits, one of its parts (apart by « | ») opening on a credit word
    (``credit_openers``): « TF1 | Reportage Y. Chambon, N. Forestier », "Reporting by Anna
    Lee; Editing by Tom Hale". Pasted, they were the article's last paragraph and the students
    read the crew's names as its end (teacher57). Short, and ending no sentence; the credit
    word followed by « : », by « | » or by names (``_credited``): « Images satellites de la
    zone inondée », "Produced by local farmers since 1850" are the article's (mend57b)."""
    if _word_count(line) > MAX_WORDS or line.rstrip().endswith(_SENTENCE_END):
        return False
    parts = [part.strip() for part in line.split("|")]
    return any(_credited(part, at < len(parts) - 1) for at, part in enumerate(parts))


def _credited(part: str, more: bool) -> bool:
    """``part`` opens on a credit word and, after it, a colon, the line's next part (``more``)
    or a name (« Y. Chambon », "Anna Lee", « AFP »): the crew or the outlet credited."""
    found = _CREDIT.match(part)
    if not found:
        return False
    rest = part[found.end() :].strip()
    if rest.startswith(":") or (not rest and more):
        return True
    first = re.split(r"[,;]|\s(?:et|and|&)\s", rest)[0].split()
    return 0 < len(first) <= MAX_CREDIT_NAME and all(_capitalised(word) for word in first)


def _capitalised(word: str) -> bool:
    """A name's word: a capital first (« Y. », « Le », « AFP »), or a particle (« de »)."""
    return word[:1].isupper() or word.lower() in NAME_PARTICLES


def _share_bar(line: str) -> bool:
    """A line of nothing but a share bar's words (« Partager », « Facebook Twitter »), one at
    least no filler: a page splits its bar over several short lines, which no article's
    sentence is made of (mend53d: the second line was a classify item)."""
    words = re.sub(r"[\s:|/·•–—,]+", " ", line.lower()).split()
    shared = [word for word in words if word not in _SHARE_FILLERS]
    return bool(shared) and all(word in _SHARE_WORDS for word in shared)


def _links_under_heading(lines: list[str], end: int) -> int:
    """Where a heading of links opens the page's last lines before ``end``: the heading bare
    on its line, then one to ``MAX_LINKS`` link headlines up to ``end``; ``end`` if none."""
    filled = [at for at in range(end) if lines[at].strip()][-(MAX_LINKS + 1) :]
    for count, at in enumerate(reversed(filled)):
        if count and _heading(lines[at]):
            return at
        if not _link_headline(lines[at]):
            return end
    return end


def _heading(line: str) -> bool:
    """A line that is only a page word ("Related", « Sur le même sujet : »)."""
    return " ".join(line.strip(" \t:–—").lower().split()) in _OPENERS


def _link_headline(line: str) -> bool:
    """A short line ending no sentence: a question or a quotation's end may close a
    headline, a full stop or an exclamation does not."""
    bare = line.strip().rstrip(" \u00a0\u202f»”\"’'")
    return len(line.split()) <= MAX_WORDS and not bare.endswith((".", "!", "…"))


def without_page_head(text: str, after: int = 1) -> str:
    """``text`` without the run of page lines (``_page_line``, ``_link_label``) right after
    its first ``after`` lines (the headline; 0 for a page's body, which has none). Lines
    further down are the article's: a link there may be text (teacher50's test)."""
    lines = text.split("\n")
    filled = [at for at, line in enumerate(lines) if line.strip()]
    gone: set[int] = set()
    for at in filled[after : after + HEAD_LINES]:
        if not (_page_line(lines[at]) or _link_label(lines[at])):
            break
        gone.add(at)
    if not gone or len(gone) == len(filled):
        return text
    return "\n".join(line for at, line in enumerate(lines) if at not in gone)


def without_page_links(text: str) -> str:
    """``text`` without the link labels (``_link_label``) on their own lines below its first
    line (the headline), as a regional daily sets « Lire aussi : … » between paragraphs, and
    without the label of an advertisement's place (« Publicité », ``_ad_slot``). A
    page word with no colon (« Lire aussi les témoignages… ») is a sentence's, and kept."""
    lines = text.split("\n")
    filled = [at for at, line in enumerate(lines) if line.strip()]
    gone = {at for at in filled[1:] if _link_label(lines[at])} | _ad_slots(lines, filled[1:])
    if not gone or len(gone) == len(filled):
        return text
    return "\n".join(line for at, line in enumerate(lines) if at not in gone)


def _ad_slots(lines: list[str], below: list[int]) -> set[int]:
    """The lines that are only « Publicité » (``ad_slot_labels``), where the page showed an
    advertisement (teacher59), unless the article's own words use the label elsewhere: in an
    article about advertising a lone "Advertising" is a subhead, and it was deleted
    (review59b). Keeping a slot's label is the lesser loss."""
    slots = {at: " ".join(lines[at].lower().split()) for at in below}
    slots = {at: label for at, label in slots.items() if label in _AD_SLOTS}
    said = "\n".join(lines).lower()
    labels = list(slots.values())
    return {at for at, label in slots.items() if said.count(label) == labels.count(label)}


def _link_label(line: str) -> bool:
    """« À lire aussi : Riom, une famille relogée »: a page word and a colon make the line a
    link's label, whatever its headline ends on, wherever it stands below the headline
    (teacher53; mend50a's sentence ending on an incise had no colon); the bound is on the
    link's headline, after the lead (teacher55). A lead that only ever
    opens a link (``link_leads``: « Voir aussi », "Read more") makes one even when its
    headline ends on a full stop (« Voir aussi : notre dossier sur les ponts. », mend53d)."""
    line = line.strip()
    opener = re.match(r"([^:]{1,30}?)\s*:\s+\S", line)
    if not opener or _word_count(line[opener.end() - 1 :]) > MAX_WORDS:
        return False
    lead = " ".join(opener.group(1).lower().split())
    return lead in _LINK_LEADS or (lead in _OPENERS and not line.endswith(_SENTENCE_END))


def _word_count(line: str) -> int:
    """The words of ``line``, its marks standing alone left out: French sets a space before
    « : », « ; », « ? », so « Lire aussi : Vitrolles : la cantine de l'école des Pins fermée
    deux jours après une fuite d'eau », a link of 16 words, counted 18 and stayed between
    two paragraphs (teacher55)."""
    return sum(1 for token in line.split() if any(char.isalnum() for char in token))


def _page_line(line: str) -> bool:
    """A short line opening with a page word ("Related:", « Lire aussi »), no sentence."""
    line = line.strip()
    if _word_count(line) > MAX_WORDS or line.endswith(_SENTENCE_END) or _INCISE.search(line):
        return False
    opening = re.sub(r"[\s:–—]+", " ", line.lower()).strip()  # « Abonnez-vous » keeps its -
    return any(opening == word or opening.startswith(word + " ") for word in _OPENERS)
