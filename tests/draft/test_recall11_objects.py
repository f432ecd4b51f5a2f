"""recall11, third pass: objects and sources the heldout articles (blind11c among them) missed,
in made-up sentences over tenses, subject kinds and word orders, with counter-cases: a long
name of a body closing a sentence after « d'après / selon », « exprimer » with a feeling
(« son incompréhension », « leur soutien »; not « leur colère », shown at a protest), a verb
of speech shapes before an infinitive of intent (« assure désormais œuvrer à… », « a assuré
vouloir rester »), « saluer le fait que » and « refuser que »."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze
from tests.draft.readings import content_speaker_label


def _check(text: str, expected: list) -> None:
    assert content_speaker_label(text) == expected


def _contents(text: str) -> list[str]:
    analysis = analyze(text, "fr")
    return [analysis.passage(a.content) for a in analysis.attributions]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Cinq autres églises risqueraient de subir le même sort, d'après la délégation"
            " régionale des Pays de la Loire de la Fédération nationale Patrimoine Environnement.",
            "Cinq autres églises risqueraient de subir le même sort",
        ),
        (
            "Le chantier prendra deux ans, selon le directeur général adjoint des services"
            " techniques de la communauté de communes du Pays de Lunel.",
            "Le chantier prendra deux ans",
        ),
    ],
)
def test_a_long_source_may_close_the_sentence(text: str, content: str) -> None:
    assert _contents(text) == [content]


def test_a_long_source_opening_a_sentence_with_no_comma_is_none() -> None:
    text = (
        "Selon le directeur général adjoint des services techniques de la communauté de"
        " communes du Pays de Lunel le chantier prendra deux ans."
    )
    assert _contents(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le directeur du festival exprime son incompréhension et son inquiétude quant à"
            " l'avenir de l'évènement.",
            [
                (
                    "son incompréhension et son inquiétude quant à l'avenir de l'évènement",
                    "Le directeur du festival",
                    "named",
                )
            ],
        ),
        (
            "Les syndicats avaient exprimé leur soutien aux grévistes de l'usine.",
            [("leur soutien aux grévistes de l'usine", "Les syndicats", "vague")],
        ),
        (
            "La ministre a exprimé sa solidarité avec les victimes.",
            [("sa solidarité avec les victimes", "La ministre", "named")],
        ),
    ],
)
def test_an_expressed_feeling_is_a_stance(text: str, expected: list) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "La chanteuse a exprimé son talent sur scène.",
    ],
)
def test_an_expressed_talent_or_a_relative_reports_nothing(text: str) -> None:
    _check(text, [])


def test_a_relative_in_an_expressed_stance_is_no_clause() -> None:
    """objects35: the speaker's own stance with what it is about is a statement (the noun
    « désaccord » was not among « exprimer »'s heads before); its relative is still no
    clause of the verb, nothing reports « les députés ont votée »."""
    text = "Le maire a exprimé son désaccord avec la loi que les députés ont votée."
    expected = [("son désaccord avec la loi que les députés ont votée", "Le maire", "named")]
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le parti assure désormais œuvrer à sa refondation.",
            [("désormais œuvrer à sa refondation", "Le parti", "named")],
        ),
        (
            "Le maire a assuré vouloir rester en poste.",
            [("vouloir rester en poste", "Le maire", "named")],
        ),
        (
            "Les élus assuraient pouvoir trouver un accord avant l'été.",
            [("pouvoir trouver un accord avant l'été", "Les élus", "vague")],
        ),
        (
            "Le parti a désormais reconnu que la réforme était un échec.",
            [("la réforme était un échec", "Le parti", "named")],
        ),
    ],
)
def test_a_verb_of_speech_before_an_infinitive_of_intent(text: str, expected: list) -> None:
    _check(text, expected)


def test_assuring_a_thing_reports_nothing() -> None:
    _check("Le maire a assuré la sécurité du site.", [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "L'Office fédéral salue le fait que les trains partent à l'heure.",
            [("les trains partent à l'heure", "L'Office fédéral", "named")],
        ),
        (
            "La ministre a salué le fait que le texte soit adopté.",
            [("le texte soit adopté", "La ministre", "named")],
        ),
    ],
)
def test_saluting_the_fact_that(text: str, expected: list) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "Le maire a défendu son titre.",
        "Le club a salué ses supporters.",
        "Les élus ont exprimé leur colère sur le parvis de la mairie.",  # shown, not said
    ],
)
def test_an_unlisted_object_of_a_stance_verb_reports_nothing(text: str) -> None:
    _check(text, [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le ministre refuse que l'on parle « d'économies ».",
            [("l'on parle « d'économies »", "Le ministre", "named")],
        ),
        (
            "Les syndicats refusaient que la réforme soit votée sans débat.",
            [("la réforme soit votée sans débat", "Les syndicats", "vague")],
        ),
        (
            "La maire de Lyon a refusé que le projet soit reporté.",
            [("le projet soit reporté", "La maire de Lyon", "anonymous")],  # never named
        ),
    ],
)
def test_refusing_that_a_thing_be_done_is_a_stance(text: str, expected: list) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "Le maire refuse de répondre.",  # an act, not a statement
        "Le maire a refusé la proposition.",
        "Une demande refusée par le maire a été déposée.",
    ],
)
def test_refusing_an_act_or_a_thing_reports_nothing(text: str) -> None:
    _check(text, [])


def test_a_long_source_opening_a_sentence_up_to_its_comma() -> None:
    text = (
        "Selon les projections de l'Institut gfs.bern pour le compte de la SSR et de la"
        " télévision publique, le non l'emporte."
    )
    assert _contents(text) == ["le non l'emporte"]
