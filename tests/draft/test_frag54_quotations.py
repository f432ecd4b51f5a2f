"""frag54, made-up articles: a clitic cue set off by commas before a quotation that closes
the sentence (« …qui souhaite, dit-il, « … » »), an inserted cue whose subject a party's
acronym in parentheses closes (« « A, rappelle Paul X (PS). B » »), and a paragraph with no
mark going on with a quotation opened above it and never closed. Each positive case fails
before frag54; the guards stay as they were."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze

_HEAD = "Piscine : la fermeture votée\n\n"
_MAYOR = (
    "Le conseil municipal a voté mardi soir la fermeture de la piscine, a expliqué le maire "
    "de la commune, Paul Durand.\n\n"
)


def _findings(text: str) -> list[tuple[str, str, str]]:
    """Each finding's content, speaker and kind."""
    found = analyze(text, "fr").attributions
    return [(text[a.content[0] : a.content[1]], a.speaker, a.kind) for a in found]


def _holding(text: str, words: str) -> list[tuple[str, str]]:
    """The speaker and kind of each finding whose content holds ``words``."""
    return [(speaker, kind) for content, speaker, kind in _findings(text) if words in content]


@pytest.mark.parametrize(
    "sentence",
    [
        "Un choix pour celui qui brigue un mandat et qui souhaite, dit-il, « ouvrir le bassin ».",
        "Le maire redoute la facture car, dit-il, « le bassin coûte trop cher à la commune ».",
        "Il a préféré se retirer pour, a-t-il expliqué, « faire barrage aux promoteurs ».",
    ],
)
def test_a_clitic_cue_before_a_closing_quotation_reports_it(sentence: str) -> None:
    text = f"{_HEAD}{_MAYOR}{sentence}\n"
    quoted = sentence.split("« ")[1].split(" »")[0]
    assert _holding(text, quoted) == [("Paul Durand", "mixed")]


def test_a_clitic_cue_with_narration_after_the_quotation_is_left_to_the_narration() -> None:
    sentence = "Il veut, dit-il, « ouvrir le bassin » aux clubs de la ville dès l'été prochain."
    text = f"{_HEAD}{_MAYOR}{sentence}\n"
    contents = [c for c, _, _ in _findings(text) if "ouvrir le bassin" in c]
    assert contents == [
        "veut, dit-il, « ouvrir le bassin » aux clubs de la ville dès l'été prochain"
    ]


def test_an_inserted_cue_closed_by_a_party_in_parentheses_keeps_the_quotation_whole() -> None:
    text = (
        f"{_HEAD}« Jamais une telle fermeture n'a eu lieu ici, rappelle Paul Durand (PS). "
        "C'est toujours le bassin qui paie d'abord. »\n"
    )
    found = _findings(text)
    assert [(s, k) for c, s, k in found if c.startswith("Jamais")] == [("Paul Durand", "direct")]
    assert next(c for c, s, k in found if c.startswith("Jamais")).endswith("paie d'abord.")


_OPENED = (
    "« Nous voici réunis pour débattre du budget de la ville, a lancé le maire, Paul Durand. "
    "La piscine municipale est au cœur de nos débats.\n\n"
)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Les orientations dont nous allons débattre sont celles d'une ville qui change.",
        "Notre commune a fait tous les efforts possibles pour garder ce bassin ouvert aux écoles.",
    ],
)
def test_a_paragraph_going_on_with_an_open_quotation_is_its_speakers(paragraph: str) -> None:
    text = f"{_HEAD}{_OPENED}{paragraph}\n"
    assert _holding(text, paragraph.rstrip(".")) == [("Paul Durand", "direct")]


def test_the_open_quotation_closing_inside_the_paragraph_ends_the_words_there() -> None:
    paragraph = (
        "Le bassin a été construit en 1975 et il fuit de partout depuis des années. » "
        "La séance a ensuite repris sur les travaux de voirie."
    )
    text = f"{_HEAD}{_OPENED}{paragraph}\n"
    found = _holding(text, "Le bassin a été construit")
    assert found == [("Paul Durand", "direct")]
    assert _holding(text, "La séance a ensuite repris") == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "La piscine avait ouvert en 1975 et accueillait les écoles de tout le canton.",
        "Un budget serré",
    ],
)
def test_narration_or_a_heading_after_an_open_quotation_is_nobodys(paragraph: str) -> None:
    text = f"{_HEAD}{_OPENED}{paragraph}\n"
    assert _holding(text, paragraph.rstrip(".")) == []


def test_a_first_person_paragraph_after_a_closed_quotation_is_not_this_rules() -> None:
    text = (
        f"{_HEAD}« Nous voici réunis pour débattre du budget, a lancé le maire, Paul Durand. »\n\n"
        "Nous avons ensuite visité le chantier de la piscine avec les agents de la ville.\n"
    )
    assert _holding(text, "visité le chantier") == []
