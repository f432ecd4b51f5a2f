"""A body named with its acronym is written as the article joins them (« L'Office national des
forêts (ONF) »), so a reader finds it by either; a document a possessive gives to someone
(« selon son dernier rapport », "according to its latest report") speaks for the one who
opened the sentence.

Short made-up cases, none a sentence of the evaluation corpus.
"""

from __future__ import annotations

from quizapp.draft import analyze


def found(text: str, language: str = "fr") -> list[tuple[str, str]]:
    return [(a.speaker, a.label) for a in analyze(text, language).attributions]


def test_a_body_and_its_acronym_are_one_speaker_written_as_the_article_joins_them() -> None:
    text = (
        "L'Office national des forêts (ONF) a annoncé que les coupes baisseraient. "
        "L'ONF a ajouté que les chênes souffraient de la sécheresse."
    )
    office = "L'Office national des forêts (ONF)"
    assert found(text) == [(office, "named"), (office, "named")]


def test_an_expansion_after_the_acronym_is_kept_with_it() -> None:
    text = "Selon l'ONF (Office national des forêts), les chênes souffrent."
    assert found(text) == [("ONF (Office national des forêts)", "named")]


def test_a_possessed_document_speaks_for_the_body_that_opened_the_sentence() -> None:
    text = (
        "L'Office national des forêts (ONF) prévoit une baisse des coupes l'an prochain, "
        "selon son dernier rapport."
    )
    assert found(text) == [("L'Office national des forêts (ONF)", "named")]


def test_a_possessed_group_is_not_a_document() -> None:
    """Counter-case: « son entourage » is people around him, not his own words."""
    text = "Le ministre Paul Durand va quitter le gouvernement, selon son entourage."
    assert found(text) == [("son entourage", "vague")]


def test_an_english_report_speaks_for_its_agency() -> None:
    text = "The Forest Service expects fewer fires this summer, according to its latest report."
    assert found(text, "en")[0][0] == "Forest Service"


def test_a_trade_noun_takes_up_the_firm_met_before() -> None:
    text = (
        "Analysts at Harlow Capital Group cut their forecast on Monday. "
        "“Demand is slowing,” the broker said."
    )
    assert found(text, "en")[-1][0] == "Harlow Capital Group"


def test_a_trade_noun_with_no_firm_before_stays_itself() -> None:
    """Counter-case: nothing to take up."""
    assert found("“Demand is slowing,” the broker said.", "en")[0][0] == "the broker"
