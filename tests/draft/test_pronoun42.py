"""A speaker's own « ils » takes up the people that speaker just named (pronoun42, made-up
sentences): inside a quotation, « Des habitants m'ont encouragé. Ils disent que… » is those
residents, not the person quoted, whom a plural pronoun never stands for; « ceux-ci » and
« celles-ci » point back to the plural met last, as « ces derniers » does."""

from __future__ import annotations

from quizapp.draft import analyze


def _said_by(text: str, content: str) -> str:
    """The speaker of the finding whose content is ``content`` as written ("" when none is):
    the reported speech nested in the quotation, not the quotation holding it."""
    analysis = analyze(text, "fr", headline="Titre")
    found = [a.speaker for a in analysis.attributions if analysis.passage(a.content) == content]
    return found[0] if found else ""


def test_residents_named_in_the_quotation() -> None:
    """« “Des habitants m'ont encouragé. Ils disent que …” »: the residents say it."""
    text = (
        "Titre\n\n"
        "Paul Martin se présente à Lunel. « Des habitants du quartier m'ont encouragé à me "
        "présenter. Ils disent que rien n'est fait pour le quartier », confie-t-il."
    )
    assert _said_by(text, "rien n'est fait pour le quartier") == "Des habitants"


def test_neighbours_named_in_the_quotation() -> None:
    """« “Plusieurs voisins sont venus me voir. Ils affirment que …” »: the neighbours."""
    text = (
        "Titre\n\n"
        "Marie Durand tient la boulangerie. « Plusieurs voisins sont venus me voir hier. Ils "
        "affirment que le bruit dure toute la nuit », raconte-t-elle."
    )
    assert _said_by(text, "le bruit dure toute la nuit") == "Plusieurs voisins"


def test_a_group_of_the_narration_is_read_as_before() -> None:
    """A plural named out of quotations still takes « ils » up (guard)."""
    text = "Titre\n\nDes parents ont lancé une pétition. Ils demandent que l'école reste ouverte."
    assert _said_by(text, "l'école reste ouverte") == "Des parents"


def test_ceux_ci_takes_up_the_plural_just_met() -> None:
    """« … agressée par des policiers. Ceux-ci affirment que … »: the officers, as « ces
    derniers » would be (« ceux-ci » was read as a description of its own)."""
    text = (
        "Titre\n\n"
        "La famille dit avoir été frappée par des policiers. Ceux-ci affirment que le père "
        "a frappé le premier."
    )
    assert _said_by(text, "le père a frappé le premier") == "des policiers"


def test_celles_ci_takes_up_the_plural_just_met() -> None:
    """« Des infirmières ont écrit au directeur. Celles-ci assurent que … »: the nurses,
    not a speaker « Celles-ci » of its own."""
    text = (
        "Titre\n\n"
        "Des infirmières du service ont écrit au directeur. Celles-ci assurent que les "
        "visites reprendront lundi."
    )
    assert _said_by(text, "les visites reprendront lundi") == "Des infirmières du service"
