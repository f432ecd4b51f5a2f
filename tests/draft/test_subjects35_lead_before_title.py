"""A short setting or link before a title, its name and an apposition (made-up sentences;
subjects35): « Hier, le sénateur Paul Roux, maire de Lunel, a estimé… » is said by Paul
Roux, not by the town of his apposition, whatever opens the sentence (a day and a comma, a
link without a comma, a time). Counter-case: a phrase with its own full name after a body's
name keeps that person (« le chef du Parti X, le Breton Yves Le Goff, … »)."""

from __future__ import annotations

from tests.draft.readings import speaker_of

_SAID = "le découpage des cantons est mauvais"


def test_a_lead_before_the_title_leaves_the_name_speaking() -> None:
    for lead in ("Hier, ", "Mardi soir ", "De son côté ", "Pour sa part, ", "Lundi, "):
        for verb in ("a estimé", "juge", "affirmait"):
            said = f"{lead}le sénateur Paul Roux, maire de Lunel, {verb} que {_SAID}."
            text = f"Titre\n\nLe conseil s'est réuni.\n\n{said}"
            assert speaker_of(text, _SAID) == "Paul Roux", (lead, verb)


def test_a_body_then_a_person_with_a_full_name_keeps_the_person() -> None:
    said = f"Pour rappel, le chef du Parti Breton, le Quimpérois Yves Morvan a estimé que {_SAID}."
    text = f"Titre\n\nLe conseil s'est réuni.\n\n{said}"
    assert speaker_of(text, _SAID) == "Yves Morvan"


def test_a_time_with_its_determiner_before_the_title_leaves_the_name_speaking() -> None:
    """« La semaine dernière le sénateur X, maire de Y, a estimé »: the lead is read by the
    one reader of a time set before a subject (``around_cue.past_time_words``), so every time
    it knows, with its determiner, is set aside as « Mardi soir » is (review35 item 14;
    mend35d)."""
    for lead in ("La semaine dernière ", "Ce matin ", "L'an dernier "):
        said = f"{lead}le sénateur Paul Roux, maire de Lunel, a estimé que {_SAID}."
        text = f"Titre\n\nLe conseil s'est réuni.\n\n{said}"
        assert speaker_of(text, _SAID) == "Paul Roux", lead
