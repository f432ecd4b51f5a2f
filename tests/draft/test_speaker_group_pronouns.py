"""A plural pronoun's label is its antecedent's: « ils » after a nameless group of people that
opened its sentence or the one before (« Plusieurs dizaines de pêcheurs ont manifesté…, après
ce qu'ils dénoncent… ») is that group, vague like it, never a named speaker. Made-up
sentences, with counter-cases."""

from __future__ import annotations

from quizapp.draft import analyze


def _said(text: str) -> list[tuple[str, str]]:
    return [(a.speaker, a.label) for a in analyze(text, "fr").attributions]


def test_ils_in_the_sentence_a_group_opened() -> None:
    text = (
        "Plusieurs centaines de pêcheurs ont défilé mardi à Brest, après ce qu'ils "
        "dénoncent comme une fermeture abusive de la baie."
    )
    assert _said(text) == [("Plusieurs centaines de pêcheurs", "vague")]


def test_ils_in_the_sentence_after() -> None:
    text = "Des riverains ont bloqué le chantier jeudi. Ils dénoncent un bruit permanent."
    assert _said(text) == [("Des riverains", "vague")]


def test_a_counted_group_keeps_its_own_label() -> None:
    # a counted group is vague like any group (labels11: the corpus keys' majority)
    text = "Trois infirmières ont quitté le service lundi. Elles dénoncent des gardes trop longues."
    assert _said(text) == [("Trois infirmières", "vague")]


def test_a_plural_that_is_no_group_of_people_is_no_antecedent() -> None:
    # counter-case: « les prix » are no people; « ils » keeps no group's label
    text = "Les prix des engrais ont doublé en un an. Ils estiment que la hausse va durer."
    assert [speaker for speaker, _ in _said(text)] == ["Ils"]


def test_a_named_body_opening_the_sentence_is_no_nameless_group() -> None:
    # counter-case: a name in the opening subject: the usual rules, not a nameless group
    text = "Les élus du Modem ont quitté la séance. Ils dénoncent un vote précipité."
    assert "Les élus du Modem" not in [speaker for speaker, _ in _said(text)]


def test_a_group_after_an_opening_connective() -> None:
    text = (
        "La préfecture a fermé la plage. Mais les riverains se disent inquiets. "
        "Ils dénoncent une décision prise sans concertation."
    )
    assert _said(text)[-1] == ("les riverains", "vague")
