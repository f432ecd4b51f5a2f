"""Who speaks when a person's title names a body in its complement (subjects32, made-up
sentences): « la présidente de l'association X » is the association's officer, never the
association X, so the title before the body's name is no title of that body; and a nickname
after a name (« Jean X dit « Jeannot », le fondateur, précise ») is no saying of its own."""

from __future__ import annotations

from tests.draft.readings import finding_holding


def _speaker_of(text: str, words: str) -> str:
    return finding_holding("Titre\n\n" + text, words).speaker


def test_the_officer_named_before_is_not_the_body() -> None:
    """The title written before the association's name belongs to the woman named with it:
    a later « la présidente de l'association X » takes her up, not the association."""
    text = (
        "Le marché couvert rouvre lundi. Martine Royer, présidente de l'association Vivre "
        "Ensemble (un club de quartier très actif) connaît bien le dossier. « Les commerçants "
        "attendaient ce moment depuis deux ans », explique la présidente de l'association "
        "Vivre Ensemble."
    )
    assert _speaker_of(text, "depuis deux ans") == "Martine Royer"


def test_the_head_of_a_group_is_not_the_group() -> None:
    """« le chef du groupe X » after the group was met: a person, the group's head, speaks;
    the group's name in the complement is no title holder."""
    text = (
        "Le budget a été voté. Le Parti Citoyen local proteste. « Nous resterons vigilants "
        "sur les dépenses », commente le chef du groupe Parti Citoyen."
    )
    assert _speaker_of(text, "vigilants") == "le chef du groupe Parti Citoyen"


def test_a_first_name_after_the_body_noun_is_the_officer() -> None:
    """« l'avocate du club Jeanne Morel »: a first name after the body noun names the
    officer herself, who speaks."""
    text = (
        "Le club a été rétrogradé. La sanction est « disproportionnée », estime l'avocate "
        "du club Jeanne Morel. Elle a fait appel."
    )
    assert _speaker_of(text, "La sanction") == "Jeanne Morel"


def test_a_nickname_is_no_saying() -> None:
    """« dit « Jojo » » after a name gives a nickname: the name and its apposition are the
    subject of the verb after them, not the apposition alone."""
    text = (
        "Le local a fermé hier. Jean-Paul Morel dit « Jojo », la voix du collectif, précise "
        "que le loyer a doublé."
    )
    assert _speaker_of(text, "le loyer") == "Jean-Paul Morel"
