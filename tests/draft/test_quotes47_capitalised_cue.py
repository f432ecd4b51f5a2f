"""A quotation that closes its sentence, then a reporting verb written with a capital and its
inverted subject (made-up sentences): « « … » Ironise un salarié. », « « … » Explique Marie
Durand, … », « « … » Commente l'une des déléguées. », « « … » Complète-t-elle. » give the
quotation to that subject, as the verb in lower case does (quotes47); the capitalised verb is
never read into the speaker (« Ironise un salarié »). A capitalised word that is no verb
of saying (« Note importante »: a noun) still opens a sentence of its own."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze

_BEFORE = "L'usine ferme ses portes en juin.\n\n"
_QUOTE = "« On ne nous a rien dit sur la suite des opérations. »"


def _found(text: str) -> list[tuple[str, str]]:
    analysis = analyze(text, "fr")
    return [(analysis.passage(a.content), a.speaker) for a in analysis.attributions]


@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        ("Ironise un salarié de l'usine.", "un salarié de l'usine"),
        ("Commente l'une des déléguées.", "l'une des déléguées"),
        ("Renchérit un salarié.", "un salarié"),
    ],
)
def test_a_capitalised_inverted_cue_gives_the_quotation(cue: str, speaker: str) -> None:
    found = _found(f"{_BEFORE}{_QUOTE} {cue}")
    assert found == [("On ne nous a rien dit sur la suite des opérations.", speaker)]


def test_a_capitalised_cue_and_a_name_make_one_sentence_with_the_quotation() -> None:
    """Read as a sentence of its own, « Explique Marie Durand, … » still named the speaker,
    but left the quotation and the cue as claims (mend47a: the case that could not fail)."""
    text = f"{_BEFORE}{_QUOTE} Explique Marie Durand, déléguée syndicale."
    analysis = analyze(text, "fr")
    assert _found(text) == [("On ne nous a rien dit sur la suite des opérations.", "Marie Durand")]
    assert [text[c.span[0] : c.span[1]] for c in analysis.unattributed] == [_BEFORE.strip()]


def test_a_capitalised_cue_with_its_pronoun_takes_the_speaker_before() -> None:
    text = f"{_BEFORE}{_QUOTE} Explique Marie Durand.\n\n« Nous attendons. » Complète-t-elle."
    assert _found(text)[-1] == ("Nous attendons.", "Marie Durand")


def test_a_capitalised_noun_after_a_quotation_is_no_cue() -> None:
    text = f"{_BEFORE}{_QUOTE} Note importante : la réunion est reportée."
    assert all(speaker != "la réunion" for _, speaker in _found(text))
    assert all(not content.startswith("importante") for content, _ in _found(text))
