"""mend59d: a subhead shouted in capitals names no one by its capitals (speakers59), but a
known first name and the word after it are still a person there, whom a pronoun below points
back to. French only: the shape is the French lexicon's. Made-up texts."""

from __future__ import annotations

from quizapp.draft.names.naming.names import proper_names
from quizapp.draft.text.segment import tokens
from quizapp.draft.words.lexicon import load
from tests.draft.readings import speakers as _speakers


def test_a_pronoun_below_a_shouted_subhead_is_the_person_it_names() -> None:
    """Before: « il », left unresolved (before speakers59: the whole subhead)."""
    text = (
        "Le budget de Valdremont\n\nLe conseil municipal s'est réuni jeudi soir.\n\n"
        "JEAN MOREAU DÉFEND SON BUDGET\n\n« Nous avons tenu nos promesses », a-t-il assuré "
        "devant les élus."
    )
    assert [s.lower() for s in _speakers(text)] == ["jean moreau"]


def test_the_person_is_written_as_the_text_below_writes_the_name() -> None:
    """A name shouted first and written below in ordinary letters is one person, written as
    below."""
    text = (
        "ODILE FAURE SE LAVE À GRANDE EAU\n\nLa ministre, Odile Faure, a démenti mardi les "
        "rumeurs.\n\n« Ces informations sont fausses », a-t-elle souligné."
    )
    assert set(_speakers(text)) == {"Odile Faure"}


def test_a_shouted_english_line_is_read_as_before() -> None:
    """English has no shouted-line shape in its lexicon: its capitals are read as names."""
    line = "MAYOR JOHN SMITH SAYS THE BRIDGE WILL REOPEN"
    assert proper_names(tokens(line, (0, len(line)), "en"), load("en")) != []
