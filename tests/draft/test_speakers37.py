"""The subject a French participle or purpose shares with its sentence (speakers37, made-up
sentences): past a setting and a long subject (« Dimanche, des randonneurs venus des … se sont
réunis pour dénoncer… »), past a short term quoted in the main verb's object (« a classé
la rivière en catégorie "C", jugeant… »), and a pronoun opening the sentence (« Elle a tenté
de calmer la salle en faisant valoir… »); never a pronoun past a subordinate, never a subject
whose sentence holds a quoted sentence before the participle."""

from __future__ import annotations

from tests.draft.readings import finding_holding

_HEARD = "Marc Delorme a dit que la saison était perdue. "


def _speaker_of(text: str, word: str) -> str:
    return finding_holding("Titre\n\n" + text, word).speaker


def test_long_subject_after_a_setting() -> None:
    """A subject of more than eight words after a setting: the walkers, not Marc Delorme."""
    text = _HEARD + (
        "Dimanche, des randonneurs venus des quatre villages de la haute vallée du lac se "
        "sont réunis pour dénoncer la fermeture du sentier."
    )
    assert _speaker_of(text, "fermeture") == "des randonneurs"


def test_short_term_quoted_in_the_object() -> None:
    """« "C" » is a class named in the object, nobody's words: the agency judges."""
    text = _HEARD + (
        "L'Agence régionale de l'eau a d'ailleurs classé la rivière en catégorie \"C\", "
        "jugeant indispensables des travaux sur les berges."
    )
    assert "Agence" in _speaker_of(text, "berges")


def test_pronoun_opening_the_sentence() -> None:
    """« Elle » opens the sentence after Claire Morin was named: hers, not Marc Delorme's."""
    text = _HEARD + (
        "La présidente du club Claire Morin a écouté les adhérents. Elle a tenté de calmer "
        "la salle en faisant valoir que le budget restait solide."
    )
    assert _speaker_of(text, "budget") == "Claire Morin"


def test_quoted_sentence_before_the_participle_still_misleads() -> None:
    """A sentence quoted before the participle may be someone else's: the rule stays out, the
    speaker is read as before."""
    text = (
        "Marc Delorme s'est exprimé. « Nous ne lâcherons rien, jamais, pour ce lac », "
        "répétait Paul Girard, ajoutant que la pétition comptait mille noms."
    )
    assert _speaker_of(text, "pétition") == "Paul Girard"
