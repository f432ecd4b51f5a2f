"""Where the learner's own data (the results database) lives.

The order of precedence is: a folder given explicitly (``--data-dir``), then the environment
variable ``QUIZAPP_DATA_DIR`` (handy for a portable copy on a USB stick and for tests), then the
platform's per-user data folder. The lookup takes the environment as a parameter so that tests
never have to touch the real one.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "quizapp"
DATA_DIR_ENV = "QUIZAPP_DATA_DIR"
RESULTS_DB_NAME = "results.db"


def data_dir(explicit: Path | str | None = None, environ: Mapping[str, str] | None = None) -> Path:
    """The data folder to use, without creating it (so a read-only query has no side effect)."""
    if explicit is not None and str(explicit).strip():
        return Path(explicit).expanduser()
    env = os.environ if environ is None else environ
    from_env = env.get(DATA_DIR_ENV, "").strip()
    if from_env:
        return Path(from_env).expanduser()
    return Path(user_data_dir(APP_NAME, appauthor=False))


def ensure_data_dir(folder: Path) -> Path:
    """Create the data folder (and its parents) if needed; return it for chaining."""
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def results_db_path(folder: Path) -> Path:
    """The results database inside a data folder."""
    return folder / RESULTS_DB_NAME
