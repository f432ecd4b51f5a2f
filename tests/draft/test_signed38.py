"""signed38: a quotation signed after its closing mark with no verb of saying, by a dash and a
described person or a body (« … » — la conseillère municipale X, « … » - Une habitante du
quartier), on the quotation's line or on a line of its own under it, or by a comma and a full
name alone when the paragraph is only the quotation and its signature. Written in made-up
sentences, with the counter-cases that must stay as they were."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze
from tests.draft.readings import speaker_of

_ARTICLE = (
    "Titre\n\nLe conseil a voté la fermeture de la piscine jeudi. « C'est une erreur », "
    "regrette Odile Martin, une nageuse.\n\n{signed}\n\nLes travaux commenceront en mars.\n"
)


@pytest.mark.parametrize(
    ("signed", "speaker"),
    [
        (
            "« Nous ne lâcherons rien sur le bassin. » — la conseillère municipale Irène Vasseur",
            "Irène Vasseur",
        ),
        ('"Nous ne lâcherons rien sur le bassin" - le maire Paul Grosjean', "Paul Grosjean"),
        ('"Nous ne lâcherons rien sur le bassin" - Une habitante du quartier', "habitante"),
        ("« Nous ne lâcherons rien sur le bassin. »\n\n– la mairie de Lunel", "mairie de Lunel"),
        ("« Nous ne lâcherons rien sur le bassin », Irène Vasseur", "Irène Vasseur"),
        ("« Nous ne lâcherons rien sur le bassin », Paul Grosjean, président du club", "Grosjean"),
        ("« Nous ne lâcherons rien sur le bassin », la conseillère Irène Vasseur", "Vasseur"),
        ("« Nous ne lâcherons rien sur le bassin », une habitante du quartier", "habitante"),
        ("« Nous ne lâcherons rien sur le bassin » — conseillère Irène Vasseur", "Irène Vasseur"),
    ],
)
def test_a_quotation_signed_with_no_verb_is_the_signers(signed: str, speaker: str) -> None:
    """Not Odile Martin, heard just before: the signer after the dash (or the comma ending a
    paragraph that is only the quotation) said it."""
    assert speaker in speaker_of(_ARTICLE.format(signed=signed), "rien sur le bassin")


def test_a_described_signer_is_anonymous_and_a_body_named() -> None:
    """A described person is anonymous, a body named (the usual rules of labels)."""
    for signed, label in [
        ('"Nous ne lâcherons rien sur le bassin" - Une habitante du quartier', "anonymous"),
        ("« Nous ne lâcherons rien sur le bassin. »\n\n– la mairie de Lunel", "named"),
    ]:
        text = _ARTICLE.format(signed=signed)
        start = text.index("rien sur le bassin")
        found = [a for a in analyze(text, "fr", headline="Titre").attributions]
        held = [a for a in found if a.content[0] <= start < a.content[1]]
        assert [a.label for a in held] == [label]


@pytest.mark.parametrize(
    "signed",
    [
        "Les nageurs ont rien sur le bassin - la mairie de Lunel",
        "« Jamais rien sur le bassin », la mairie de Lunel a promis une réponse",
        "Il a parlé de « rien sur le bassin », Irène Vasseur",
        "« Nous ne lâcherons rien sur le bassin » - la semaine prochaine",
    ],
)
def test_no_signature_with_narration_a_verb_or_no_one(signed: str) -> None:
    """Narration before the dash, a verb after the name, a quotation inside a sentence, a
    date after the dash: none signs the quotation with the words after it."""
    speaker = speaker_of(_ARTICLE.format(signed=signed), "rien sur le bassin")
    assert "Lunel" not in speaker and "Vasseur" not in speaker and "semaine" not in speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Headline\n\nThe council shut the pool on Monday. "It is a mistake," said Ann Hale, a '
            'swimmer.\n\n"We will not give up on the pool" - councillor Mary Byrne\n\nWork starts '
            "in March.\n",
            "Mary Byrne",
        ),
        (
            'Headline\n\nThe council shut the pool on Monday. "It is a mistake," said Ann Hale, a '
            'swimmer.\n\n"We will not give up on the pool" - a local resident\n\nWork starts in '
            "March.\n",
            "resident",
        ),
    ],
)
def test_an_english_quotation_signed_after_a_dash(text: str, speaker: str) -> None:
    """English reads the same shapes: a role before a name, a described person."""
    assert speaker in speaker_of(text, "give up on the pool", "en")


@pytest.mark.parametrize(
    ("signed", "signer"),
    [
        ('"Nous ne lâcherons rien sur le bassin" - Une habitante du quartier', "habitante"),
        ('"Nous ne lâcherons rien sur le bassin" - Paul Grosjean, président du club', "président"),
        ("« Nous ne lâcherons rien sur le bassin. »\n\n– la mairie de Lunel", "mairie"),
    ],
)
def test_a_signature_is_no_claim(signed: str, signer: str) -> None:
    """The signer names who spoke: it is neither a fact nor the outlet's own words."""
    analysis = analyze(_ARTICLE.format(signed=signed), "fr", headline="Titre")
    assert not [c for c in analysis.unattributed if signer in analysis.passage(c.span)]
