"""The fourteenth round's review findings (fixes15 pass, issue 15): a circle with its
complement, words of nationality, a place or a people taken for a body, a negated verb of
denial, a conditional of wishing. Made-up sentences, several forms each, and counter-cases."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze
from quizapp.draft.drafting.draft_base import DraftBase
from quizapp.draft.drafting.options import kind_of
from quizapp.draft.drafting.wording.reported_words import contested
from quizapp.draft.words.lexicon import load
from tests.draft.readings import content_speaker_label, quoted_analysis, speaker_of

_CLAIM = "la réforme sera retirée"

_CIRCLES = [
    ("La réforme sera retirée, indique-t-on dans les services de l'État.", "services de l'État"),
    (
        "La réforme sera retirée, assure-t-on dans le camp de Marine Le Pen.",
        "camp de Marine Le Pen",
    ),
    ("Le camp d'Emmanuel Macron assure que la réforme sera retirée.", "camp d'Emmanuel Macron"),
    ("Les équipes de Laurent Roux affirmaient que la réforme sera retirée.", "équipes de Laurent"),
    ("Selon les services de Bercy, la réforme sera retirée.", "services de Bercy"),
]


@pytest.mark.parametrize(("text", "speaker"), _CIRCLES)
def test_a_circle_with_its_complement_speaks_as_the_circle(text: str, speaker: str) -> None:
    found = speaker_of(text, text[text.lower().index(_CLAIM) :][:10])
    assert speaker in found


def test_a_name_alone_or_a_person_of_someone_keeps_its_speaker() -> None:
    assert speaker_of("Emmanuel Macron assure que la réforme sera retirée.", "la réforme") == (
        "Emmanuel Macron"
    )
    text = "Le conseiller d'Emmanuel Macron assure que la réforme sera retirée."
    assert speaker_of(text, "la réforme") == "Le conseiller d'Emmanuel Macron"


@pytest.mark.parametrize(
    "text",
    [
        "La réforme sera retirée, assure-t-on dans le camp adverse.",
        "Le camp présidentiel a affirmé que la réforme sera retirée.",
        "La réforme sera retirée, juge-t-on dans le camp de Marine Le Pen.",
    ],
)
def test_a_camp_is_a_vague_group(text: str) -> None:
    assert [label for _, _, label in content_speaker_label(text)] == ["vague"]


def test_the_services_of_a_body_are_named_and_people_around_someone_vague() -> None:
    services = "Les services de la préfecture assurent que la réforme sera retirée."
    around = "L'entourage du ministre assure que la réforme sera retirée."
    assert [label for _, _, label in content_speaker_label(services)] == ["named"]
    assert [label for _, _, label in content_speaker_label(around)] == ["vague"]


_NATIONALS = [
    ("Roger Federer a gagné dimanche. « Je suis heureux », a confié le Suisse.", "Roger Federer"),
    (
        "Angela Merkel a parlé mardi. « Nous sommes d'accord », a déclaré l'Allemande.",
        "Angela Merkel",
    ),
    (
        "Vladimir Poutine a parlé mardi. « Nous sommes prêts », a ajouté le Russe.",
        "Vladimir Poutine",
    ),
    ("Kim Clijsters a gagné lundi. « C'est une joie », sourit la Belge.", "Kim Clijsters"),
]


@pytest.mark.parametrize(("text", "speaker"), _NATIONALS)
def test_a_word_of_nationality_of_any_ending_takes_up_the_person_heard(
    text: str, speaker: str
) -> None:
    content = text.split("« ")[1].split(" »")[0]
    assert speaker_of(text, content) == speaker


def test_a_body_of_some_nationality_is_another_body() -> None:
    text = (
        "Météo France a indiqué que la pluie reviendrait. "
        "L'institut allemand a affirmé que la sécheresse durerait."
    )
    assert speaker_of(text, "la sécheresse") == "L'institut allemand"
    bare = text.replace("L'institut allemand", "L'institut")
    assert speaker_of(bare, "la sécheresse") == "Météo France"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Les supporters étaient à Montauban. Le club a indiqué que le match serait rejoué.",
            "Le club",
        ),
        (
            "Le ministre a parlé en France. L'entreprise assure que l'usine sera fermée.",
            "L'entreprise",
        ),
        ("Les Français sont inquiets. Le groupe a indiqué que l'usine serait fermée.", "Le groupe"),
        ("Les Belges ont voté. La société assure que l'usine sera fermée.", "La société"),
    ],
)
def test_a_place_or_a_people_is_no_body_a_generic_noun_takes_up(text: str, speaker: str) -> None:
    assert speaker_of(text, text.split(" que ")[1][:8]) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Renault a annoncé un plan mardi. L'entreprise assure que l'usine sera rouverte.",
            "Renault",
        ),
        ("Les Républicains ont voté. Le parti assure que la loi sera votée.", "Républicains"),
    ],
)
def test_a_body_met_is_still_taken_up(text: str, speaker: str) -> None:
    assert speaker_of(text, text.split(" que ")[1][:8]) == speaker


def _contested(text: str) -> list[bool]:
    analysis = analyze(text, "fr")
    return [contested(analysis, found, load("fr")) for found in analysis.attributions]


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre ne nie pas que la réforme a échoué.",
        "Le ministre n'a pas contesté que la réforme avait échoué.",
        "Le ministre ne conteste pas que la réforme a échoué.",
        "La ministre n'a jamais nié que la réforme avait échoué.",
        "Les syndicats ne démentent pas que la grève va durer.",
    ],
)
def test_a_negated_denial_grants_its_clause_which_may_be_asked_about(text: str) -> None:
    assert _contested(text) == [False]


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre nie que la réforme a échoué.",
        "Le ministre a démenti que la réforme avait échoué.",
    ],
)
def test_a_denial_is_still_contested(text: str) -> None:
    assert _contested(text) == [True]


@pytest.mark.parametrize(
    "text",
    [
        "Selon l'Insee, les prix baisseraient en mars. Les ménages aimeraient y croire.",
        "Selon le syndicat, les salaires stagneraient. Les employés souhaiteraient une hausse.",
        "D'après la mairie, le chantier durerait un an. Les riverains préféreraient un an.",
    ],
)
def test_a_wish_of_another_subject_is_not_the_source_going_on(text: str) -> None:
    assert len(analyze(text, "fr").attributions) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre estime que la réforme est nécessaire. Il aimerait qu'elle soit votée vite.",
        "La maire juge le projet utile. Elle voudrait d'ailleurs qu'il aboutisse cette année.",
        "Selon l'Insee, l'inflation refluerait à 7 %. L'inflation d'ensemble s'élèverait à 4 %.",
    ],
)
def test_the_source_goes_on_in_the_conditional(text: str) -> None:
    assert len(analyze(text, "fr").attributions) == 2


@pytest.mark.parametrize(
    ("speaker", "language"),
    [
        ("Air France", "fr"),
        ("Rassemblement National", "fr"),
        ("Nouveau Front Populaire", "fr"),
        ("United States", "en"),
    ],
)
def test_capitalised_words_opening_on_a_common_word_are_no_person_by_their_shape(
    speaker: str, language: str
) -> None:
    assert kind_of(speaker, load(language)) is None


@pytest.mark.parametrize(
    ("speaker", "language", "kind"),
    [
        ("Rodrigue Furcy", "fr", "person"),
        ("Marine Le Pen", "fr", "person"),
        ("Noé Petit", "fr", "person"),
        ("Geraint Vaughan Jones", "en", "person"),
        ("Associated Press", "en", "body"),
        ("Journal du dimanche", "fr", "body"),
        ("la compagnie", "fr", "body"),
    ],
)
def test_a_person_an_outlet_and_a_body_keep_their_kind(
    speaker: str, language: str, kind: str
) -> None:
    assert kind_of(speaker, load(language)) == kind


def test_the_company_is_no_wrong_option_beside_a_body_of_capitalised_words() -> None:
    said = [
        ("Les vols reprendront lundi", "Air France", "named"),
        ("Le trafic sera perturbé", "la compagnie", "named"),
        ("Nous n'avons rien su", "Rodrigue Furcy", "named"),
    ]
    base = DraftBase(quoted_analysis(said), load("fr").raw["wording"])
    assert base.may_be_one("Air France", "la compagnie")
    assert not base.may_be_one("Rodrigue Furcy", "la compagnie")


@pytest.mark.parametrize(
    "text",
    [
        "Paul Martin était là. « Nous voulons un accord », a indiqué la Suisse.",
        "Paul Martin était là. « Nous voulons un accord », a indiqué l'Argentine.",
    ],
)
def test_a_country_written_as_its_nationality_is_no_inhabitant(text: str) -> None:
    assert speaker_of(text, "Nous voulons") != "Paul Martin"
