"""A wish clause nested in another report (leftover45, made-up sentences): « Il aime que…,
confie son adjoint » is the adjoint's report of what « il » likes. With no one before it, the
pronoun waits for the first person who speaks later (``named_later``), and that was the
adjoint, whose own words hold it: in them he would say « j'aime ». The inner clause now
stays the pronoun's, or goes to a later speaker who is not the reporter."""

from __future__ import annotations

from quizapp.draft import analyze


def _speakers(text: str, word: str) -> list[str]:
    found = analyze(text, "fr").attributions
    return sorted(a.speaker for a in found if word in text[a.content[0] : a.content[1]])


def test_the_reporter_is_not_the_pronoun_in_his_words() -> None:
    text = "Il aime que les choses soient bien faites, confie son adjoint."
    assert _speakers(text, "bien faites") == ["Il", "son adjoint"]


def test_a_later_speaker_who_is_not_the_reporter_takes_it_up() -> None:
    text = (
        "Il préfère que le chantier commence en mai, confie son adjoint. Le maire Paul Roux "
        "a reçu les riverains mardi. « Nous serons prêts », promet Paul Roux."
    )
    assert _speakers(text, "chantier commence") == ["Paul Roux", "son adjoint"]


def test_a_person_named_before_stays_the_speaker() -> None:
    """A guard: « Le maire de Bellac » before the pronoun is who likes it."""
    text = (
        "Le maire de Bellac a reçu les riverains. Il aime que les choses soient bien faites, "
        "confie son adjoint."
    )
    assert _speakers(text, "bien faites") == ["Le maire de Bellac", "son adjoint"]
