"""An office the lexicon reads as an institution (``held_offices``: « le préfet », « la
rectrice ») taken up by its bare noun once its holder is named with it (names34, made-up
sentences): « La préfète du Cantal juge la crue sérieuse », then « La préfète du Cantal
Claire Aubry affirme… », then « …, indiquait la préfète à la radio ». Linking an office to the
one person whose written title fits it (``offices/named_later.link_offices_to_names``) asked
only descriptions of persons, so the headline's « La préfète du Cantal », read as an
institution, stayed a speaker of its own and the later « la préfète » took it up."""

from __future__ import annotations

from tests.draft.readings import speaker_of

_TEXT = (
    "La préfète du Cantal juge la crue sérieuse\n\n"
    "La préfète du Cantal Claire Aubry affirme que le pic de la crue a été atteint dans la nuit. "
    "Les pompiers sont restés sur place jusqu'au matin.\n\n"
    "« Deux routes ont été rouvertes », indiquait la préfète à la radio."
)


def test_the_bare_office_is_the_holder_named_with_it() -> None:
    assert speaker_of(_TEXT, "Deux routes") == "Claire Aubry"


def test_two_holders_name_no_one() -> None:
    """Counter-case: two prefects named with the title, and a headline that says which
    département no more than the bare noun does."""
    text = _TEXT.replace("La préfète du Cantal juge", "La préfète juge").replace(
        "Les pompiers", "La préfète de la Lozère Anne Morel dit que l'eau baisse. Les pompiers"
    )
    assert speaker_of(text, "Deux routes") not in ("Claire Aubry", "Anne Morel")


def test_the_former_prefect_is_not_the_prefect_named() -> None:
    """Counter-case (mend34c): « l'ancienne préfète » marks another holder of the office; she
    is neither the prefect named with the title nor the prefecture."""
    text = _TEXT.replace("indiquait la préfète", "indiquait l'ancienne préfète")
    assert speaker_of(text, "Deux routes") not in ("Claire Aubry", "La préfète du Cantal")
    text = _TEXT.replace("indiquait la préfète", "indiquait l'ex-préfète")
    assert speaker_of(text, "Deux routes") not in ("Claire Aubry", "La préfète du Cantal")
