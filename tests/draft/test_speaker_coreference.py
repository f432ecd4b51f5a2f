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


_GIRAFFES = "« Elles se portent bien », a indiqué le parc dimanche."


def test_a_general_word_for_a_body_is_the_one_body_named_with_a_word_of_its_kind() -> None:
    text = "Trois girafes sont nées au zoo de Rocheval. " + _GIRAFFES
    assert speakers(text) == ["le zoo de Rocheval"]
    assert speakers(_GIRAFFES + " Trois girafes sont nées au zoo de Rocheval.") == [
        "le zoo de Rocheval"
    ]


def test_two_bodies_of_that_kind_leave_the_general_word() -> None:
    text = "Trois girafes sont nées au zoo de Rocheval et deux lions au zoo de Marville. "
    assert speakers(text + _GIRAFFES) == ["le parc"]


def test_a_described_body_is_the_body_of_its_kind_named_later() -> None:
    text = (
        "Le principal syndicat des pilotes a dénoncé mardi un accord « inacceptable ». Le "
        "syndicat Pilotair, qui représente les pilotes, réunira ses membres jeudi."
    )
    assert speakers(text) == ["Le syndicat Pilotair"]


def test_a_body_whose_name_does_not_fit_the_description_is_not_taken() -> None:
    text = (
        "Le principal syndicat de pilotes a dénoncé mardi un accord « inacceptable ». Le "
        "syndicat Aérolib, qui représente les hôtesses, réunira ses membres jeudi."
    )
    assert speakers(text) == ["Le principal syndicat de pilotes"]
