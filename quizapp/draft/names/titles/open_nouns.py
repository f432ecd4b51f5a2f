"""Any noun that describes a named person, kept for the later description that takes it up.

The lexicon's role heads (« ministre », "spokesperson") are a closed list; a reporter
describes people with any noun: « Hélène Vasseur, pharmacienne à Lunel, », "Helen Vasser, a
pharmacist in Leeds,", « la boulangère Marie X ». Written right next to a name, set off by
commas or just before it, such a noun is that person's head for this article, and a later
« la pharmacienne », « cette éleveuse » or "the pharmacist" is that person again, provided
the genders agree and no other person met holds the same head (then the reader could not
tell either). Masculine and feminine forms are one head (endings in the lexicon).
"""

from __future__ import annotations

from quizapp.draft.names.naming.gender import noun_gender
from quizapp.draft.names.titles.descriptions import civil_titles, role_heads, singular, verb_forms
from quizapp.draft.speakers.entity import Entity, each_once
from quizapp.draft.text.segment import QUOTE_MARK_TOKENS, Token
from quizapp.draft.words.lexicon import Lexicon, fold

_WINDOW = 10


def note_open_title(
    entity: Entity, tokens: list[Token], run: tuple[int, int], lex: Lexicon
) -> None:
    """Give the person named at ``run`` the head of the description written next to it."""
    head = _head_after(tokens, run[1], lex) or _head_before(tokens, run, lex)
    head = head or _head_of_complement_before(tokens, run[0], lex)
    if head is not None:
        entity.heads[head_key(head, lex)] = gender = head_gender(head, lex)
        entity.gender = gender if entity.gender == "x" else entity.gender


def role_behind_title(phrase: str, lex: Lexicon) -> str | None:
    """« M. le maire », « Mme la présidente »: a civil title before a definite role written all
    in lower case is the courtesy an article pays the office's holder; the role after it
    (« le maire ») is what a reader takes up, the holder met before (« M. le maire de Gramat,
    Michel X, » then « Pour M. le maire, … »: speakers58). None for any other phrase, and for
    « Madame le Maire » (a capital: an office written as a name, kept as written), and for
    an office with a qualifier after it (« M. le maire adjoint », « M. le maire honoraire »:
    another person than the mayor, mend58d)."""
    words = phrase.split()
    if len(words) < 3 or fold(words[0]).rstrip(".") not in civil_titles(lex):
        return None
    if fold(words[1]) not in lex.word_set("definite_articles"):
        return None
    rest = phrase[phrase.index(words[1]) :]
    qualified = len(words) > 3 and fold(words[3]) in lex.word_set("office_qualifiers")
    return rest if not qualified and not any(c.isupper() for c in rest) else None


def person_by_head(head: str, gender: str, recent: list[Entity], lex: Lexicon) -> Entity | None:
    """The one person or named body met (``recent``, latest first) whose description has
    this head (« la société X, porteuse du projet, » then « le porteur de projet »); None
    when nobody, or two, hold it, or when a person's gender disagrees (a body's noun has
    its own gender: « le porteur » for « la société »)."""
    if not head:
        return None
    key = head_key(fold(head), lex)
    holders = each_once(e for e in recent if _describable(e) and key in e.heads)
    if len(holders) != 1:
        return None
    person = holders[0]
    if not person.person:
        return person
    wanted = gender if gender in {"m", "f"} else head_gender(fold(head), lex)
    known = person.gender if person.gender in {"m", "f"} else person.heads[key]
    return None if {wanted, known} == {"m", "f"} else person


def _describable(entity: Entity) -> bool:
    """A person, or a body the article names (no description, outlet or counted group)."""
    return entity.person or (entity.label == "named" and entity.key[:2] not in ("d:", "o:", "c:"))


def opens_description(phrase: str, lex: Lexicon) -> bool:
    """« la pharmacienne », « cette éleveuse », « l'éleveuse de Larrau », "the baker": an
    article or a demonstrative, then a lowercase word."""
    words = phrase.replace("\u2019", "'").replace("'", "' ").split()
    if len(words) < 2 or fold(words[0]) not in lex.word_set("taking_up_determiners"):
        return False
    return words[1][:1].islower()


def head_key(word: str, lex: Lexicon) -> str:
    """One key for the forms of a noun: « pharmacienne » and « pharmacien », "pharmacists"
    and "pharmacist"."""
    word = singular(word)
    for feminine, masculine in lex.raw.get("feminine_noun_endings", {}).items():
        if word.endswith(feminine) and len(word) > len(feminine) + 2:
            return word[: -len(feminine)] + masculine
    return word


def head_gender(word: str, lex: Lexicon) -> str:
    """ "f" for a feminine form (a feminine ending), else what the noun's own form says."""
    if head_key(word, lex) != singular(word) and lex.language == "fr":
        return "f"
    return noun_gender(word, lex)


def _head_after(tokens: list[Token], end: int, lex: Lexicon) -> str | None:
    """ "X, pharmacienne à Lunel,", « X, 54 ans, éleveuse à Larrau, », "X, a pharmacist in
    Leeds,", "X, the town's baker,": the noun heading an apposition closed by a comma."""
    if end >= len(tokens) or tokens[end].text != ",":
        return None
    index = _past_age(tokens, end + 1, lex)
    determined = index < len(tokens) and fold(tokens[index].text) in lex.word_set("determiners")
    index += determined
    last = index
    while last < len(tokens) and last - index <= _WINDOW and tokens[last].text not in ",.;":
        last += 1
    if last >= len(tokens) or last - index > _WINDOW or tokens[last].text == ";":
        return None
    words = tokens[index:last]
    if not words or any(fold(t.text) in verb_forms(lex) for t in words):
        return None
    if lex.language == "en":
        return _english_head(words, determined, lex)
    return _french_head(words, determined, lex)


def _past_age(tokens: list[Token], index: int, lex: Lexicon) -> int:
    """Past « 54 ans, » / "54," set off before the description."""
    at = index
    if at < len(tokens) and tokens[at].text.isdigit():
        at += 1
        at += at < len(tokens) and fold(tokens[at].text) in lex.word_set("age_words")
        if at < len(tokens) and tokens[at].text == ",":
            return at + 1
    return index


def _french_head(words: list[Token], determined: bool, lex: Lexicon) -> str | None:
    """The first word, a noun that is no participle, pronoun or known role, followed by a
    complement (« à Lunel », « de la ferme ») or opened by an article: an adjective alone
    (« X, furieuse, ») heads nothing."""
    head = fold(words[0].text)
    linked = len(words) > 1 and fold(words[1].text) in lex.word_set("open_title_links")
    if not (determined or linked) or not _plain_noun(words[0], lex):
        return None
    return head


def _english_head(words: list[Token], determined: bool, lex: Lexicon) -> str | None:
    """After "a", "an" or "the", the last word before a complement ("a pharmacist in
    Leeds", "the town's baker"); without a determiner only a noun or two right before a
    complement (lexicon ``open_title_bare_links``: "chair of the housing committee",
    "senior lecturer at Leeds"), never a word alone ("X, furious, said")."""
    links = lex.word_set("open_title_links")
    kept: list[Token] = []
    for token in words:
        if fold(token.text) in links:
            break
        kept.append(token)
    link = fold(words[len(kept)].text) if len(kept) < len(words) else ""
    bare = len(kept) <= 2 and link in lex.word_set("open_title_bare_links")
    if not (determined or bare) or not kept or not _plain_noun(kept[-1], lex):
        return None
    return fold(kept[-1].text)


def _plain_noun(token: Token, lex: Lexicon) -> bool:
    """A lowercase word that is no function word, participle, verb or lexicon role."""
    word = fold(token.text)
    if not token.text[:1].islower() or not word.replace("-", "").isalpha() or len(word) < 3:
        return False
    if word in lex.word_set("open_title_exclusions") or word in role_heads(lex):
        return False
    return not word.endswith(tuple(lex.words("participle_endings")))


def _head_before(tokens: list[Token], run: tuple[int, int], lex: Lexicon) -> str | None:
    """« la boulangère Marie X », "the baker Mary X": an article, one noun, the name; in
    French also a possessive or a comma before the name (« son recteur, Yves X », « la
    gérante, Anne X », lexicon ``open_title_determiners``), never after a preposition
    (« Dans la salle, Anne X » sets the scene) (speakers24)."""
    start = run[0]
    comma = start > 0 and tokens[start - 1].text == "," and lex.language == "fr"
    at = start - 1 if comma else start
    if at < 2:
        return None
    plain = fold(tokens[at - 2].text) in lex.word_set("description_articles") and not comma
    if not plain and fold(tokens[at - 2].text) not in lex.word_set("open_title_determiners"):
        return None
    if not plain and at > 2 and _preposition(tokens[at - 3], lex, _closed(tokens, run[1])):
        return None
    return fold(tokens[at - 1].text) if _plain_noun(tokens[at - 1], lex) else None


def _preposition(token: Token, lex: Lexicon, closed: bool) -> bool:
    """A word that opens no subject (« dans », « pour », « selon »), but « et » or « mais »,
    nor a preposition whose object is the person (lexicon ``open_title_agent_prepositions``:
    « annoncée par le repreneur, Pierre X. », speakers56) when the name is ``closed`` by a
    mark: « Accusé par la presse, Paul X est monté… » opens on a phrase of its own."""
    word = fold(token.text)
    joining = word in lex.word_set("clause_joining_words")
    agent = closed and word in lex.word_set("open_title_agent_prepositions")
    return word in lex.word_set("non_noun_openers") and not joining and not agent


def _closed(tokens: list[Token], end: int) -> bool:
    """The name ends its clause: a mark, or the text's end, right after it."""
    return end >= len(tokens) or tokens[end].text in ".,;:!?"


def _head_of_complement_before(tokens: list[Token], start: int, lex: Lexicon) -> str | None:
    """« l'évêque d'Évreux (Eure), Mgr X », « la gérante du camping des Pins, Anne X »: an
    article, a noun, its complement (a place, a body, in brackets too), a comma, then the name
    (a civil title may stand before it); the noun is that person's head. Not after a
    preposition: « Dans la salle des fêtes, Anne X » or « À la sortie de l'audience, Me X »
    set the scene."""
    index = start - 1
    while index >= 0 and tokens[index].text in lex.raw_set("titles"):
        index -= 1  # « Mgr », « Mme »
    if index < 3 or tokens[index].text != ",":
        return None
    for at in range(index - 1, max(1, index - _COMPLEMENT), -1):
        word = fold(tokens[at].text)
        if word in _BREAKS or word in verb_forms(lex):
            return None
        definite = fold(tokens[at - 2].text) in lex.word_set("singular_definite_articles")
        if word in lex.word_set("complement_marks") and definite:
            setting = at > 2 and fold(tokens[at - 3].text) in lex.word_set("non_noun_openers")
            noun = tokens[at - 1]
            return fold(noun.text) if _plain_noun(noun, lex) and not setting else None
    return None


_COMPLEMENT = 8  # the words a complement may take before the comma
_BREAKS = frozenset({",", ";", ":"}) | QUOTE_MARK_TOKENS
