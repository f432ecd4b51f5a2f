"""« il » / « elle » never take up an impersonal voice (« on » an agentless passive gave,
anaphora/persons_before.py ``_voice``): the person named before speaks. Made-up articles in
several forms (inverted pronoun, plain subject pronoun, feminine) and counter-cases where « on »
stays the speaker."""

from __future__ import annotations

import pytest

from tests.draft.readings import content_speaker_label

_MINISTER = "Le ministre Paul Roy estime que la plateforme doit faire des efforts.\n\n"
_CRITICISED = "Le réseau social est régulièrement critiqué pour son aspect « addictif ». "


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (_MINISTER + _CRITICISED + "« C'est une avancée », commente-t-il.", "avancée", "Paul Roy"),
        (
            _MINISTER + _CRITICISED + "Une avancée.\n\nMais il reproche au réseau sa collecte "
            "de données.",
            "au réseau",
            "Paul Roy",
        ),
        (
            "La ministre Anne Roy estime que la plateforme doit faire des efforts.\n\n"
            "Le réseau est souvent critiqué pour son côté « addictif ». « C'est une avancée "
            "bienvenue », a-t-elle ajouté.",
            "avancée",
            "Anne Roy",
        ),
        (
            "Paul Roy, le maire, juge que le projet avance. Le chantier est critiqué pour son "
            "« retard ». « Nous tiendrons les délais », assure-t-il.",
            "délais",
            "Paul Roy",
        ),
    ],
)
def test_a_pronoun_takes_up_the_person_not_on(text: str, content: str, speaker: str) -> None:
    found = [(s, label) for c, s, label in content_speaker_label(text) if content in c]
    assert found == [(speaker, "named")]


def test_the_impersonal_voice_itself_stays_vague() -> None:
    text = _MINISTER + _CRITICISED
    found = [(s, label) for _, s, label in content_speaker_label(text)]
    assert ("", "vague") in found  # a passive of blame with no agent: nobody (speakers30)
    again = "On dit que le chantier prendra du retard. « Rien n'est prêt », dit-on encore."
    assert {s for _, s, _ in content_speaker_label(again)} == {"On"}
