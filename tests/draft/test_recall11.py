"""recall11: French constructions the heldout articles (the tenth round's sealed batches among
them) missed, each written out in made-up sentences over tenses, subject kinds and word
orders, with the counter-cases that must stay silent: « parler de » with a described noun or
a figure (« parle d'un emballement disproportionné », « de 500 000 euros »), a verb of speech
shapes whose object is an article and a quotation (« anticipe une « légère baisse » »), and an
infinitive of saying after « avant de » (« …, a-t-il indiqué, avant de souligner que… »)."""

from __future__ import annotations

import pytest

from tests.draft.readings import content_speaker_label


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La mairie parle d'un emballement disproportionné.",
            [("d'un emballement disproportionné", "La mairie", "named")],
        ),
        (
            "Le syndicat avait parlé d'une réforme injuste et brutale.",
            [("d'une réforme injuste et brutale", "Le syndicat", "named")],
        ),
        (
            "Paul Roux, maire de la ville, a parlé mardi d'une décision précipitée.",
            [("d'une décision précipitée", "Paul Roux", "named")],
        ),
        (
            "Ils parlaient d'une situation alarmante.",
            [("d'une situation alarmante", "Ils", "vague")],  # a plural with no one before
        ),
        (
            "« C'est faux », a dit le maire, qui parle d'une rumeur infondée.",
            [("C'est faux", "le maire", "named"), ("d'une rumeur infondée", "le maire", "named")],
        ),
        (
            "La police parle actuellement de 500 000 euros volés.",
            [("de 500 000 euros volés", "La police", "named")],
        ),
        (
            "Un responsable local a parlé d'au moins 65 morts.",
            [("d'au moins 65 morts", "Un responsable local", "anonymous")],
        ),
    ],
)
def test_speaking_of_a_described_thing_or_a_figure_reports_it(text: str, expected: list) -> None:
    assert content_speaker_label(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Il parle d'une voix calme.",  # a manner of speaking
        "Le maire parle d'un ton ferme aux habitants.",
        "Le film parle d'un homme de loi.",  # a noun and its complement: a topic
        "Elle parle d'un homme et d'une femme.",
        "Il parlait de la réforme des retraites.",  # a definite topic
    ],
)
def test_speaking_of_a_topic_or_in_a_manner_reports_nothing(text: str) -> None:
    assert content_speaker_label(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "L'université anticipe une « légère baisse » de ses étudiants.",
            [("une « légère baisse » de ses étudiants", "L'université", "named")],
        ),
        (
            "L'Université de Montréal, qui anticipe pour sa part une « légère baisse » de ses"
            " nouveaux étudiants, acceptera les reports.",
            [
                (
                    "une « légère baisse » de ses nouveaux étudiants",
                    "L'Université de Montréal",
                    "named",
                )
            ],
        ),
        (
            "Le syndicat avait pointé un « manque de moyens » dans les écoles.",
            [("un « manque de moyens » dans les écoles", "Le syndicat", "named")],
        ),
    ],
)
def test_a_quoted_object_after_its_article_is_a_speech_shape(text: str, expected: list) -> None:
    assert content_speaker_label(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Les élus observent une hausse des impôts.",  # no quotation: no speech shape
        "Le syndicat remarque un manque de moyens.",  # « pointer » reports (recall13)
    ],
)
def test_an_unquoted_object_of_a_speech_shape_verb_reports_nothing(text: str) -> None:
    assert content_speaker_label(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "« Cela va durer », a-t-il indiqué, avant de souligner que l'État assumera ses"
            " responsabilités.",
            [
                ("Cela va durer", "il", "named"),
                ("l'État assumera ses responsabilités", "il", "named"),
            ],
        ),
        (
            "Le maire a répondu aux questions avant d'annoncer qu'il démissionnait.",
            [("il démissionnait", "Le maire", "named")],
        ),
        (
            "La ministre avait longtemps hésité avant de reconnaître que le projet était"
            " abandonné.",
            [("le projet était abandonné", "La ministre", "named")],
        ),
    ],
)
def test_saying_after_avant_de_is_the_subjects_next_statement(text: str, expected: list) -> None:
    assert content_speaker_label(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Le maire a mangé avant de partir.",
        "Il est parti avant de pouvoir répondre.",
        "Avant de dire oui, réfléchissez.",
    ],
)
def test_avant_de_before_no_verb_of_saying_reports_nothing(text: str) -> None:
    assert content_speaker_label(text) == []
