"""The translation catalogues are complete and current: these fail on any forgotten step.

- a string of the code missing from a .ts (someone added a ``tr()`` and did not run
  ``python build/translations.py``): lupdate is run again into a temporary copy;
- an entry left "unfinished" or empty, in French or in English (plural forms included);
- a .qm that is not what its .ts compiles to now (compared byte for byte, not by date);
- French typography: a no-break space before : ; ! ? and inside « ».
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[2]
NBSP = "\u00a0"


def _translations_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("translations", REPO / "build/translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SCRIPT = _translations_script()
LANGUAGES = SCRIPT.LANGUAGES


def _messages(path: Path) -> list[ET.Element]:
    return list(ET.parse(path).iter("message"))


def _keys(path: Path) -> set[tuple[str, str, str, bool]]:
    """(context, source, comment, plural) of every message of a .ts."""
    keys = set()
    for context in ET.parse(path).iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            plural = message.get("numerus") == "yes"
            source = message.findtext("source") or ""
            keys.add((name, source, message.findtext("comment") or "", plural))
    return keys


def _texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_of_the_code_is_in_the_ts(language: str, tmp_path: Path) -> None:
    committed = SCRIPT.ts_path(language)
    fresh = tmp_path / committed.name
    shutil.copy(committed, fresh)
    SCRIPT.lupdate(language, fresh)
    missing = _keys(fresh) - _keys(committed)
    assert not missing, f"run `python build/translations.py`; not in {committed.name}: {missing}"
    gone = _keys(committed) - _keys(fresh)
    assert not gone, f"strings no longer in the code, still in {committed.name}: {gone}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_entry_is_unfinished_or_empty(language: str) -> None:
    untranslated = [
        message.findtext("source")
        for message in _messages(SCRIPT.ts_path(language))
        if message.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
        or not all(text.strip() for text in _texts(message))
    ]
    assert not untranslated, f"untranslated in quizapp_{language}.ts: {untranslated}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_qm_is_what_its_ts_compiles_to(language: str, tmp_path: Path) -> None:
    fresh = tmp_path / f"quizapp_{language}.qm"
    SCRIPT.lrelease(SCRIPT.ts_path(language), fresh)
    committed = SCRIPT.qm_path(language)
    assert committed.exists(), "run `python build/translations.py`"
    assert committed.read_bytes() == fresh.read_bytes(), f"{committed.name} is stale"


def test_plural_entries_have_both_forms_in_both_languages() -> None:
    for language in LANGUAGES:
        plurals = [m for m in _messages(SCRIPT.ts_path(language)) if m.get("numerus") == "yes"]
        assert plurals, "the code has plural strings: %n question(s)…"
        for message in plurals:
            one, many = _texts(message)
            assert one != many or "(s)" not in (message.findtext("source") or "")
            assert "(s)" not in one + many, f"{language}: {message.findtext('source')}"


def test_french_typography_no_break_spaces() -> None:
    """« » hold their text with no-break spaces; : ; ! ? and % are preceded by one."""
    rule = re.compile(f"(?<!{NBSP})[:;!?]|(?<!{NBSP})%(?![np])|«(?!{NBSP})|(?<!{NBSP})»")
    bad = [
        text
        for message in _messages(SCRIPT.ts_path("fr"))
        for text in _texts(message)
        if rule.search(text.replace("(;)", "")) and not _is_technical(text)
    ]
    assert not bad, bad


def _is_technical(text: str) -> bool:
    """File dialog filters keep the punctuation Qt parses (``;;``, ``(*.csv)``)."""
    return ("(*" in text and ";;" in text) or text.endswith("(*.csv)")
