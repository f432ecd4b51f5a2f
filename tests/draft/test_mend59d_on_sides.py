"""mend59d: review59a's faults in speakers59's impersonal « on ». Capitals after « -t-on »
that name an outlet, a country or a town written in capitals are where it was heard, not who
spoke; a side named before « on » speaks only when it names people (not « les projets »,
« les chiffres », « nous », « moi »). Made-up texts."""

from __future__ import annotations

import pytest

from tests.draft.readings import speakers as _speakers


@pytest.mark.parametrize(
    "text",
    [
        "« Le bus ne passera plus », explique-t-on aux DNA.",
        "« Le bus ne passera plus », a-t-on appris à BFM.",
        "« Les loyers vont monter », estime-t-on aux USA.",
        "« Aucune plainte n'a été déposée », assure-t-on à RENNES.",
    ],
)
def test_capitals_an_outlet_a_country_or_a_town_take_are_no_body(text: str) -> None:
    """A body by its acronym takes its article (« au CIVB », « à la FDSEA »); bare « à » and
    plural « aux » before capitals open a town, an outlet or a country: « on » stays itself."""
    assert _speakers(text) == ["on"]


@pytest.mark.parametrize(
    "text",
    [
        "Mais parmi les projets, on note que la salle rouvrira en juin.",
        "Parmi les projets, on note que la salle rouvrira en juin.",
        "Pourtant, du côté des chiffres, on constate que le chômage baisse.",
        "Mais chez nous, on dit que la poste fermera.",
        "Alors chez moi, on dit que la rue est trop calme.",
    ],
)
def test_a_side_that_names_no_people_leaves_on_impersonal(text: str) -> None:
    """Projects, figures and the writer's own home are no side that speaks: « on » is."""
    assert _speakers(text) == ["on"]


def test_a_side_of_people_after_a_connective_still_speaks() -> None:
    """Guard: speakers59's gain, a side of people after « Ainsi, chez »."""
    text = "Ainsi, chez les lycéens, on estime que le car ne passe pas assez."
    assert _speakers(text) == ["les lycéens"]
