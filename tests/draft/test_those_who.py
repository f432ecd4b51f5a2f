"""« ceux / celles qui » before a cue (made-up sentences): « … un avertissement pour tous ceux
qui ont déclaré avoir moins de 18 ans » — the demonstrative is the relative's subject, a
vague group, not the clause before it (« un avertissement … »), which had become a speaker
that the next « il » took up. A relative on a noun keeps the noun phrase."""

from __future__ import annotations

from quizapp.draft import analyze

_ADVANCE = "une avancée attendue, mais bienvenue"


def _found(text: str) -> list[tuple[str, str]]:
    return [(a.speaker, a.label) for a in analyze(text, "fr", headline="Titre").attributions]


def test_ceux_qui_is_a_vague_group_and_il_stays_the_minister() -> None:
    for name, pronoun, those in (
        ("Jean-Noël Barrot", "il", "tous ceux qui ont déclaré avoir moins de 18 ans"),
        ("Claire Vannier", "elle", "celles qui affirment être mineures"),
    ):
        text = (
            f"Titre\n\n{name}, ministre du Numérique, a salué la mesure jeudi. Le réseau social "
            f"va afficher un avertissement pour {those}. « {_ADVANCE} », commente-t-{pronoun}."
        )
        found = _found(text)
        assert found[-1] == (name, "named"), those
        assert not any("avertissement" in speaker for speaker, _ in found), found


def test_a_relative_on_a_noun_keeps_the_noun_phrase() -> None:
    text = (
        "Titre\n\nLe réseau social va écrire aux parents des élèves qui ont déclaré avoir "
        "moins de 18 ans."
    )
    assert "ceux" not in _found(text)[-1][0]
