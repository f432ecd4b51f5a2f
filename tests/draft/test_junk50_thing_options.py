"""junk50: a speaker cut to a thing, an act or a date (« Un vote », « L'examen médical »,
"The appeal", "Wednesday") names no one a student could pick, so no drafted question shows it,
as its answer or as a wrong one: ``standalone.names_a_thing`` (lexicon ``no_one_head_lists``)
makes it nameless. Findings are not touched: a key may give a thing as its speaker. Made-up
speakers and a made-up analysis only."""

from __future__ import annotations

import pytest

from quizapp.draft.drafting.questions import draft_questions
from quizapp.draft.drafting.speaker_names.standalone import names_a_thing
from quizapp.draft.findings import Analysis, Attribution
from quizapp.draft.words.lexicon import load


@pytest.mark.parametrize(
    "speaker",
    [
        "Un vote",
        "Des projets",
        "L'examen médical",
        "L’examen médical",
        "Une décision inédite",
        "Une crainte",
        "la théorie agronomique",
        "L'initiative",
        "mardi",
    ],
)
def test_french_things_name_no_one(speaker: str) -> None:
    assert names_a_thing(speaker, load("fr"))


@pytest.mark.parametrize("speaker", ["The appeal", "An objection", "The cuts", "Wednesday"])
def test_english_things_name_no_one(speaker: str) -> None:
    assert names_a_thing(speaker, load("en"))


@pytest.mark.parametrize(
    "speaker",
    ["le maire", "La municipalité", "Le photographe", "Les forains", "Marie Vote", "l'un d'eux"],
)
def test_people_and_bodies_name_someone(speaker: str) -> None:
    assert not names_a_thing(speaker, load("fr"))


def test_a_name_after_a_thing_word_names_someone() -> None:
    """« Le Projet Cœur » as a body's name: a capital on the head keeps it (``head_word``)."""
    assert not names_a_thing("Le Projet Cœur", load("fr"))
    assert not names_a_thing("The Appeal Court", load("en"))


SAID = [
    ("Paul Garnier", "Nous fermerons la halle en mars"),
    ("Claire Vasseur", "Le bâtiment ne répond plus aux normes"),
    ("Louis Martin", "On nous prévient toujours au dernier moment"),
    ("Un vote", "La majorité des commerçants refuse le déménagement"),
    ("Marie Durand", "Les clients iront au supermarché"),
]


def _analysis() -> Analysis:
    """Five quotations, one given to « Un vote » (a subject kept where no one was found)."""
    text, found = "Le marché couvert fermera\n\n", []
    for speaker, words in SAID:
        start = len(text) + 1
        text += f"« {words} », a dit {speaker}.\n\n"
        cue = text.index("a dit", start)
        source = (cue + 6, cue + 6 + len(speaker))
        found.append(
            Attribution(
                (start, start + len(words) + 2),
                (cue, cue + 5),
                source,
                speaker,
                source,
                "direct",
                "named",
                None,
                0.9,
            )
        )
    return Analysis("fr", text, tuple(found), (), ())


def test_a_thing_is_no_option_nor_answer() -> None:
    shown = []
    for question in draft_questions(_analysis()):
        shown += [option["text"] for option in question.get("options", [])]
        shown += [pair["right"] for pair in question.get("pairs", [])]
        shown += question.get("distractors", [])
        shown += [question["prompt"]] if question["type"] == "true_false" else []
    assert any("Paul Garnier" in text for text in shown)
    assert not any("vote" in text.lower() for text in shown)


@pytest.mark.parametrize(
    "speaker",
    ["Vote Leave", "Plan International", "Project Veritas", "Sunday Times", "Appeal judges"],
)
def test_mend50b_a_capital_past_the_first_word_is_a_name(speaker: str) -> None:
    """A named body whose first word is a listed noun names someone (review50 F4)."""
    assert not names_a_thing(speaker, load("en"))


@pytest.mark.parametrize("speaker", ["Accord Santé", "Objectif Zéro", "le collectif Objectif Zéro"])
def test_mend50b_a_french_name_on_a_thing_noun_is_a_name(speaker: str) -> None:
    assert not names_a_thing(speaker, load("fr"))


@pytest.mark.parametrize(
    "speaker",
    ["the inquiry panel", "the project team", "the decision makers", "the cuts campaigners"],
)
def test_mend50b_an_english_compound_s_head_is_its_last_noun(speaker: str) -> None:
    """ "the inquiry panel" is a panel: English heads come last (review50 F4)."""
    assert not names_a_thing(speaker, load("en"))


@pytest.mark.parametrize("speaker", ["A public inquiry", "the appeal of the residents"])
def test_mend50b_an_english_thing_stays_a_thing_by_its_last_noun(speaker: str) -> None:
    """The group stops at "of": "the appeal of the residents" is still an appeal."""
    assert names_a_thing(speaker, load("en"))
