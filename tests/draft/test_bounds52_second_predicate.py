"""An object of a verb of saying ends where « et » joins a second verb of its subject
(bounds52, made-up sentences; detect/second_predicate.py).

« Les gendarmes proposent d'aller parler au voisin et l'incitent à porter plainte »: the
proposal is « d'aller parler au voisin »; « et l'incitent » is the subject's second predicate.
Not when the content is a clause with a verb of its own (the « et » may join two of its
clauses), nor when « et » joins two nouns."""

from __future__ import annotations

from quizapp.draft import analyze


def _contents(text: str) -> list[str]:
    return [text[a.content[0] : a.content[1]] for a in analyze(text, "fr").attributions]


def test_an_infinitive_object_ends_before_a_second_verb_behind_a_clitic() -> None:
    text = (
        "Les gendarmes proposent d'aller parler à son voisin et l'incitent également à "
        "déposer une main courante."
    )
    assert _contents(text) == ["d'aller parler à son voisin"]


def test_a_noun_phrase_object_ends_before_a_verb_known_by_its_ending() -> None:
    text = (
        "Les élus affirmaient leur engagement pour cet hôpital et émettaient le souhait de "
        "construire un chemin collectif."
    )
    assert _contents(text) == ["leur engagement pour cet hôpital"]


def test_a_quoted_object_ends_there_too() -> None:
    text = (
        "Les élus affirmaient leur « engagement » pour cet hôpital et émettaient le souhait de "
        "construire un chemin collectif."
    )
    assert _contents(text)[0] == "leur « engagement » pour cet hôpital"


def test_two_nouns_joined_by_et_stay_one_object() -> None:
    text = "Le maire a annoncé la fermeture de la piscine et de la patinoire."
    assert _contents(text) == ["la fermeture de la piscine et de la patinoire"]


def test_a_clause_with_its_own_verb_keeps_its_second_verb() -> None:
    text = "Le maire affirme que les agents manquaient de moyens et travaillaient trop."
    assert _contents(text) == ["les agents manquaient de moyens et travaillaient trop"]
