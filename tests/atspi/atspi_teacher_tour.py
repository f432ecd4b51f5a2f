"""The teacher's tour through AT-SPI: the set editor on a short article, its drafter's review
(Tab after Tab, a proposal accepted with A and one dropped with D, a finding selected), then
the accepted questions added to the set and the first one's form. Recorded once; the tests of
test_atspi_teacher.py only read it.
"""

from __future__ import annotations

import time

from atspi_stack import AtspiStack

TABS_IN_EDITOR = 12
TABS_IN_REVIEW = 24
READY_WAIT = 60.0


def tabs(stack: AtspiStack, count: int) -> list[dict]:
    """What the focus lands on, Tab after Tab, starting where it is (items and widgets alike:
    the walker waits for the focus event each key causes)."""
    seen = [stack.focused()]
    for _ in range(count):
        stack.do("key", key="Tab")
        seen.append(stack.focused(moved=True))
    return [node for node in seen if node is not None]


def open_review(stack: AtspiStack) -> dict:
    """Draft questions…, then wait until the drafter's work is shown in the review."""
    stack.do("draft")
    deadline = time.monotonic() + READY_WAIT
    while not stack.do("review_ready")["ready"]:
        if time.monotonic() > deadline:
            raise RuntimeError("the draft review did not show the drafter's work")
        time.sleep(0.2)
    return stack.do("state")


def decide(stack: AtspiStack, key: str) -> dict:
    """A decision by key on the proposals list: the focus after it and what was sent."""
    stack.read("events")  # forget what came before
    state = stack.do("key", key=key)
    return {"state": state, "focus": stack.focused(moved=True), "events": stack.read("events")}


def take_teacher_tour(stack: AtspiStack) -> dict:
    stack.start_app("atspi_teacher_app.py")
    tour: dict = {"editor": stack.read("tree"), "editor_tabs": tabs(stack, TABS_IN_EDITOR)}
    tour["opened"] = open_review(stack)
    tour["review"] = stack.read("tree")
    tour["review_focus"] = stack.focused()
    tour["review_tabs"] = tabs(stack, TABS_IN_REVIEW)
    stack.do("focus", what="proposals", row=0)
    stack.focused()
    tour["accepted"] = decide(stack, "A")
    tour["dropped"] = decide(stack, "D")
    tour["decided"] = stack.read("tree")
    stack.do("focus", what="findings", row=0)
    stack.focused()
    tour["finding"] = decide(stack, "Down")
    tour["finding_tree"] = stack.read("tree")
    tour["added"] = stack.do("add")
    tour["editor_after"] = stack.read("tree")
    stack.do("focus", what="questions", row=1)
    tour["question_focus"] = stack.focused()
    tour["question_form"] = stack.read("tree")
    tour["form_fields"] = stack.do("form_fields")
    tour["question_tabs"] = tabs(stack, TABS_IN_EDITOR)
    return tour
