"""The student's steps send a screen reader a few events each, and each choice is said once
with its new words (a11y46).

Counted with the walker listening to every event, as Orca does: moving on to the next
question sent about 70 events (each widget of the new page made, named and shown), which
Orca 43 works through one by one; on a loaded machine it fell minutes behind and dropped the
rest, and the locate and classify questions were never heard. A label typed on a classify
row renamed its button twice, the first time with the old choice ("… — label: none").
"""

from __future__ import annotations

import time

import pytest
from conftest import started_stack

MOST_FOR_NEXT = 40  # about 70 before, 20 to 36 with the page built quietly
MOST_FOR_A_CHOICE = 10  # 4 to 8 before and after
LATE = 1.5  # seconds: on a loaded machine a step's last events come after a pause


def _forget(stack) -> None:
    """Drop what came before, late events included (the walker waits for 0.15 s of quiet)."""
    stack.read("counts"), stack.read("events")
    time.sleep(LATE)
    stack.read("counts"), stack.read("events")


@pytest.fixture(scope="module")
def steps() -> dict:
    with started_stack() as stack:
        stack.start_app(count_all=True)
        stack.do("start")
        stack.do("skip_to", kind="classify")
        stack.focused(expect=stack.do("focus_answer")["qt_focus_name"])
        chosen = []
        for key in ("1", "Tab", "2"):
            _forget(stack)
            stack.do("press", combo=key)
            time.sleep(LATE)
            chosen.append((key, stack.read("events"), stack.read("counts")))
        stack.do("answer", how="wrong")
        stack.do("check")
        _forget(stack)
        stack.do("next")
        time.sleep(LATE)
        return {"chosen": chosen, "next": stack.read("counts")}


def test_moving_on_to_the_next_question_sends_a_few_events(steps: dict) -> None:
    total = sum(steps["next"].values())
    assert 0 < total <= MOST_FOR_NEXT, steps["next"]


def test_a_choice_is_a_few_events_and_renames_its_row_once_with_the_choice(steps: dict) -> None:
    for key, events, counts in steps["chosen"]:
        assert sum(counts.values()) <= MOST_FOR_A_CHOICE, (key, counts)
        if key == "Tab":
            continue
        renamed = [
            event["value"]
            for event in events
            if event["type"] == "object:property-change:accessible-name"
            and event.get("role") == "push button"
        ]
        assert renamed, events
        assert not any(value.endswith(" none") for value in renamed), renamed
