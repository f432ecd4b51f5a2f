"""Each item-writing warning fires on a small flawed set and stays quiet on a well-made one."""

from __future__ import annotations

import copy
import io
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from quizapp.sets import catalog
from quizapp.sets.checking import check_text
from quizapp.sets.item_checks.catalog_fr import FRENCH_WARNINGS
from quizapp.sets.item_checks.codes import WARNING_CODES

ARTICLE = "Le ministre a dit : « Le budget est prêt. » Selon des proches, il hésite encore."
PATH = Path("/nowhere/set.quiz.yaml")


def _choice(qid: str, prompt: str, right: str, wrongs: list[str]) -> dict[str, Any]:
    options = [{"text": right, "correct": True}] + [{"text": w} for w in wrongs]
    return {
        "id": qid,
        "type": "single_choice",
        "prompt": prompt,
        "options": options,
        "explanation": "Pourquoi.",
        "evidence": "Le budget est prêt.",
    }


def _tf(qid: str, answer: bool) -> dict[str, Any]:
    return {
        "id": qid,
        "type": "true_false",
        "prompt": f"Énoncé {qid}",
        "answer": answer,
        "explanation": "Pourquoi.",
        "evidence": "il hésite encore",
    }


def _good_set() -> dict[str, Any]:
    """Balanced answers, right options neither longest nor long, no clue: no warning at all."""
    singles = [
        _choice("c1", "Qui parle en premier ?", "Le ministre", ["Des proches", "Le journal"]),
        _choice("c2", "Qui hésite ?", "Le ministre", ["Le journaliste", "Personne"]),
        _choice("c3", "Quel objet est prêt ?", "Le budget", ["La loi", "Le décret"]),
        _choice("c4", "D’où vient l’hésitation ?", "Des proches", ["Du ministre", "Du journal"]),
    ]
    classify = {
        "id": "k1",
        "type": "classify",
        "prompt": "Étiquetez.",
        "explanation": "Pourquoi.",
        "items": [
            {"claim": "Le budget est prêt.", "label": "named", "evidence": "Le budget est prêt."},
            {"claim": "Il hésite.", "label": "vague", "evidence": "il hésite encore"},
        ],
    }
    multiple = {
        "id": "m1",
        "type": "multiple_choice",
        "prompt": "Qui est cité ?",
        "explanation": "Pourquoi.",
        "evidence": "Le ministre a dit",
        "options": [{"text": "Le ministre", "correct": True}, {"text": "Le président"}],
    }
    questions = [*singles, _tf("t1", True), _tf("t2", False), _tf("t3", True), _tf("t4", False)]
    return {
        "schema_version": 1,
        "id": "petit",
        "title": "Petit",
        "language": "fr",
        "article": {"title": "Budget", "outlet": "Le Journal", "text": ARTICLE},
        "questions": [*questions, classify, multiple],
    }


def _question(data: dict[str, Any], qid: str) -> dict[str, Any]:
    return next(q for q in data["questions"] if q["id"] == qid)


def _codes(data: dict[str, Any]) -> list[str]:
    stream = _dump(data)
    return [w.code for w in check_text(stream, PATH, images=False).warnings]


def _dump(data: dict[str, Any]) -> str:
    out = io.StringIO()
    YAML().dump(data, out)
    return out.getvalue()


def _all_false(data: dict[str, Any]) -> None:
    for qid in ("t1", "t3"):
        _question(data, qid)["answer"] = False


def _right_longest_often(data: dict[str, Any]) -> None:
    for qid, right in (("c1", "Le ministre élu"), ("c2", "Le ministre élu"),
                       ("c3", "Les budgets")):  # fmt: skip
        _question(data, qid)["options"][0]["text"] = right


def _right_much_longer(data: dict[str, Any]) -> None:
    _question(data, "c1")["options"][0]["text"] = "Le ministre de l’Économie en personne"


def _one_label(data: dict[str, Any]) -> None:
    _question(data, "k1")["items"][1]["label"] = "named"


def _all_right(data: dict[str, Any]) -> None:
    _question(data, "m1")["options"][1]["correct"] = True


def _all_of_the_above(data: dict[str, Any]) -> None:
    _question(data, "c2")["options"][2]["text"] = "Aucune des réponses ci-dessus"


def _same_prompt(data: dict[str, Any]) -> None:
    _question(data, "c2")["prompt"] = "Qui  parle en PREMIER ?"


def _same_option(data: dict[str, Any]) -> None:
    _question(data, "c3")["options"][2]["text"] = "la loi"


def _stem_clue(data: dict[str, Any]) -> None:
    _question(data, "c3")["prompt"] = "Quel budget est prêt ?"
    _question(data, "c3")["options"][0]["text"] = "Ce budget"


def _no_evidence(data: dict[str, Any]) -> None:
    del _question(data, "t2")["evidence"]


def _item_without_evidence(data: dict[str, Any]) -> None:
    del _question(data, "k1")["items"][0]["evidence"]


def _no_explanation(data: dict[str, Any]) -> None:
    del _question(data, "c4")["explanation"]


FLAWS: dict[str, Callable[[dict[str, Any]], None]] = {
    "W01": _all_false,
    "W02": _right_longest_often,
    "W03": _right_much_longer,
    "W04": _one_label,
    "W05": _all_right,
    "W06": _all_of_the_above,
    "W07": _same_prompt,
    "W08": _same_option,
    "W09": _stem_clue,
    "W10": _no_evidence,
    "W11": _no_explanation,
}


def test_a_well_made_set_gets_no_warning() -> None:
    assert _codes(_good_set()) == []


@pytest.mark.parametrize("code", sorted(FLAWS))
def test_each_flaw_gets_its_warning(code: str) -> None:
    data = _good_set()
    FLAWS[code](data)
    assert _codes(data) == [code]


def test_a_classify_item_without_evidence_is_warned_about() -> None:
    data = _good_set()
    _item_without_evidence(data)
    assert _codes(data) == ["W10"]


def test_a_set_without_article_needs_no_evidence() -> None:
    data = _good_set()
    del data["article"]
    for question in data["questions"]:
        question.pop("evidence", None)
        for item in question.get("items", []):
            item.pop("evidence")
    assert _codes(data) == []


def test_three_true_false_questions_are_too_few_to_be_unbalanced() -> None:
    data = _good_set()
    _all_false(data)
    data["questions"] = [q for q in data["questions"] if q["id"] != "t4"]
    assert "W01" not in _codes(data)


def test_a_warning_says_where_what_and_how_to_fix() -> None:
    data = _good_set()
    _right_much_longer(data)
    text = _dump(data)
    (warning,) = check_text(text, PATH, images=False).warnings
    line = text.splitlines()[warning.line - 1]
    assert "Le ministre de l’Économie" in line
    assert (warning.code, warning.question_id) == ("W03", "c1")
    assert str(warning).startswith(f"{PATH}:{warning.line}:")
    assert "W03 [c1]" in warning.message and "Shorten" in warning.message


@pytest.fixture
def french() -> Iterator[None]:
    catalog.set_language("fr")
    yield
    catalog.set_language("en")


@pytest.mark.usefixtures("french")
@pytest.mark.parametrize("code", sorted(FLAWS))
def test_each_warning_speaks_french(code: str) -> None:
    data = _good_set()
    FLAWS[code](data)
    (warning,) = check_text(_dump(data), PATH, images=False).warnings
    assert warning.message.startswith(f"avertissement {code} [")
    assert "{" not in warning.message


def test_every_warning_key_has_french_words() -> None:
    keys = set(WARNING_CODES.values()) | {"warn_no_evidence_item"}
    assert keys == set(FRENCH_WARNINGS)


def test_the_good_set_is_left_unchanged_by_the_flaws() -> None:
    data = _good_set()
    before = copy.deepcopy(data)
    assert _codes(data) == [] and data == before


def _write(tmp_path: Path, data: dict[str, Any]) -> Path:
    path = tmp_path / "set.quiz.yaml"
    path.write_text(_dump(data), encoding="utf-8")
    return path


def test_validate_prints_warnings_and_succeeds(tmp_path: Path, capsys) -> None:
    from quizapp.cli import main

    data = _good_set()
    _no_explanation(data)
    path = _write(tmp_path, data)
    assert main(["validate", str(path)]) == 0
    out, err = capsys.readouterr()
    assert f"{path}:" in err and "warning W11 [c4]" in err
    assert "ok (10 questions), item-writing warnings: 1" in out


def test_strict_validate_fails_on_warnings_only(tmp_path: Path, capsys) -> None:
    from quizapp.cli import main

    data = _good_set()
    _all_of_the_above(data)
    flawed = _write(tmp_path, data)
    assert main(["validate", "--strict", str(flawed)]) == 1
    assert "--strict" in capsys.readouterr().err
    flawed.write_text(_dump(_good_set()), encoding="utf-8")
    assert main(["validate", "--strict", str(flawed)]) == 0


@pytest.mark.parametrize("guide", ["authoring.md", "authoring.en.md"])
def test_the_authoring_guides_explain_every_warning(guide: str) -> None:
    text = (Path(__file__).resolve().parents[2] / "docs" / guide).read_text(encoding="utf-8")
    for code in WARNING_CODES:
        assert f"\n### {code} — " in text, code
    assert "--strict" in text


def test_every_builtin_set_passes_strict_validation(capsys) -> None:
    from quizapp.cli import main

    sets = sorted((Path(__file__).resolve().parents[2] / "questions").glob("*.quiz.yaml"))
    assert sets
    assert main(["validate", "--strict", *map(str, sets)]) == 0
    assert "warning" not in capsys.readouterr().err


def test_a_large_set_places_warnings_at_their_question_id(tmp_path: Path) -> None:
    """Above the size where tracking every position costs seconds, the id's line is used."""
    from quizapp.sets import checking

    data = _good_set()
    _no_explanation(data)
    data["description"] = "x" * (checking.PRECISE_LOCATION_LIMIT + 1)
    text = _dump(data)
    (warning,) = check_text(text, PATH, images=False).warnings
    line = text.splitlines()[warning.line - 1]
    assert warning.code == "W11" and line[warning.col - 1 :].startswith("id: c4")
    assert warning.loc == ("questions", 3, "id")


def test_the_french_warnings_say_it_in_french_without_the_files_english_keys() -> None:
    import re

    from quizapp.sets.item_checks.catalog_fr import FRENCH_WARNINGS

    english = {
        "evidence",
        "explanation",
        "prompt",
        "answer",
        "items",
        "feedback",
    }  # "options": French too
    for key, template in FRENCH_WARNINGS.items():
        words = set(re.findall(r"[a-z]+", template.replace("’", " ")))
        assert not words & english, (key, words & english)
        assert "ensemble" not in words, key  # the editor calls it a « série »
