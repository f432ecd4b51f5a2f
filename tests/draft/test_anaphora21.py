"""Who a French source stands for and its label (anaphora21, made-up sentences): a study, a
survey or a projection whose author is written after it speaks for that author, as a
communiqué does."""

from __future__ import annotations

import pytest

from tests.draft.readings import content_speaker_label


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Selon une étude de l'Observatoire régional, les loyers ont grimpé de 8 %.",
         "l'Observatoire régional"),
        ("Une enquête de l'Union des maires montre que les loyers ont grimpé de 8 %.",
         "l'Union des maires"),
        ("D'après une projection de l'institut Stat-Est, les loyers ont grimpé de 8 %.",
         "Stat-Est"),
        ("Un sondage du cabinet Opinia indique que les loyers ont grimpé de 8 %.", "Opinia"),
    ],
)  # fmt: skip
def test_a_study_speaks_for_its_named_author(sentence: str, speaker: str) -> None:
    found = content_speaker_label("Titre\n\n" + sentence)
    assert [(s, lab) for c, s, lab in found if "loyers" in c] == [(speaker, "named")]


def test_a_study_with_no_author_keeps_its_own_label() -> None:
    """Counter-case: « une étude publiée mardi » names no author; the study stays the source."""
    found = content_speaker_label(
        "Titre\n\nUne étude publiée mardi montre que les loyers ont grimpé de 8 %."
    )
    assert [(s, lab) for c, s, lab in found if "loyers" in c] == [
        ("Une étude publiée", "anonymous")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "La firme négocie une rupture conventionnelle, a confirmé un porte-parole.",
        "Selon une porte-parole, la firme négocie une rupture conventionnelle.",
        "Un porte-parole a précisé que la firme négocie une rupture conventionnelle.",
    ],
)
def test_a_bare_spokesperson_is_named(sentence: str) -> None:
    """« un porte-parole » with no complement speaks for the body the article is about: named,
    as a spokesperson of a named organisation is (the English "a spokeswoman" already was)."""
    found = content_speaker_label("Titre\n\nLa firme Gorex réduit ses effectifs. " + sentence)
    assert [lab for c, s, lab in found if "rupture" in c] == ["named"]


def test_a_spokesperson_of_an_unnamed_group_stays_anonymous() -> None:
    """Counter-case: « une porte-parole d'un collectif » names no one it speaks for."""
    found = content_speaker_label(
        "Titre\n\nSelon une porte-parole d'un collectif, la firme négocie une rupture."
    )
    assert [lab for c, s, lab in found if "rupture" in c] == ["anonymous"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Selon un sondage Opinia publié samedi, les loyers ont grimpé.", "Opinia"),
        ("D'après le communiqué de la CNIL paru le 2 mai, les loyers ont grimpé.", "CNIL"),
        ("Selon une étude Stat-Est diffusée mardi, les loyers ont grimpé.", "Stat-Est"),
    ],
)
def test_a_documents_author_ends_before_a_participle(sentence: str, speaker: str) -> None:
    """« un sondage BVA publié samedi »: the author is BVA; the participle and its words say
    when the document came out (the speaker read « le BVA publié samedi »)."""
    found = content_speaker_label("Titre\n\n" + sentence)
    assert [s for c, s, lab in found if "loyers" in c] == [speaker]


def test_a_noun_after_de_stays_in_the_authors_name() -> None:
    """Counter-case: « santé » ends like a participle but follows « de »: part of the name."""
    found = content_speaker_label(
        "Titre\n\nSelon un communiqué de la Haute autorité de santé publié samedi, les loyers ont "
        "grimpé."
    )
    assert [s for c, s, lab in found if "loyers" in c] == ["la Haute autorité de santé"]


@pytest.mark.parametrize(
    ("sentence", "group"),
    [
        ("Si la majorité des associations salue le projet, elles estiment qu'il coûte trop "
         "cher.", "la majorité des associations"),
        ("La plupart des élus saluent le projet, mais ils estiment qu'il coûte trop cher.",
         "La plupart des élus"),
        ("Une partie des riverains a salué le projet. Ils jugent qu'il coûte trop cher.",
         "Une partie des riverains"),
    ],
)  # fmt: skip
def test_a_plural_pronoun_takes_up_a_group_opened_by_a_quantifier(
    sentence: str, group: str
) -> None:
    """« la majorité des ONG … elles »: a vague determiner of several words opens a plural
    group whatever its article's gender; « elles » had found no plural and stayed unresolved."""
    found = content_speaker_label("Titre\n\nPaul Girard préside le conseil. " + sentence)
    assert [s for c, s, lab in found if "trop cher" in c] == [group]


def test_a_body_named_la_majorite_stays_singular() -> None:
    """Counter-case: « La majorité présidentielle » is one body; « Elle » takes it up."""
    found = content_speaker_label(
        "Titre\n\nLa majorité présidentielle salue le projet. Elle estime qu'il coûte trop cher."
    )
    assert [s for c, s, lab in found if "trop cher" in c] == ["La majorité présidentielle"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Selon un sondage d'opinion publié mardi, les loyers ont grimpé.",
         "un sondage d'opinion publié mardi"),
        ("Selon un rapport d'expert, les loyers ont grimpé.", "un rapport d'expert"),
        ("D'après une étude d'impact, les loyers ont grimpé.", "une étude d'impact"),
    ],
)  # fmt: skip
def test_a_kind_after_a_bare_de_is_no_author(sentence: str, speaker: str) -> None:
    """« un sondage d'opinion », « un rapport d'expert »: « de » with no article, then a noun
    in lower case, says what kind of document it is (the speaker read « le opinion », named);
    the document stays the source, one described, anonymous."""
    found = content_speaker_label("Titre\n\n" + sentence)
    assert [(s, lab) for c, s, lab in found if "loyers" in c] == [(speaker, "anonymous")]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Selon un rapport d'Amnesty, les loyers ont grimpé.", "Amnesty"),
        ("Selon une étude de l'Observatoire régional, les loyers ont grimpé.",
         "l'Observatoire régional"),
    ],
)  # fmt: skip
def test_an_author_after_de_keeps_its_capital_or_article(sentence: str, speaker: str) -> None:
    """Counter-case: a capital or an article after « de » writes the author, who speaks."""
    found = content_speaker_label("Titre\n\n" + sentence)
    assert [(s, lab) for c, s, lab in found if "loyers" in c] == [(speaker, "named")]
