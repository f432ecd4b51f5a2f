"""Question images: read only from inside the set's folder and only under the size limit."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from quizapp.ui.quiz.images import load_image


@pytest.fixture
def set_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "set"
    (folder / "images").mkdir(parents=True)
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("orange"))
    assert image.save(str(folder / "images" / "ok.png"))
    assert image.save(str(tmp_path / "outside.png"))
    return folder


def test_an_image_inside_the_folder_loads(qtbot: QtBot, set_dir: Path) -> None:
    pixmap = load_image(set_dir, "images/ok.png")
    assert pixmap is not None and (pixmap.width(), pixmap.height()) == (40, 20)


def test_an_image_outside_the_folder_is_refused(qtbot: QtBot, set_dir: Path) -> None:
    assert load_image(set_dir, "../outside.png") is None


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links here")
def test_a_link_leading_out_is_refused(qtbot: QtBot, set_dir: Path) -> None:
    os.symlink(set_dir.parent / "outside.png", set_dir / "images" / "link.png")
    assert load_image(set_dir, "images/link.png") is None


def test_an_image_over_the_limit_is_refused(qtbot: QtBot, set_dir: Path) -> None:
    size = (set_dir / "images" / "ok.png").stat().st_size
    assert load_image(set_dir, "images/ok.png", max_bytes=size) is not None
    assert load_image(set_dir, "images/ok.png", max_bytes=size - 1) is None


def test_missing_or_broken_images_are_skipped(qtbot: QtBot, set_dir: Path) -> None:
    (set_dir / "images" / "broken.png").write_bytes(b"not a picture")
    assert load_image(set_dir, "images/none.png") is None
    assert load_image(set_dir, "images/broken.png") is None


def test_the_question_page_shows_the_image(
    qtbot: QtBot, set_dir: Path, small_data: dict, settings, loader
) -> None:
    from ruamel.yaml import YAML

    from quizapp.ui.shell.main_window import MainWindow

    small_data["questions"][0]["image"] = "images/ok.png"
    path = set_dir / "with-image.quiz.yaml"
    with path.open("w", encoding="utf-8") as stream:
        YAML(typ="safe").dump(small_data, stream)
    window = MainWindow(settings, loader)
    qtbot.addWidget(window)
    view = window.start_quiz(window.open_path(path))
    pictures = [label for label in view.page.findChildren(QLabel) if not label.pixmap().isNull()]
    assert [p.accessibleName() for p in pictures if p.pixmap().width() == 40]
