"""Names set next to a description, and words opening a sentence that are no speaker (round 7).

« X, vice-président du conseil et chef du service des routes a indiqué » (a long apposition,
its closing comma forgotten), « …, se félicite le directeur, le chimiste X » (the name after a
second description), « Sur RTL, le ministre a dit » (where it was said is a relay), « Tout en
poursuivant : « … » » (no subject before the colon), « l'élu » for the mayor named before.
Made-up sentences, each with a counter-case."""

from __future__ import annotations

from tests.draft.readings import speakers

_LONG_OFFICE = "vice-président du conseil et chef du service des routes a indiqué"


def test_a_long_office_in_apposition_leaves_the_name_the_speaker() -> None:
    text = f"Avant le vote, Paul Roux, {_LONG_OFFICE} que le projet serait retardé."
    assert speakers(text) == ["Paul Roux"]


def test_a_name_after_a_second_description_is_the_speaker() -> None:
    text = "Le projet est solide, se félicite le directeur du laboratoire, le chimiste Paul Roux."
    assert speakers(text) == ["Paul Roux"]
    feminine = "Le projet est solide, se félicite la directrice, la chimiste belge Anne Roux."
    assert speakers(feminine) == ["Anne Roux"]


def test_a_complement_after_the_comma_is_no_name() -> None:
    text = "Le projet est solide, se félicite le directeur du laboratoire, le site de Lyon."
    assert speakers(text) == ["le directeur du laboratoire"]


def test_the_station_opening_the_sentence_is_a_relay_not_the_speaker() -> None:
    assert speakers("Sur RTL, le ministre a répété que le budget était gelé.") == ["le ministre"]
    assert speakers("Dans Libération, la ministre a affirmé que le budget était gelé.") == [
        "la ministre"
    ]


def test_a_name_opening_the_sentence_is_still_the_speaker() -> None:
    text = "Paul Roux, le maire, a répété que le budget était gelé."
    assert speakers(text) == ["Paul Roux"]


def test_a_gerund_before_a_colon_gives_the_quote_to_the_last_subject() -> None:
    text = (
        "Paul Roux a exclu une fusion. "
        "Tout en poursuivant : « Nous allons recruter dans les mois qui viennent. »"
    )
    assert speakers(text) == ["Paul Roux"]


def test_a_subject_before_a_colon_keeps_its_quote() -> None:
    text = "Paul Roux a exclu une fusion. Anne Morel est catégorique : « Nous allons recruter. »"
    assert speakers(text) == ["Anne Morel"]


_MAYOR = (
    "« Le réservoir était vide », raconte Marie Garin, le maire de la commune au micro de la "
    "radio locale. Les pompiers ont livré de l'eau. Les habitants ont attendu trois jours. "
    "Le préfet a promis une enquête. "
)


def test_the_elected_official_is_the_mayor_named_before() -> None:
    text = _MAYOR + "L'élu insiste sur la stupéfaction des habitants."
    assert speakers(text)[-1] == "Marie Garin"


def test_the_magistrate_is_not_the_mayor() -> None:
    text = _MAYOR + "Le magistrat insiste sur la stupéfaction des habitants."
    assert speakers(text)[-1] == "Le magistrat"


def test_a_subject_ends_at_its_negation() -> None:
    text = (
        "Le loup a tué des moutons. La préfecture ne l'exclut pas mais tient à rassurer "
        "les éleveurs : « une indemnisation serait versée »."
    )
    assert speakers(text) == ["La préfecture"]


def test_a_negation_inside_a_relative_clause_leaves_the_subject_whole() -> None:
    text = "Les habitants qui ne veulent pas partir dénoncent une décision « absurde »."
    assert speakers(text) == ["Les habitants"]
