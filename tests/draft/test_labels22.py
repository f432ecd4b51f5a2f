"""Who a French source stands for and its label (labels22, made-up sentences): a piece of
work set out by a named body (« un premier bilan transmis par … », « une liste établie
par … », « des chiffres publiés mardi par … », « le dernier rapport du … ») speaks for
that body, named."""

from __future__ import annotations

import pytest

from tests.draft.readings import content_speaker_label


def _said(sentence: str) -> list[tuple[str, str]]:
    found = content_speaker_label("Titre\n\n" + sentence)
    return [(s, lab) for c, s, lab in found if "loyers" in c]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Selon un premier bilan transmis par l'Observatoire régional, les loyers ont grimpé.",
         "l'Observatoire régional"),
        ("Selon une liste établie par l'Union des locataires, les loyers ont grimpé.",
         "l'Union des locataires"),
        ("D'après des chiffres publiés ce mardi par le Stathor, les loyers ont grimpé.",
         "Stathor"),
        ("Selon des relevés fournis en janvier par la Ligue Habitat, les loyers ont grimpé.",
         "Ligue Habitat"),
        ("Selon le dernier rapport de l'Observatoire régional, les loyers ont grimpé.",
         "l'Observatoire régional"),
    ],
)  # fmt: skip
def test_a_work_speaks_for_the_body_that_made_it(sentence: str, speaker: str) -> None:
    assert _said(sentence) == [(speaker, "named")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Selon les locataires interrogés mardi par l'Observatoire régional, les loyers ont grimpé.",
        "Selon un premier conseiller reçu mardi par le maire, les loyers ont grimpé.",
    ],
)
def test_people_asked_or_received_still_speak(sentence: str) -> None:
    """Counter-cases: people asked by an outlet or a body (« interrogés mardi par »), or a
    person received by one, speak themselves; the setting between the participle and « par »
    changes nothing."""
    assert [s for s, _ in _said(sentence)] == [sentence.split(",")[0].removeprefix("Selon ")]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Selon nos confrères de Nord Hebdo, les loyers ont grimpé.", "Nord Hebdo"),
        ("D'après nos confrères du journal « la gazette du port », les loyers ont grimpé.",
         "la gazette du port"),
        ("Les loyers ont grimpé, rapportent nos confrères de l'Écho Vert.", "l'Écho Vert"),
    ],
)  # fmt: skip
def test_our_colleagues_are_the_newsroom_named(sentence: str, speaker: str) -> None:
    """« nos confrères de X »: another newsroom, named, whether or not the lexicon lists it."""
    assert _said(sentence) == [(speaker, "named")]


def test_our_colleagues_alone_with_no_outlet_before_stay_vague() -> None:
    """Counter-case: « selon nos confrères » with no outlet quoted before names no newsroom."""
    assert _said("Selon nos confrères, les loyers ont grimpé.") == [("nos confrères", "vague")]


_LATER = " La sécheresse dure depuis mai. Les prés sont jaunes. Les bêtes ont soif. "


@pytest.mark.parametrize(
    ("opening", "description", "speaker"),
    [
        ("Marc Delorme a été suspendu deux ans.", "Le coureur", "Marc Delorme"),
        ("Julie Ferrand tient une ferme à Brou.", "L'éleveuse", "Julie Ferrand"),
        ("On a retrouvé Paul Vidal dans son pré.", "Le syndicaliste", "Paul Vidal"),
    ],
)
def test_a_bare_description_takes_up_the_one_person_named(
    opening: str, description: str, speaker: str
) -> None:
    """A bare definite description of a person, far from any subject it could take up, is
    the one person the article has named so far (« le coureur » for the suspended rider)."""
    found = content_speaker_label(f"Titre\n\n{opening}{_LATER}{description} assure que tout va.")
    assert [(s, lab) for c, s, lab in found if "tout va" in c] == [(speaker, "named")]


@pytest.mark.parametrize(
    ("opening", "description"),
    [
        ("Julie Ferrand et Anne Delorme tiennent une ferme à Brou.", "L'éleveuse"),
        ("Le maire Paul Vidal a ouvert la séance.", "Le coureur"),
        ("Julie Ferrand tient une ferme à Brou.", "L'éleveur"),
        ("Paul Vidal a ouvert la séance.", "L'avocat général"),
    ],
)
def test_two_people_a_title_or_a_gender_leave_the_description_alone(
    opening: str, description: str
) -> None:
    """Counter-cases: two people of its sex named (a man and a woman named, « l'éleveuse »
    is the woman: speakers29), a title of another noun written for the one named
    (« Le maire Paul Vidal » is no runner), a gender that does not fit, an office of two
    words: the description stays its own speaker."""
    found = content_speaker_label(f"Titre\n\n{opening}{_LATER}{description} assure que tout va.")
    assert [s for c, s, lab in found if "tout va" in c] == [description]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Les loyers ont grimpé, écrit Paul Morin le responsable de la communication.",
         "Paul Morin"),
        ("Léa Roux la conseillère du ministre assure que les loyers ont grimpé.", "Léa Roux"),
        ("Les loyers ont grimpé, écrit Stanislas Guérin le ministre de la fonction publique.",
         "Stanislas Guérin"),
    ],
)  # fmt: skip
def test_a_name_set_before_its_office_with_no_comma_is_the_speakers(
    sentence: str, speaker: str
) -> None:
    """« Paul X le responsable de la communication »: the name opens the phrase and the
    office's complement names no one; the name is the holder's own, named."""
    assert _said(sentence) == [(speaker, "named")]


def test_a_name_in_the_offices_complement_is_someone_elses() -> None:
    """Counter-case: « le conseiller de Paul Morin » is not Paul Morin."""
    found = _said("Les loyers ont grimpé, écrit le conseiller de Paul Morin.")
    assert found == [("le conseiller de Paul Morin", "anonymous")]
