"""Shared test setup: Qt runs offscreen, and a small set with one question of every type."""

from __future__ import annotations

import os
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from quizapp.model import QuizSet
from quizapp.sets.catalog import set_language

set_language("en")  # messages compared word for word, whatever the developer's locale

ARTICLE_TEXT = (
    "Musk attaque le projet Stargate\n"
    "Un fonctionnaire de la Maison-Blanche a confié à Politico qu'Elon Musk s'était "
    "«largement emballé». Certains alliés du président sont furieux.\n"
    "Sam Altman a répondu : «Faux, comme vous le savez sûrement.» "
    "Le projet réunit OpenAI, Oracle et SoftBank."
)


def small_set_data() -> dict[str, Any]:
    """A valid set in plain data, one question per type, options in a known order."""
    return {
        "schema_version": 1,
        "id": "small-set",
        "title": "Petit test : qui dit quoi ?",
        "language": "fr",
        "article": {"title": "Musk attaque Stargate", "outlet": "20min.ch", "text": ARTICLE_TEXT},
        "settings": {"shuffle_options": False, "pass_mark": 0.5},
        "questions": [
            {
                "id": "who",
                "type": "single_choice",
                "prompt": "Qui dit que Musk s'était emballé ?",
                "options": [
                    {"text": "Un fonctionnaire anonyme", "correct": True},
                    {"text": "Sam Altman", "feedback": "Altman parle d'autre chose."},
                    {"text": "Je ne sais pas", "pin": True},
                ],
                "explanation": "La source est décrite mais pas nommée.",
                "evidence": ["Un fonctionnaire de la Maison-Blanche a confié à Politico"],
                "rule": "Décrire une source anonyme aussi précisément que possible.",
                "tags": ["attribution"],
            },
            {
                "id": "partners",
                "type": "multiple_choice",
                "prompt": "Qui est dans le projet ?",
                "options": [
                    {"text": "OpenAI", "correct": True},
                    {"text": "Oracle", "correct": True},
                    {"text": "Tesla"},
                    {"text": "SoftBank", "correct": True},
                ],
                "tags": ["facts"],
                "points": 2,
            },
            {
                "id": "tf",
                "type": "true_false",
                "prompt": "Altman est cité nommément.",
                "answer": True,
                "tags": ["attribution"],
            },
            {
                "id": "labels",
                "type": "classify",
                "prompt": "D'où vient chaque affirmation ?",
                "items": [
                    {"claim": "Musk s'était emballé", "label": "anonymous"},
                    {"claim": "Les alliés sont furieux", "label": "vague"},
                    {"claim": "Faux, comme vous le savez", "label": "named"},
                    {"claim": "Le projet réunit OpenAI", "label": "fact"},
                ],
                "tags": ["sourcing"],
            },
            {
                "id": "pairs",
                "type": "match",
                "prompt": "Qui a dit quoi ?",
                "pairs": [
                    {"left": "«largement emballé»", "right": "Un fonctionnaire"},
                    {"left": "«Faux»", "right": "Sam Altman"},
                ],
                "distractors": ["Donald Trump"],
            },
            {
                "id": "where",
                "type": "locate",
                "prompt": "Sélectionnez le passage qui vient d'un groupe vague.",
                "answer": ["Certains alliés du président sont furieux."],
            },
        ],
    }


@pytest.fixture
def small_quiz() -> QuizSet:
    return QuizSet.model_validate(small_set_data())


@pytest.fixture
def small_data() -> dict[str, Any]:
    """The small set as plain data, fresh for each test so that tests may change it."""
    return small_set_data()
