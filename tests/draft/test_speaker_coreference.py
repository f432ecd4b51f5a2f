"""A speaker written as its fullest mention in the article (speakers8): an acronym with the
words that spell it out elsewhere. Made-up sentences, each with a counter-case."""

from __future__ import annotations

from tests.draft.readings import speakers

_SAID = "« Les ruches se vident », a déploré la FNEA mardi."


def test_an_acronym_is_written_with_the_words_that_spell_it_before() -> None:
    text = "La Fédération nationale des éleveurs d'abeilles manifestait lundi à Lyon. " + _SAID
    assert speakers(text) == ["La Fédération nationale des éleveurs d'abeilles (FNEA)"]


def test_an_acronym_is_written_with_the_words_that_spell_it_after() -> None:
    text = _SAID + " La Fédération nationale des éleveurs d'abeilles manifestait lundi à Lyon."
    assert speakers(text) == ["La Fédération nationale des éleveurs d'abeilles (FNEA)"]


def test_an_acronym_nobody_spells_out_stays_as_written() -> None:
    assert speakers(_SAID + " Les apiculteurs manifestaient lundi à Lyon.") == ["FNEA"]


def test_a_persons_name_spells_no_acronym() -> None:
    text = "« Les ruches se vident », a déploré le MR mardi. Marc Roux était à Lyon."
    assert speakers(text) == ["MR"]


def test_two_wordings_that_spell_it_leave_it_as_written() -> None:
    text = (
        "La Fédération nationale des éleveurs d'abeilles et la Fédération nouvelle des "
        "exploitants agricoles manifestaient à Lyon. " + _SAID
    )
    assert speakers(text) == ["FNEA"]
