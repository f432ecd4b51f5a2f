"""ui44: a passage cut to fit a question ends where a phrase does. Nearly half of the corpus's
cut passages ended on an article, a preposition, a conjunction or an auxiliary (« …, c'est
une […] », "…start a […]"), which a teacher reads as a claim cut mid-phrase."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze
from quizapp.draft.drafting.questions import draft_questions
from quizapp.draft.drafting.wording.passages import cut_at_phrase, reported_cut, shorten

LONG_FR = (  # 140 characters end on « de »
    "Entre ceux qui ne sont pas revenus après le confinement et ceux qui gardent leurs "
    "petits-enfants pendant les vacances, la banque manque de bras pour trier la "
    "nourriture et charger les camions chaque matin."
)


def test_a_french_cut_drops_the_article_and_preposition_it_stopped_on() -> None:
    assert cut_at_phrase("Le maire a présenté le budget de la", "fr") == (
        "Le maire a présenté le budget"
    )
    assert cut_at_phrase("Le maire a dit qu'il", "fr") == "Le maire a dit"
    assert cut_at_phrase("La préfecture a confirmé l'", "fr") == "La préfecture a confirmé"


def test_an_english_cut_drops_its_open_words() -> None:
    assert cut_at_phrase("a group of youths started a", "en") == "a group of youths started"
    assert cut_at_phrase("the council said it would", "en") == "the council said it"


def test_a_cut_ending_open_stops_at_a_comma_in_its_last_third() -> None:
    head = "Le maire a présenté le budget de la commune aux habitants, et il a dit que"
    assert cut_at_phrase(head, "fr") == "Le maire a présenté le budget de la commune aux habitants"


def test_a_cut_ending_on_a_full_word_is_left_as_it_is() -> None:
    assert cut_at_phrase("Le maire a présenté le budget, puis la piscine", "fr") == (
        "Le maire a présenté le budget, puis la piscine"
    )
    assert cut_at_phrase("the work carried on", "en") == "the work carried on"


def test_shorten_and_reported_cut_end_on_a_phrase() -> None:
    assert LONG_FR[:140].rsplit(" ", 1)[0].endswith(" de")
    assert shorten(LONG_FR, 140, "fr").endswith("pendant les vacances […]")
    assert shorten(LONG_FR, 140) == LONG_FR[:140].rsplit(" ", 1)[0] + " […]"  # no language
    text = "la commune " + "va reprendre les travaux de la salle des fêtes et de la " * 6
    cut = reported_cut(text, 100, "fr")
    assert cut.endswith(" […]") and cut[: -len(" […]")].split()[-1] not in {"la", "de", "et"}


def test_a_drafted_claim_does_not_end_mid_phrase() -> None:
    text = (
        "Une piscine fermée tout l'été à Saint-Aubin\n\n"
        f"{LONG_FR}\n\n"
        "« Nous rouvrirons en septembre », a déclaré le maire, Paul Berthier.\n\n"
        "Selon la préfecture, les travaux coûteront deux millions d'euros."
    )
    drafts = draft_questions(analyze(text, "fr"))
    claims = [item["claim"] for q in drafts for item in q.get("items", [])]
    cut = [claim for claim in claims if claim.endswith("[…]")]
    assert cut, claims
    for claim in cut:
        assert claim[: -len(" […]")].split()[-1] not in {"la", "de", "et", "des", "les", "le"}


PARAGRAPHS = [
    (  # the opening stops before « de son côté que » rather than on « de »
        "La halle du marché fermée jusqu'au printemps\n\n"
        "« Nous n'avions pas le choix », a déclaré le maire, Jean Morvan, lundi soir.\n\n"
        "La mairie assure de son côté que le calendrier sera respecté et qu'une réunion "
        "publique sera organisée le 12 décembre. Les travaux doivent commencer dans trois "
        "semaines.",
        "« La mairie",
        "« La mairie assure… »",
    ),
    (  # an opening cut after a sentence has no stop before its dots
        "L'union fait la force pour la gauche\n\n"
        "« Nous partons ensemble », a déclaré la tête de liste, Anne Moreau, lundi soir.\n\n"
        "L'union fait la force. La mairie assure que le calendrier sera respecté et qu'une "
        "réunion publique sera organisée le 12 décembre. Les travaux doivent commencer dans "
        "trois semaines.",
        "« L'union",
        "« L'union fait la force… »",
    ),
]


@pytest.mark.parametrize(("text", "start", "opening"), PARAGRAPHS)
def test_a_paragraph_named_by_its_first_words_ends_on_a_phrase(
    text: str, start: str, opening: str
) -> None:
    prompts = [q["prompt"].replace("\u00a0", " ") for q in draft_questions(analyze(text, "fr"))]
    named = [p for p in prompts if p.startswith(start)]
    assert named, prompts
    assert all(p.startswith(opening) for p in named), named


@pytest.mark.parametrize(
    ("head", "language"),
    [  # the review's cuts (mend44c): a name, an acronym, a complete phrase ends a passage
        ("The festival was expected to end in early May", "en"),
        ("The money went first to the state and then to the WHO", "en"),
        ("The family went to court over the late businessman's will", "en"),
        ("The pupils were put in the advanced group, called Plan A", "en"),
        ("Les communes les plus touchées sont situées dans l'Est", "fr"),
        ("Elle ne voulait pas demander de l'aide à quelqu'un", "fr"),
        ("Le pont a été fermé il y a", "fr"),
        ("Le maire a reconnu qu'il n'y a", "fr"),
    ],
)
def test_a_cut_ending_on_a_name_or_a_whole_phrase_is_left_as_it_is(
    head: str, language: str
) -> None:
    assert cut_at_phrase(head, language) == head


def test_a_capital_starting_a_sentence_or_quotation_still_leaves_it_open() -> None:
    assert cut_at_phrase("Le maire a parlé longuement. Le", "fr") == "Le maire a parlé longuement."
    assert (
        cut_at_phrase("Le maire a ensuite déclaré : « Le", "fr") == "Le maire a ensuite déclaré :"
    )
    assert cut_at_phrase("the mayor then said “The", "en") == "the mayor then said"
    assert cut_at_phrase("Sa liste était soutenue par Les", "fr") == "Sa liste était soutenue"
    assert cut_at_phrase("they stayed in a car park next to The", "en") == (
        "they stayed in a car park next"
    )
    assert cut_at_phrase("Le maire a dit qu'il a vu l'est", "fr") == "Le maire a dit qu'il a vu"
