"""An acronym written in capitals that folds to a common noun for a person (made-up
sentences): « explique l'AMI » after « a indiqué l'Agence mauritanienne d'information » is
the agency, named, not « un ami », anonymous. The noun in lower case stays a described
individual; a title written in capitals (« le PDG ») stays a title."""

from __future__ import annotations

from quizapp.draft import analyze

_QUOTE = "400 licences de pêche pour la capture de 50 000 tonnes"


def _last(text: str) -> tuple[str, str]:
    found = analyze(text, "fr", headline="Titre").attributions[-1]
    return found.speaker, found.label


def test_the_acronym_is_the_agency_named() -> None:
    for cue in ("explique l'AMI", "a précisé l’AMI", "selon l'AMI"):
        text = (
            "Titre\n\nL'accord a été signé le 4 décembre, a indiqué l'Agence mauritanienne "
            f"d'information.\n\nIl permet de bénéficier de « {_QUOTE} », {cue}."
        )
        speaker, label = _last(text)
        assert label == "named" and "Agence mauritanienne" in speaker, cue


def test_the_noun_in_lower_case_or_a_title_in_capitals_is_unchanged() -> None:
    text = f"Titre\n\nL'accord a été signé.\n\n« {_QUOTE} », explique un ami du ministre."
    assert _last(text)[1] == "anonymous"
    text = f"Titre\n\nL'accord a été signé par Tramaxo.\n\n« {_QUOTE} », explique le PDG."
    assert _last(text)[0] != "PDG"
