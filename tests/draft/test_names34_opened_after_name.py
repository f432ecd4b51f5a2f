"""A description the headline sets up, then named in the body and taken up again by the same
words (names34, made-up sentences): « … pour le directeur de Plouzané » as the headline,
« Malgré la grève, Jacques Lebrun n'a pas fermé le collège. Le directeur de Plouzané explique
que … » Read in order, every later « le directeur de Plouzané » took up the
headline's description, a speaker of its own (anonymous: a town's office whose holder the
article never writes beside it); once the article is read, the description opens a sentence
right after one that named a single person, and stands for him."""

from __future__ import annotations

from tests.draft.readings import speaker_label

_HEADLINE = "Grève des cantines : « une décision difficile » pour la maire de Plouzané\n\n"
_BODY = (
    "Malgré la grève, Jeanne Lebrun n'a pas fermé les cantines de la commune. "
    "La maire de Plouzané explique que les familles n'ont pas d'autre solution. Elle estime "
    "que la grève sera courte."
)


def test_a_description_opening_after_a_name_is_that_person() -> None:
    found = speaker_label(_HEADLINE + _BODY)
    assert found and all(f == ("Jeanne Lebrun", "named") for f in found)


def test_a_man_named_before_is_not_the_mayor() -> None:
    """Counter-case: the person named before is a man; « la maire » is someone else."""
    text = _HEADLINE + _BODY.replace("Jeanne Lebrun", "Jean Lebrun")
    assert all(s != "Jean Lebrun" for s, _ in speaker_label(text))


def test_two_people_before_name_no_one() -> None:
    """Counter-case: two women named in the sentence before, which one is the mayor?"""
    text = _HEADLINE + _BODY.replace("Jeanne Lebrun n'a", "Jeanne Lebrun et Anne Morel n'ont")
    assert all(s not in ("Jeanne Lebrun", "Anne Morel") for s, _ in speaker_label(text))


def test_a_decree_is_no_event_she_underwent() -> None:
    """« arrêté » after an elided article is a decree, not someone arrested
    (``undergone._counted``): she is still the mayor who explains."""
    body = _BODY.replace("n'a pas fermé les cantines", "n'a pas pris d'arrêté contre la grève")
    found = speaker_label(_HEADLINE + body)
    assert found and all(f == ("Jeanne Lebrun", "named") for f in found)


def test_a_noun_written_before_the_name_is_another_office() -> None:
    """Counter-case (mend34c): « L'opposante Jeanne Lebrun », a noun the lexicon need not
    know, written between an article and her name: she is not « la maire »."""
    body = _BODY.replace(
        "Malgré la grève, Jeanne Lebrun n'a pas fermé les cantines de la commune",
        "L'opposante Jeanne Lebrun critique la décision",
    )
    assert all(s != "Jeanne Lebrun" for s, _ in speaker_label(_HEADLINE + body))


def test_a_noun_after_a_comma_is_not_written_for_her() -> None:
    """« Malgré la grève, Jeanne Lebrun »: the noun ends a phrase of its own."""
    found = speaker_label(_HEADLINE + _BODY)
    assert found and all(f == ("Jeanne Lebrun", "named") for f in found)
