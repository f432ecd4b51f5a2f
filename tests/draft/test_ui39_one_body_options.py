"""ui39: a "who said this?" never offers, beside a speaker, a bare noun of the words the
article names that speaker with. « The Seafarers union said » then « a union said » gave the
options « a union » and « Seafarers » for one statement (a student sees two right
answers; found on forty drafted questions per language, and on a French article where
« l'ancien riverain » and « Un policier » were one man)."""

from __future__ import annotations

from typing import Any

from quizapp.draft.drafting.draft_set import draft_set_data

FERRY = "\n\n".join(
    [
        "Ferry crews to walk out again over pay",
        "Ferry crews will strike for two more days next month.",
        "The Seafarers union said the stoppage would hit every crossing from the harbour on"
        " the first weekend of May.",
        'Seafarers branch secretary Tom Ridley said: "Our members have waited long enough for'
        ' a fair offer from the operator."',
        "Harbour Lines said it was disappointed and would keep talking to staff.",
        'A passenger, Ellen Marsh, said: "I will have to take the long way round by road."',
        "The operator's chief executive, Rob Dunne, said: \"We have made a generous offer and"
        ' we stand by it."',
        "Late on Tuesday a union said that talks had broken down for good.",
    ]
)


def _options(data: dict[str, Any]) -> list[list[str]]:
    return [
        [option["text"] for option in q["options"]]
        for q in data["questions"]
        if q["type"] == "single_choice"
    ]


def test_a_union_and_the_union_it_names_are_never_two_options() -> None:
    lists = _options(draft_set_data(FERRY, "en", title="Ferry crews"))
    assert any("A union" in options for options in lists)
    assert not any({"A union", "Seafarers"} <= set(options) for options in lists)


def test_other_speakers_stay_options() -> None:
    lists = _options(draft_set_data(FERRY, "en", title="Ferry crews"))
    union = next(options for options in lists if options[0] == "A union")
    assert {"Rob Dunne", "Tom Ridley"} <= set(union)
