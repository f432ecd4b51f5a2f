"""Two statements in one French sentence, seen joined or lost on French articles: a verb's
object before a colon whose quotation has a cue of its own (« a fustigé la « posture » de X :
« … », a-t-elle conclu »), an inverted cue before such a colon (« …, se désole un élu : « … »,
ajoute un autre »), and a participle of saying with its own « que » after a comma (« …, tout
en estimant que… », « …, ajoutant qu'… »). One short made-up case each and the counter-cases
that keep one attribution."""

from __future__ import annotations

from quizapp.draft import Analysis, analyze


def found(analysis: Analysis) -> list[tuple[str, str]]:
    """(content, speaker) of every attribution, in text order."""
    pairs = sorted(analysis.attributions, key=lambda a: a.content[0])
    return [(analysis.passage(a.content), a.speaker) for a in pairs]


def test_an_object_before_a_colon_whose_quotation_has_its_own_cue() -> None:
    text = (
        "La maire Anne Morel a fustigé la « lenteur » du chantier : « Nous attendons depuis "
        "deux ans », a-t-elle ajouté."
    )
    assert found(analyze(text, "fr")) == [
        ("la « lenteur » du chantier", "Anne Morel"),
        ("Nous attendons depuis deux ans", "Anne Morel"),
    ]


def test_a_short_object_before_such_a_colon() -> None:
    text = "Le maire Paul Martin reconnaît une erreur : « nous aurions dû agir », nous a-t-il dit."
    assert found(analyze(text, "fr")) == [
        ("une erreur", "Paul Martin"),
        ("nous aurions dû agir", "Paul Martin"),
    ]


def test_a_colon_quotation_without_its_own_cue_is_the_verbs_second_statement() -> None:
    """The object is a statement of its own either way (recall9c: the keys hold both)."""
    text = "Le maire Paul Martin reconnaît une erreur : « nous aurions dû agir plus tôt »."
    assert found(analyze(text, "fr")) == [
        ("une erreur", "Paul Martin"),
        ("nous aurions dû agir plus tôt", "Paul Martin"),
    ]


def test_an_inverted_cue_before_a_colon_quotation_with_its_own_cue() -> None:
    text = (
        "Plus personne ne parle au ministère, se désole un conseiller : « on se tait », ajoute "
        "une députée."
    )
    assert found(analyze(text, "fr")) == [
        ("Plus personne ne parle au ministère", "un conseiller"),
        ("on se tait", "une députée"),
    ]


def test_a_participle_with_its_own_que_is_a_second_claim() -> None:
    text = (
        "Le maire Paul Martin a annoncé que la route serait fermée, tout en précisant qu'elle "
        "rouvrirait lundi."
    )
    assert found(analyze(text, "fr")) == [
        ("la route serait fermée", "Paul Martin"),
        ("elle rouvrirait lundi", "Paul Martin"),
    ]
