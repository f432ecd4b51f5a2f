"""A title's complement is no title (mend38b, made-up sentences): a description opening
the sentence after a named person's is that person only when her title reads as
``offices.holders.holder_of`` reads one, its head or an office the description's noun
covers, holding the description's own complement; a noun met in the title's complement
names someone else (« directeur de cabinet du préfet » is not « le préfet de X »)."""

from __future__ import annotations

from tests.draft.readings import finding_holding


def _speaker_of(text: str, word: str) -> str:
    return finding_holding("Titre\n\n" + text, word).speaker


def test_the_prefect_is_not_his_chief_of_staff() -> None:
    text = (
        "La scierie ferme ses portes. Luc Garnier, directeur de cabinet du préfet, a vu les "
        "ouvriers. Le préfet de Vaubrun dit ne rien craindre des semaines à venir."
    )
    assert _speaker_of(text, "craindre") == "Le préfet de Vaubrun"


def test_the_union_boss_is_not_the_head_of_state() -> None:
    text = (
        "Les syndicats sont reçus au palais. Hugo Marchal, président de la République, a "
        "entendu leurs griefs. Le patron de la CFDT dénonce une « comédie »."
    )
    assert _speaker_of(text, "comédie") == "Le patron de la CFDT"


def test_the_delegate_is_not_his_secretary() -> None:
    text = (
        "La filature fermera. Marc Dufour, secrétaire du délégué syndical, a vu les "
        "ouvriers. Le délégué syndical dénonce un plan « honteux »."
    )
    assert _speaker_of(text, "honteux") == "Le délégué syndical"


def test_the_opponent_covers_the_opposition_councillor() -> None:
    """A guard: the description's noun covers the title's office, with no complement."""
    text = (
        "Le conseil a voté le budget. Claire Vidal, conseillère municipale d'opposition, a "
        "voté contre. L'opposante dénonce un budget « trompeur »."
    )
    assert _speaker_of(text, "trompeur") == "Claire Vidal"
