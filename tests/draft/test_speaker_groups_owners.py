"""Who a possessed document speaks for when its sentence names no one (« Selon sa dernière
analyse » after « l'institut X a mesuré… »), and people counted by where they are from
(« les pêcheurs de la Brévenne »: a vague group, not the river) (round 7). Made-up
sentences, each with a counter-case."""

from __future__ import annotations

from tests.draft.readings import content_cue_label, speakers

_OWNER = "Ces hausses, l'institut Statex les a mesurées. "
_ANALYSIS = "Selon sa dernière analyse, 68 % des produits sont concernés par l'inflation."


def test_a_possessed_document_speaks_for_the_one_named_just_before() -> None:
    assert speakers(_OWNER + _ANALYSIS) == ["Statex"]
    assert content_cue_label(_OWNER + _ANALYSIS, "fr")[0][2] == "named"


def test_two_names_before_leave_the_document_its_own_source() -> None:
    text = "Ces hausses, l'institut Statex et Paul Roux les ont mesurées. " + _ANALYSIS
    assert speakers(text) == ["sa dernière analyse"]


def test_people_from_a_place_are_a_vague_group() -> None:
    text = "Les pêcheurs de la Vionne dénoncent une pollution « inacceptable »."
    assert speakers(text) == ["Les pêcheurs de la Vionne"]
    assert content_cue_label(text, "fr")[0][2] == "vague"
    selon = "Selon les commerçants du centre de Laval, les prix augmentent."
    assert content_cue_label(selon, "fr")[0][2] == "vague"


def test_offices_and_people_of_a_person_are_not_groups_from_a_place() -> None:
    office = "Les ministres de la Santé du G7 dénoncent une pollution « inacceptable »."
    assert content_cue_label(office, "fr")[0][2] == "named"
    lawyers = "Les avocats de Dominique Martin dénoncent une « chasse à l'homme »."
    assert content_cue_label(lawyers, "fr")[0][2] == "named"


def test_information_of_a_station_is_not_a_group_of_people() -> None:
    text = "Selon les informations de RTL, le ministre pourrait démissionner."
    assert content_cue_label(text, "fr")[0][2] == "named"
