"""A pasted or plain text with no blank line between its paragraphs (paste50): one paragraph
per line as a web page gives it (shape a), or lines hard-wrapped at a fixed width as a PDF or
an e-mail gives them (shape b), read as the same paragraphs as the text with blank lines."""

from __future__ import annotations

from quizapp.sets.articles.reading import article_from_text, paragraphs
from quizapp.sets.articles.text import map_span, tidy_paragraphs

HEAD = "Le maire défend son budget"
WELL = (
    "Le conseil a voté mardi un budget en hausse, malgré l'opposition.\n\n"
    "« Nous investissons dans les écoles, parce que la ville en a besoin », a-t-il "
    "déclaré à l'issue de la séance.\n\n"
    "Le vote définitif aura lieu en mars."
)
WRAPPED = (
    "Le conseil a voté mardi un budget en hausse, malgré\n"
    "l'opposition.\n"
    "« Nous investissons dans les écoles, parce que la ville en\n"
    "a besoin »,\n"
    "a-t-il déclaré à l'issue de la séance.\n"
    "Le vote définitif aura lieu en mars."
)
TIDY = HEAD + "\n\n" + WELL


def test_a_wrapped_text_with_no_blank_line_joins_its_lines() -> None:
    assert paragraphs(HEAD + "\n" + WRAPPED) == TIDY


def test_a_wrapped_text_under_its_headline_keeps_its_paragraphs() -> None:
    assert paragraphs(HEAD + "\n\n" + WRAPPED) == TIDY


def test_one_paragraph_per_line_under_its_headline_stays_so() -> None:
    lines = WELL.replace("\n\n", "\n")
    assert paragraphs(HEAD + "\n\n" + lines) == TIDY
    assert paragraphs(HEAD + "\n" + lines) == TIDY  # as before paste50


def test_a_cue_on_the_next_line_joins_its_quotation() -> None:
    text = "Titre\n\n« On part. »\na-t-il déclaré.\nLa suite.\nEt la fin."
    assert paragraphs(text) == "Titre\n\n« On part. » a-t-il déclaré.\n\nLa suite.\n\nEt la fin."


def test_a_paragraph_opening_on_a_small_letter_is_still_one() -> None:
    text = "Sales fell.\niPhone sales rose.\nThe end."
    assert paragraphs(text) == "Sales fell.\n\niPhone sales rose.\n\nThe end."


def test_an_english_wrapped_text_keeps_said_with_its_quotation() -> None:
    text = (
        "Council approves budget\n"
        "\u201cWe are investing in schools and buses because the town\n"
        "needs them,\u201d she said after the meeting on Tuesday night in\n"
        "the hall.\n"
        "The vote is due in March."
    )
    assert paragraphs(text) == (
        "Council approves budget\n\n\u201cWe are investing in schools and buses because the "
        "town needs them,\u201d she said after the meeting on Tuesday night in the hall.\n\n"
        "The vote is due in March."
    )


def test_a_short_line_in_a_wrapped_text_ends_its_paragraph() -> None:
    text = (
        "Le conseil a voté mardi un budget en hausse, malgré les critiques\n"
        "de l'opposition, qui dénonce une fuite en avant.\n"
        "Une décision attendue\n"
        "Le maire a défendu son projet devant une salle comble, mardi\n"
        "soir, avant le vote."
    )
    assert paragraphs(text).split("\n\n")[:2] == [
        "Le conseil a voté mardi un budget en hausse, malgré les critiques de l'opposition, "
        "qui dénonce une fuite en avant.",
        "Une décision attendue",
    ]


def test_blank_lines_between_paragraphs_still_join_each_wrapped_one() -> None:
    text = "Titre\n\nUne ligne\ncoupée. Puis\nune autre.\n\nLa suite\ncoupée aussi."
    assert (
        paragraphs(text) == "Titre\n\nUne ligne coupée. Puis une autre.\n\nLa suite coupée aussi."
    )


def test_the_drafter_offsets_still_point_into_the_pasted_text() -> None:
    text = HEAD + "\n" + WRAPPED
    tidy, positions = tidy_paragraphs(text)
    start = tidy.index("Nous")
    end = tidy.index(" »,")
    span = map_span(positions, (start, end))
    assert (
        text[span[0] : span[1]]
        == "Nous investissons dans les écoles, parce que la ville en\na besoin"
    )


def test_a_pasted_wrapped_text_names_its_headline() -> None:
    article = article_from_text(HEAD + "\n\n" + WRAPPED)
    assert article.title == HEAD
    assert article.text == TIDY
