"""Update the UI's translation sources and compile them: ``python build/translations.py``.

1. ``pyside6-lupdate`` collects every ``tr()`` / ``QCoreApplication.translate`` string of
   ``quizapp/app.py`` and of every ``.py`` under ``quizapp/ui/`` into
   ``quizapp/ui/translations/quizapp_<lang>.ts``
   (new strings arrive "unfinished"; strings gone from the code are dropped);
2. ``pyside6-lrelease`` compiles each ``.ts`` into the ``.qm`` the app loads.

Translate the unfinished entries (Qt Linguist, or any editor: the .ts is XML), then run this
again. ``--release-only`` skips step 1 (what the bundle build needs). Both .ts and .qm files
are committed, so a source checkout runs translated without a build step; the tests fail
when a .ts misses a string of the code, holds an unfinished one, or its .qm is stale.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TRANSLATIONS = REPO / "quizapp" / "ui" / "translations"
LANGUAGES = ("en", "fr")


def tool(name: str) -> str:
    """``pyside6-<name>`` next to the running Python (a venv), else on the PATH."""
    local = Path(sys.executable).parent / f"pyside6-{name}"
    return str(local) if local.exists() else f"pyside6-{name}"


def sources() -> list[Path]:
    """The files whose strings are translated: the UI layer and the composition root."""
    return [REPO / "quizapp" / "app.py", *sorted((REPO / "quizapp" / "ui").rglob("*.py"))]


def ts_path(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"quizapp_{language}.ts"


def qm_path(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"quizapp_{language}.qm"


def lupdate(language: str, target: Path) -> None:
    """Merge the code's strings into ``target`` (created when missing)."""
    command = [tool("lupdate"), "-silent", "-locations", "none", "-no-obsolete"]
    command += ["-source-language", "en", "-target-language", language]
    command += [str(path) for path in sources()] + ["-ts", str(target)]
    subprocess.run(command, check=True, cwd=REPO)


def lrelease(source: Path, target: Path) -> None:
    """Compile one .ts into a .qm (unfinished entries are left out, as Qt does)."""
    subprocess.run([tool("lrelease"), "-silent", str(source), "-qm", str(target)], check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release-only", action="store_true", help="only compile the .ts")
    options = parser.parse_args(argv)
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        if not options.release_only:
            lupdate(language, ts_path(language))
        lrelease(ts_path(language), qm_path(language))
        print(qm_path(language).relative_to(REPO))
    return 0


if __name__ == "__main__":
    sys.exit(main())
