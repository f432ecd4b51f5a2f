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
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from atspi_stack import AtspiStack, StackUnavailable

REQUIRE_ENV = "QUIZAPP_REQUIRE_ATSPI"
TABS_AFTER_CHECK = 8
TABS_ON_RESULTS = 12


def _tabs(stack: AtspiStack, count: int) -> list[dict]:
    """What the focus lands on, Tab after Tab, starting with where it is now."""
    seen = [stack.read("focused")]
    for _ in range(count):
        stack.do("key", key="Tab")
        seen.append(stack.read("focused"))
    return [node for node in seen if node is not None]


def _question_screen(stack: AtspiStack, kind: str) -> dict:
    facts = stack.do("skip_to", kind=kind)["question"]
    screen: dict = {"facts": facts, "before": stack.read("tree")}
    screen["first_focus"] = stack.read("focused")
    if kind != "locate":  # a locate answer is a selection in the article, not a pick
        stack.read("events")  # forget what came before: only the choice's events are kept
        stack.do("choose_first")
        screen["choice_events"] = stack.read("events")
        screen["chosen_focus"] = stack.read("focused")
    stack.do("answer", how="wrong")
    stack.do("check")
    screen["after"] = stack.read("tree")
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
    tour["results_tabs"] = _tabs(stack, TABS_ON_RESULTS)
    return tour


@pytest.fixture(scope="session")
def tour() -> dict:
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
        return take_tour(stack)
    finally:
        stack.stop()
