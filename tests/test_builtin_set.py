"""The built-in French set about the 20min.ch Stargate article meets what its issue asks.

The set is both teaching material and the example teachers copy, so these tests pin the
content rules (coverage of the article, both anonymous sources, the Stargate companies, every
label used) as well as French typography, which a hand edit easily breaks.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from quizapp.model import (
    Classify,
    Locate,
    Match,
    MultipleChoice,
    QuizSet,
    SingleChoice,
    TrueFalse,
)
from quizapp.model.text import find_passage, normalize
from quizapp.sets.builtin import builtin_set_paths
from quizapp.sets.item_checks import item_warnings
from quizapp.sets.loader import load_set

ROOT = Path(__file__).resolve().parents[1]
SET_PATH = ROOT / "questions" / "stargate-musk.fr.quiz.yaml"
# sha256 of the seed article (shared/seed/000_bfaf38f451fa52ce.txt): the text must stay verbatim
SEED_SHA256 = "e8ec73db465022287b64168b7a8c5eb356e83497a7a52eebe8b8bc124da26e66"

FIRST_ANONYMOUS = "Un fonctionnaire de la Maison-Blanche"
SECOND_ANONYMOUS = "Un autre républicain proche de la Maison-Blanche"
STARGATE_COMPANIES = {"Oracle", "SoftBank", "OpenAI"}
RULE_SOURCES = ("AP", "Reuters", "Charte de Munich, devoir 3", "directive 2.3")
NO_BREAK = "\u00a0\u202f"


@pytest.fixture(scope="module")
def quiz() -> QuizSet:
    return load_set(SET_PATH)


def _by_id(quiz: QuizSet, question_id: str):
    return next(question for question in quiz.questions if question.id == question_id)


def _classify_items(quiz: QuizSet):
    return [item for q in quiz.questions if isinstance(q, Classify) for item in q.items]


def test_the_set_ships_as_a_builtin() -> None:
    assert SET_PATH.resolve() in [path.resolve() for path in builtin_set_paths()]


def test_first_line_is_the_schema_comment() -> None:
    first_line = SET_PATH.read_text(encoding="utf-8").split("\n", 1)[0]
    assert first_line == "# yaml-language-server: $schema=quiz.schema.json"


def test_identity_and_settings(quiz: QuizSet) -> None:
    assert (quiz.schema_version, quiz.id, quiz.language) == (1, "stargate-musk-fr", "fr")
    assert quiz.settings.shuffle_options is True
    assert quiz.settings.feedback == "immediate"
    assert quiz.settings.pass_mark == 0.6


def test_article_is_the_seed_verbatim(quiz: QuizSet) -> None:
    assert quiz.article is not None
    text = quiz.article.text
    assert hashlib.sha256(text.encode("utf-8")).hexdigest() == SEED_SHA256
    assert quiz.article.title == text.split("\n", 1)[0]
    assert quiz.article.outlet == "20min.ch"
    assert quiz.article.url is None and quiz.article.date is None


def test_labels_are_the_five_default_ids_in_french(quiz: QuizSet) -> None:
    names = {label.id: label.name for label in quiz.labels}
    assert names == {
        "named": "Source nommée",
        "anonymous": "Source anonyme",
        "vague": "Groupe vague",
        "author": "Le média lui-même",
        "fact": "Fait établi",
    }
    assert all(label.description for label in quiz.labels)


def test_at_least_30_questions_of_all_six_types(quiz: QuizSet) -> None:
    assert len(quiz.questions) >= 30
    assert {question.type for question in quiz.questions} == {
        "single_choice",
        "multiple_choice",
        "true_false",
        "classify",
        "match",
        "locate",
    }


def test_every_question_has_explanation_evidence_and_tags(quiz: QuizSet) -> None:
    for question in quiz.questions:
        assert question.explanation.strip(), question.id
        assert question.evidence, question.id
        assert question.tags, question.id


def test_every_tag_used_has_a_french_name(quiz: QuizSet) -> None:
    used = {tag for question in quiz.questions for tag in question.tags}
    assert used == set(quiz.tags)
    assert all(quiz.tag_name(tag) != tag and quiz.tags[tag].description for tag in used)


def test_no_item_writing_warning(quiz: QuizSet) -> None:
    """The set teachers copy passes ``quizapp validate --strict``: balanced, no giveaways."""
    assert item_warnings(quiz) == []


def test_true_false_answers_are_balanced(quiz: QuizSet) -> None:
    answers = [q.answer for q in quiz.questions if isinstance(q, TrueFalse)]
    assert 0.4 <= sum(answers) / len(answers) <= 0.6


def test_every_classify_question_uses_two_labels_or_more(quiz: QuizSet) -> None:
    for question in quiz.questions:
        if isinstance(question, Classify):
            assert len({item.label for item in question.items}) >= 2, question.id


def test_every_wrong_choice_says_why_it_is_wrong(quiz: QuizSet) -> None:
    for question in quiz.questions:
        if isinstance(question, SingleChoice | MultipleChoice):
            for option in question.options:
                assert option.correct or option.feedback, (question.id, option.text)


def test_rules_cite_the_four_references(quiz: QuizSet) -> None:
    rules = [question.rule for question in quiz.questions if question.rule]
    for rule in rules:
        assert any(source in rule for source in RULE_SOURCES), rule
    for source in RULE_SOURCES:
        assert any(source in rule for rule in rules), source


def test_stargate_companies_are_exactly_those_the_article_names(quiz: QuizSet) -> None:
    question = _by_id(quiz, "stargate-companies")
    assert isinstance(question, MultipleChoice)
    correct = {option.text for option in question.options if option.correct}
    assert correct == STARGATE_COMPANIES
    assert quiz.article is not None
    unnamed = [o.text for o in question.options if o.text not in quiz.article.text]
    assert len(unnamed) >= 3, "distractors should be real companies the article does not name"


def test_both_anonymous_sources_are_labelled_anonymous(quiz: QuizSet) -> None:
    anonymous_evidence = " ".join(
        normalize(passage).text
        for item in _classify_items(quiz)
        if item.label == "anonymous"
        for passage in item.evidence
    )
    assert normalize(FIRST_ANONYMOUS).text in anonymous_evidence
    assert normalize(SECOND_ANONYMOUS).text in anonymous_evidence


def test_the_two_anonymous_sources_get_different_quotes(quiz: QuizSet) -> None:
    question = _by_id(quiz, "match-quotes")
    assert isinstance(question, Match)
    source_of = {pair.left: pair.right for pair in question.pairs}
    emballe = next(right for left, right in source_of.items() if "emballé" in left)
    furieux = next(right for left, right in source_of.items() if "furieux" in left)
    assert "fonctionnaire" in emballe and "républicain" in furieux


def test_every_label_is_used_by_classify_items(quiz: QuizSet) -> None:
    used = {item.label for item in _classify_items(quiz)}
    assert used == {label.id for label in quiz.labels}


def test_every_classify_item_points_into_the_article(quiz: QuizSet) -> None:
    for item in _classify_items(quiz):
        assert item.evidence and item.explanation, item.claim


def _article_sentences(text: str) -> Iterator[str]:
    """Each sentence of the article, its closing signature (the outlet's name) left out."""
    for line in text.split("\n"):
        for sentence in re.split(r"(?<=[.?!])\s+(?=[A-ZÀ-Ý«(])", line):
            if sentence.strip() and sentence.strip() != "20min.ch":
                yield sentence.strip()


def test_classify_items_cover_every_sentence_of_the_article(quiz: QuizSet) -> None:
    assert quiz.article is not None
    text = quiz.article.text
    spans = [find_passage(text, p) for item in _classify_items(quiz) for p in item.evidence]
    covered = {i for span in spans if span for i in range(*span)}
    for sentence in _article_sentences(text):
        span = find_passage(text, sentence)
        assert span is not None, sentence
        inside = sum(1 for i in range(*span) if i in covered)
        assert inside >= 0.5 * (span[1] - span[0]), f"no classify item labels: {sentence!r}"


def test_locate_answers_are_short_passages(quiz: QuizSet) -> None:
    """A locate answer is something to find, not a whole paragraph to select."""
    for question in quiz.questions:
        if isinstance(question, Locate):
            assert all(len(passage) <= 120 for passage in question.answer), question.id


def _prose(quiz: QuizSet) -> Iterator[str]:
    """Every string the set's authors wrote themselves (not the article, not its passages)."""
    yield from (quiz.title, quiz.description)
    for label in quiz.labels:
        yield from (label.name, label.description)
    for tag in quiz.tags.values():
        yield from (tag.name, tag.description)
    for q in quiz.questions:
        yield from (q.prompt, q.explanation, q.rule or "")
        if isinstance(q, SingleChoice | MultipleChoice):
            for option in q.options:
                yield from (option.text, option.feedback or "")
        if isinstance(q, Classify):
            for item in q.items:
                yield from (item.claim, item.explanation)
        if isinstance(q, Match):
            yield from q.distractors
            for pair in q.pairs:
                yield from (pair.left, pair.right)


def test_prose_follows_french_typography(quiz: QuizSet) -> None:
    for text in _prose(quiz):
        assert "'" not in text and '"' not in text, f"use ’ and « »: {text!r}"
        assert "..." not in text, f"use …: {text!r}"
        assert not re.search(f"[^{NO_BREAK}][;:!?]", text), f"no-break space before: {text!r}"
        assert not re.search(f"«[^{NO_BREAK}]", text), f"no-break space after «: {text!r}"
        assert not re.search(f"[^{NO_BREAK}]»", text), f"no-break space before »: {text!r}"
