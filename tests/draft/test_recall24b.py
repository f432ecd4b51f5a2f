"""French cues before their content that the adverbial slot hid (recall24b): a fixed cue in a
simple tense with adverbials after its finite verb (« met quant à elle en avant que »,
« fait aussi valoir que »), where the phrase's own words (« en avant ») could pass for an
adverbial, and « d'ores et déjà » between an auxiliary and its participle. Short made-up
sentences, each with a counter-case that must stay silent."""

from __future__ import annotations

from quizapp.draft import Analysis, analyze


def found(analysis: Analysis) -> list[tuple[str, str]]:
    """(content, speaker) of every attribution."""
    return [(analysis.passage(a.content), a.speaker) for a in analysis.attributions]


def test_a_fixed_cue_with_an_aside_after_its_verb() -> None:
    text = "La fédération met quant à elle en avant que le stade sera prêt en juin."
    assert found(analyze(text, "fr")) == [("que le stade sera prêt en juin", "La fédération")]


def test_a_fixed_cue_with_an_adverb_after_its_verb() -> None:
    text = "Le syndicat Force Ouvrière fait aussi valoir que les horaires ont changé."
    assert found(analyze(text, "fr")) == [("les horaires ont changé", "Force Ouvrière")]


def test_a_fixed_cue_with_two_adverbials() -> None:
    text = "Le club fait d'ailleurs également savoir que le match du samedi est reporté."
    assert found(analyze(text, "fr")) == [("le match du samedi est reporté", "Le club")]


def test_a_negated_fixed_cue_with_adverbs_reports_nothing() -> None:
    text = "Le club ne fait d'ailleurs jamais état de ses finances devant les supporters."
    assert found(analyze(text, "fr")) == []


def test_the_verb_alone_with_an_adverb_reports_nothing() -> None:
    text = "Le club met aussi en vente des billets pour le match du samedi."
    assert found(analyze(text, "fr")) == []


def test_a_compound_adverbial_between_auxiliary_and_participle() -> None:
    text = "La mairie a d'ores et déjà annoncé que la fête aurait lieu en juillet."
    assert found(analyze(text, "fr")) == [("la fête aurait lieu en juillet", "La mairie")]


def test_the_compound_adverbial_before_no_participle() -> None:
    text = "La mairie a d'ores et déjà des idées pour la fête de juillet."
    assert found(analyze(text, "fr")) == []


def test_a_colon_after_a_stance_in_another_tense_with_a_degree() -> None:
    text = "Les habitants étaient assez unanimes : la nouvelle route coupe le village en deux."
    assert found(analyze(text, "fr")) == [
        ("la nouvelle route coupe le village en deux", "Les habitants")
    ]


def test_a_colon_after_a_stance_in_the_compound_past() -> None:
    text = "Le préfet Paul Martin a été très clair : la piscine fermera en septembre."
    assert found(analyze(text, "fr")) == [("la piscine fermera en septembre", "Paul Martin")]


def test_a_document_with_its_authors_before_a_stance() -> None:
    text = "Le rapport du comité est formel : le pont doit être fermé cet hiver."
    assert found(analyze(text, "fr")) == [("le pont doit être fermé cet hiver", "le comité")]


def test_speeches_with_their_authors_before_a_stance() -> None:
    text = "Les discours des élus étaient unanimes : le pont doit être fermé cet hiver."
    assert [c for c, _ in found(analyze(text, "fr"))] == ["le pont doit être fermé cet hiver"]


def test_a_document_with_no_author_before_a_stance_reports_nothing() -> None:
    text = "Le message est clair : le pont doit être fermé cet hiver."
    assert found(analyze(text, "fr")) == []


def test_a_document_of_a_document_before_a_stance_reports_nothing() -> None:
    text = "Le résumé du rapport est très clair : les comptes sont dans le rouge."
    assert found(analyze(text, "fr")) == []


def test_a_thing_before_a_stance_in_another_tense_reports_nothing() -> None:
    text = "La situation était très claire : la route restera fermée tout l'hiver."
    assert found(analyze(text, "fr")) == []


def test_a_reflexive_stance_before_a_colon_is_no_verb_of_showing() -> None:
    text = "Le maire Paul Martin s'est montré très prudent : la route restera fermée l'hiver."
    assert found(analyze(text, "fr")) == [("la route restera fermée l'hiver", "Paul Martin")]


def test_a_thing_that_shows_still_reports_nothing() -> None:
    text = "Le nuage de fumée montre que l'incendie n'est pas encore éteint."
    assert found(analyze(text, "fr")) == []
