"""The draft review's keys send a screen reader a few events, not a flood (a11y45).

Each proposal selected rebuilt the correction form, and every widget made, named, filled and
shown sent its own AT-SPI events: 56 for Down, 134 for Up (back to a classify proposal), 63
to 82 for A and D, counted here with the walker listening to every event as Orca does. Orca
43 works through them one by one and fell seconds behind on a loaded machine. The form is now
built with Qt's accessibility off and said to have shown in one event. These tests count the
events per key over the bus and read the form afterwards: built quietly, it must still be
there, named, for Tab to reach.
"""

from __future__ import annotations

import pytest
from atspi_teacher_tour import open_review
from conftest import started_stack

KEYS = ("Down", "Up", "A", "D", "A", "D")
MOST_EVENTS = 40  # per key; 56 to 134 before, 10 to 24 with the quiet rebuild


@pytest.fixture(scope="module")
def flood() -> dict:
    with started_stack() as stack:
        stack.start_app("atspi_teacher_app.py", count_all=True)
        open_review(stack)
        stack.do("focus", what="proposals", row=0)
        stack.focused()
        counted = []
        for key in KEYS:
            stack.read("counts")  # forget what came before
            stack.do("key", key=key)
            counted.append((key, stack.read("counts")))
        return {"counted": counted, "tree": stack.read("tree")}


def test_each_key_of_the_review_sends_a_few_events(flood: dict) -> None:
    totals = [(key, sum(counts.values())) for key, counts in flood["counted"]]
    assert all(total for _, total in totals), totals  # the counting itself works
    assert all(total <= MOST_EVENTS for _, total in totals), totals


def test_the_form_built_quietly_is_read_all_the_same(flood: dict) -> None:
    names = {node["name"] for node in flood["tree"] if "showing" in node.get("states", [])}
    assert {"Question", "Explanation", "Selected question, to correct"} <= names, sorted(names)


@pytest.fixture(scope="module")
def dismissing() -> list[tuple[str, dict]]:
    """« Not a claim » from the keyboard (a11y48): Delete on the first finding, A on the
    first proposal it withdrew (refused, and said), Alt+N on the finding again (taken back)."""
    with started_stack() as stack:
        stack.start_app("atspi_teacher_app.py", count_all=True)
        state = open_review(stack)
        counted = []
        for what, key in (("findings", "Delete"), ("proposals", "A"), ("findings", "Alt+N")):
            row = state["review"]["withdrawn"][0] if what == "proposals" else 0
            stack.do("focus", what=what, row=row)
            stack.read("counts")  # forget what came before
            state = stack.do("key", key=key)
            counted.append((key, stack.read("counts")))
        return counted


def test_not_a_claim_and_its_keys_send_a_few_events(dismissing: list) -> None:
    totals = [(key, sum(counts.values())) for key, counts in dismissing]
    assert all(total for _, total in totals), totals
    assert all(total <= MOST_EVENTS for _, total in totals), totals
