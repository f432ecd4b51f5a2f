"""Who the subject of a cue is, as detection needs it: a name in apposition at the end of a
clause is no subject of the final cue after it (« …des images de la planète rouge, Deimos, a
annoncé jeudi l'ESA »), unlike a name apposed to the noun phrase opening the clause (« Le
procureur, X, a détaillé… »); a noun after « toute » or « chaque » is no verb (« Toute
annonce de… »); a quotation apposed between commas right before « selon X » is what X says
(« X, « président élu », selon l'ONU, a… »). One short made-up case each and its counter-case."""

from __future__ import annotations

from quizapp.draft import Analysis, analyze


def found(analysis: Analysis) -> list[tuple[str, str]]:
    """(content, speaker) of every attribution."""
    return [(analysis.passage(a.content), a.speaker) for a in analysis.attributions]


def test_a_name_apposed_inside_the_clause_before_a_final_cue() -> None:
    text = (
        "La sonde a photographié le plus gros cratère de la Lune, Tycho, a annoncé mardi "
        "le Centre national d'études spatiales."
    )
    assert [c for c, _ in found(analyze(text, "fr"))] == [
        "La sonde a photographié le plus gros cratère de la Lune, Tycho"
    ]


def test_a_name_apposed_to_the_opening_subject_keeps_it() -> None:
    text = "Jeudi, le procureur, Paul Martin, a détaillé les avancées de l'enquête sur le vol."
    assert found(analyze(text, "fr")) == [("les avancées de l'enquête sur le vol", "Paul Martin")]


def test_a_noun_after_toute_or_chaque_is_no_cue() -> None:
    for text in (
        "Toute annonce de fermeture sera examinée par le conseil municipal.",
        "Chaque déclaration du ministre est scrutée par les marchés financiers.",
    ):
        assert found(analyze(text, "fr")) == [], text


def test_a_quotation_apposed_right_before_selon_is_what_the_source_says() -> None:
    text = "Le maire Paul Martin, « très ému », selon ses proches, a quitté la salle du conseil."
    assert [c for c, _ in found(analyze(text, "fr"))] == ["« très ému »"]


def test_a_quotation_ending_a_clause_before_selon_keeps_its_clause() -> None:
    text = "Le gouvernement est « en échec », selon l'opposition, qui réclame un débat."
    assert [c for c, _ in found(analyze(text, "fr"))] == ["Le gouvernement est « en échec »"]
