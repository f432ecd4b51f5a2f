"""One tour of the real app through AT-SPI, shared by the tests of this folder.

The tour starts the stack (atspi_stack.py), then walks the app as a blind learner would:
the library, the first question of each type of the built-in set (before answering, while
choosing with the keyboard, after Check, Tab after Tab), then the results. The tests only
read what the tour recorded, so their order does not matter and the app starts once.

Where the stack cannot start (no Xvfb, D-Bus, AT-SPI or pyatspi) the tests are skipped with
what is missing; with QUIZAPP_REQUIRE_ATSPI=1 (set by .ci/run) they fail instead, so CI can
never pass without having run them.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from atspi_stack import AtspiStack, StackUnavailable

REQUIRE_ENV = "QUIZAPP_REQUIRE_ATSPI"
TABS_AFTER_CHECK = 8
TABS_ON_RESULTS = 12


def _tabs(stack: AtspiStack, count: int, widgets: bool = True) -> list[dict]:
    """What the focus lands on, Tab after Tab, starting with where it is now.

    With ``widgets`` the focus is a widget whose name the app reports, and the walker waits
    for AT-SPI to say the same; in item views the focus is an item, so it cannot.
    """
    expect = stack.do("state")["qt_focus_name"] if widgets else None
    seen = [stack.focused(expect=expect)]
    for _ in range(count):
        state = stack.do("key", key="Tab")
        expect = state["qt_focus_name"] if widgets else None
        seen.append(stack.focused(moved=True, expect=expect))
    return [node for node in seen if node is not None]


def _question_screen(stack: AtspiStack, kind: str) -> dict:
    state = stack.do("skip_to", kind=kind)
    facts = state["question"]
    screen: dict = {"facts": facts, "first_focus": stack.focused(expect=state["qt_focus_name"])}
    screen["before"] = stack.read("tree")
    if kind != "locate":  # a locate answer is a selection in the article, not a pick
        stack.read("events")  # forget what came before: only the choice's events are kept
        chosen = stack.do("choose_first")
        screen["chosen_focus"] = stack.focused(expect=chosen["qt_focus_name"])
        screen["choice_events"] = stack.read("events")
    stack.do("answer", how="wrong")
    stack.do("check")
    screen["after"] = stack.read("tree")
    if facts["evidence"]:  # the first highlighted passage, selected in the article (F3)
        stack.do("key", key="F3")
        screen["after_passage"] = stack.read("tree")
    screen["tabs"] = _tabs(stack, TABS_AFTER_CHECK)
    screen["verdict"] = stack.do("state")["question"]["verdict"]
    stack.do("next")
    return screen


def take_tour(stack: AtspiStack) -> dict:
    stack.start_app()
    tour: dict = {"library": stack.read("tree")}
    stack.do("start")
    kinds = tour["kinds"] = list(dict.fromkeys(stack.do("types")))  # first of each type
    tour["questions"] = {kind: _question_screen(stack, kind) for kind in kinds}
    stack.do("finish")
    tour["results"] = stack.read("tree")
    tour["results_tabs"] = _tabs(stack, TABS_ON_RESULTS, widgets=False)
    tour["review_facts"] = stack.do("review")["reviewed"]
    tour["review"] = stack.read("tree")
    tour["review_tabs"] = _tabs(stack, TABS_AFTER_CHECK)
    return tour


@contextmanager
def started_stack() -> Iterator[AtspiStack]:
    """The AT-SPI stack, started, and stopped after. Where it cannot start the test is skipped
    with what is missing (failed under QUIZAPP_REQUIRE_ATSPI=1): one place for the tour here,
    the teacher's tour and the flood count (mend45d)."""
    stack = AtspiStack()
    try:
        stack.start()
    except StackUnavailable as error:
        stack.stop()
        message = f"the AT-SPI stack cannot start here: {error}"
        if os.environ.get(REQUIRE_ENV) == "1":
            pytest.fail(message)
        pytest.skip(message)
    try:
        yield stack
    finally:
        stack.stop()


@pytest.fixture(scope="session")
def tour() -> dict:
    with started_stack() as stack:
        return take_tour(stack)
