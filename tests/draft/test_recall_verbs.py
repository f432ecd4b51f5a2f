"""Reporting verbs and phrases added as lexicon data, each with the shape it needs: verbs of
advice and judgement with any object (« recommande une hausse… », « épingle la gestion… »),
verbs that report only a clause or a quotation (« maintient que », « garantit que »,
« souhaite que »), « s'engager à », « insister sur » and « ironiser sur » (or a quotation), and
« aux dires de », « de l'aveu même de ». One short made-up case each and the counter-cases
that must stay silent."""

from __future__ import annotations

import pytest

from quizapp.draft import Analysis, analyze


def found(analysis: Analysis) -> list[tuple[str, str]]:
    """(content, speaker) of every attribution."""
    return [(analysis.passage(a.content), a.speaker) for a in analysis.attributions]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Le médiateur recommande une hausse des moyens des hôpitaux.",
         "une hausse des moyens des hôpitaux"),
        ("Le préfet Paul Martin maintient que la route rouvrira lundi.",
         "la route rouvrira lundi"),
        ("Le préfet Paul Martin garantit que l'eau du robinet est potable.",
         "l'eau du robinet est potable"),
        ("Le club souhaite que les supporters restent calmes samedi.",
         "les supporters restent calmes samedi"),
        ("La ministre s'est engagée à réduire les délais d'attente aux urgences.",
         "à réduire les délais d'attente aux urgences"),
        ("Aux dires de ses voisins, le locataire était très discret.",
         "le locataire était très discret"),
        ("De l'aveu même de la direction, la réforme a échoué.", "la réforme a échoué"),
        ("Le maire a insisté sur la nécessité de rouvrir la route avant l'été.",
         "sur la nécessité de rouvrir la route avant l'été"),
        ("Le maire a répondu, ironisant sur la lenteur des services de l'Etat.",
         "sur la lenteur des services de l'Etat"),
        ("Le maire insiste : « La route doit rouvrir avant l'été ».",
         "La route doit rouvrir avant l'été"),
    ],
)  # fmt: skip
def test_a_lexicon_verb_or_phrase_reports(text: str, content: str) -> None:
    assert [c for c, _ in found(analyze(text, "fr"))] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "Le préfet Paul Martin maintient le cap malgré la crise du logement.",
        "Maintenant, le préfet veut agir vite contre la crise du logement.",
        "Le contrat garantit la sécurité des salariés de l'usine.",
        "Le maire souhaite bonne chance à tous les candidats du concours.",
        "Le coureur s'engage dans la course au maillot jaune.",
        "Le préfet ne garantit pas que l'eau soit potable demain.",
        "L'équipe insiste devant le but et marque enfin à la dernière minute.",
    ],
)
def test_the_same_words_outside_their_shape_report_nothing(text: str) -> None:
    assert found(analyze(text, "fr")) == []
