"""A field that requires is no speaker (made-up sentences): « … pour l'intelligence
artificielle, secteur qui exige de grosses ressources » — « secteur », « domaine » join the
lexicon's mute_heads, so « selon la même source » after it is the source heard before. A
person or a body that demands (« le syndicat qui exige ») still speaks."""

from __future__ import annotations

from quizapp.draft import analyze

_ROUND = "le tour de table réunira de grands fonds européens"


def _speakers(text: str) -> list[str]:
    return [a.speaker for a in analyze(text, "fr", headline="Titre").attributions]


def test_the_same_source_after_a_field_is_the_investor() -> None:
    for field in (
        "l'intelligence artificielle, secteur qui exige de grosses ressources en calcul",
        "la robotique, un domaine qui réclame beaucoup de capitaux",
    ):
        text = (
            "Titre\n\nLa start-up va lever 100 millions d'euros, a indiqué à l'AFP l'un de ses "
            f"investisseurs. Ce sera la plus grosse levée pour {field}.\n\n"
            f"Selon la même source, {_ROUND}."
        )
        speakers = _speakers(text)
        assert speakers[-1] == "l'un de ses investisseurs" and len(speakers) == 2, field


def test_a_body_that_demands_still_speaks() -> None:
    text = (
        "Titre\n\nLa grève a commencé, à l'appel du syndicat Sud qui exige une hausse des salaires."
    )
    assert any("Sud" in speaker for speaker in _speakers(text))
