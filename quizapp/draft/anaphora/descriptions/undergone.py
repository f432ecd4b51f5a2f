"""« Jean X a été interpellé mardi. Le procureur affirme… »: the person the sentence before named
underwent its event, and the office that speaks next is someone acting on it, not them. Read
by ``just_named.view_of_named`` and ``speakers/redescribed.py`` before they take the person up.
"""

from __future__ import annotations

import re

from quizapp.draft.speakers.entity import Entity
from quizapp.draft.words.lexicon import Lexicon, built_once, fold


def underwent(person: Entity, text: str, sentence_start: int, lex: Lexicon) -> bool:
    """« Jean X a été interpellé mardi. Le procureur affirme… », « Paul Y est mort. Le maire
    de Lyon… »: the person the sentence before named underwent its event (a participle of the
    lexicon's ``undergone_participles`` after their name), and the office that speaks next is
    someone acting on it, not them (review14). « X a été élu maire. Le maire… » is no such
    event: taking an office is not undergoing one; nor is a participle used as a noun after
    a determiner or a number (« il lui reste cinq moutons, dont deux blessés », « les
    blessés »): others underwent it (speakers17)."""
    ends = [end for _, end in person.mentions if end <= sentence_start]
    if not ends:
        return False
    found = _undergone(lex).finditer(text, max(ends), sentence_start)
    return any(not _counted(text, event.start(), lex) for event in found)


def _counted(text: str, at: int, lex: Lexicon) -> bool:
    """The word before a participle is a determiner, a number or a figure: a noun for
    those who underwent it (« deux blessés », « un blessé grave »), or for a thing after an
    elided article (« d'arrêté », « l'arrêté »)."""
    if _ELIDED_BEFORE.search(text, max(0, at - 3), at):
        return True  # « n'a pas pris d'arrêté », « l'arrêté du maire »: a noun (names34)
    before = _WORD_BEFORE.search(text, max(0, at - 30), at)
    if before is None:
        return False
    word = fold(before.group(1))
    counts = lex.word_sets("determiners", "group_count_words")
    return word.isdigit() or word in counts


@built_once
def _undergone(lex: Lexicon) -> re.Pattern[str]:
    participles = lex.one_of("undergone_participles", loose_spacing=True)
    return re.compile(rf"(?i)\b(?:{participles})\b")


_WORD_BEFORE = re.compile(r"([\w'’]+)\s+$")
_ELIDED_BEFORE = re.compile(r"(?i)\b[dl]['’]$")
