"""A stressed pronoun opening a cue whose subject nothing read (« Lui assure que… ») takes the
person named since the last speaker only when their genders agree (anaphora32's rule, mended
by mend32b, made-up sentences): « Lui » never stands for Marie Martin."""

from __future__ import annotations

from tests.draft.readings import speaker_of

_HEARD = "Titre\n\nPierre Durand, le maire, a dit que la route serait fermée. "


def test_lui_does_not_take_up_a_woman() -> None:
    text = _HEARD + "Marie Martin est arrivée hier à la mairie. Lui assure que tout sera prêt."
    assert speaker_of(text, "tout sera prêt") == "Pierre Durand"


def test_elle_takes_up_the_woman_named_since() -> None:
    text = _HEARD + "Marie Martin est arrivée hier à la mairie. Elle assure que tout sera prêt."
    assert speaker_of(text, "tout sera prêt") == "Marie Martin"
