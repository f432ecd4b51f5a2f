"""recall34: cues French writes that the lexicon lacked, found among the misses of round 33's
sealed batches: « avoir l'impression de / que » (a belief said of oneself), « émettre l'opinion
que » (beside « émettre l'hypothèse »), « faire part de » in the future, and the adverbs before
the preposition of « parler de » joined by « et » or led by « non pas »."""

from __future__ import annotations

from tests.draft.readings import content_cue_label


def test_having_the_impression_of_an_infinitive_reports_a_belief() -> None:
    text = "Les riverains du canal ont l'impression d'être oubliés par la commune."
    assert content_cue_label(text, "fr") == [
        ("d'être oubliés par la commune", "ont l'impression", "vague")
    ]


def test_having_the_impression_that_reports_the_clause() -> None:
    text = "Jeanne Morel a l'impression que le chantier n'avance plus."
    assert content_cue_label(text, "fr") == [
        ("le chantier n'avance plus", "a l'impression", "named")
    ]


def test_giving_the_opinion_that_reports_the_clause() -> None:
    text = "Le conseiller Marc Vidal a émis l'opinion que le budget serait trop lourd."
    assert content_cue_label(text, "fr") == [
        ("le budget serait trop lourd", "a émis l'opinion", "named")
    ]


def test_making_known_in_the_future_reports_its_object() -> None:
    text = "Demain, Hugo Lenoir fera part de son envie de quitter le club."
    assert content_cue_label(text, "fr") == [
        ("de son envie de quitter le club", "fera part", "named")
    ]


def test_two_adverbs_joined_by_and_before_the_preposition() -> None:
    text = "Le syndic Hugo Lenoir parle encore et toujours d'une injustice."
    assert content_cue_label(text, "fr") == [("d'une injustice", "parle", "named")]


def test_non_pas_before_the_preposition_sets_what_is_said_against_what_is_not() -> None:
    text = "Hugo Lenoir parle non pas d'un échec mais d'un retard du chantier."
    assert content_cue_label(text, "fr") == [
        ("d'un échec mais d'un retard du chantier", "parle", "named")
    ]


def test_a_negated_impression_reports_nothing() -> None:
    text = "Hugo Lenoir n'a pas l'impression d'avoir été écouté."
    assert content_cue_label(text, "fr") == []
