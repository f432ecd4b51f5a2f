"""ui38b: a "who said this?" never names one person twice. A headline's « Harbor Foods CEO »
is the role the body gives « Maria Lindqvist » (« Harbor Foods Inc Chief Executive Maria
Lindqvist »): it is no wrong option of her words, nor stands beside her among another's wrong
options, where her name is kept. Speakers one of which holds all the other's words are one
too."""

from __future__ import annotations

from quizapp.draft.analysis import analyze
from quizapp.draft.drafting.questions import draft_questions
from quizapp.draft.drafting.speaker_names.same_speaker import role_of, within
from quizapp.draft.words.lexicon import load

HEADLINE = "Harbor Foods CEO says prices will fall"
ARTICLE = f"""{HEADLINE}

Harbor Foods Inc Chief Executive Maria Lindqvist said on Monday that shop prices would fall by \
the end of the year.

"We have cut our own costs and the savings will reach customers," Lindqvist told reporters in \
Oslo.

Union leader Tom Becker said workers had paid for the savings with longer shifts.

"Nobody asked us," said Anna Perez, a cashier at a Harbor Foods store in Bergen.

Economist Paul Dumont said food prices usually lag behind costs by six months.
"""


def _option_lists() -> list[list[str]]:
    analysis = analyze(ARTICLE, "en", headline=HEADLINE)
    drafted = [q if isinstance(q, dict) else q.model_dump() for q in draft_questions(analysis)]
    return [[o["text"] for o in q["options"]] for q in drafted if q.get("options")]


def test_her_role_is_no_wrong_option_of_her_words() -> None:
    hers = [options for options in _option_lists() if options[0] == "Maria Lindqvist"]
    assert hers and all("Harbor Foods CEO" not in options for options in hers)


def test_the_person_is_kept_over_her_role_among_wrong_options() -> None:
    lists = _option_lists()
    assert all({"Harbor Foods CEO", "Maria Lindqvist"} - set(options) for options in lists)
    assert any("Maria Lindqvist" in options[1:] for options in lists)


def test_a_role_needs_the_words_the_person_is_given() -> None:
    lex = load("fr")
    assert role_of("le maire de Sète", ["Anne Viguier, maire de Sète"], lex)
    assert not role_of("le maire de Sète", ["Anne Viguier, maire d'Agde"], lex)
    assert not role_of("Anne Viguier", ["Anne Viguier, maire de Sète"], lex)  # a name: no role


def test_one_speaker_holding_all_the_other_s_words() -> None:
    lex = load("en")
    assert within("the river trust", "the Tamar river trust", lex)
    assert not within("river", "the Tamar river trust", lex)  # one word: options.same_body's
    assert not within("the river trust", "the canal trust", lex)
