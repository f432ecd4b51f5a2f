"""The subject of a French reporting verb when words stand between it and the verb (made-up
people, subject43). Three readings that failed before this pass: a participle set off by
commas that takes a day or a time before its complement (« Les élus, réunis mardi en mairie,
ont dénoncé »: the participle phrase was the speaker); a relative whose « ne … que » restricts
(« Bruno, qui n'a plus que deux ans à faire, pense »: the words after « que » were the
speaker); « qui » after an apposition opened by a noun of a person (« Marie Roy, représentante
des parents d'élèves, qui estime »: the complement « des parents d'élèves » was). The shapes
the round's brief named that already read right are kept here as guards."""

from __future__ import annotations

import pytest

from tests.draft.readings import speakers


@pytest.mark.parametrize(
    "said",
    [
        "Les élus, réunis mardi en mairie, ont dénoncé le mépris de l'État.",
        "Les élus, réunis mardi soir en mairie, ont dénoncé le mépris de l'État.",
        "Les élus, reçus hier par le préfet, ont dénoncé le mépris de l'État.",
    ],
)
def test_a_participle_with_a_time_is_no_subject(said: str) -> None:
    assert speakers(said) == ["Les élus"]


def test_a_participle_with_its_complement_still_reads_so() -> None:
    said = "Les élus, réunis en mairie, ont dénoncé le mépris de l'État."
    assert speakers(said) == ["Les élus"]


@pytest.mark.parametrize(
    "said",
    [
        "Bruno, qui n'a plus que deux ans à faire, pense que le site fermera.",
        "Bruno, qui après trente ans n'a plus que deux ans à faire avant la retraite, "
        "pense que le site fermera.",
        "Bruno, qui ne travaille que le matin, affirme que le site fermera.",
    ],
)
def test_a_negated_que_opens_no_clause(said: str) -> None:
    assert speakers(said) == ["Bruno"]


def test_a_que_clause_with_no_negation_is_not_read_as_restrictive() -> None:
    said = "Le maire a dit que le conseil, qui siège mardi, votera le budget."
    assert "le budget" not in " ".join(speakers(said))


@pytest.mark.parametrize(
    ("said", "who"),
    [
        (
            "Marie Roy, représentante des parents d'élèves, qui estime qu'il n'y a pas "
            "assez de surveillants.",
            "Marie Roy",
        ),
        (
            "Le maire a reçu Paul Roy, président du club, qui estime que la saison sera dure.",
            "Paul Roy",
        ),
    ],
)
def test_qui_after_an_apposition_stands_for_the_name(said: str, who: str) -> None:
    assert speakers(said) == [who]


@pytest.mark.parametrize(
    ("said", "who"),
    [
        ("Le maire a rencontré des élus, qui estiment que la saison sera difficile.", "des élus"),
        (
            "La fédération des pharmaciens, qui suit le dossier, estime que le prix baissera.",
            "La fédération des pharmaciens",
        ),
    ],
)
def test_a_complement_after_a_determiner_or_a_verb_is_unchanged(said: str, who: str) -> None:
    assert speakers(said) == [who]


@pytest.mark.parametrize(
    ("said", "who"),
    [
        ("L'opposante Marie Vidal a dénoncé « une gestion opaque » du budget.", "Marie Vidal"),
        ("Le socialiste Jean Morel a estimé que le projet était trop cher.", "Jean Morel"),
        ("La Nantaise Julie Lenoir affirme que la ville doit agir.", "Julie Lenoir"),
        ("L'élu écologiste Paul Garin a déclaré que la décision était prise.", "Paul Garin"),
        (
            "Le maire, qui a reçu les riverains mardi, affirme que les travaux commenceront.",
            "Le maire",
        ),
        (
            "Pierre Morin, président du club depuis 2019, estime que la saison sera difficile.",
            "Pierre Morin",
        ),
        (
            "Mardi soir, devant le conseil, la maire a annoncé que le budget serait voté.",
            "la maire",
        ),
    ],
)
def test_the_briefs_shapes_read_right(said: str, who: str) -> None:
    assert speakers(said) == [who]


@pytest.mark.parametrize(
    "said",
    [
        "Le maire Paul Vidal n'a pas donné suite à la demande rappelant que la consultation "
        "n'est pas obligatoire.",
        "Paul Vidal a refusé la subvention estimant que le coût était trop élevé.",
    ],
)
def test_a_participle_after_a_voiceless_object_shares_the_subject(said: str) -> None:
    assert speakers(said) == ["Paul Vidal"]


@pytest.mark.parametrize(
    ("said", "who"),
    [
        (
            "Le texte cite des informations de presse faisant état de « graves tensions ».",
            "des informations de presse",
        ),
        ("Le maire a reçu des habitants dénonçant « un abandon » du quartier.", "des habitants"),
    ],
)
def test_a_participle_after_a_speaking_noun_keeps_it(said: str, who: str) -> None:
    assert speakers(said) == [who]


def test_the_voiceless_object_docstring_case_reads_so() -> None:
    """mend43b (review43 item 8): the docstring's example, now one that holds."""
    said = "Paul Martin a quitté la salle dénonçant le manque de moyens de la commune."
    assert speakers(said) == ["Paul Martin"]


def test_a_negated_reporting_que_keeps_the_subject_before_the_relative() -> None:
    """« ne croit pas que » opens a clause; ``negated_que`` reads it as « ne … que » does."""
    said = "Le maire, qui ne croit pas que le site fermera, affirme que les emplois resteront."
    assert speakers(said) == ["Le maire"]
