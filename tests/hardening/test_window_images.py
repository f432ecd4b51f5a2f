"""Class 1 in the window: the picture loader decodes raster files only and never waits on a pipe."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from quizapp.ui.quiz.images import load_image
from tests.hardening.test_special_files import PNG_1X1, SVG_NESTED_USE


def test_an_svg_is_never_drawn_whatever_its_name(qtbot: QtBot, tmp_path: Path) -> None:
    (tmp_path / "pic.png").write_text(SVG_NESTED_USE, encoding="utf-8")
    (tmp_path / "pic.svg").write_text(SVG_NESTED_USE, encoding="utf-8")
    assert load_image(tmp_path, "pic.png") is None
    assert load_image(tmp_path, "pic.svg") is None


def test_a_named_pipe_is_no_picture(qtbot: QtBot, tmp_path: Path, make_fifo) -> None:
    make_fifo(tmp_path / "pic.png")
    assert load_image(tmp_path, "pic.png") is None


def test_a_png_is_drawn(qtbot: QtBot, tmp_path: Path) -> None:
    (tmp_path / "pic.png").write_bytes(PNG_1X1)
    pixmap = load_image(tmp_path, "pic.png")
    assert pixmap is not None and pixmap.width() == 1
