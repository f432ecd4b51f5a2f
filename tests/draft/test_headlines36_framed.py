"""A quotation of eight words or more in a headline or a subhead that no rule gave a speaker
(headlines36, made-up sentences): it is reported, given to the speaker of a finding below that
quotes its words again, else to the person named nearest to it, as a guess; a short quoted
subhead stays the outlet's framing."""

from __future__ import annotations

from quizapp.draft import analyze
from quizapp.draft.uncued.rules.lone_quotes.unheard import CONFIDENCE


def _holding(text: str, word: str):
    found = analyze(text, "fr", headline=text.split("\n")[0]).attributions
    return [a for a in found if word in text[a.content[0] : a.content[1]]]


_SUBHEAD = (
    "Le marché couvert rouvre ses portes\n\nLes travaux ont duré deux ans dans le centre-ville. "
    "Les commerçants ont retrouvé leurs étals ce samedi matin.\n\n"
    "« Les clients reviendront quand les places seront moins chères »\n\n"
    "Le parking voisin reste payant. Marie Lenoir vend des fromages depuis quinze ans sur la "
    "place et regrette les tarifs du stationnement.\n"
)


def test_a_long_quoted_subhead_goes_to_the_person_named_nearest() -> None:
    """Nobody below quotes the subhead again: Marie Lenoir, named right under it, as a guess."""
    found = _holding(_SUBHEAD, "clients")
    assert [(a.speaker, a.kind, a.confidence) for a in found] == [
        ("Marie Lenoir", "direct", CONFIDENCE)
    ]


def test_a_long_headline_quotation_goes_to_who_says_it_again() -> None:
    """The headline's words are quoted again below by Paul Girard, not by the nearer Anne Colin."""
    text = (
        "Après la crue, « nous avons tout perdu en une seule nuit d'orage » dans la vallée\n\n"
        "Anne Colin, la préfète, a visité les lieux mardi. « Les aides arriveront », a-t-elle "
        "promis. Plus bas, la ferme de Paul Girard est sous l'eau. « Nous avons tout perdu en "
        "une seule nuit d'orage, les bêtes et le foin », raconte Paul Girard.\n"
    )
    found = [a for a in _holding(text, "orage") if a.content[1] < len(text.split("\n")[0])]
    assert [(a.speaker, a.confidence) for a in found] == [("Paul Girard", CONFIDENCE)]


def test_a_short_quoted_subhead_stays_the_outlet_s() -> None:
    """Four words in marks under no first person are a title, nobody's."""
    text = _SUBHEAD.replace(
        "« Les clients reviendront quand les places seront moins chères »",
        "« Un marché renouvelé »",
    )
    assert _holding(text, "renouvelé") == []
