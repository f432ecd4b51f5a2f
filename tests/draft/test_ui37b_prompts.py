"""ui37b: a drafted prompt that carries a quotation on into its sentence ends the quoted words
before the comma or question mark, with no full stop left inside the marks (« Qui dit « … »,
selon l'article ? »). Made-up articles only."""

from __future__ import annotations

from quizapp.draft import analyze
from quizapp.draft.drafting.questions import draft_questions
from quizapp.draft.drafting.wording.passages import cut_inside, stop_outside

FRENCH = (
    "La piscine fermera tout l’été\n\n"
    "« Les bassins sont trop vieux pour la saison qui vient. », a-t-il ajouté, "
    "Paul Martin, adjoint aux sports. "
    "« Nous chercherons une solution avec les clubs voisins. », a répondu Claire Dubois, "
    "présidente du club de natation. "
    "« Les enfants perdront un été d’entraînement », regrette Marc Leroy, entraîneur.\n"
)
ENGLISH = (
    "Pool to close all summer\n\n"
    "“The pools are too old for the coming season.” said Paul Martin, the sports officer. "
    "“We will look for an answer with nearby clubs.” said Claire Dobbs, the swimming club's "
    "chair. “Children will lose a summer of training,” said Mark Lee, a coach.\n"
)


def who_prompts(text: str, language: str) -> list[str]:
    questions = draft_questions(analyze(text, language))
    return [
        q["prompt"].replace("\u00a0", " ") for q in questions if q["id"].startswith("draft-who")
    ]


def test_stop_leaves_a_quotation_that_goes_on() -> None:
    assert stop_outside("Qui dit « Il part. », selon l’article ?") == (
        "Qui dit « Il part », selon l’article ?"
    )
    assert stop_outside("Who says “He left.”, according to it?") == (
        "Who says “He left”, according to it?"
    )
    assert stop_outside("Who says “He left.”? Select") == "Who says “He left”? Select"


def test_the_speakers_own_marks_and_a_closing_quotation_stay() -> None:
    assert stop_outside("Qui dit « Il part ! », selon l’article ?") == (
        "Qui dit « Il part ! », selon l’article ?"
    )
    assert stop_outside("Qui dit « Il part... », selon") == "Qui dit « Il part... », selon"
    assert stop_outside("L’article écrit : « Il part. »") == "L’article écrit : « Il part. »"
    assert stop_outside("X dit : « Il part. ».") == "X dit : « Il part. »"


def test_drafted_who_prompts_end_the_quotation_before_the_comma() -> None:
    for text, language in ((FRENCH, "fr"), (ENGLISH, "en")):
        prompts = who_prompts(text, language)
        assert prompts, language
        for prompt in prompts:
            assert ". »," not in prompt and ".”," not in prompt, prompt


CLASSIFY = (
    "La piscine fermera tout l’été\n\n"
    "«Les bassins sont bien trop vieux pour la saison qui vient», a annoncé Paul Martin, "
    "adjoint aux sports. La piscine a ouvert en 1975. Cette fermeture est un scandale "
    "honteux.\n\n"
    "Le club de natation cherchera un autre bassin, selon sa présidente.\n"
)


def test_a_cut_quotation_closes_after_the_cut() -> None:
    assert cut_inside("«Les bassins sont bien trop", "“Les bassins sont bien trop”") == (
        "“Les bassins sont bien trop…”"
    )
    assert cut_inside("Les bassins sont bien trop", "Les bassins sont bien trop") == (
        "Les bassins sont bien trop"
    )
    assert cut_inside("«Les bassins» sont", "“Les bassins” sont") == "“Les bassins” sont"


def test_a_paragraph_opening_on_a_quotation_is_named_without_a_mark_before_the_cut() -> None:
    questions = draft_questions(analyze(CLASSIFY, "fr"))
    prompts = [q["prompt"] for q in questions if q["type"] == "classify"]
    opening = [p for p in prompts if "Les bassins" in p]
    assert opening, prompts
    assert "trop…”" in opening[0] and "”…" not in opening[0], opening[0]
