"""Who may take a place's words in ``passed_places.placed`` besides the words its own
mention writes (places58, mended in mend58c): a reading's person that can speak for the place
(``reading_voice``), and the subject of an earlier cue of the same sentence when the place's
words are that subject's second cue (``shares_subject``).

mend58c (review58b): places58 let a document through when its complement named a body (« l'étude
de l'Association des maires de France », "the council survey"), refused a person written as a
name whose first name no list holds ("Okonkwo", « Nguyen Van Thanh »), and gave a second cue to
the nearest subject written before it, across « alors que », "while" and another voice."""

from __future__ import annotations

from quizapp.draft.names.naming.gender import first_name_gender
from quizapp.draft.pipeline.resolve import Registry
from quizapp.draft.speakers.speaker_checks.can_speak import (
    signer_nouns,
    singular_noun,
    speaking_nouns,
)
from quizapp.draft.speakers.speaker_checks.place_names import a_person, body_words
from quizapp.draft.text.word_patterns import ELIDED_OPENING, WORD_FROM_LETTER
from quizapp.draft.words.lexicon import Lexicon, fold


def reading_voice(taken: str, place: str, registry: Registry, lex: Lexicon, held: bool) -> bool:
    """A reading's person that can speak for the place: of the registry, its name not
    ``held``ing the place's (« Thoissey L' », the place again: places57), no document
    (``_document``: places58's survey, mend58c's « l'étude de l'Association des maires »),
    and vouched by a title, a seat or a first name, written as a proper name ("Okonkwo said":
    a name speaks, its first name listed or not, mend58c), or holding a person's or a body's
    noun or a name's honorific ("Labour councillors", "Town Cllr Dave X")."""
    if not a_person(taken, registry, lex, vouched=False) or held or _document(taken, lex):
        return False
    if a_person(taken, registry, lex, vouched=True) or _proper_name(taken, lex):
        return True
    return any(_signing_word(w, lex) for w in WORD_FROM_LETTER.findall(taken))


def _words(name: str) -> list[str]:
    """The name's words, an elided article cut off (« l'étude » -> « étude »)."""
    return [w for w in (ELIDED_OPENING.sub("", w) for w in WORD_FROM_LETTER.findall(name)) if w]


def _document(name: str, lex: Lexicon) -> bool:
    """A noun of a document or a work (listed to speak, but no signer's: « étude »,
    « rapport », "survey") written in lower case before the name's first complement: the
    document is the head, the body after « de » / "of" only wrote it (mend58c)."""
    nouns, signers = speaking_nouns(lex), signer_nouns(lex)
    for word in _words(name):
        folded = fold(word)
        if folded in lex.word_set("complement_marks"):
            return False
        if word.islower() and _listed(folded, nouns) and not _listed(folded, signers):
            return True
    return False


def _listed(word: str, nouns: frozenset[str]) -> bool:
    """A folded noun of ``nouns`` as written or in its singular (« rapports », "surveys")."""
    return word in nouns or singular_noun(word) in nouns


def _proper_name(name: str, lex: Lexicon) -> bool:
    """Every word capitalised but a name's particles (« Nguyen Van Thanh », "Okonkwo"): the
    article names a person it met, as places57 let any reading's person speak; a survey
    written with its article (« le Baromètre des territoires ») is none."""
    particles = {fold(p) for p in lex.words("name_particles")}
    words = WORD_FROM_LETTER.findall(name)
    return (
        bool(words)
        and words[0][:1].isupper()
        and all(w[:1].isupper() or fold(w) in particles for w in words)
    )


def _signing_word(word: str, lex: Lexicon) -> bool:
    """A person's or a body's noun (``signer_nouns``: no document), a body's word, a name's
    honorific (« Cllr ») or a listed first name."""
    folded = fold(word)
    nouns = signer_nouns(lex)
    if _listed(folded, nouns) or folded in body_words(lex):
        return True
    return folded in lex.word_set("name_honorifics") or bool(first_name_gender(word, lex))


def shares_subject(between: str, lex: Lexicon) -> bool:
    """The words between an earlier cue's subject and the place's words (« qui défend le nom
    et dénonce ceux « », " warned, and called it "") go on with that subject: they open on a
    relative pronoun (« qui », "who") or hold a coordinator (« et », "and"), and write no
    other voice — no capitalised word, no person's or body's noun, no subordinator opening a
    clause of its own ("while"): « …, a prévenu le maire, alors que Paul Garnier parle d'un
    projet « … » », « …, qui a lu la lettre de la préfète évoquant « … » » are another's
    (mend58c)."""
    words = WORD_FROM_LETTER.findall(between)
    folded = [fold(ELIDED_OPENING.sub("", w)) for w in words]
    if not words or any(w[:1].isupper() for w in words):
        return False
    signers, clause = signer_nouns(lex), lex.word_set("fronted_subordinators")
    if any(_listed(w, signers) or w in clause for w in folded):
        return False
    return folded[0] in lex.word_set("relative_pronouns") or bool(
        lex.word_set("coordinators") & set(folded)
    )
