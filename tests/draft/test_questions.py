"""Drafted questions: every kind asked for, valid v1, marked as drafts, evidence verbatim."""

from __future__ import annotations

from pathlib import Path

from quizapp.draft import analyze
from quizapp.draft.drafting.draft_set import checked_set, draft_set_data, guess_language
from quizapp.draft.drafting.options import capitalised
from quizapp.draft.drafting.questions import DRAFT_TAG, as_models, draft_questions

ARTICLE = (
    "Le projet Horizon divise la mairie\n\n"
    "Un conseiller municipal a confié au Temps que le budget était «largement dépassé». "
    "Selon plusieurs élus, le chantier pourrait durer deux ans de plus.\n\n"
    "«Nous tiendrons les délais», a déclaré la maire, Anne Roux, lundi. "
    "Le chantier a commencé en mars. «Rien n'est joué», a répondu Paul Martin, chef de "
    "l'opposition. Une enquête a été ouverte, a indiqué le parquet de Genève. "
    "«Les comptes seront publiés», a promis le trésorier, Marc Blanc."
)


def drafted() -> list[dict]:
    return draft_questions(analyze(ARTICLE, "fr"))


def test_every_kind_of_question_is_drafted_and_marked_as_a_draft() -> None:
    questions = drafted()
    kinds = {q["type"] for q in questions}
    assert {"classify", "single_choice", "match", "locate", "true_false"} <= kinds
    assert all(q["id"].startswith("draft-") and DRAFT_TAG in q["tags"] for q in questions)
    assert all(q.get("explanation") for q in questions)


def test_classify_questions_use_at_least_two_labels_and_verbatim_evidence() -> None:
    for question in (q for q in drafted() if q["type"] == "classify"):
        assert len({item["label"] for item in question["items"]}) >= 2
        for item in question["items"]:
            assert item["evidence"] in ARTICLE
            assert item["explanation"]


def test_who_said_this_offers_the_other_speakers() -> None:
    analysis = analyze(ARTICLE, "fr")
    speakers = {a.speaker for a in analysis.attributions}
    for question in (q for q in drafted() if q["type"] == "single_choice"):
        texts = [o["text"] for o in question["options"]]
        assert len(texts) >= 2 and set(texts) <= {capitalised(s) for s in speakers}  # ui40
        assert sum(1 for o in question["options"] if o.get("correct")) == 1
        right = next(o["text"] for o in question["options"] if o.get("correct"))
        assert right[1:] in question["explanation"]  # ui40: the option opens on a capital


def test_locate_answers_the_anonymous_source_and_true_false_is_balanced() -> None:
    questions = drafted()
    locates = [q for q in questions if q["type"] == "locate"]
    assert [q["answer"] for q in locates] == [["Un conseiller municipal"]]
    answers = [q["answer"] for q in questions if q["type"] == "true_false"]
    assert answers and answers.count(True) == answers.count(False)


def test_relay_is_named_in_the_explanation() -> None:
    who = [q for q in drafted() if q["type"] == "single_choice"]
    relayed = [q for q in who if "Temps" in q["explanation"]]
    assert (
        relayed
        and "« Un conseiller municipal a confié au Temps » : la source"
        in (relayed[0]["explanation"])
    )
    assert "source anonyme" in relayed[0]["explanation"]


def test_the_drafted_set_passes_the_loader_and_the_models() -> None:
    data = draft_set_data(ARTICLE, "fr", title="Le projet Horizon divise la mairie")
    quiz = checked_set(data, Path("draft.quiz.yaml"))
    assert len(quiz.questions) == len(data["questions"])
    assert len(as_models(data["questions"])) == len(data["questions"])
    assert quiz.article is not None and quiz.article.outlet
    used = {tag for question in quiz.questions for tag in question.tags}
    assert used and used <= set(quiz.tags)
    assert quiz.tags["attribution"].name == "Attribuer les propos à leur source"


def test_language_is_guessed() -> None:
    assert guess_language(ARTICLE) == "fr"
    assert guess_language("The minister said that the plan was dead, officials told CNN.") == "en"


def test_who_said_and_true_false_quote_only_what_reads_as_said() -> None:
    text = (
        "La piste divise le quartier\n\n"
        "«Nous tenons enfin une promesse», a déclaré la maire, Claire Martin.\n\n"
        "Selon un agent des services, le chantier coûtera deux fois plus que prévu.\n\n"
        "Certains commerçants craignent de perdre leurs clients."
    )
    questions = draft_questions(analyze(text, "fr"))
    quoting = [q for q in questions if q["type"] in ("single_choice", "true_false")]
    assert quoting
    prompts = " ".join(q["prompt"] for q in quoting)
    assert "de perdre leurs clients" not in prompts  # a bare infinitive is no statement
    assert "le chantier coûtera" in prompts


def test_a_quotation_is_quoted_without_the_comma_before_its_cue() -> None:
    text = (
        "Cycle lane splits the town\n\n"
        '"We are finally keeping a promise made to families," said the mayor, Claire Martin.\n\n'
        "According to an official of the services, the works will cost twice as much."
    )
    prompts = [q["prompt"] for q in draft_questions(analyze(text, "en"))]
    assert any("made to families”" in p or "made to families'" in p for p in prompts), prompts
    assert not any("families,”" in p or "families,'" in p for p in prompts)
