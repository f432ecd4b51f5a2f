"""Round 47's teacher screens through AT-SPI (a11y48): the kinds of source on the set's form,
their codes folded under « Advanced », then « Not a claim » in the draft review, from the
keyboard: Delete on a finding, A on a proposal it withdrew, Alt+N to take it back. Recorded
once; test_atspi_teacher_dismiss.py only reads it.
"""

from __future__ import annotations

from atspi_stack import AtspiStack
from atspi_teacher_tour import decide, open_review, tabs

# from the last kind's name: its meaning, ↑, ✕ (↓ is off on the last row), « Add a kind of
# source », the fold
TABS_TO_THE_FOLD = 5


def kinds_of_source(stack: AtspiStack) -> dict:
    """The set's form, Tab from the last kind to the fold of the codes, the fold opened by
    Space, read, then folded by Space again (the keys a teacher presses)."""
    state = stack.do("focus_kind", row=-1)
    part: dict = {"kinds": state["kinds"], "tabs": tabs(stack, TABS_TO_THE_FOLD)}
    part["folded"] = stack.read("tree")
    part["opened"] = decide(stack, "Space")
    part["tree"] = stack.read("tree")
    part["folded_again"] = decide(stack, "Space")  # and folded away (a11y49)
    return part


def not_a_claim(stack: AtspiStack) -> dict:
    """The first finding dismissed by Delete, A on the first proposal it withdrew, the
    dismissal taken back by Alt+N (the button's mnemonic) on the same finding."""
    part: dict = {"opened": open_review(stack), "review": stack.read("tree")}
    stack.do("focus", what="findings", row=0)
    stack.focused()
    part["dismissed"] = decide(stack, "Delete")
    part["dismissed_tree"] = stack.read("tree")
    withdrawn = part["dismissed"]["state"]["review"]["withdrawn"]
    stack.do("focus", what="proposals", row=withdrawn[0])
    stack.focused()
    part["refused"] = decide(stack, "A")
    stack.do("focus", what="findings", row=0)
    stack.focused()
    part["undone"] = decide(stack, "Alt+N")
    part["undone_tree"] = stack.read("tree")
    return part


def take_dismiss_tour(stack: AtspiStack) -> dict:
    stack.start_app("atspi_teacher_app.py")
    return {"kinds": kinds_of_source(stack), "dismiss": not_a_claim(stack)}
