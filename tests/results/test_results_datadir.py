"""The data folder: an explicit path beats QUIZAPP_DATA_DIR, which beats the platform's folder."""

from __future__ import annotations

from pathlib import Path

from quizapp.results.datadir import DATA_DIR_ENV, data_dir, ensure_data_dir, results_db_path


def test_explicit_folder_wins(tmp_path: Path) -> None:
    env = {DATA_DIR_ENV: str(tmp_path / "from-env")}
    assert data_dir(tmp_path / "given", env) == tmp_path / "given"


def test_environment_variable_comes_next(tmp_path: Path) -> None:
    assert data_dir(None, {DATA_DIR_ENV: str(tmp_path)}) == tmp_path
    assert data_dir("  ", {DATA_DIR_ENV: str(tmp_path)}) == tmp_path


def test_platform_folder_is_the_default_and_is_not_created(tmp_path: Path) -> None:
    chosen = data_dir(None, {DATA_DIR_ENV: "  "})
    assert chosen.name == "quizapp"
    assert chosen.is_absolute()


def test_the_database_lives_in_the_folder_which_is_created_on_demand(tmp_path: Path) -> None:
    folder = ensure_data_dir(tmp_path / "a" / "b")
    assert folder.is_dir()
    assert results_db_path(folder) == folder / "results.db"
