"""English noun phrases set off by commas (made-up sentences): a subject and its
apposition before the verb are no clause a final cue reports ("The ferry's owner, Marta
Quist, said…"), nor is a number after "said" an inverted subject ("said as many as 1,500…");
a description after the source of "according to" is the source's, the claim is elsewhere."""

from __future__ import annotations

from tests.draft.readings import said


def test_a_subject_and_its_apposition_are_not_reported() -> None:
    found = said("The ferry's owner, Marta Quist, said as many as 1,200 people were on board.")
    assert found == [("as many as 1,200 people were on board", "Marta Quist")]


def test_a_clause_before_a_final_cue_is_still_reported() -> None:
    found = said("The harbour was closed, the owner, Marta Quist, said.")
    assert found and found[0][0] == "The harbour was closed"


def test_a_description_after_the_source_ends_the_sentence() -> None:
    text = (
        "Staff in many firms are greeted with a team nickname, a habit with old roots, "
        "according to Dana Whitlow, a lecturer at a business school."
    )
    [(content, source)] = said(text)
    assert content.startswith("Staff in many firms") and source.startswith("Dana Whitlow")


def test_a_description_after_an_opening_source_is_the_source() -> None:
    [(content, source)] = said("According to Dana Whitlow, a lecturer in Hull, the habit is old.")
    assert content == "the habit is old"
    assert source.startswith("Dana Whitlow")


def test_a_clause_with_its_verb_after_the_source_is_not_a_description() -> None:
    text = (
        "Prices kept rising all spring, according to the bakers' union, the worst rise was in May."
    )
    [(content, _source)] = said(text)
    assert content == "the worst rise was in May"


def test_a_description_with_no_article_after_a_closing_source() -> None:
    text = "The ferry will stop in March, according to Ana Lopes, chair of the port board."
    [(content, source)] = said(text)  # the source takes its description, as when it opens
    assert content == "The ferry will stop in March" and source.startswith("Ana Lopes")


def test_a_description_with_no_article_after_an_opening_source() -> None:
    text = "According to Ana Lopes, chair of the port board, the ferry will stop in March."
    [(content, source)] = said(text)
    assert content == "the ferry will stop in March"
    assert source == "Ana Lopes, chair of the port board"


def test_a_clause_set_off_after_an_opening_source_is_no_description() -> None:
    text = "According to Ana Lopes, most of the crossings will stop, by March at the latest."
    [(content, source)] = said(text)
    assert content.startswith("most of the crossings will stop") and source == "Ana Lopes"
