"""« il » / « elle » of an inverted cue with nobody near, after an outlet spoke last (made-up
sentences): an outlet (« selon la RTS », « d'après l'AFP ») is no antecedent of « il » or
« elle »; the latest person of that gender met before is. A person who spoke last, or no
person of that gender met, leave the answer as before."""

from __future__ import annotations

from quizapp.draft import analyze


def _speakers(text: str) -> list[str]:
    return [a.speaker for a in analyze(text, "fr").attributions]


_OPENED = (
    "Le texte était soumis aux électeurs à l'initiative {}, qui avait réuni 100 000 signatures. "
)
_WOMAN = _OPENED.format("d'Odile Ferrand")
_MAN = _OPENED.format("de Marc Keller")
_VOTE = "Il a été rejeté par 55 % des votants, selon les estimations de la RTS. "
_TURNOUT = "La participation a atteint 46 %, d'après l'AFP. "


def test_the_pronoun_after_an_outlet_takes_the_person_met_before() -> None:
    quote = '"Nous avons semé quelque chose", a-t-elle assuré.'
    assert _speakers(_WOMAN + _VOTE + _TURNOUT + quote)[-1] == "Odile Ferrand"
    quote = "\"J'ai mis les vaches dans le cœur des gens\", s'est-il réjoui."
    assert _speakers(_MAN + _VOTE + quote)[-1] == "Marc Keller"
    quote = '"Je discute toujours avec mes vaches", avait-il raconté la veille.'
    assert _speakers(_MAN + _TURNOUT + _VOTE + quote)[-1] == "Marc Keller"


def test_a_person_speaking_last_or_no_person_of_that_gender() -> None:
    spoke = "Paul Arnaud, maire de Brenon, a dit qu'il était déçu. "
    quote = '"Nous recommencerons", a-t-il ajouté.'
    assert _speakers(_VOTE + spoke + quote)[-1] == "Paul Arnaud"
    quote = '"Nous avons semé quelque chose", a-t-il assuré.'
    assert _speakers(_WOMAN + _VOTE + quote)[-1] != "Odile Ferrand"
