"""mend55f: reply55's semicolon and quotation readings, mended (made-up sentences).

- « (600 selon X ; le 12 mars) »: a note after a semicolon in the bracket is no second piece;
  the piece before the source is what X says.
- « C1, selon X ; C2, selon Y »: a spaced semicolon ends the source as a comma does.
- « C ; selon X, C2 »: the part before the semicolon is none of X's.
"""

from __future__ import annotations

from quizapp.draft import analyze

_MAYOR = (
    "Le maire de Lunel a estimé mardi soir que le projet était nécessaire pour la commune."
    "\n\n« Nous n'avons pas d'autre choix si nous voulons garder nos marchés. »\n\n"
)


def _found(text: str) -> list[tuple[str, str]]:
    """Each finding's speaker and content."""
    return [(a.speaker, text[slice(*a.content)]) for a in analyze(text, "fr").attributions]


def test_a_note_after_a_semicolon_in_the_bracket_is_no_piece() -> None:
    text = "Les marcheurs étaient nombreux (600 selon les organisateurs ; le 12 mars) sur le pont."
    assert _found(text) == [("les organisateurs", "600")]


def test_a_spaced_semicolon_ends_a_source() -> None:
    text = "Le budget baisse, selon le maire ; les impôts montent, selon l'opposition."
    assert _found(text) == [
        ("le maire", "Le budget baisse"),
        ("l'opposition", "les impôts montent"),
    ]


def test_the_clause_before_a_semicolon_is_not_the_source_s() -> None:
    text = "La ville manque d'eau. Les prix montent ; selon l'Insee, la hausse ralentira en mai."
    assert _found(text) == [("Insee", "la hausse ralentira en mai")]
