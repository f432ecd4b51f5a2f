"""A drafted "who said it?" must not give its answer away by its length (teacher12): a
test-wise student picks the longest option, and the editor warns of it (W02 over a set, W03
on one question). Options are written in the same form (no title before a full name, no
acronym in brackets after it), one wrong option is at least as long as the right one when
the article has one, a wrong option never names the right body again, and a set keeps few
enough questions whose answer stands out that the editor's W02 stays quiet. Made-up
articles only."""

from __future__ import annotations

import pytest

from quizapp.draft.drafting.options import (
    fair_selection,
    gives_away,
    option_form,
    same_body,
    wrong_options,
)
from quizapp.draft.drafting.questions import as_models, draft_questions
from quizapp.draft.findings import Analysis
from quizapp.draft.words.lexicon import load
from quizapp.model import SingleChoice
from quizapp.sets.item_checks.balance import balance_warnings, right_is_longest
from tests.draft.readings import quoted_analysis


def _analysis(language: str, said: list[tuple[str, str, str]]) -> Analysis:
    """One paragraph per quotation, « speaker » given; label per speaker."""
    return quoted_analysis(said, language)


def _who(analysis: Analysis) -> list[SingleChoice]:
    questions = as_models(draft_questions(analysis))
    return [q for q in questions if isinstance(q, SingleChoice)]


@pytest.mark.parametrize(
    ("speaker", "language", "form"),
    [
        ("Rep. Phil Gingrey", "en", "Phil Gingrey"),
        ("Prime Minister Mark Carney", "en", "Mark Carney"),
        ("Betsi Cadwaladr University Health Board (BCUHB)", "en",
         "Betsi Cadwaladr University Health Board"),
        ("Mme Anne Roux", "fr", "Anne Roux"),
        ("Mme Roux", "fr", "Mme Roux"),  # a single name keeps its title
        ("the Manchester police leader", "en", "the Manchester police leader"),
        ("Mayor of the town", "en", "Mayor of the town"),  # no name after the title
    ],
)  # fmt: skip
def test_an_option_is_a_name_without_title_or_bracketed_acronym(
    speaker: str, language: str, form: str
) -> None:
    assert option_form(speaker, load(language)) == form


def test_one_wrong_option_is_at_least_as_long_when_the_article_has_one() -> None:
    others = ["Ed Smith", "Al Ng", "Bo Li", "the regional transport authority"]
    chosen = wrong_options("Geraldine Whitaker", others)
    assert len(chosen) == 3
    assert max(len(o) for o in chosen) >= len("Geraldine Whitaker")
    assert wrong_options("Ed Smith", ["Al Ng", "Bo Li", "Jo Wu"]) == ["Al Ng", "Bo Li", "Jo Wu"]


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        ("NTSB", "National Transportation Safety Board", True),
        ("The board", "Betsi Cadwaladr University Health Board", True),
        ("Officials", "Health officials", True),
        ("les syndicats", "le syndicat des enseignants", True),
        ("Reuters", "Rita Vance", False),
        ("the authors", "Dr Marta Serra", False),
        ("AFP", "Paul Martin", False),
    ],
)
def test_a_wrong_option_never_names_the_right_body_again(one: str, other: str, same: bool) -> None:
    language = "fr" if "syndicat" in other else "en"
    assert same_body(one, other, load(language)) is same
    assert same_body(other, one, load(language)) is same


def test_giving_away_is_the_editor_s_two_warnings() -> None:
    assert gives_away("Rita Vance", ["Ed Smith", "Al Ngata"]) == 1  # the longest
    assert gives_away("Geraldine Whitaker", ["Ed Smith", "Al Ng"]) == 2  # 1.5 times the mean
    assert gives_away("Anne Roux", ["Anne Roux.", "Al", "Bo"]) == 2  # not the longest
    assert gives_away("Ed Smith", ["Rita Vance", "Al Ng"]) == 0


def test_a_set_keeps_few_enough_questions_that_give_their_answer_away() -> None:
    assert fair_selection([1, 1, 1], 8) == [0, 1, 2]  # under the checker's minimum
    assert fair_selection([1] * 6, 8) == [0, 1, 2]
    assert fair_selection([1, 0, 1, 0, 0, 1], 8) == [0, 1, 2, 3, 4]
    assert fair_selection([0] * 10, 8) == list(range(8))
    assert fair_selection([2, 0, 2, 0, 1, 0], 8) == [1, 3, 4, 5]  # W03's never kept (teacher13)


def _long_right_article(language: str) -> Analysis:
    """A long-named mayor quoted again and again, and short groups beside her."""
    said = [(f"Le projet numéro {n} avance bien", "Geraldine Whitaker-Fontaine", "named")
            for n in range(1, 7)]  # fmt: skip
    said += [("Rien ne bouge", "les riverains", "vague"), ("Tout est bloqué", "Al Ng", "named")]
    said += [("On attend", "un élu", "anonymous")]
    return _analysis(language, said)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_drafted_set_does_not_trip_the_longest_option_warning(language: str) -> None:
    questions = _who(_long_right_article(language))
    assert questions
    assert not [p for p in balance_warnings(questions) if "W02" in p.message]
    longest = sum(right_is_longest(q) for q in questions)
    assert len(questions) < 4 or longest / len(questions) <= 0.4


def test_a_long_right_answer_meets_a_longer_wrong_one_of_the_article() -> None:
    said = [
        ("Le pont ouvrira en mai", "Geraldine Whitaker", "named"),
        ("Les dates sont un rêve", "Al Ng", "named"),
        ("Personne n'a vérifié", "Bo Li", "named"),
        ("Le budget a doublé", "Jo Wu", "named"),
        ("Rien n'est prêt", "l'association des riverains du quartier", "vague"),
    ]
    first = _who(_analysis("fr", said))[0]
    assert [o.text for o in first.options if o.correct] == ["Geraldine Whitaker"]
    assert not right_is_longest(first)
    assert "L'association des riverains du quartier" in [o.text for o in first.options]


def test_every_option_of_a_question_is_in_the_same_form() -> None:
    said = [
        ("The bridge will open in May", "Rep. Helen Dunmore", "named"),
        ("Those dates are a dream", "Paul Ostrander", "named"),
        ("Nobody checked the costs", "Dr. Rita Vance", "named"),
    ]
    questions = _who(_analysis("en", said))
    texts = {o.text for q in questions for o in q.options}
    assert texts == {"Helen Dunmore", "Paul Ostrander", "Rita Vance"}


# ----- teacher13: no drafted question trips W03 (1.5 times the others' mean length) -----


def test_a_short_fourth_option_is_left_out_when_it_alone_makes_the_right_one_stand_out() -> None:
    chosen = wrong_options("Polk County Sheriff", ["a deputy sheriff", "a neighbour", "Al"])
    assert chosen == ["a deputy sheriff", "a neighbour"]  # 19 / 13.5: under 1.5 times
    assert gives_away("Polk County Sheriff", chosen) < 2
    kept = wrong_options("Geraldine Whitaker", ["Ed Smith", "Al Ng", "Bo Li"])
    assert len(kept) == 3  # leaving one out would not help: all three stay


def _one_long_speaker(language: str) -> Analysis:
    """A body with a long name quoted three times, short-named people beside it: its
    who-said-this would give the answer away by its length."""
    said = [(f"Le chantier numéro {n} est à l'arrêt", "Betsi Cadwaladr University Health Board",
             "named") for n in range(1, 4)]  # fmt: skip
    said += [(f"La phase {n} reprendra", name, "named")
             for n, name in enumerate(["Al Ng", "Bo Li", "Jo Wu", "Ed Ma"], 1)]  # fmt: skip
    return _analysis(language, said)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_no_drafted_who_said_this_is_much_longer_than_its_wrong_options(language: str) -> None:
    analysis = _one_long_speaker(language)
    questions = as_models(draft_questions(analysis))
    assert not [p for p in balance_warnings(questions) if "W03" in p.message]
    assert [q for q in questions if isinstance(q, SingleChoice)]  # the others are still asked


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_statement_left_out_of_who_said_this_is_judged_true_or_false_instead(
    language: str,
) -> None:
    questions = as_models(draft_questions(_one_long_speaker(language)))
    judged = [q for q in questions if q.type == "true_false"]
    board = [q for q in judged if "Cadwaladr" in q.prompt or "chantier" in q.prompt]
    assert board  # its statements are still asked, as true/false: the set keeps its size
    assert not [p for p in balance_warnings(questions) if "W01" in p.message]
