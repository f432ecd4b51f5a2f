"""Class 2: imports read HTML, names and long questions in one pass (benchmarks/
bench_interchange.py measures the growth), and an import in the window can be cancelled."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from quizapp.interchange.convert import import_file
from quizapp.interchange.html_text import html_text
from quizapp.interchange.plaintext import unique_slugs

HUGE_REFERENCE = "&#" + "1" * 5000 + ";"


def _xml(tmp_path: Path, html: str) -> Path:
    escaped = html.replace("&", "&amp;").replace("<", "&lt;")
    path = tmp_path / "bank.xml"
    path.write_text(
        '<?xml version="1.0"?><quiz><question type="truefalse"><name><text>q</text></name>'
        f'<questiontext format="html"><text>{escaped}</text></questiontext>'
        '<answer fraction="100"><text>true</text></answer>'
        '<answer fraction="0"><text>false</text></answer></question></quiz>',
        encoding="utf-8",
    )
    return path


def test_a_5000_digit_reference_in_moodle_html_is_text_not_a_crash(tmp_path: Path) -> None:
    result = import_file(_xml(tmp_path, f"Vrai {HUGE_REFERENCE} ?"))
    assert result.quizset.questions[0].prompt == "Vrai \ufffd ?"


def test_a_5000_digit_reference_in_a_gift_html_question(tmp_path: Path) -> None:
    path = tmp_path / "bank.gift"
    path.write_text(f"::q::[html]<p>Vrai {HUGE_REFERENCE} ?</p>{{T}}\n", encoding="utf-8")
    assert import_file(path).quizset.questions[0].prompt == "Vrai \ufffd ?"


def test_unfinished_tags_stay_as_the_text_a_reader_sees(tmp_path: Path) -> None:
    result = import_file(_xml(tmp_path, "<b>Vrai</b> si a <a <a <a"))
    assert result.quizset.questions[0].prompt == "Vrai si a <a <a <a"


def test_html_text_keeps_blocks_drops_scripts_comments_and_counts_images() -> None:
    text, images = html_text(
        '<p title="a > b">Un</p><!-- x --><script>alert("<p>")</script>'
        "<img src=x><br/>deux &amp; trois &eacute;&#233;&#x E9;<STYLE>p{}</style>fin"
    )
    assert text == "\nUn\n\ndeux & trois éé&#x E9;fin" and images == 1


def test_many_equal_names_get_distinct_ids_in_order() -> None:
    ids = unique_slugs(["Same", "same-2", *["Same"] * 5, None])
    assert ids == ["same", "same-2", "same-3", "same-4", "same-5", "same-6", "same-7", "q8"]


def test_one_gift_question_of_many_lines_is_read_whole_and_located(tmp_path: Path) -> None:
    path = tmp_path / "bank.gift"
    path.write_text("::q::Is it\n" + "true\n" * 10_000 + "{T}\n", encoding="utf-8")
    prompt = import_file(path).quizset.questions[0].prompt
    assert prompt.count("true") == 10_000
    broken = tmp_path / "broken.gift"
    broken.write_text("::q::Is it\n" + "true\n" * 10_000 + "{T\n", encoding="utf-8")
    message = str(_error(broken))
    assert f"{broken}:10002:1:" in message


def _error(path: Path) -> Exception:
    try:
        import_file(path)
    except Exception as error:  # the located LoadError under test
        return error
    raise AssertionError("the broken file was imported")


def test_a_cancelled_import_stops_at_once(tmp_path: Path) -> None:
    from quizapp.interchange.bank import ImportCancelled

    path = tmp_path / "many.txt"
    path.write_text("Who?\nA. Musk\nB. Trump\nANSWER: A\n\n" * 20_000, encoding="utf-8")
    started = time.perf_counter()
    try:
        import_file(path, should_stop=lambda: time.perf_counter() - started > 0.05)
    except ImportCancelled:
        return
    raise AssertionError("the import ran to its end although it was cancelled")


def test_a_bank_over_the_question_limit_is_refused_before_any_question_is_checked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from quizapp.interchange import bank, convert

    monkeypatch.setattr(convert, "MAX_QUESTIONS", 3)
    checked: list[object] = []
    monkeypatch.setattr(bank, "checkpoint", lambda: checked.append(None))
    path = tmp_path / "four.txt"
    path.write_text("Who?\nA. Musk\nB. Trump\nANSWER: A\n\n" * 4, encoding="utf-8")
    message = str(_error(path))
    assert "holds 4 questions; a set holds at most 3" in message and checked == []


def test_the_imported_questions_are_not_checked_a_second_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Checking a large bank twice left seconds in which Cancel could not be heard."""
    from quizapp.interchange import bank

    accepted: list[object] = []
    original = bank.accept_drafts

    def spy(*args: object) -> list[object]:
        accepted.extend(original(*args))  # type: ignore[arg-type]
        return accepted

    monkeypatch.setattr("quizapp.interchange.convert.accept_drafts", spy)
    path = tmp_path / "two.txt"
    path.write_text("Who?\nA. Musk\nB. Trump\nANSWER: A\n\n" * 2, encoding="utf-8")
    questions = import_file(path).quizset.questions
    assert len(questions) == 2 and all(a is b for a, b in zip(questions, accepted, strict=True))
