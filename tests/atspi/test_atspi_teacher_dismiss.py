"""Round 47's teacher screens as a screen reader gets them over AT-SPI (a11y48).

Round 47 checked « Not a claim » in the draft review and the kinds of source on the set's
form through Qt's accessibility API and by screenshots; the tour (atspi_dismiss_tour.py) takes
them through the real stack, from the keyboard: the kinds table and its codes folded under
« Advanced », then Delete on a finding, A on a proposal it withdrew, Alt+N to take it back.
"""

from __future__ import annotations

import pytest
from atspi_dismiss_tour import take_dismiss_tour
from atspi_tree import normal, on_screen, spoken, unnamed_focusable
from conftest import started_stack
from test_atspi_teacher import _notifications_shown

FOLD = "Advanced: the codes of the kinds of source"
HEADERS = ("Name the learner sees", "What it means")


@pytest.fixture(scope="module")
def tour() -> dict:
    with started_stack() as stack:
        return take_dismiss_tour(stack)


def _shown(nodes: list[dict], role: str | None = None) -> list[dict]:
    return [n for _, n in on_screen(nodes) if role is None or n["role"] == role]


def _items(nodes: list[dict]) -> list[dict]:
    return [n for n in nodes if n["role"] == "list item"]


def test_the_kinds_table_has_named_fields_headers_and_no_empty_cell(tour: dict) -> None:
    kinds = tour["kinds"]
    for part in ("folded", "tree"):
        assert unnamed_focusable(kinds[part]) == [], part
    labels = {normal(n["name"]) for n in _shown(kinds["folded"], "label")}
    assert {normal(header) for header in HEADERS} <= labels, sorted(labels)
    cells = [
        n
        for n in _shown(kinds["folded"])
        if n["name"].startswith(("Name shown (", "What it means ("))
    ]
    assert len(cells) == 2 * kinds["kinds"] > 0, [spoken(n) for n in cells]
    assert [spoken(n) for n in cells if not (n["text"] or "").strip()] == []


def test_the_fold_of_the_codes_is_a_named_control_tab_reaches(tour: dict) -> None:
    kinds = tour["kinds"]
    fold = [n for n in kinds["tabs"] if n["name"].startswith(FOLD)]
    assert fold, [spoken(n) for n in kinds["tabs"]]
    assert "focusable" in fold[0]["states"]
    # a button that folds, never a check box to tick (a11y48 read « check box »: teacher49)
    assert fold[0]["role"] == "push button", spoken(fold[0])
    assert "folded away" in normal(fold[0]["description"]), fold[0]
    opened = [n for n in _shown(kinds["tree"]) if n["name"].startswith(FOLD)]
    assert opened and opened[0]["role"] == "push button", opened
    assert "shown" in normal(opened[0]["description"]), opened


def test_space_on_the_fold_is_said(tour: dict) -> None:
    """Opened and folded, the fold says so in one notification each (a11y49: Orca 43 said
    nothing at Space, the description's change being all there was)."""
    kinds = tour["kinds"]
    assert _notifications_shown(kinds["opened"]) == ["Shown: press Space to fold it away."]
    folded = _notifications_shown(kinds["folded_again"])
    assert folded == ["Folded away: press Space to show it."]


def test_each_code_is_heard_with_its_kinds_name(tour: dict) -> None:
    kinds = tour["kinds"]
    names = [n["text"] for n in _shown(kinds["tree"], "text") if n["name"].startswith("Name shown")]
    codes = [n["name"] for n in _shown(kinds["tree"], "text") if n["name"].startswith("Code of")]
    assert len(codes) == kinds["kinds"], codes
    assert [f"Code of the kind “{name}”" for name in names] == codes


def test_not_a_claim_is_a_named_button_with_its_shortcut(tour: dict) -> None:
    buttons = [n for n in tour["dismiss"]["review"] if n["role"] == "push button"]
    found = [n for n in buttons if n["name"] == "Not a claim"]
    assert found, [n["name"] for n in buttons]
    assert any("n" in key.lower() and "alt" in key.lower() for key in found[0]["keys"]), found
    assert "Alt+N" in found[0]["description"], found[0]


def test_delete_on_a_finding_is_said_and_shown_in_the_lists(tour: dict) -> None:
    """The finding's line, the withdrawn proposals and the button follow; one notification
    says it, its plural resolved (no « question(s) »)."""
    part = tour["dismiss"]
    done = part["dismissed"]
    withdrawn = done["state"]["review"]["withdrawn"]
    assert withdrawn, done["state"]["review"]
    shown = _notifications_shown(done)
    assert len(shown) == 1 and "Not a claim" in shown[0], shown
    assert f"{len(withdrawn)} proposed question" in shown[0] and "(s)" not in shown[0], shown
    items = _items(part["dismissed_tree"])
    assert any(n["name"].startswith("[Not a claim]") for n in items), [n["name"] for n in items]
    gone = [n["name"] for n in items if "Withdrawn" in n["name"]]
    assert len(gone) == len(withdrawn), gone
    named = {n["name"] for n in part["dismissed_tree"] if n["role"] == "push button"}
    assert "Undo “not a claim”" in named
    assert [n["name"] for n in part["dismissed_tree"] if "(s)" in n["name"]] == []


def test_a_decision_on_a_withdrawn_proposal_says_why_nothing_changed(tour: dict) -> None:
    """A on a withdrawn proposal changes nothing; the status line says why, and a screen
    reader hears it as it hears the review's other decisions (a notification)."""
    done = tour["dismiss"]["refused"]
    said = done["state"]["review"]["counts"]
    assert "is withdrawn" in said, said
    shown = _notifications_shown(done)
    assert any("is withdrawn" in text for text in shown), done["events"]
    assert done["focus"] is not None and "Withdrawn" in done["focus"]["name"], done["focus"]


def test_a_second_press_takes_the_dismissal_back(tour: dict) -> None:
    part = tour["dismiss"]
    done = part["undone"]
    assert done["state"]["review"]["withdrawn"] == []
    shown = _notifications_shown(done)
    assert len(shown) == 1 and "Highlighted again" in shown[0], shown
    items = _items(part["undone_tree"])
    marked = ("Withdrawn", "[Not a claim]")
    assert not [n["name"] for n in items if any(mark in n["name"] for mark in marked)]
    named = {n["name"] for n in part["undone_tree"] if n["role"] == "push button"}
    assert "Not a claim" in named
