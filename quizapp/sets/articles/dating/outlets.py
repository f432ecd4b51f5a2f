"""Whether a short part of a head line names a news outlet: a byline's part after its comma,
a publication line's part after its dash, a line of its own beside the byline.

Out of ``datelines`` (mend54e), which had reached 300 lines. A paper's name holds an outlet's
word (``outlet_words``) or a word of capitals; a place's name does not, even when a word of
one sits inside it: « Par Marie Dupont, Aix-en-Provence », « Sainte-Croix » and « Publié le
03/12/2026 - Saint-Aubin » filled « Média » with a town (paste54's new words provence, croix
matched inside them, and any capitalised words after a dash were the outlet). A hyphenated
name opening on « Saint- » or holding « -en- », « -sur- », « -lès- », "-upon-"
(``place_openers``, ``place_joins``, words.json) is a place's, and no word inside it makes it
a paper; « Ouest-France », « Nice-Matin », « La Croix », « Sud Ouest » still are.
"""

from __future__ import annotations

import re

from quizapp.sets.articles.article_words import article_words

# Between a dateline's or a publication line's parts (« Publié le 03/12/2026 - TNTV News »,
# "Brighton and Hove News | 21 May 2025"): one definition for datelines, publication and here.
# read from the first space of a run, whole (hostile55: ``\s+`` retried every shorter run at
# every space of a pasted run of thousands, a minute for 48,000 spaces)
PART_SEPARATOR = re.compile(r"(?<!\s)\s++[|–—·•-]\s+")
_BYLINE = re.compile(r"^(?:par|by|de|from)\b", re.I)
MAX_OUTLET_WORDS = 6
MIN_PAPER_WORDS = 2  # "Falmouth Packet"; a word alone is a town (« Saint-Brieuc »)
JOURNALIST_ROLES = article_words("journalist_roles")  # "Helen Marsh, Education correspondent"
_ARTICLES = article_words("paper_articles")  # a paper's name is singular (words.json)
_JOINS = article_words("phrase_joins")  # « Les Verts et la gauche »: a phrase, no name
_OUTLET_WORDS = article_words("outlet_words")  # « France Bleu », "Valley Radio" (mend53c)
_PLACE_OPENERS = article_words("place_openers")  # « Sainte-Croix », "St-Ives"
_PLACE_JOINS = article_words("place_joins")  # « Aix-en-Provence », "Bradford-on-Avon"
_ALONE = article_words("outlet_words_alone")  # « La Croix », not « La Croix-Valmer »
_NAMES = article_words("outlet_names")  # « TF1 », « France 2 », "BBC": no outlet word in them


def paper_name(part: str) -> bool:
    """A short part naming a paper: an article and a capital (« Le Courrier picard ») or
    capitalised words (``_paper_name``), holding an outlet's word either way (``outlet_words``):
    « Par Marie Dupont, La Rochelle » filled « Média » with the reporter's town (paste54)."""
    words = part.strip(" .;:").split()
    short = 0 < len(words) <= MAX_OUTLET_WORDS and not re.search(r"[\d,]", part)
    named = short and not _BYLINE.match(part) and (_article_and_name(words) or _paper_name(words))
    return named and any(map(_outlet_word, words))


def _paper_name(words: list[str]) -> bool:
    """Capitalised words naming a paper with no article (« France Bleu Belfort », "BBC
    News"), no reporter's role ("Local Democracy Reporter", « Grand Reporter »). They must
    hold an outlet's word (``outlet_words``) or a word of capitals (« TNTV »): a place
    (« Saint-Brieuc »), a role ("Chief Political Commentator") or a photo credit (« Photos
    Thomas Brégardis ») filled the outlet (mend53c)."""
    return _names_no_role(words) and any(map(_outlet_word, words))


def _names_no_role(words: list[str]) -> bool:
    """Capitalised words (``is_name``) holding no reporter's role and no « et »."""
    lowered = {word.lower() for word in words}
    return is_name(words) and not JOURNALIST_ROLES & lowered and not _JOINS & lowered


def paper_between(line: str) -> str:
    """The outlet a head's line names when it stands between the byline and the publication
    line, a page's own place for it: there two to four capitalised words, with no figure,
    comma or role, name the paper even with no outlet's word ("By / Sarah Jones / Falmouth
    Packet / Published …": the line stayed a paragraph and « Média » empty, review59b).
    Empty for any other line."""
    words = line.strip().split()
    plain = MIN_PAPER_WORDS <= len(words) <= MAX_OUTLET_WORDS and not re.search(r"[\d,.;:!?]", line)
    return (
        line.strip() if plain and _names_no_role(words) and not _BYLINE.match(line.strip()) else ""
    )


def _outlet_word(word: str) -> bool:
    """A word of an outlet's name (``_listed_word``), or a word of capitals."""
    letters = re.sub(r"[\W\d_]", "", word)
    return (len(letters) >= 2 and letters.isupper()) or _listed_word(word)


def _listed_word(word: str) -> bool:
    """A word of an outlet's name (``outlet_words``, ``outlet_names``), or a part of a
    hyphenated one that is no place's name (``place_name``: « Aix-en-Provence », « Sainte-Croix »)
    and may be a paper's part (not ``outlet_words_alone``: « La Croix-Valmer », reply55)."""
    bare = word.strip(".,;:").lower()
    pieces = set() if place_name(bare) else set(re.split(r"[-‑]", bare)) - _ALONE
    return bool({bare, *pieces} & (_OUTLET_WORDS | _NAMES))


def known_outlet(part: str) -> bool:
    """A short part naming an outlet by a listed word or name (« TF1 », « France 2 », « M6 »,
    "BBC News", « Ouest-France »), no byline. A word of capitals is anyone's: an author's
    affiliation (« SNCF Réseau », "NHS Trust") or a credits part (« Archives INA ») filled
    « Média » (mend58b, after teacher58's report credits and outlet before its desk)."""
    words = part.strip(" .;:").split()
    short = 0 < len(words) <= MAX_OUTLET_WORDS and not _BYLINE.match(part.strip())
    named = " ".join(words).lower() in _NAMES or (is_name(words) and any(map(_listed_word, words)))
    return short and named


def outlet_before_desk(line: str) -> str:
    """The outlet a head's line names alone (« Sud Ouest », ``paper_name``) or before its desk
    after a comma ("BBC News, Hereford & Worcester", « Ouest-France, Rennes »: the line stayed
    the article's first paragraph and « Média » empty, teacher58); there only a listed name
    (``known_outlet``): "NHS Trust, West Midlands" under the byline is the author's
    affiliation (mend58b). Empty for any other line."""
    outlet, _, desk = line.strip().partition(",")
    if not desk.strip():
        return outlet.strip() if paper_name(outlet) else ""
    words = desk.split()
    one_word = len(words) == 1 and words[0][:1].isupper() and not re.search(r"\d", desk)
    return outlet.strip() if known_outlet(outlet) and (one_word or line_name(desk)) else ""


def place_name(word: str) -> bool:
    """A hyphenated word naming a place: opening on « Saint- » / « Sainte- » (``place_openers``)
    or joined by « -en- », « -sur- », « -lès- », "-upon-" (``place_joins``, words.json)."""
    pieces = re.split(r"[-‑]", word.strip(".,;:").lower())
    joined = any(piece in _PLACE_JOINS for piece in pieces[1:-1])
    return len(pieces) > 1 and (pieces[0] in _PLACE_OPENERS or joined)


def line_outlet(line: str) -> str:
    """The part of the line set apart by a dash or a bar that names an outlet (``line_name``
    holding an outlet's word, « TNTV News »); never a town (« Publié le 03/12/2026 -
    Saint-Aubin », "Published 3 December 2026 - Bradford-on-Avon": mend54e)."""
    names = (part.strip(" .,;:") for part in PART_SEPARATOR.split(line))
    return next((part for part in names if line_name(part) and _outlet_part(part)), "")


def line_name(part: str) -> bool:
    """A dateline's part that reads as a name (``is_name``), short, with no figure, no byline
    (« Par Jean Roux », "By Anna Lee"): an outlet's or a place's."""
    words = part.strip(" .,;:").split()
    short = 0 < len(words) <= MAX_OUTLET_WORDS and not re.search(r"\d", part)
    return short and not _BYLINE.match(part.strip(" .,;:")) and is_name(words)


def _outlet_part(part: str) -> bool:
    """The part holds an outlet's word (``_outlet_word``)."""
    return any(map(_outlet_word, part.split()))


def is_name(words: list[str]) -> bool:
    """A name, not a section of the site: its longer words capitalised, and more than one
    word or a capital inside one (« TNTV News », "Brighton and Hove News", « Ouest-France »,
    « BFMTV »; not « Politique », « Faits divers »). A French paper's name may end in small
    letters after its article and a capitalised noun (« Le Courrier picard », « Le Journal du
    dimanche »): the outlet was left empty for « Par Julie Moreau | Le Courrier national | 4
    décembre 2026 » (teacher49)."""
    if _article_and_name(words):
        return True
    if not all(word[:1].isupper() for word in words if len(word) >= 4 or word is words[0]):
        return False
    return len(words) >= 2 or any(char.isupper() for char in words[0][1:])


def _article_and_name(words: list[str]) -> bool:
    """« Le Courrier … », « La Voix … », "The Herald …": a capitalised article, then a
    capitalised noun, opening a paper's name; no « et » joining two things."""
    opens = len(words) >= 2 and words[0] in _ARTICLES and words[1][:1].isupper()
    return opens and not _JOINS & {word.lower() for word in words}
