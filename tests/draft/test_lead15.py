"""The fifteenth round's lead pass: a quotation that opens a headline or a lead sentence and is
followed by a colon and the people who said it (« «Ryanair doit changer!»: des hôtesses ont
débuté une grève »). Made-up sentences in several forms, each with a counter-case."""

from __future__ import annotations

import pytest

from tests.draft.readings import content_speaker_label

_BODY = "La grève a commencé tôt. Les négociations reprendront jeudi."
_SAID = "« On ne peut plus continuer ainsi »"
_HEADLINE = "Une grève dans les hôpitaux"


@pytest.mark.parametrize(
    ("after_colon", "speaker", "label"),
    [
        (
            "des infirmières et des médecins ont débrayé mardi",
            "des infirmières et des médecins",
            "vague",
        ),
        (
            "plusieurs centaines d'enseignants ont défilé lundi",
            "plusieurs centaines d'enseignants",
            "vague",
        ),
        (
            "à bord d'une dizaine de camions et de tracteurs, des éleveurs ont bloqué la route",
            "des éleveurs",
            "vague",
        ),
        ("ces riverains qui n'en peuvent plus du bruit", "ces riverains", "vague"),
        ("les maraîchers de la vallée manifestent devant la préfecture", "les maraîchers", "vague"),
        ("la présidente du syndicat annonce un recours", "la présidente du syndicat", "named"),
    ],
)
def test_the_people_after_the_colon_said_the_opening_quotation(
    after_colon: str, speaker: str, label: str
) -> None:
    text = f"{_HEADLINE}\n\n{_SAID} : {after_colon}. {_BODY}"
    found = content_speaker_label(text)
    assert ("On ne peut plus continuer ainsi", speaker, label) in found


@pytest.mark.parametrize(
    "after_colon",
    [
        "dans le Var, des attaques de loups font un carnage",  # a thing, not people
        "la ministre de la Santé Anne Roux (PS) était la cible des banderoles",  # the target
        "des élus ont été visés par la colère des manifestants",  # undergone, not said
        "la grève entre dans son troisième jour",  # no people at all
        "des manifestants sont interpellés devant la mairie",  # undergone, present tense
        "des lycéens étaient présents dans le cortège",  # a state, past tense
    ],
)
def test_no_speaker_when_the_colon_leads_to_no_one_who_said_it(after_colon: str) -> None:
    text = f"{_HEADLINE}\n\n{_SAID} : {after_colon}. {_BODY}"
    assert not [f for f in content_speaker_label(text) if f[0] == _SAID.strip("« »")]


@pytest.mark.parametrize(
    ("after_colon", "speaker"),
    [
        ("des enseignants se sont rassemblés devant le rectorat", "des enseignants"),
        ("les infirmières s'étaient mobilisées dès l'aube", "les infirmières"),
        ("des infirmières sont descendues dans la rue mardi", "des infirmières"),
        ("les agriculteurs sont venus dire leur colère à la préfecture", "les agriculteurs"),
        ("des salariés étaient allés jusqu'au siège", "des salariés"),
    ],
)
def test_being_as_the_auxiliary_of_what_the_people_did_keeps_them(
    after_colon: str, speaker: str
) -> None:
    """« se sont rassemblés », « sont descendues »: être as the auxiliary of a pronominal verb
    or a verb of movement says what the people did, not what they are."""
    text = f"{_HEADLINE}\n\n{_SAID} : {after_colon}. {_BODY}"
    assert ("On ne peut plus continuer ainsi", speaker, "vague") in content_speaker_label(text)


def test_a_headline_quotation_goes_to_the_people_after_its_colon() -> None:
    text = (
        "« On attend que l'été passe » : ces habitants qui suffoquent face aux touristes\n\n"
        "Chaque été, la commune voit sa population décupler. Les rues sont saturées."
    )
    assert ("On attend que l'été passe", "ces habitants", "vague") in content_speaker_label(text)


def test_a_quotation_not_opening_its_sentence_keeps_its_reading() -> None:
    """« Ils ont crié « Non » : des élus… » is no opening quotation: no speaker after the colon."""
    text = f"Une grève\n\nIls ont écrit « Non merci » : des élus ont quitté la salle. {_BODY}"
    assert not [f for f in content_speaker_label(text) if f[0] == "Non merci"]


def test_english_keeps_its_reading() -> None:
    text = "Strike\n\n“We will not back down”: the nurses walked out on Monday. Talks resume soon."
    assert not [f for f in content_speaker_label(text, "en") if f[1] == "the nurses"]


@pytest.mark.parametrize(
    ("group", "words"),
    [
        ("Environ 450 personnes", "Environ 450 personnes"),
        ("Quelque 300 cheminots", "Quelque 300 cheminots"),
        ("Plus de 200 grévistes", "Plus de 200 grévistes"),
    ],
)
def test_a_rounded_count_of_people_is_a_group_not_a_name(group: str, words: str) -> None:
    """« Environ » opening a sentence before a number is no name (lexicon
    approximation_words), and the people it counts are vague, as any counted group."""
    text = f"{group} ont défilé mercredi. Ils estiment que les salaires sont trop bas."
    assert content_speaker_label(text) == [("les salaires sont trop bas", words, "vague")]


def test_a_plural_pronoun_with_no_one_before_is_vague_and_a_singular_stays_named() -> None:
    said = "que les salaires sont trop bas"
    assert content_speaker_label(f"Ils estiment {said}.")[0][1:] == ("Ils", "vague")
    assert content_speaker_label(f"Il estime {said}.")[0][1:] == ("Il", "named")


@pytest.mark.parametrize(
    "people", ["des hôtesses et des stewards", "des vignerons", "les cyclistes"]
)
def test_trades_and_passers_by_are_people_after_the_colon(people: str) -> None:
    text = f"{_HEADLINE}\n\n« Nous ne lâcherons rien » : {people} ont manifesté mardi. {_BODY}"
    assert ("Nous ne lâcherons rien", people, "vague") in content_speaker_label(text)
