"""Objects of reporting verbs the drafter missed on unseen articles (recall9c), each with
counter-cases:
- « appeler à » reports a call with no quotation when an infinitive follows the preposition
  (« a appelé à faire barrage », « appelle la population à rester chez elle ») or a listed noun
  of conduct after any article (« à un cessez-le-feu », « au calme »); « être appelé à » (a
  passive) and a noun that is no conduct (« appelle à la grève ») stay no statement;
- « parler de » with a noun of judgement, bare or after an indefinite article (« parle de
  progrès importants », « parlait d'un échec »), not a topic (« parlent du progrès technique »);
- « s'estimer » with an adjective or a participle is an opinion (« certaines familles s'estiment
  mal soutenues »), with a measure none (« le coût s'estime à deux millions »);
- « promettre » with a two-word object is a promise (« Ce dernier répond sommairement,
  promettant une enquête », « a promis des sanctions »);
- a backing set off by commas between the verb and its object (« dénoncent, enquête à
  l'appui, la persistance de… ») or a discourse filler there (« salue, de son côté, cet
  appel ») is skipped."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def found(text: str) -> list[tuple[str, str]]:
    """(content, speaker) of every attribution of a French text."""
    analysis = analyze(text, "fr")
    return [(analysis.passage(a.content), a.speaker) for a in analysis.attributions]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Le syndicat a appelé à faire grève jeudi.", "à faire grève jeudi", "Le syndicat"),
        ("Les élus appellent à voter contre le projet.", "à voter contre le projet", "Les élus"),
        (
            "Marc Dupin, maire de Lunel, avait appelé à ne pas céder aux menaces.",
            "à ne pas céder aux menaces",
            "Marc Dupin",
        ),
        (
            "La préfète appelle la population à rester chez elle.",
            "la population à rester chez elle",
            "La préfète",
        ),
        (
            "Les opposants ont signé un texte, appelant à rejeter le résultat du scrutin.",
            "à rejeter le résultat du scrutin",
            "Les opposants",
        ),
        (
            "Le maire appellera les habitants à se mobiliser.",
            "les habitants à se mobiliser",
            "Le maire",
        ),
    ],
)
def test_appeler_a_then_an_infinitive_reports_a_call(text: str, content: str, speaker: str) -> None:
    assert found(text) == [(content, speaker)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Le ministre a appelé au calme.", "au calme"),
        (
            "Paris appelle à une trêve immédiate dans la région.",
            "à une trêve immédiate dans la région",
        ),
        (
            "La France a appelé à un cessez-le-feu temporaire de trois semaines.",
            "à un cessez-le-feu temporaire de trois semaines",
        ),
    ],
)
def test_appeler_a_a_noun_of_conduct_after_any_article(text: str, content: str) -> None:
    assert [c for c, _ in found(text)] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "Le joueur est appelé à jouer un rôle important.",
        "Les Suisses étaient appelés à se prononcer sur deux initiatives.",
        "Le club appelle à notre générosité.",
        "Le syndicat appelle à la grève.",
        "Le ministre a appelé son homologue à Berlin.",
    ],
)
def test_a_passive_or_a_noun_that_is_no_conduct_reports_nothing(text: str) -> None:
    assert found(text) == []


# ----- « parler de » + a noun of judgement -----
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("La France parle de progrès importants.", "de progrès importants"),
        (
            "Le syndicat parlait d'un échec total de la négociation.",
            "d'un échec total de la négociation",
        ),
        ("Les élus ont parlé de trahison.", "de trahison"),
        ("Hélène Vasseur parle d'une erreur du préfet.", "d'une erreur du préfet"),
    ],
)
def test_parler_de_a_noun_of_judgement(text: str, content: str) -> None:
    assert [c for c, _ in found(text)] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "Les habitants parlent du progrès technique.",
        "Le rapport parle de l'échec de la réforme.",
        "Le livre parle de la guerre d'Algérie.",
    ],
)
def test_parler_de_a_topic_reports_nothing(text: str) -> None:
    assert found(text) == []


# ----- « s'estimer » + an adjective or a participle: an opinion; « s'estime à »: a measure -----
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Certaines familles s'estiment toujours mal soutenues par l'école.",
            "toujours mal soutenues par l'école",
            "Certaines familles",
        ),
        ("Le maire s'est estimé trahi par ses adjoints.", "trahi par ses adjoints", "Le maire"),
        (
            "Les éleveurs s'estimaient abandonnés par l'État.",
            "abandonnés par l'État",
            "Les éleveurs",
        ),
        (
            "Hélène Vasseur s'estime victime d'une injustice.",
            "victime d'une injustice",
            "Hélène Vasseur",
        ),
    ],
)
def test_s_estimer_with_an_adjective_reports_an_opinion(
    text: str, content: str, speaker: str
) -> None:
    assert found(text) == [(content, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "Le coût s'estime à deux millions d'euros.",
        "Les dégâts s'estiment en millions d'euros.",
        "Le préjudice s'estimait entre deux et trois millions d'euros.",
        "Le préjudice s'est estimé à deux millions d'euros.",
    ],
)
def test_s_estimer_before_a_measure_reports_nothing(text: str) -> None:
    assert found(text) == []


# ----- a backing set off by commas between the verb and its object -----
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Deux associations dénoncent, enquête à l'appui, la persistance de frais abusifs.",
            "la persistance de frais abusifs",
        ),
        (
            "Le syndicat a dénoncé, chiffres à l'appui, une réforme injuste et précipitée.",
            "une réforme injuste et précipitée",
        ),
        (
            "Les riverains contestaient, photos en main, le tracé de la future route.",
            "le tracé de la future route",
        ),
        (
            "Un représentant américain salue, de son côté, cet appel vu comme une percée.",
            "cet appel vu comme une percée",
        ),
        (
            "Le maire a salué, quant à lui, l'accord trouvé avec la préfecture.",
            "l'accord trouvé avec la préfecture",
        ),
    ],
)
def test_a_backing_between_verb_and_object_is_skipped(text: str, content: str) -> None:
    assert [c for c, _ in found(text)] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "Le syndicat a vendu, chiffres à l'appui, la pharmacie du centre-ville.",
        "Le syndicat a vendu, pour sa part, la pharmacie du centre-ville.",
        "Le maire assure, de son côté, l'intérim de la présidence.",
    ],
)
def test_an_aside_before_the_object_of_a_verb_of_no_speech_reports_nothing(text: str) -> None:
    assert found(text) == []


# ----- « promettre » and a two-word object -----
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Ce dernier répond sommairement, promettant une enquête.", "une enquête", "Ce dernier"),
        ("Le proviseur a promis une enquête.", "une enquête", "Le proviseur"),
        ("Les élus promettent des sanctions.", "des sanctions", "Les élus"),
        ("Hélène Vasseur promettait une réponse.", "une réponse", "Hélène Vasseur"),
    ],
)
def test_promettre_with_a_two_word_object_is_a_promise(
    text: str, content: str, speaker: str
) -> None:
    assert found(text) == [(content, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "Le proviseur n'a jamais promis une enquête.",
        "Le proviseur, promis à une belle carrière, a quitté le lycée.",
        "Une enquête promise depuis des mois n'a jamais eu lieu.",
    ],
)
def test_a_negated_promise_or_a_participle_of_a_noun_is_none(text: str) -> None:
    assert found(text) == []
