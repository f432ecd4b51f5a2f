"""Verbs of wishing before a « que » clause (recall44, made-up sentences): « veut que »,
« aimerait que », « aurait préféré que » report the clause as « souhaite que » does (over
the French corpus such clauses main found nothing in were keyed 6 times of 7); any other
object of the same verbs (an infinitive, a noun phrase, a quotation) tells an intent or
nothing, and « vouloir dire » means, it reports nothing. « par exemple » between a verb and
its clause is an adverbial like « par ailleurs »."""

from __future__ import annotations

from quizapp.draft import analyze


def _found(text: str) -> list[tuple[str, str]]:
    """(speaker, content) of each attribution found in ``text``."""
    return [
        (a.speaker, text[a.content[0] : a.content[1]]) for a in analyze(text, "fr").attributions
    ]


def test_veut_que_reports_its_clause() -> None:
    text = "Une habitante veut que le maire prenne position sur ce sujet."
    assert _found(text) == [("Une habitante", "le maire prenne position sur ce sujet")]


def test_aurait_prefere_que_reports_its_clause() -> None:
    text = "Le conseiller Paul Martin aurait préféré que l'on reporte le conseil municipal."
    assert _found(text) == [("Paul Martin", "l'on reporte le conseil municipal")]


def test_aimerait_par_exemple_que_reports_its_clause() -> None:
    text = "Paul Martin aimerait par exemple qu'une compagnie de CRS soit mobilisée."
    assert _found(text) == [("Paul Martin", "une compagnie de CRS soit mobilisée")]


def test_par_exemple_between_auxiliary_and_participle() -> None:
    text = "Paul Martin a par exemple expliqué que la ville manquait de moyens."
    assert _found(text) == [("Paul Martin", "la ville manquait de moyens")]


def test_a_wish_with_no_que_clause_reports_nothing() -> None:
    for text in (
        "Le maire veut rester en poste.",
        "Le maire veut une nouvelle piscine.",
        "Paul Martin aime le football.",
        "Le projet a été voulu par la mairie.",
        "Concrètement, cela veut dire que le service ferme plus tôt.",
    ):
        assert _found(text) == [], text
