"""mend59f: teacher59's "to be" for a verb of describing made broken prompts (review59b): an
object pronoun kept its object form ("him was a hero"), an "as" inside the object ("such
as", "as well as") was taken for the describing one, and a coordinated or capitalised plural
object read as singular. When the number or the object's end is unsure, the reported words
stay as the quotation's wording (None), as before teacher59."""

from __future__ import annotations

from quizapp.draft.drafting.wording.described_as import with_be


def test_an_object_pronoun_is_said_as_a_subject() -> None:
    assert with_be("him as a hero", "described", "en") == "he was a hero"
    assert with_be("them as reckless", "described", "en") == "they were reckless"
    assert with_be("her as the best candidate", "describes", "en") == "she is the best candidate"


def test_an_as_inside_the_object_leaves_the_words() -> None:
    assert with_be("measures such as fines as harsh and unfair", "described", "en") is None
    assert with_be("the move as well as the timing as unfair", "described", "en") is None


def test_an_object_of_unsure_number_leaves_the_words() -> None:
    assert with_be("the plan and the budget as too thin", "described", "en") is None
    assert with_be("Villagers as naive", "described", "en") is None  # no listed group noun
    # a group noun the lexicon lists is plural with its capital too (plural59)
    assert with_be("Campaigners as naive", "described", "en") == "Campaigners were naive"


def test_a_possessive_her_and_a_plain_object_still_read_with_be() -> None:
    """Guards: « her plan » is no pronoun alone; a plain object is worded as before."""
    assert with_be("her plan as reckless", "described", "en") == "her plan was reckless"
    assert with_be("the plans as reckless", "describes", "en") == "the plans are reckless"


def test_as_well_as_after_the_describing_as_still_reads_with_be() -> None:
    """Guard: "X as Y as well as Z" describes X; only an "as" before it is unsure."""
    words = 'the decision as "cold" as well as "predetermined"'
    assert with_be(words, "described", "en") == 'the decision was "cold" as well as "predetermined"'
