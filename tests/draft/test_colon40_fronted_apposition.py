"""A fronted apposition or participle before a subject pronoun (made-up sentences, colon40,
uncued/rules/clause_subject): « Réélu au poste de maire, il a rendu hommage : « … » ». The
pronoun is the clause's subject and takes up the person the narration is about; the phrase
before the comma, capitalised only because it opens the sentence, describes that person and
is nobody's name, so it is never the speaker."""

from __future__ import annotations

from tests.draft.readings import content_speaker_kind

_LEAD = "Jean Dupont entame son cinquième mandat à la tête de la commune. "


def test_a_fronted_participle_leaves_the_quotation_to_the_pronoun() -> None:
    text = _LEAD + (
        "Réélu au poste de maire, il a tenu à rendre hommage aux habitants : « Je resterai à "
        "votre service jusqu'au dernier jour de ce mandat. »"
    )
    assert [s for _, s, _ in content_speaker_kind(text)] == ["Jean Dupont"]


def test_a_fronted_role_leaves_the_quotation_to_the_pronoun() -> None:
    text = (
        "Paul Martin est venu en voisin. Conseiller municipal à Vernay, il est indigné par "
        "l'attaque : « En tant qu'élu, on se met au service de la population, jamais contre "
        "elle. »"
    )
    assert [s for _, s, _ in content_speaker_kind(text)] == ["Paul Martin"]


def test_a_name_before_its_apposition_still_speaks() -> None:
    """Counter-case: a name opening the sentence, then its apposition, is the speaker."""
    text = (
        "Le conseil a siégé lundi. Jean Dupont, le maire, est catégorique : « Nous ne "
        "fermerons pas l'école du hameau, quoi qu'il arrive. »"
    )
    assert [s for _, s, _ in content_speaker_kind(text)] == ["Jean Dupont"]
