"""A person named by a periphrasis: « celui que le quotidien suisse le Temps a surnommé le
"Punk à vaches" », « celle qui fut longtemps la voix du parti ». The demonstrative and its
relative take up a person the article is about, like « il » / « elle »; the capitalised
words inside the relative (« le Temps ») are someone else. (speakers9 pass.)"""

from __future__ import annotations

import re

from quizapp.draft.words.lexicon import Lexicon, built_once, fold

_GENDERS = {"celui": "m", "celle": "f"}
# « Celui qui, en septembre, évoquait… » opening a sentence of narration (noone53): the
# writer takes up the person the paragraph is about, as « Il » would.
_OPENING = re.compile(r"(celui|celle)\s+qui\b")


def periphrasis_gender(phrase: str, lex: Lexicon, opening: bool = False) -> str | None:
    """The gender of « celui / celle » opening a source phrase whose relative names or
    describes the one it stands for (a verb of naming after « que », lexicon
    ``periphrasis_naming``; or « qui » and a past of « être », ``periphrasis_being``), or,
    with ``opening``, any « Celui qui / Celle qui » that opens its sentence; None otherwise
    (« … a déclaré celui qui a découvert le corps » may be someone new)."""
    folded = fold(phrase).strip()
    found = _pattern(lex).match(folded)
    if found:
        return _GENDERS[found.group(1) or found.group(2)]
    opened = _OPENING.match(folded) if opening and phrase.lstrip()[:1].isupper() else None
    if opened is None or _another_office(folded[opened.end() :], lex):
        return None
    return _GENDERS[opened.group(1)]


def _another_office(relative: str, lex: Lexicon) -> bool:
    """« Celle qui dirige l'école depuis 2019 », « Celui qui siège dans l'opposition »: the
    relative gives an office or a seat (lexicon ``periphrasis_office_verbs``) that no
    demonstrative nor possessive ties to the person before (« Celui qui occupe cette
    fonction depuis 2007 » does): someone else, whom the description names (mend53b)."""
    words = relative.replace("'", " ").replace("’", " ").split()[:4]
    offices = lex.word_set("periphrasis_office_verbs")
    at = next((i for i, word in enumerate(words) if word in offices), None)
    return at is not None and not set(words[at + 1 : at + 3]) & lex.word_set("periphrasis_ties")


@built_once
def _pattern(lex: Lexicon) -> re.Pattern[str]:
    naming = lex.one_of("periphrasis_naming", loose_spacing=True)
    being = lex.one_of("periphrasis_being", loose_spacing=True)
    return re.compile(
        rf"(celui|celle)\s+(?:qu['’]\s*|que\s+)[^,;:]{{0,60}}?\b(?:{naming})\w*"
        rf"|(celui|celle)\s+qui\s+(?:{being})\b"
    )
