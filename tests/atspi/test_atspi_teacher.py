"""A blind teacher can draft a set through the real Linux stack (AT-SPI, as Orca reads it).

The tour (atspi_teacher_tour.py) opens the set editor on a short article, runs « Draft
questions… », goes through its review by Tab and by keys (A accepts, D drops), selects a
finding, adds the accepted questions and opens the first one's form. These tests read what
pyatspi saw; the student's screens are test_atspi_screens.py's.
"""

from __future__ import annotations

import pytest
from atspi_teacher_tour import take_teacher_tour
from atspi_tree import normal, on_screen, says, spoken, unnamed_focusable, with_markup
from conftest import started_stack

COLOUR_WORDS = ("blue", "orange", "purple", "grey", "gray", "green", "#")
STATUS_WORDS = {"proposed": "Proposed", "accepted": "Accepted", "dropped": "Dropped"}
FIELD_ROLES = {"text", "combo box", "spin button", "check box"}


@pytest.fixture(scope="module")
def teacher() -> dict:
    with started_stack() as stack:
        return take_teacher_tour(stack)


def _review(teacher: dict, part: str = "review") -> list[dict]:
    """The nodes of the review dialog alone (the editor under it is walked too)."""
    nodes = teacher[part]
    start = next(i for i, n in enumerate(nodes) if n["role"] == "dialog")
    depth = nodes[start]["depth"]
    end = next((i for i in range(start + 1, len(nodes)) if nodes[i]["depth"] <= depth), None)
    return nodes[start:end]


def _node(nodes: list[dict], role: str, name: str) -> dict:
    found = [node for _, node in on_screen(nodes) if node["role"] == role and node["name"] == name]
    assert found, f"no {role} named {name!r}"
    return found[0]


def test_no_teacher_screen_has_an_unnamed_focusable_node(teacher: dict) -> None:
    parts = ("editor", "review", "decided", "finding_tree", "editor_after", "question_form")
    problems = {part: unnamed_focusable(teacher[part]) for part in parts}
    assert not {part: found for part, found in problems.items() if found}


def test_teacher_names_and_descriptions_are_plain_text(teacher: dict) -> None:
    parts = ("editor", "review", "decided", "question_form")
    assert [found for part in parts for found in with_markup(teacher[part])] == []


def test_each_proposal_reads_as_its_question_and_its_state(teacher: dict) -> None:
    facts = teacher["dropped"]["state"]["review"]["proposals"]
    items = [n for n in _review(teacher, "decided") if n["role"] == "list item"]  # scrolled too
    for fact in facts:
        named = [n for n in items if normal(fact["prompt"][:60]) in normal(n["name"])]
        assert named, f"no item reads the proposal {fact['prompt']!r}"
        assert STATUS_WORDS[fact["status"]] in named[0]["name"], (fact["status"], named[0])
    assert {fact["status"] for fact in facts} == set(STATUS_WORDS)


def test_the_findings_read_their_label_in_words_not_colours(teacher: dict) -> None:
    findings = _node(_review(teacher), "list", "Findings")
    nodes = _review(teacher)
    start = nodes.index(findings)
    items = [n for n in nodes[start + 1 :] if n["role"] == "list item"]
    labels = teacher["opened"]["review"]["labels"].values()
    assert len(items) >= len(teacher["opened"]["review"]["findings"]) > 0
    for item in items[: len(teacher["opened"]["review"]["findings"])]:
        assert any(f"[{label}" in item["name"] for label in labels), item["name"]
        assert not any(word in normal(item["name"]) for word in COLOUR_WORDS), item["name"]


def test_the_highlights_meaning_is_text(teacher: dict) -> None:
    """The article says what its highlights are and where they are said in words; choosing a
    finding selects its passage in the article, as AT-SPI's text interface shows."""
    article = _node(_review(teacher), "text", "Article")
    assert "findings" in normal(article["description"]), article
    focus = teacher["finding"]["focus"]
    assert focus is not None and focus["role"] == "list item"
    selected = [s for n in _review(teacher, "finding_tree") for s in n["selections"] if s.strip()]
    assert selected and any(normal(s) in normal(focus["name"]) for s in selected), selected


def test_accept_and_drop_are_reached_by_tab(teacher: dict) -> None:
    heard = [spoken(node) for node in teacher["review_tabs"]]
    for button in ("Accept", "Drop", "Accept all", "Drop all"):
        assert any(normal(button) == normal(n["name"]) for n in teacher["review_tabs"]), heard
    focused = [n for n in _review(teacher) if n["role"] == "list item" and "focused" in n["states"]]
    assert focused and says(focused[0], "Proposed"), "the review opens on the first proposal"


@pytest.mark.parametrize("step, word", [("accepted", "Accepted"), ("dropped", "Dropped")])
def test_a_decision_by_key_is_said_once_not_also_as_an_announcement(
    teacher: dict, step: str, word: str
) -> None:
    """A or D decides and moves on; the decision is said by one notification. Newer Orca
    speaks an ``object:announcement`` too (its default script handles both): sent as well,
    as in a11y44, each decision was said twice (mend44d)."""
    done = teacher[step]
    said = [e.get("value") or "" for e in done["events"] if e["type"] == "object:announcement"]
    assert not [text for text in said if word in text], said
    shown = _notifications_shown(done)
    assert len([text for text in shown if word in text]) == 1, shown
    assert done["focus"] is not None and done["focus"]["role"] == "list item"


@pytest.mark.parametrize("step, word", [("accepted", "Accepted"), ("dropped", "Dropped")])
def test_a_decision_by_key_shows_a_notification_orca_43_speaks(
    teacher: dict, step: str, word: str
) -> None:
    """Orca 43 does not listen to ``object:announcement`` (its log, a11y44): it speaks a
    notification that shows. The decision, the counts and the proposal now selected."""
    done = teacher[step]
    counts = done["state"]["review"]["counts"]
    shown = _notifications_shown(done)
    assert any(word in text and normal(counts) in normal(text) for text in shown), done["events"]
    assert done["focus"] is not None and normal(done["focus"]["name"]) in normal(shown[-1])


def test_the_count_of_accepted_questions_is_readable(teacher: dict) -> None:
    """By Tab (the counts line) and on the proposals list itself."""
    counts = teacher["opened"]["review"]["counts"]
    assert any(says(node, counts) for node in teacher["review_tabs"]), counts
    decided = teacher["dropped"]["state"]["review"]["counts"]
    assert "accepted: 1" in decided
    assert says(_node(_review(teacher, "decided"), "list", "Proposed questions"), decided)


def test_the_editor_lists_the_added_questions_by_their_words(teacher: dict) -> None:
    rows = teacher["added"]["editor_rows"]
    assert len(rows) == 2, rows  # the set's own row and the question accepted
    items = [n for _, n in on_screen(teacher["editor_after"]) if n["role"] == "list item"]
    assert any(normal(rows[1].splitlines()[0]) in normal(n["name"]) for n in items), rows
    assert teacher["question_focus"] is not None


def test_the_question_form_fields_say_what_they_are_for(teacher: dict) -> None:
    """Each field is named, labelled or described with its purpose: a combo box is named by
    its current entry over AT-SPI, so « Plain fact » alone must come with its claim."""
    nodes = teacher["question_form"]
    form = [
        n for _, n in on_screen(nodes) if n["role"] in FIELD_ROLES and "focusable" in n["states"]
    ]
    assert form
    vague = [
        n["name"]
        for n in form
        if n["role"] == "combo box"
        and not n["relations"].get("labelled by")
        and not n["description"]
    ]
    assert vague == []
    claims = [n for n in form if n["role"] == "combo box" and "claim" in n["description"]]
    assert claims, [spoken(n) for n in form]


def _notifications_shown(done: dict) -> list[str]:
    """The names of the notifications that showed during a step: what Orca 43 speaks."""
    return [
        e["name"]
        for e in done["events"]
        if e["type"].startswith("object:state-changed:showing")
        and e.get("detail1")
        and e.get("role") == "notification"
    ]
