"""The built-in sets and assets travel inside the wheel, where ``builtin_set_paths`` finds them."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from quizapp.sets import builtin

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_carries_the_question_sets_and_assets(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(tmp_path), str(ROOT)],
        check=True, capture_output=True,
    )  # fmt: skip
    (wheel,) = tmp_path.glob("quizapp-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "quizapp/questions/stargate-musk.fr.quiz.yaml" in names
    assert "quizapp/questions/quiz.schema.json" in names
    assert "quizapp/assets/quizapp.desktop" in names
    assert (
        "quizapp/draft/words/lexicons/fr.json" in names
        and "quizapp/draft/words/lexicons/en.json" in names
    )
    assert "quizapp/sets/articles/words.json" in names  # the article reader's words (mend49a)


def test_sets_inside_the_package_win_over_the_checkout(tmp_path: Path, monkeypatch) -> None:
    package = tmp_path / "site" / "quizapp"
    (package / "questions").mkdir(parents=True)
    (package / "questions" / "a.quiz.yaml").write_text("x", encoding="utf-8")
    (package / "questions" / "notes.txt").write_text("x", encoding="utf-8")
    monkeypatch.setattr(builtin, "_PACKAGE_DIR", package)
    assert builtin.builtin_set_paths() == [package / "questions" / "a.quiz.yaml"]


def test_bundle_folder_comes_first(tmp_path: Path, monkeypatch) -> None:
    bundled = tmp_path / "quizapp" / "questions"
    bundled.mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert builtin.resource_dir("questions") == bundled
