"""A name followed by an apposition without article is the speaker, never the apposition nor a
proper noun inside it (« X, pharmacien titulaire, évoque… », « X, présidente de l'union des
éleveurs de Bretagne, indiquait que… »): with an accented capital, after an opening phrase or
a relay, with commas or parentheses inside the apposition, before and after the cue.
Made-up sentences, each kind with a counter-case."""

from __future__ import annotations

from tests.draft.readings import sources, speakers


def _sources(text: str) -> list[str]:
    return sources(text, "fr")


def test_a_name_with_an_accented_capital_after_an_opening_phrase() -> None:
    text = "À la radio, Émile Laurent, boulanger retraité, affirme que le pain a doublé de prix."
    assert speakers(text) == ["Émile Laurent"]


def test_the_apposition_is_not_read_as_what_is_said() -> None:
    # « X, pharmacien, évoque Y »: the clause before the verb is its subject, not its content
    text = "Hélène Vasseur, infirmière de nuit, évoque une fatigue « jamais vue »."
    assert speakers(text) == ["Hélène Vasseur"]


def test_a_place_inside_the_apposition_is_not_the_speaker() -> None:
    text = (
        "Comme le rappelle la presse locale, en marge d'un congrès, Odile Ferrand, présidente "
        "de l'union des éleveurs de Bretagne, indiquait que la moitié des fermes manquent d'eau."
    )
    assert speakers(text)[-1] == "Odile Ferrand"


def test_an_apposition_holding_parentheses_or_commas() -> None:
    text = "Yves Marchal, conseiller (PS) de la métropole de Lille, affirme que le budget ment."
    assert speakers(text) == ["Yves Marchal"]
    text = (
        "Yves Marchal, porte-parole de l'union, des artisans et des commerçants de Lille, "
        "affirme que le budget ment."
    )
    assert speakers(text) == ["Yves Marchal"]


def test_a_name_after_the_cue_keeps_its_apposition_out() -> None:
    text = "« Le budget ment », affirme Yves Marchal (PS), conseiller de la métropole de Lille."
    assert speakers(text) == ["Yves Marchal"]


def test_a_name_inside_a_complement_is_no_subject() -> None:
    # the name is the object of « depuis la visite de »: the clause is what the mayor says
    text = "Rien n'a changé depuis la visite de Jean Dupont, pharmacien, affirme le maire."
    assert _sources(text) == ["le maire"]


def test_a_clause_after_the_name_is_no_apposition() -> None:
    # « X a voulu…, et ça s'est retourné… »: a clause with its verb, not an apposition
    text = (
        "Il y a un mois, Marc Olivier a voulu se payer son rival, et ça s'est retourné contre "
        "lui, rapporte le quotidien."
    )
    assert speakers(text) == ["le quotidien"]


def test_a_clause_inside_the_apposition_is_not_the_subject() -> None:
    text = (
        "La commune compte mille habitants. "
        "Jean Dupont, maire de la ville où il est né, affirme que tout va bien."
    )
    assert speakers(text) == ["Jean Dupont"]
    text = "Hugo Rey (PS), élu depuis que la commune a été créée, juge que le budget ment."
    assert speakers(text) == ["Hugo Rey"]


def test_a_subordinate_subject_set_off_by_its_own_aside_still_speaks() -> None:
    # counter-case: « quand les élus, eux, affirmaient »: no clause verb in « les élus »
    text = "Il est arrivé quand les élus, eux, affirmaient que tout allait bien."
    assert speakers(text) == ["les élus"]


def test_an_opening_adverb_is_no_name_set_before_the_subject() -> None:
    text = "Parallèlement, les pêcheurs redoutent une baisse des prises."
    assert speakers(text) == ["les pêcheurs"]
    text = "Clément, le maire, a affirmé que tout allait bien."  # a first name in -ment
    assert speakers(text) == ["Clément"]
