"""A second keyed statement inside a speaker's quotation (split49; made-up sentences): a
source cited by « selon / d'après » opening a sentence of the quotation gives that source's
according-to statement besides the quotation, and a third party telling may open after a
conjunction of contrast (« alors que ») as after one of cause. Never the speaker's own view
or knowledge (« Selon moi », « Selon mes calculs », « D'après ce que je sais »)."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def _found(text: str) -> list[tuple[str, str, str]]:
    return [
        (a.kind, a.speaker, text[a.content[0] : a.content[1]])
        for a in analyze(text, "fr").attributions
    ]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "« La ville grandit vite. Selon les prévisions, dans vingt ans il y aura deux fois"
            " plus d'habitants », explique Claire Morel.",
            "dans vingt ans il y aura deux fois plus d'habitants",
            "les prévisions",
        ),
        (
            "« D'après les chiffres du ministère, la commune est l'une des plus efficaces contre"
            " l'insalubrité », affirme Paul Rivière.",
            "la commune est l'une des plus efficaces contre l'insalubrité",
            "ministère",
        ),
        (
            "« Il faut une heure pour aller à l'hôpital le plus proche, alors que l'agence affirme"
            " qu'il faut vingt minutes ! », s'indigne Anne Leroy.",
            "il faut vingt minutes",
            "l'agence",
        ),
    ],
)
def test_a_second_statement_inside_the_quotation(text: str, content: str, speaker: str) -> None:
    found = _found(text)
    assert any(c == content and speaker.lower() in s.lower() for _, s, c in found), found
    assert any(s != speaker and content in c and len(c) > len(content) for _, s, c in found), found


@pytest.mark.parametrize(
    "text",
    [
        "« Selon moi, la ville devra encore construire deux écoles », explique Claire Morel.",
        "« Selon mes calculs, c'est huit cents millions de plus pour la santé », dit Paul Rivière.",
        "« D'après ce que je sais, on a dépassé la trentaine de cas en France », dit Anne Leroy.",
    ],
)
def test_the_speakers_own_view_is_no_second_statement(text: str) -> None:
    assert len(_found(text)) == 1, _found(text)
