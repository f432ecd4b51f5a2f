"""Speaker resolution, second pass: general rules of mention syntax that keep a source phrase
from being a function word, an elided article or a place.

One short hand-made case per rule; none is a sentence of the evaluation corpus.
"""

from __future__ import annotations

from quizapp.draft import Analysis, analyze


def speakers(analysis: Analysis) -> list[tuple[str, str]]:
    """(speaker, label) of every attribution, in order."""
    return [(a.speaker, a.label) for a in analysis.attributions]


def test_an_elided_article_alone_names_no_one_and_an_outlet_is_no_person() -> None:
    text = (
        "L’annonce faite par Paul Girard à un hebdomadaire a surpris ses proches, rapporte "
        "L’Opinion.\n\nLors de la réunion, le Président a estimé que le plan était prêt."
    )
    found = speakers(analyze(text, "fr"))
    assert found[0] == ("L’Opinion", "named")
    assert found[1][0] != "L’Opinion"  # an outlet is no « président »


def test_a_verb_after_mais_shares_the_subject_of_the_verb_before() -> None:
    text = (
        "La députée Anne Morel parle d’un « malentendu », mais souligne qu’elle attend des excuses."
    )
    assert [s for s, _ in speakers(analyze(text, "fr"))] == ["Anne Morel", "Anne Morel"]


def test_a_prepositional_phrase_between_commas_is_no_subject() -> None:
    text = (
        "Le maire Louis Caron a jugé que le budget était tenu et, sur le fond, a qualifié "
        "la réforme d’« utile »."
    )
    found = analyze(text, "fr").attributions
    assert [a.speaker for a in found] == ["Louis Caron", "Louis Caron"]
    assert all(text[a.source[0] : a.source[1]] != "sur le fond" for a in found if a.source)


def test_a_place_in_a_complement_of_a_described_person_is_not_the_speaker() -> None:
    text = "L'homme arrêté lundi dans le Jura a reconnu qu'il avait menti."
    assert speakers(analyze(text, "fr")) == [("L'homme arrêté lundi dans le Jura", "anonymous")]


def test_a_title_then_a_name_after_an_adjective_still_names_the_person() -> None:
    text = "Le chef de file de l'opposition régionale Marc Tessier a affirmé qu'il voterait non."
    assert speakers(analyze(text, "fr")) == [("Marc Tessier", "named")]


def test_the_subject_before_a_relative_clause_keeps_its_place_complements() -> None:
    text = (
        "Le policier en poste cette nuit-là dans le musée du Louvre, qui a donné l'alerte, a "
        "raconté qu'il avait vu deux ombres."
    )
    found = analyze(text, "fr").attributions
    assert [text[a.source[0] : a.source[1]] for a in found] == [
        "Le policier en poste cette nuit-là dans le musée du Louvre"
    ]
    assert found[0].label == "anonymous"


def test_a_body_of_a_place_speaks_for_itself_not_for_the_place() -> None:
    text = (
        "Le maire de Nancy, Paul Henry, a visité le site. Le parquet de Nancy a indiqué "
        "qu'une enquête était ouverte."
    )
    assert speakers(analyze(text, "fr")) == [("Le parquet de Nancy", "named")]


def test_an_elided_description_takes_its_gender_from_its_noun() -> None:
    text = (
        "Quant à la maire de Dijon, Claire Morin, elle a jugé que le projet était coûteux. "
        "Son adjoint, Hugo Perrin, a ajouté que la ville ferait appel. L'élue a précisé "
        "qu'elle saisirait le tribunal."
    )
    assert [s for s, _ in speakers(analyze(text, "fr"))] == [
        "Claire Morin",
        "Hugo Perrin",
        "Claire Morin",
    ]


def test_a_title_noun_after_a_name_gives_the_gender_of_the_person() -> None:
    text = (
        "Paul Caron accompagnait Léa Roche, avocate du syndicat. Elle a affirmé que le parc "
        "serait rouvert."
    )
    assert [s for s, _ in speakers(analyze(text, "fr"))] == ["Léa Roche"]


def test_a_bare_office_is_not_given_to_a_person_who_holds_another_office() -> None:
    text = (
        "Le ministre de l'Economie Paul Caron a visité l'usine lundi. Le président a estimé "
        "que le site devait rester ouvert."
    )
    assert speakers(analyze(text, "fr")) == [("Le président", "named")]
    text = (
        "Defense Secretary John Miller visited the base on Monday. The president said the "
        "troops would stay."
    )
    assert speakers(analyze(text, "en")) == [("The president", "named")]


def test_a_bare_office_still_takes_up_the_subject_when_no_other_office_is_written() -> None:
    text = "Paul Caron a visité l'usine lundi. Le ministre a estimé que le site devait rester."
    assert speakers(analyze(text, "fr")) == [("Paul Caron", "named")]


def test_a_connective_opening_the_clause_is_no_part_of_the_source() -> None:
    text = "Ainsi, le porte-parole de la préfecture a déclaré que rien n'était décidé."
    found = analyze(text, "fr").attributions
    assert text[found[0].source[0] : found[0].source[1]] == "le porte-parole de la préfecture"
    assert speakers(analyze(text, "fr")) == [("le porte-parole de la préfecture", "named")]
    text = "However, a senior official at the agency said the plan was ready."
    assert speakers(analyze(text, "en")) == [("a senior official at the agency", "anonymous")]


def test_pour_before_an_infinitive_says_why_and_names_no_source() -> None:
    text = (
        "Pour répondre à la question du maire de Lyon, le ministre Paul Roux a déclaré : "
        "« Nous verrons »."
    )
    assert speakers(analyze(text, "fr")) == [("Paul Roux", "named")]
    text = "Pour notre confrère Paul Roux, la crise va durer encore longtemps."
    assert speakers(analyze(text, "fr")) == [("Paul Roux", "named")]


def test_a_possessive_description_is_written_in_full_when_met_again() -> None:
    text = (
        "Paul Caron s'est excusé. Selon son porte-parole, il ne s'est rien passé. Le "
        "porte-parole de M. Caron a confirmé qu'une discussion avait eu lieu."
    )
    assert [s for s, _ in speakers(analyze(text, "fr"))] == [
        "Le porte-parole de M. Caron",
        "Le porte-parole de M. Caron",
    ]


def test_a_spokesperson_of_a_definite_institution_is_named() -> None:
    assert speakers(
        analyze("Un porte-parole du ministère a déclaré que le plan était prêt.", "fr")
    ) == [("Un porte-parole du ministère", "named")]
    assert speakers(analyze("A police spokesman said the road was closed.", "en")) == [
        ("A police spokesman", "named")
    ]
    assert speakers(analyze("A spokesman for the family said the road was closed.", "en")) == [
        ("A spokesman for the family", "anonymous")
    ]
