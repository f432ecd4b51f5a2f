"""Offices a journalist names again with a more general word (« le magistrat » for the
prosecutor just heard), and offices whose second word makes them another office (« l'avocat
général » is not the defence lawyer). Made-up sentences, each with a counter-case."""

from __future__ import annotations

from tests.draft.readings import content_cue_label, speakers

_TRIAL = "Me Durand a plaidé l'acquittement de son client mardi. "


def test_the_prosecutor_at_a_trial_is_not_the_lawyer_just_heard() -> None:
    text = _TRIAL + "L'avocat général a requis vingt ans, estimant que « les faits sont graves »."
    assert speakers(text)[-1] == "L'avocat général"
    assert content_cue_label(text, "fr")[-1][2] == "named"  # an office one person holds


def test_the_magistrate_takes_up_the_prosecutor() -> None:
    text = (
        _TRIAL
        + "L'avocat général a requis vingt ans de réclusion. "
        + "« C'est un crime ultime », a tonné le magistrat."
    )
    assert speakers(text)[-1] == "L'avocat général"


def test_the_magistrate_is_not_the_lawyer() -> None:
    text = _TRIAL + "« C'est un crime ultime », a tonné le magistrat."
    assert speakers(text)[-1] == "le magistrat"


def test_the_member_of_parliament_takes_up_a_deputy() -> None:
    text = "Le député Paul Roux a visité l'usine. « Il faut la sauver », a lancé le parlementaire."
    assert speakers(text) == ["Paul Roux"]


def test_the_english_lawmaker_takes_up_a_senator() -> None:
    text = 'Senator Jane Doe visited the plant. "We must save it," the lawmaker said.'
    assert speakers(text, "en") == ["Jane Doe"]
