"""The JSON Schema of format v1, for editors that complete and check fields as teachers type."""

from __future__ import annotations

import json

from quizapp.model import QuizSet

SCHEMA_FILE_NAME = "quiz.schema.json"


def json_schema_text() -> str:
    """The schema as committed in ``questions/quiz.schema.json`` (stable, ends with a newline)."""
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        **QuizSet.model_json_schema(),
    }
    schema["title"] = "quizapp question set, format version 1"
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
