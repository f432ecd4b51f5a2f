"""A blind learner can take every question type through the real Linux stack (AT-SPI, as Orca).

The tests read the tour of conftest.py: trees and focus as pyatspi saw them in the running
app, under Xvfb, with Qt's own AT-SPI bridge. Nothing here asks Qt for names directly.
"""

from __future__ import annotations

import re

import pytest
from atspi_tree import (
    CONTROL_ROLES,
    ancestors,
    first_saying,
    normal,
    on_screen,
    order_of,
    says,
    spoken,
    unnamed_focusable,
    with_markup,
)

KINDS = ("single_choice", "multiple_choice", "true_false", "classify", "match", "locate")


def _screen(tour: dict, kind: str) -> dict:
    if kind not in tour["questions"]:
        pytest.fail(f"the built-in set has no {kind} question: the tour cannot cover it")
    return tour["questions"][kind]


def _verdict_word(verdict: dict) -> str:
    if verdict["correct"]:
        return "Right!"
    return "Partly right" if verdict["fraction"] > 0 else "Not right"


def test_the_tour_saw_the_app_and_every_question_type(tour: dict) -> None:
    assert set(tour["kinds"]) == set(KINDS)
    assert any(node["name"] == "Question sets" for node in tour["library"])


@pytest.mark.parametrize("kind", KINDS)
def test_a_question_says_its_number_prompt_instruction_then_controls(tour: dict, kind: str) -> None:
    screen = _screen(tour, kind)
    facts, nodes = screen["facts"], screen["before"]
    counter = first_saying(nodes, f"Question {facts['position']} of {facts['total']}")
    prompt = first_saying(nodes, facts["prompt"])
    assert counter is not None, "“Question n of N” is not exposed"
    assert prompt is not None, f"the prompt's words are exposed nowhere: {facts['prompt']!r}"
    controls = [
        index
        for index, node in on_screen(nodes)
        if node["role"] in CONTROL_ROLES and index > prompt and "focusable" in node["states"]
    ]
    assert controls, "no answer control after the prompt"
    holder = [nodes[prompt], *ancestors(nodes, controls[0])]
    assert "focusable" in nodes[prompt]["states"] or any(
        says(node, facts["prompt"]) for node in ancestors(nodes, controls[0])
    ), "the prompt is neither focusable nor the name of the group holding the controls"
    assert counter <= prompt < controls[0]
    assert holder


@pytest.mark.parametrize("kind", KINDS)
def test_the_focus_on_a_new_question_hears_the_question(tour: dict, kind: str) -> None:
    """Where the focus lands, or the group around it, carries the prompt."""
    screen = _screen(tour, kind)
    facts, nodes, focus = screen["facts"], screen["before"], screen["first_focus"]
    assert focus is not None
    index = next(
        (i for i, node in on_screen(nodes) if "focused" in node["states"]),
        None,
    )
    heard = [focus] + (ancestors(nodes, index) if index is not None else [])
    assert any(says(node, facts["prompt"]) for node in heard), [spoken(n) for n in heard]


@pytest.mark.parametrize("kind", ["classify", "match"])
def test_each_row_control_names_its_claim_and_its_choice(tour: dict, kind: str) -> None:
    screen = _screen(tour, kind)
    facts, nodes = screen["facts"], screen["before"]
    controls = [
        node
        for _, node in on_screen(nodes)
        if node["role"] in CONTROL_ROLES and "focusable" in node["states"]
    ]
    for row, claim in enumerate(facts["rows"], start=1):
        named = [node["name"] for node in controls if normal(claim) in normal(node["name"])]
        assert named, f"no control is named with row {row}: {claim!r}"
        assert "none" in named[0], f"the current choice (none) is not said: {named[0]!r}"


@pytest.mark.parametrize("kind", ["single_choice", "multiple_choice", "true_false"])
def test_choosing_an_option_is_announced(tour: dict, kind: str) -> None:
    screen = _screen(tour, kind)
    checked = [
        event
        for event in screen["choice_events"]
        if event["type"].startswith("object:state-changed:checked") and event["detail1"]
    ]
    assert checked, screen["choice_events"]


@pytest.mark.parametrize("kind", ["classify", "match"])
def test_choosing_a_row_value_is_announced(tour: dict, kind: str) -> None:
    """Pressing 1 on a row: the focused control's name now says the first entry."""
    screen = _screen(tour, kind)
    focus, claim = screen["chosen_focus"], screen["facts"]["rows"][0]
    assert focus is not None and normal(claim) in normal(focus["name"])
    assert "none" not in focus["name"].rsplit("—", 1)[-1], focus["name"]
    renamed = [
        event
        for event in screen["choice_events"]
        if event["type"].startswith("object:property-change:accessible-name")
        and normal(claim) in normal(event.get("value") or event.get("name", ""))
    ]
    assert renamed, screen["choice_events"]


@pytest.mark.parametrize("kind", KINDS)
def test_after_check_verdict_explanation_and_rule_come_by_tab_in_order(
    tour: dict, kind: str
) -> None:
    screen = _screen(tour, kind)
    facts = screen["facts"]
    heard = [spoken(node) for node in screen["tabs"]]
    parts = [_verdict_word(screen["verdict"]), facts["explanation"]]
    if facts["rule"]:
        parts.append(facts["rule"])
    places = order_of(heard, parts)
    assert None not in places, dict(zip(parts, places, strict=True))
    assert places == sorted(places), dict(zip(parts, places, strict=True))


@pytest.mark.parametrize("kind", KINDS)
def test_after_check_the_evidence_passages_are_read_in_words(tour: dict, kind: str) -> None:
    """Listed apart from the article: the article's own text (which holds them) does not count."""
    screen = _screen(tour, kind)
    facts = screen["facts"]
    outside_article = [
        node
        for node in screen["tabs"]
        if not (facts["article_start"] and normal(facts["article_start"]) in normal(spoken(node)))
    ]
    heard = normal(" ".join(spoken(node) for node in outside_article))
    passages = facts["evidence"]
    assert passages, "the tour should cover questions with evidence"
    missing = [passage for passage in passages if normal(passage) not in heard]
    assert missing == []


@pytest.mark.parametrize("kind", ["single_choice", "multiple_choice", "classify", "match"])
def test_after_check_each_part_has_its_mark_within_reach(tour: dict, kind: str) -> None:
    """The learner answered all wrong: every option or row she got wrong is said to be wrong."""
    screen = _screen(tour, kind)
    heard = normal(" ".join(spoken(node) for node in screen["tabs"]))
    assert "wrong" in heard


@pytest.mark.parametrize("kind", ["classify", "match"])
def test_after_check_the_tally_is_read_with_its_plural_forms(tour: dict, kind: str) -> None:
    """Each count of the feedback's tally has its own plural forms (words47): a reader hears
    « 0 right answers, 3 wrong, 0 missed », never « answer(s) » (a11y48)."""
    heard = " ".join(spoken(node) for node in _screen(tour, kind)["tabs"])
    assert re.search(r"\b(1 right answer|\d+ right answers), \d+ wrong, \d+ missed\b", heard), heard
    assert "(s)" not in heard


def test_no_screen_has_an_unnamed_focusable_node(tour: dict) -> None:
    screens = {"library": tour["library"], "results": tour["results"], "review": tour["review"]}
    for kind, screen in tour["questions"].items():
        screens[f"{kind} question"] = screen["before"]
        screens[f"{kind} feedback"] = screen["after"]
    found = {name: unnamed_focusable(nodes) for name, nodes in screens.items()}
    problems = {name: nodes for name, nodes in found.items() if nodes}
    assert not problems, "\n".join(f"{name}: {nodes}" for name, nodes in problems.items())


def test_names_and_descriptions_are_plain_text(tour: dict) -> None:
    trees = [tour["library"], tour["results"]]
    trees += [screen[part] for screen in tour["questions"].values() for part in ("before", "after")]
    assert [found for nodes in trees for found in with_markup(nodes)] == []


def test_results_tables_name_their_headers_and_cells(tour: dict) -> None:
    shown = [node for _, node in on_screen(tour["results"])]
    headers = [node for node in shown if "header" in node["role"]]
    cells = [node for node in shown if node["role"] == "table cell"]
    assert cells, "the results show no table"
    unnamed = [node for node in [*headers, *cells] if not node["name"].strip()]
    assert not unnamed, [(node["role"], spoken(node), node["states"]) for node in unnamed]


def test_the_review_reads_the_question_and_its_explanation_by_tab(tour: dict) -> None:
    facts = tour["review_facts"]
    places = order_of([spoken(node) for node in tour["review_tabs"]], list(facts.values()))
    assert None not in places and places == sorted(places), places


def test_results_are_reachable_by_tab(tour: dict) -> None:
    heard = [spoken(node) for node in tour["results_tabs"]]
    assert len(set(heard)) > 3, heard


@pytest.mark.parametrize("kind", KINDS)
def test_going_to_a_passage_selects_it_in_the_article_for_a_screen_reader(
    tour: dict, kind: str
) -> None:
    """F3 after Check selects a highlighted passage: AT-SPI's text interface exposes it."""
    screen = _screen(tour, kind)
    if not screen["facts"]["evidence"]:
        pytest.skip(f"the first {kind} question of the built-in set has no passage")
    wanted = {normal(passage) for passage in screen["facts"]["evidence"]}
    selected = {
        normal(selection)
        for node in screen["after_passage"]
        for selection in node.get("selections", [])
        if selection.strip()
    }
    assert selected, "no text selection is exposed after going to a passage"
    assert any(any(w in s or s in w for w in wanted) for s in selected), (selected, wanted)
