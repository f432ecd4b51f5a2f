"""French findings no key holds, mended as shapes (precision22, made-up sentences)."""

from __future__ import annotations

import pytest

from tests.draft.readings import said


def contents(text: str) -> list[str]:
    """The content of each French attribution, as the text writes it."""
    return [content for content, _ in said(text, "fr")]


@pytest.mark.parametrize(
    "text",
    [
        "Deux agents se sont rendus sur place pour constater l'ampleur de la fuite.",
        "La direction du lycée a ordonné la fermeture de la cantine pendant une semaine.",
        "Le préfet ordonne une évacuation des campings situés au bord du lac.",
    ],
)
def test_a_noun_phrase_after_a_verb_of_acting_reports_nothing(text: str) -> None:
    assert contents(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Le maire a constaté que la digue avait cédé pendant la nuit.",
            "la digue avait cédé pendant la nuit",
        ),
        (
            "Le garde a constaté « une baisse inquiétante » du niveau de la rivière.",
            "« une baisse inquiétante » du niveau de la rivière",
        ),
        (
            "Les pêcheurs contestent les relevés publiés par l'institut.",
            "les relevés publiés par l'institut",
        ),
        (
            "Le juge a ordonné aux deux parties de se taire jusqu'au verdict.",
            "aux deux parties de se taire jusqu'au verdict",
        ),
        ("Le maire a dénoncé la fermeture de la cantine.", "la fermeture de la cantine"),
    ],
)
def test_a_clause_or_quoted_words_after_a_verb_of_acting_still_report(
    text: str, content: str
) -> None:
    assert contents(text) == [content]


@pytest.mark.parametrize(
    "text",
    [
        "Le tarif reste un point que la Cour des comptes avait déjà évoqué en mars 2023.",
        "Une rumeur courait sur une faille, ce que le directeur a démenti par la suite.",
        "La mairie a voulu expliquer son projet, le comité de quartier a contesté en bloc.",
    ],
)
def test_a_content_of_only_a_time_or_an_adverbial_reports_nothing(text: str) -> None:
    assert contents(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Interrogé sur une hausse des tarifs, le maire assure que non.", "non"),
        (
            "Le directeur a évoqué la fermeture du site en mars 2023.",
            "la fermeture du site en mars 2023",
        ),
        ("« Demain ! », a répondu la ministre.", "Demain !"),
    ],
)
def test_a_content_with_a_word_of_its_own_stays(text: str, content: str) -> None:
    assert contents(text) == [content]


def test_a_quotation_of_grammar_words_stays() -> None:
    text = "« C'est la première fois », a détaillé le maire. « Et pas la dernière », a-t-il ajouté."
    assert contents(text) == ["C'est la première fois", "Et pas la dernière"]


def test_a_figure_alone_is_what_was_said() -> None:
    text = "Les manifestants étaient 10 000 selon les syndicats, 2 500 selon la police."
    assert "2 500" in contents(text)


@pytest.mark.parametrize(
    "text",
    [
        "Le syndicat (même s'il le dément) est proche de la gauche.",
        "Le maire (il l'a confirmé) quittera ses fonctions en mars.",
        "La cheffe du parti (elle le répète souvent) reste prudente.",
    ],
)
def test_a_cue_inside_a_parenthesis_reports_nothing_after_it(text: str) -> None:
    assert contents(text) == []


def test_a_content_inside_the_parenthesis_of_its_cue_ends_where_it_closes() -> None:
    text = "Le maire (qui a annoncé qu'il partirait en mars) inaugure la piscine."
    assert contents(text) == ["il partirait en mars"]
