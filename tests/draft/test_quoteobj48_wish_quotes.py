"""A quotation as the object of a verb of wishing (quoteobj48, made-up sentences): « veulent
“…” », « veut d'abord « … » », « aimeraient "…" » report the quotation as the subject's words,
the clause after it with it; not inside a « que » clause or an object relative, nor when the
quotation has a cue of its own after it; a bare object still tells an intent (recall44)."""

from __future__ import annotations

from quizapp.draft import analyze


def _found(text: str) -> list[tuple[str | None, str, str | None]]:
    """(speaker, content, cue) of each attribution found in ``text``."""
    return [
        (
            a.speaker,
            text[a.content[0] : a.content[1]],
            text[a.cue[0] : a.cue[1]] if a.cue else None,
        )
        for a in analyze(text, "fr").attributions
    ]


def test_plural_subject_wants_a_quotation() -> None:
    text = (
        "Le maire de Lyon, Pierre Dupont, était présent. "
        "Les candidats veulent “revaloriser les salaires des aides à domicile”."
    )
    assert _found(text) == [
        ("Les candidats", "“revaloriser les salaires des aides à domicile”", "veulent")
    ]


def test_the_clause_after_the_quotation_goes_with_it() -> None:
    text = "Gérald Darmanin veut « tendre la main » au parti Les Républicains."
    assert _found(text) == [
        ("Gérald Darmanin", "« tendre la main » au parti Les Républicains", "veut")
    ]


def test_an_adverb_between_verb_and_quotation() -> None:
    text = "Le maire Paul Martin veut ainsi « une école ouverte à tous »."
    assert _found(text) == [("Paul Martin", "ainsi « une école ouverte à tous »", "veut")]


def test_a_conditional_wish() -> None:
    text = 'Certains habitants aimeraient "une alternative à la voiture".'
    assert _found(text) == [("Certains habitants", '"une alternative à la voiture"', "aimeraient")]


def test_a_wish_inside_a_que_clause_stays_the_clause_s() -> None:
    text = "Le maire Benjamin Lucas assure qu'ils ont toujours voulu « travailler ensemble »."
    found = _found(text)
    assert [cue for _, _, cue in found] == ["assure"]


def test_an_object_relative_keeps_its_reading() -> None:
    text = "Les facteurs ont débrayé. Ces horaires, que la direction veut « imposer » disent-ils."
    assert [cue for _, _, cue in _found(text)] == ["disent-ils"]


def test_a_quotation_with_its_own_cue_after_it() -> None:
    text = 'Alain Coudray était là. On voulait "montrer qu\'on est là", a-t-il ajouté.'
    assert [cue for _, _, cue in _found(text)] == ["a-t-il ajouté"]


def test_a_question_and_a_bare_object_report_nothing() -> None:
    for text in ("Veut-il « tout changer » ?", "Le maire veut une nouvelle piscine."):
        assert _found(text) == [], text
