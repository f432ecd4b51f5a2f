"""A closing « typed as an opening one (made-up sentences): « un « plan imminent« . », hand-typed
pages close a quotation with the mark that opens it. Glued to the word before it and followed by
a space, a punctuation mark or the paragraph's end, it closes; read as an opener, it paired every
later mark of the paragraph wrongly and the statements after it were lost."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze
from quizapp.draft.text.quotation_marks import quotations
from quizapp.draft.text.segment import paragraphs
from tests.draft.readings import speakers


def _quoted(text: str) -> list[str]:
    return [text[s:e] for s, e in quotations(text, paragraphs(text))]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("Le journal annonçait un « plan imminent« . Il a tort.", ["« plan imminent«"]),
        ("Il dit qu'il ne « parle jamais«. Fin.", ["« parle jamais«"]),
        ("« C'est fini« , a dit le maire.", ["« C'est fini«"]),
        ("Elle parle d'une « erreur«, d'un « abus«.", ["« erreur«", "« abus«"]),
    ],
)
def test_a_glued_opening_mark_closes_the_quotation(text: str, quoted: list[str]) -> None:
    assert _quoted(text) == quoted


def test_the_statements_after_it_are_read() -> None:
    text = (
        "Titre\n\n"
        "Le Journal du Dimanche annonçait un « reconfinement imminent« . "
        "La semaine suivante, la préfète a estimé que la situation n'était pas dramatique. "
        "Marc Dupin assure qu'il « ne parle jamais« aux journalistes."
    )
    assert speakers(text)[-2:] == ["la préfète", "Marc Dupin"]


def test_a_direct_quotation_so_closed_is_its_words_only() -> None:
    analysis = analyze("« Rien n'est réglé« , a déclaré le maire.", "fr")
    (found,) = analysis.attributions
    assert analysis.passage(found.content) == "Rien n'est réglé"


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("Il vise l'«expert» choisi.", ["«expert»"]),
        ("« Il m'a dit « non » hier », raconte-t-elle.", ["« Il m'a dit « non » hier »"]),
        ("Il a crié (« Stop ») puis il est parti.", ["« Stop »"]),
    ],
)
def test_an_opening_mark_before_a_word_still_opens(text: str, quoted: list[str]) -> None:
    """Counter-cases: a « glued to an elision or a bracket but followed by a word opens, and
    a « after a space inside a quotation is a nested one."""
    assert _quoted(text) == quoted
