"""French plurals: every counted string has %n forms, and reads right for 0, 1 and 2."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from quizapp.ui.shell.i18n import install_language

TRANSLATIONS = Path(__file__).resolve().parents[2] / "quizapp" / "ui" / "translations"
# a number written before a word that has a plural: "{0} questions" must be a %n string
COUNTED = re.compile(
    r"\{\d\}\s+(?:more|questions?|answers?|claims?|attempts?|files?|words?|rows?|points?)\b"
)


def _messages(language: str) -> Iterator[tuple[str, str, bool]]:
    root = ET.parse(TRANSLATIONS / f"quizapp_{language}.ts").getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message.findtext("source") or "", message.get("numerus") == "yes"


def _count(n: int) -> re.Pattern[str]:
    """The number ``n`` as a word of its own (not a {0} placeholder's digit)."""
    return re.compile(rf"(?<![{{\d]){n}(?![}}\d])")


@pytest.fixture
def french() -> Iterator[None]:
    install_language("fr")
    yield
    install_language("en")


def test_every_plural_string_reads_right_in_french_for_0_1_and_2(french: None) -> None:
    plurals = [(context, source) for context, source, numerus in _messages("fr") if numerus]
    assert len(plurals) >= 15
    for context, source in plurals:
        shown = {n: QCoreApplication.translate(context, source, "", n) for n in (0, 1, 2)}
        for n, text in shown.items():
            assert str(n) in text and "%n" not in text, (source, text)
            assert "(s)" not in text and "(es)" not in text, (source, text)
        forms = {n: _count(n).sub("N", text) for n, text in shown.items()}
        assert forms[0] == forms[1], f"French: 0 takes the singular: {source}"
        assert forms[1] != forms[2], f"no plural form: {source}"


def test_no_string_counts_without_a_plural_form() -> None:
    for context, source, numerus in _messages("en"):
        if numerus:
            continue
        assert "(s)" not in source, f"{context}: {source!r} needs %n"
        assert not COUNTED.search(source), f"{context}: {source!r} needs %n"
