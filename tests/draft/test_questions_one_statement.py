"""One proposal per statement, and reported words that read on inside the question (teacher10's
walk-through). « …, a appris l'AFP de source policière » gives two readings of one sentence (the
outlet's source, and « policière » after « de source »): the teacher got two "who said it?" and
two "select the source" on the same words, the second quoting « a appris l'AFP » as what was
said, and « policière » offered as a speaker. A statement opening on « Sur », « Ni », « Cet »…
kept its capital inside « qui affirme que … ». Made-up articles only."""

from __future__ import annotations

import re

import pytest

from quizapp.draft import analyze
from quizapp.draft.drafting.questions import draft_questions
from quizapp.draft.drafting.wording.speaker_openings import in_sentence
from quizapp.draft.findings import Analysis, Attribution, Claim

RELAYED = [
    "Le maire de Lyon a démissionné jeudi soir, a appris vendredi l'AFP de source policière.",
    "Une enquête a été ouverte pour fraude, a appris mardi Le Monde de source judiciaire.",
    "Le ministre quittera le gouvernement, a appris l'AFP de source proche du dossier.",
]
OTHERS = (
    "Paul Martin, le maire, a affirmé que les travaux reprendraient lundi. "
    "Anne Roux estime que le chantier coûtera plus cher. "
    "Selon les riverains, le bruit dure depuis des mois."
)


def _drafted(sentence: str) -> list[dict]:
    return draft_questions(analyze(f"Titre\n\n{sentence} {OTHERS}", "fr"))


@pytest.mark.parametrize("sentence", RELAYED)
def test_two_readings_of_one_relayed_statement_make_one_proposal(sentence: str) -> None:
    questions = _drafted(sentence)
    statement = sentence.split(",")[0]
    on_it = [q for q in questions if q["type"] in ("single_choice", "locate", "true_false")
             and statement[3:30] in q["prompt"]]  # fmt: skip
    asked = sorted(q["type"] for q in on_it)  # a true/false when the answer is much longer
    assert asked in (["locate", "single_choice"], ["locate", "true_false"])  # (W03, teacher13)
    assert all("a appris" not in q["prompt"] for q in on_it)
    options = [o["text"] for q in questions for o in q.get("options", [])]
    assert not [o for o in options if o.split()[0] in ("policière", "judiciaire", "proche")]


def test_statements_of_different_speakers_in_one_paragraph_are_each_asked() -> None:
    questions = draft_questions(analyze(f"Titre\n\n{OTHERS}", "fr"))
    prompts = " ".join(q["prompt"] for q in questions if q["type"] == "single_choice")
    assert "les travaux reprendraient lundi" in prompts
    assert "le chantier coûtera plus cher" in prompts


@pytest.mark.parametrize(
    ("words", "inside"),
    [
        ("Sur la vidéo, on voit des policiers", "sur la vidéo, on voit des policiers"),
        ("Ni Migus ni la présidente ne l'ont averti", "ni Migus ni la présidente ne l'ont averti"),
        ("Cet après-midi, réunion de crise", "cet après-midi, réunion de crise"),
        ("Selon lui, rien n'est joué", "selon lui, rien n'est joué"),
        ("In the morning, the road was closed", "in the morning, the road was closed"),
        ("His office said nothing", "his office said nothing"),
        # teacher14: « Qui affirme que Parmi les 12 banques étudiées… »
        ("Parmi les 12 banques étudiées, trois", "parmi les 12 banques étudiées, trois"),
        ("Dès 2015, une aide a été versée", "dès 2015, une aide a été versée"),
        ("En moyenne, il y a neuf opérations", "en moyenne, il y a neuf opérations"),
        ("À Lyon, la grève continue", "à Lyon, la grève continue"),
        ("Plus de 50 personnes sont venues", "plus de 50 personnes sont venues"),
        ("About 800 people attended the rally", "about 800 people attended the rally"),
        ("Under the new plan, staff would move", "under the new plan, staff would move"),
        ("As new drugs help, diets change", "as new drugs help, diets change"),
    ],
)
def test_a_statement_opening_on_a_common_word_reads_on_in_lower_case(
    words: str, inside: str
) -> None:
    assert in_sentence(words) == inside


@pytest.mark.parametrize(
    "name", ["Anne Roux", "Surville a gagné", "Nicolas Sarkozy", "Hisham", "Parmiter", "Asbury"]
)
def test_a_name_keeps_its_capital(name: str) -> None:
    assert in_sentence(name) == name


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Titre\n\nPaul Martin a affirmé que les travaux reprendraient lundi.\n\n"
            "Sur la place, les commerces ont fermé leurs portes.",
            "fr",
            "qui affirme que sur la place, les commerces",
        ),
        (
            "Title\n\nPaul Martin said the works would resume on Monday.\n\n"
            "In the square, the shops closed their doors.",
            "en",
            "claims that in the square, the shops",
        ),
    ],
)
def test_a_false_statement_reads_on_after_its_that(text: str, language: str, expected: str) -> None:
    prompts = [q["prompt"] for q in draft_questions(analyze(text, language))]
    assert [p for p in prompts if expected in p], prompts


def _paragraph_analysis(
    language: str, text: str, said: list[tuple[str, str]], own: list[str]
) -> Analysis:
    """A made-up analysis of one paragraph: ``said`` (passage, speaker) found as direct
    quotations of named speakers, ``own`` passages found as the outlet's plain facts."""

    def span(passage: str) -> tuple[int, int]:
        start = text.index(passage)
        return start, start + len(passage)

    found = tuple(
        Attribution(span(p), None, None, s, None, "direct", "named", None, 0.9) for p, s in said
    )
    claims = tuple(Claim(span(p), "fact", 0.8) for p in own)
    return Analysis(language, text, found, claims, ())


@pytest.mark.parametrize(
    ("language", "text", "said", "own"),
    [
        (  # the outlet's sentence and a speaker's quotation found on the same words
            "en",
            '"But I find it difficult to take lectures from a party that cut beds." '
            "The opposition party demanded a national waiting list centre. "
            "The minister left at noon.",
            [("But I find it difficult to take lectures from a party that cut beds.", "Ann Park")],
            [
                '"But I find it difficult to take lectures from a party that cut beds.',
                "The opposition party demanded a national waiting list centre.",
                "The minister left at noon.",
            ],
        ),
        (  # one reading inside another: « X rejette que Y affirme Z » and « Y affirme Z »
            "fr",
            "Paul Roux a rejeté les accusations de la CGT qui affirme que l'usine fermera en mai. "
            "La direction tiendra une réunion lundi. Le site emploie 300 salariés.",
            [
                ("les accusations de la CGT qui affirme que l'usine fermera en mai", "Paul Roux"),
                ("l'usine fermera en mai", "CGT"),
            ],
            ["La direction tiendra une réunion lundi.", "Le site emploie 300 salariés."],
        ),
    ],
)
def test_a_classify_never_asks_the_same_words_twice_under_two_labels(
    language: str, text: str, said: list[tuple[str, str]], own: list[str]
) -> None:
    """teacher14: « “But I find it difficult…” » was a claim to classify twice in one
    question, once as a plain fact (the outlet's sentence) and once as the minister's words:
    whatever the learner chose, one was wrong. Words someone is found to say are that
    someone's; two readings of one statement make one claim."""
    questions = draft_questions(_paragraph_analysis(language, text, said, own))
    classify = [q for q in questions if q["type"] == "classify"]
    assert classify
    for question in classify:
        words = [set(re.findall(r"\w+", item["claim"].lower())) for item in question["items"]]
        for index, one in enumerate(words):
            for other in words[index + 1 :]:
                assert len(one & other) < min(len(one), len(other)) / 2, question["items"]


CONTESTED = [
    ("en", "Health Minister Simon Harris has denied he is failing to meet his own targets.",
     "he is failing to meet"),
    ("en", "Mr Harris rejected claims that the hospital would close in May.", "would close"),
    ("en", "The company denies that it sold customer data to advertisers.", "customer data"),
    ("fr", "Le ministre a démenti que l'usine fermera en mai.", "fermera en mai"),
    ("fr", "Paul Roux nie avoir reçu la moindre somme de la société.", "la moindre somme"),
    ("fr", "La direction conteste que le site soit menacé de fermeture.", "menacé de fermeture"),
]  # fmt: skip
AROUND = {
    "en": '"We will build it," said Anne Moore. Critics say the plan is late. "No," said Tom Reed.',
    "fr": "« Nous bâtirons », a dit Anne Morel. Les élus estiment que le plan tarde. "
    "« Non », a dit Luc Martin.",
}


@pytest.mark.parametrize(("language", "sentence", "words"), CONTESTED)
def test_words_the_speaker_contests_are_never_put_in_the_speaker_s_mouth(
    language: str, sentence: str, words: str
) -> None:
    """teacher14: after « Simon Harris has denied he is failing to meet his own targets »,
    a true/false read "According to the article, Simon Harris claims that he is failing to
    meet…: true". What a speaker denies, rejects or contests is asked neither as « qui
    affirme que … » nor as « X affirme que … »."""
    analysis = analyze(f"Titre\n\n{sentence}\n\n{AROUND[language]}", language)
    assert any(words in analysis.passage(a.content) for a in analysis.attributions)
    for question in draft_questions(analysis):
        if question["type"] in ("single_choice", "true_false", "locate"):
            assert words not in question["prompt"], question["prompt"]


@pytest.mark.parametrize(
    ("language", "sentence", "words"),
    [
        ("fr", "Le ministre a affirmé que l'usine fermera en mai.", "fermera en mai"),
        ("fr", "« C'est faux », a démenti le ministre.", "C'est faux"),
        ("en", "Mr Harris said the hospital would close in May.", "would close"),
    ],
)
def test_what_a_speaker_says_or_quotes_when_denying_is_still_asked(
    language: str, sentence: str, words: str
) -> None:
    analysis = analyze(f"Titre\n\n{sentence}\n\n{AROUND[language]}", language)
    prompts = " ".join(q["prompt"] for q in draft_questions(analysis))
    assert words in prompts
