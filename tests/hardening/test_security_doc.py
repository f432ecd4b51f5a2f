"""docs/security.md stays true: every test and module it names exists, and every attack test
file is named there."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOC = (ROOT / "docs" / "security.md").read_text(encoding="utf-8")


def test_every_file_the_page_names_exists() -> None:
    named = set(re.findall(r"`((?:tests|benchmarks)/[\w/.-]+\.py)`", DOC))
    assert len(named) > 10
    assert sorted(path for path in named if not (ROOT / path).is_file()) == []


def test_every_attack_test_is_on_the_page() -> None:
    tests = sorted((ROOT / "tests" / "hardening").glob("test_*.py"))
    missing = [p.name for p in tests if p.name != "test_security_doc.py" and p.name not in DOC]
    assert missing == []
