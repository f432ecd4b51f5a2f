"""A speaker's own « ils » takes up the people that speaker just named (pronoun42, made-up
sentences): inside a quotation, « Des habitants m'ont encouragé. Ils disent que… » is those
residents, not the person quoted, whom a plural pronoun never stands for; « ceux-ci » and
« celles-ci » point back to the plural met last, as « ces derniers » does; « celles-ci » and
« ces dernières » never to a plural whose head noun is masculine (mend42c)."""

from __future__ import annotations

from tests.draft.readings import said_exactly


def test_residents_named_in_the_quotation() -> None:
    """« “Des habitants m'ont encouragé. Ils disent que …” »: the residents say it."""
    text = (
        "Titre\n\n"
        "Paul Martin se présente à Lunel. « Des habitants du quartier m'ont encouragé à me "
        "présenter. Ils disent que rien n'est fait pour le quartier », confie-t-il."
    )
    assert said_exactly(text, "rien n'est fait pour le quartier") == "Des habitants"


def test_neighbours_named_in_the_quotation() -> None:
    """« “Plusieurs voisins sont venus me voir. Ils affirment que …” »: the neighbours."""
    text = (
        "Titre\n\n"
        "Marie Durand tient la boulangerie. « Plusieurs voisins sont venus me voir hier. Ils "
        "affirment que le bruit dure toute la nuit », raconte-t-elle."
    )
    assert said_exactly(text, "le bruit dure toute la nuit") == "Plusieurs voisins"


def test_a_group_of_the_narration_is_read_as_before() -> None:
    """A plural named out of quotations still takes « ils » up (guard)."""
    text = "Titre\n\nDes parents ont lancé une pétition. Ils demandent que l'école reste ouverte."
    assert said_exactly(text, "l'école reste ouverte") == "Des parents"


def test_ceux_ci_takes_up_the_plural_just_met() -> None:
    """« … agressée par des policiers. Ceux-ci affirment que … »: the officers, as « ces
    derniers » would be (« ceux-ci » was read as a description of its own)."""
    text = (
        "Titre\n\n"
        "La famille dit avoir été frappée par des policiers. Ceux-ci affirment que le père "
        "a frappé le premier."
    )
    assert said_exactly(text, "le père a frappé le premier") == "des policiers"


def test_celles_ci_takes_up_the_plural_just_met() -> None:
    """« Des infirmières ont écrit au directeur. Celles-ci assurent que … »: the nurses,
    not a speaker « Celles-ci » of its own."""
    text = (
        "Titre\n\n"
        "Des infirmières du service ont écrit au directeur. Celles-ci assurent que les "
        "visites reprendront lundi."
    )
    assert said_exactly(text, "les visites reprendront lundi") == "Des infirmières du service"


def test_celles_ci_passes_over_a_masculine_plural() -> None:
    """« Des infirmières ont interpellé les élus. Celles-ci… » (the review's): the nurses, not
    « les élus », the plural met last (mend42c)."""
    text = (
        "Titre\n\n"
        "Des infirmières ont interpellé les élus. Celles-ci réclament que le service rouvre."
    )
    assert said_exactly(text, "le service rouvre") == "Des infirmières"


def test_celles_ci_passes_over_doctors_met_as_objects() -> None:
    """« Les infirmières ont rencontré des médecins. Celles-ci affirment… »: the nurses."""
    text = (
        "Titre\n\n"
        "Les infirmières ont rencontré des médecins. Celles-ci affirment que le service rouvre."
    )
    assert said_exactly(text, "le service rouvre") == "Les infirmières"


def test_celles_ci_is_not_the_head_of_a_feminine_complement() -> None:
    """« …les représentants des commerçantes. Celles-ci estiment… »: not the representatives,
    whose head is masculine; the shopkeepers."""
    text = (
        "Titre\n\n"
        "Le maire a reçu les représentants des commerçantes. Celles-ci estiment que le "
        "service rouvre."
    )
    assert said_exactly(text, "le service rouvre") == "des commerçantes"


def test_ces_dernieres_passes_over_a_masculine_plural() -> None:
    """« ces dernières » reads gender as « celles-ci » does."""
    text = (
        "Titre\n\n"
        "Des infirmières ont interpellé les élus. Ces dernières réclament que le service rouvre."
    )
    assert said_exactly(text, "le service rouvre") == "Des infirmières"


def test_ceux_ci_still_takes_the_masculine_plural() -> None:
    """Guard: « ceux-ci » after « les élus » is still the elected (a masculine pointer)."""
    text = (
        "Titre\n\nDes infirmières ont interpellé les élus. Ceux-ci répondent que le service rouvre."
    )
    assert said_exactly(text, "le service rouvre") == "les élus"


def test_celles_ci_takes_a_feminine_plural_met_last() -> None:
    """« Les élus ont reçu des habitantes. Celles-ci… »: the residents, written last; the
    object is no recorded mention, and the fallback gave the subject « Les élus » before."""
    text = "Titre\n\nLes élus ont reçu des habitantes. Celles-ci affirment que le service rouvre."
    assert said_exactly(text, "le service rouvre") == "des habitantes"
