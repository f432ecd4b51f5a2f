"""What keeps an unmarked paragraph in « je » from the last speaker heard (mend53a, the review
of recall53b's ``unmarked.first_person_paragraph``): the « je » must be that one person's.
It is not when another person is named between the finding and the paragraph (« Son
adversaire, Paul Roy, n'est pas de cet avis »), when the last speaker is a body or a group
(« La préfecture a indiqué… », « Les habitants dénoncent… »: « je » needs one person), when
the « je » is the reporter's own telling a visit (« Je me suis rendu mardi devant… »), or
when the paragraph is signed on its own line after a dash (« … - Alain Hayée »: the
signature's rules, ``uncued/rules/signatures``, give it to the signer, its signature off)."""

from __future__ import annotations

import re

from quizapp.draft.findings import Attribution
from quizapp.draft.names.naming.gender import first_name_gender
from quizapp.draft.speakers.bodies.body_kinds import body_nouns
from quizapp.draft.uncued.rules.signatures.spoken import DASHES
from quizapp.draft.words.folding import fold, folded_words, unaccented
from quizapp.draft.words.lexicon import Lexicon

# a capitalised word then another: a first name and a surname, when the lexicon knows the first
_NAMED = re.compile(r"\b([A-ZÀ-Ö][a-zß-öø-ÿ-]+)\s+[A-ZÀ-Ö][\w'’-]+")
# a spaced dash, then a capitalised phrase with no stop to the end of the line: a signature
_SIGNED = re.compile(rf"\s[{DASHES}]\s+[A-ZÀ-Ö][^.!?…:;«»\"]{{1,80}}$")


def not_the_last_speakers(line: str, between: str, last: Attribution, lex: Lexicon) -> bool:
    """Whether ``line`` (the paragraph) is not ``last``'s words for one of the reasons above;
    ``between`` is the text from the end of ``last``'s finding to the paragraph."""
    return (
        _SIGNED.search(line) is not None
        or _reporters_visit(line, lex)
        or not _one_person(last.speaker, lex)
        or _another_named(between, last.speaker, lex)
    )


def _reporters_visit(line: str, lex: Lexicon) -> bool:
    """Whether the line holds one of lexicon ``unmarked_reporter_visits``."""
    plain = " " + " ".join(unaccented(w) for w in folded_words(line)).replace("' ", "'") + " "
    return any(f" {visit} " in plain for visit in lex.words("unmarked_reporter_visits"))


def _one_person(speaker: str, lex: Lexicon) -> bool:
    """Whether ``speaker`` may be one person: it opens on no word of a plural or a count
    (lexicon ``unmarked_not_one_openers``) and its head noun names no body; a person's title
    (lexicons ``person_descriptions``, ``unmarked_person_titles``: « le maire ») is one person
    even where a body noun shares its word (mend53e)."""
    words = [w.strip(",") for w in folded_words(speaker)]
    if not words or words[0] in lex.word_set("unmarked_not_one_openers"):
        return False
    head = words[1] if len(words) > 1 and words[0] in lex.word_set("determiners") else words[0]
    titles = lex.word_sets("person_descriptions", "unmarked_person_titles")
    if fold(head) in titles:
        return True
    bodies = body_nouns(lex) | lex.word_set("named_institutions")
    return fold(head) not in bodies


def _another_named(between: str, speaker: str, lex: Lexicon) -> bool:
    """Whether ``between`` names a person by a first name the lexicon knows and a surname, who
    is not the speaker (« Paul Roy » between « … a déclaré Sophie Lenoir » and the « je »)."""
    return any(
        first_name_gender(found.group(1), lex) and found.group(0) not in speaker
        for found in _NAMED.finditer(between)
    )
