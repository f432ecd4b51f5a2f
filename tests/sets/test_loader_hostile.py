"""Hostile and unusual files: each ends fast in the loader's own error, or loads when it is fine."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizapp.model import QuizSet
from quizapp.sets.errors import LoadError
from quizapp.sets.files.textfile import MAX_FILE_BYTES
from quizapp.sets.loader import load_set
from tests.conftest import small_set_data


def _write(tmp_path: Path, name: str, content: bytes | str) -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


def _load_error(path: Path) -> LoadError:
    with pytest.raises(LoadError) as caught:
        load_set(path)
    return caught.value


def test_file_over_the_size_limit_is_refused_before_parsing(tmp_path: Path) -> None:
    path = _write(tmp_path, "huge.quiz.yaml", b"#" * (MAX_FILE_BYTES + 1))
    assert "larger than 10 MB" in str(_load_error(path))


def test_alias_bomb_ends_fast_in_an_error(tmp_path: Path) -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 12)]
    path = _write(tmp_path, "bomb.quiz.yaml", "\n".join(lines) + "\n")
    started = time.perf_counter()
    error = _load_error(path)
    assert time.perf_counter() - started < 5  # a generous bound against a hang, not a timing test
    assert "expands to more than" in str(error)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("flow.quiz.yaml", "[" * 200_000 + "]" * 200_000),
        ("block.quiz.yaml", "- " * 200_000 + "x"),
        ("deep.quiz.json", "[" * 200_000 + "]" * 200_000),
    ],
)
def test_absurd_nesting_ends_in_an_error_not_a_crash(tmp_path: Path, name: str, text: str) -> None:
    error = _load_error(_write(tmp_path, name, text))
    assert "nested" in str(error)


def test_recursive_alias_is_refused(tmp_path: Path) -> None:
    assert "names no anchor" in str(_load_error(_write(tmp_path, "r.quiz.yaml", "a: &r [*r]\n")))


def test_bom_and_crlf_are_fine(tmp_path: Path) -> None:
    from ruamel.yaml import YAML

    path = tmp_path / "windows.quiz.yaml"
    with path.open("w", encoding="utf-8") as stream:
        YAML(typ="safe", pure=True).dump(small_set_data(), stream)
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes().replace(b"\n", b"\r\n"))
    assert load_set(path).id == "small-set"


def test_json_set_loads(tmp_path: Path) -> None:
    path = _write(tmp_path, "s.quiz.json", json.dumps(small_set_data(), ensure_ascii=False))
    assert len(load_set(path).questions) == 6


def test_yaml_12_keeps_no_as_text(tmp_path: Path) -> None:
    data = small_set_data()
    data["title"] = "no"
    path = _write(tmp_path, "s.quiz.json", json.dumps(data))
    assert load_set(path).title == "no"
    yaml_path = _write(tmp_path, "s.quiz.yaml", "title: no\n")
    assert "missing required field 'schema_version'" in str(_load_error(yaml_path))


def test_evidence_matches_across_quote_styles_and_line_breaks(tmp_path: Path) -> None:
    data = small_set_data()
    data["questions"][0]["evidence"] = [
        'confié à Politico qu’Elon Musk s’était\n  "largement emballé"'
    ]
    path = _write(tmp_path, "s.quiz.json", json.dumps(data, ensure_ascii=False))
    assert load_set(path).questions[0].evidence


def test_image_must_exist_inside_the_folder(tmp_path: Path) -> None:
    data = small_set_data()
    data["questions"][0]["image"] = "images/missing.png"
    path = _write(tmp_path, "s.quiz.json", json.dumps(data))
    assert "image file not found: images/missing.png" in str(_load_error(path))
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "missing.png").write_bytes(b"\x89PNG")
    assert load_set(path).questions[0].image == "images/missing.png"


def test_image_link_leading_outside_is_refused(tmp_path: Path) -> None:
    outside = tmp_path / "outside.png"
    outside.write_bytes(b"\x89PNG")
    folder = tmp_path / "set"
    folder.mkdir()
    (folder / "link.png").symlink_to(outside)
    data = small_set_data()
    data["questions"][0]["image"] = "link.png"
    path = _write(folder, "s.quiz.json", json.dumps(data))
    assert "leads outside the set's folder" in str(_load_error(path))


def _json_values() -> st.SearchStrategy[Any]:
    scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20)
    return st.recursive(
        scalars,
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
        max_leaves=30,
    )


def _set_like() -> st.SearchStrategy[dict[str, Any]]:
    """Structures near a real set, so that the fuzz reaches validation and location code."""
    keys = st.sampled_from(["schema_version", "id", "title", "language", "questions", "x"])
    return st.dictionaries(keys, _json_values() | st.just([{"type": "locate", "answer": 3}]))


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(raw=st.binary(max_size=400))
def test_random_bytes_give_a_set_or_a_load_error(tmp_path: Path, raw: bytes) -> None:
    for name in ("fuzz.quiz.yaml", "fuzz.quiz.json"):
        _expect_set_or_load_error(_write(tmp_path, name, raw))


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=_json_values() | _set_like())
def test_random_structures_give_a_set_or_a_load_error(tmp_path: Path, data: Any) -> None:
    from ruamel.yaml import YAML

    _expect_set_or_load_error(_write(tmp_path, "fuzz.quiz.json", json.dumps(data)))
    path = tmp_path / "fuzz.quiz.yaml"
    with path.open("w", encoding="utf-8") as stream:
        YAML(typ="safe", pure=True).dump(data, stream)
    _expect_set_or_load_error(path)


def _expect_set_or_load_error(path: Path) -> None:
    try:
        result = load_set(path)
    except LoadError as error:
        assert error.problems and all(problem.line >= 1 for problem in error.problems)
    else:
        assert isinstance(result, QuizSet)


@pytest.mark.parametrize(
    ("image", "message"),
    [
        ("a\u0000.png", "the image path holds a control character"),
        ("loop.png", "image file not found: loop.png"),
        ("x" * 300 + ".png", "image file not found"),
    ],
)
def test_image_paths_that_make_the_file_system_fail_are_located_problems(
    tmp_path: Path, image: str, message: str
) -> None:
    (tmp_path / "loop.png").symlink_to(tmp_path / "loop2.png")
    (tmp_path / "loop2.png").symlink_to(tmp_path / "loop.png")
    data = small_set_data()
    data["questions"][0]["image"] = image
    error = _load_error(_write(tmp_path, "s.quiz.json", json.dumps(data)))
    assert message in str(error)


def test_a_flood_of_passages_is_cut_short_with_a_bounded_report(tmp_path: Path) -> None:
    data = small_set_data()
    data["questions"] = [
        {"id": f"q{n}", "type": "true_false", "prompt": "p", "answer": True,
         "evidence": [f"absent {n}-{k}" for k in range(50)]}
        for n in range(1_100)
    ]  # fmt: skip
    error = _load_error(_write(tmp_path, "flood.quiz.json", json.dumps(data)))
    lines = str(error).splitlines()
    assert len(lines) == 501
    assert "problems in all; the first 500 are listed" in lines[0]
    assert all("passage not found" in line for line in lines[1:])


def test_more_passages_than_a_set_may_hold_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from quizapp.model import rules

    monkeypatch.setattr(rules, "MAX_PASSAGES", 10)
    data = small_set_data()
    data["questions"] = [
        {"id": f"q{n}", "type": "true_false", "prompt": "p", "answer": True,
         "evidence": ["Certains alliés du président sont furieux.", f"absent {n}"]}
        for n in range(20)
    ]  # fmt: skip
    error = _load_error(_write(tmp_path, "many.quiz.json", json.dumps(data)))
    assert "the set holds more than 10 passages" in str(error)
    assert str(error).count("passage not found") <= 11
