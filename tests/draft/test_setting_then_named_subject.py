"""A short setting, then names and their apposition before the verb (made-up sentences;
speakers10): « Mercredi matin, X et Y, procureurs, ont dit leur colère… » is a subject, not a
clause the verb reports with « leur colère » as an inverted speaker (which a later « Ils »
then took up). Counter-cases: a clause with its verb after the same setting is still said
(« Mardi soir, le projet était mort, a déclaré X »)."""

from __future__ import annotations

from quizapp.draft import analyze

_SUBJECTS = [
    ("Paul Roux et Anne Vidal, élus de Lunel,", "Paul Roux"),
    ("Philippe Courroye et Marie-Christine Daubigney, procureurs,", "Philippe Courroye"),
    ("Marc Dias, maire de Brenon,", "Marc Dias"),
]
_OPENINGS = ["Mercredi matin,", "Lundi,", "Hier soir,"]
_OBJECTS = ["ont dit leur colère dans un communiqué", "ont exprimé leur inquiétude"]


def test_names_and_apposition_after_a_setting_are_the_subject() -> None:
    for opening in _OPENINGS:
        for subject, name in _SUBJECTS:
            for said in _OBJECTS:
                said = said if " et " in subject else said.replace("ont", "a").replace("leur", "sa")
                text = f"Titre\n\nLa réforme a été votée.\n\n{opening} {subject} {said}."
                start = text.index(name)
                for found in analyze(text, "fr", headline="Titre").attributions:
                    assert not found.content[0] <= start < found.content[1], (opening, subject)
                    assert "colère" not in found.speaker and "inquiétude" not in found.speaker


def test_a_clause_after_the_setting_is_still_said() -> None:
    for opening in _OPENINGS:
        for clause in ("le projet était mort", "la réforme ne passera pas"):
            text = f"Titre\n\nLa réforme a été votée.\n\n{opening} {clause}, a déclaré Paul Roux."
            found = analyze(text, "fr", headline="Titre").attributions
            assert [a.speaker for a in found] == ["Paul Roux"], (opening, clause)
            assert clause in text[found[0].content[0] : found[0].content[1]]
