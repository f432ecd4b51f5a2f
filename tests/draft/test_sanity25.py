"""sanity25: plain bugs seen on fresh articles, on made-up sentences.

A word opening a paragraph after a headline with no full stop opens a sentence: its capital is
no sign of a name, so after « que » / "that" it goes to lower case like any other opener.
"""

import pytest

from quizapp.draft import analyze
from quizapp.draft.drafting.draft_base import DraftBase
from quizapp.draft.drafting.questions import draft_questions
from quizapp.draft.drafting.wording.passages import reported_cut
from quizapp.draft.drafting.wording.reported_words import promised
from quizapp.draft.drafting.wording.sentence_case import after_that
from quizapp.draft.drafting.wording.speaker_openings import in_sentence
from quizapp.draft.findings import Analysis, Attribution
from quizapp.draft.words.lexicon import load

AFTER_HEADLINES = [
    (
        "Bus route saved\n\nCouncillors voted on Monday to keep the route. Three councillors "
        "objected.",
        "Councillors voted on Monday to keep the route",
        "councillors voted on Monday to keep the route",
    ),
    (
        "Water bills to rise\n\nHouseholds will pay more from April, the firm said. Most "
        "households will see a rise of 4%.",
        "Households will pay more from April",
        "households will pay more from April",
    ),
    (
        "Les théâtres rouvrent\n\nNombre de salles rouvriront en mai. Le nombre de places "
        "restera limité.",
        "Nombre de salles rouvriront en mai",
        "nombre de salles rouvriront en mai",
    ),
]


@pytest.mark.parametrize(("article", "words", "reported"), AFTER_HEADLINES)
def test_a_paragraphs_first_word_after_a_headline_is_lowered(
    article: str, words: str, reported: str
) -> None:
    assert after_that(words, article, frozenset()) == reported


@pytest.mark.parametrize(
    ("article", "words"),
    [
        (
            "Vote on Thursday\n\nLabour will vote against the plan. The party said that Labour "
            "would not back it. Union labour costs rose.",
            "Labour will vote against the plan",
        ),
        (
            "Grève à l'usine\n\nSolidaires appelle à la grève. Le syndicat Solidaires réclame "
            "des hausses; les salariés sont solidaires.",
            "Solidaires appelle à la grève",
        ),
    ],
)
def test_a_name_written_with_its_capital_inside_a_sentence_keeps_it(
    article: str, words: str
) -> None:
    assert after_that(words, article, frozenset()) == words


# A question the speaker asks or answers is reported with no « qui affirme que … » / "claims
# that …": « qui affirme que pourquoi … » made no sentence.
ASKED = [
    (
        "fr",
        "Les abeilles disparaissent\n\nUne étude explique pourquoi les abeilles quittent les "
        "villes depuis dix ans. Le maire, Paul Brun, a déclaré que la ville planterait des "
        "fleurs. Selon Anne Roux, les ruches sont pleines.",
    ),
    (
        "fr",
        "Audience à Lyon\n\nLa présidente du tribunal lui a demandé s'il avait quelque chose à "
        "ajouter. L'avocat, Paul Brun, a déclaré que son client regrettait. Selon Anne Roux, "
        "la peine sera lourde.",
    ),
    (
        "fr",
        "Un loup ?\n\nLes agents ont fait des prélèvements qui confirmeront si un loup est "
        "responsable ou non. Le maire, Paul Brun, a déclaré que la ville planterait des haies. "
        "Selon Anne Roux, les brebis sont rentrées.",
    ),
    (
        "en",
        "School to close\n\nA consultant told the board which one of the three schools should "
        "close. Mayor Paul Brown said the town would keep its library. According to Ann Ross, "
        "the vote is on Monday.",
    ),
]


def _prompts(text: str, language: str) -> list[str]:
    return [q["prompt"] for q in draft_questions(analyze(text, language))]


@pytest.mark.parametrize(("language", "text"), ASKED)
def test_a_question_asked_is_never_reported_as_a_claim(language: str, text: str) -> None:
    prompts = " ".join(_prompts(text, language))
    for asked_words in ("pourquoi les abeilles", "s'il avait", "which one of", "si un loup"):
        assert asked_words not in prompts
    assert any(w in prompts for w in ("ville planterait", "son client", "library"))


@pytest.mark.parametrize(
    "text",
    [
        "Le conseil vote lundi\n\nLe maire, Paul Brun, a expliqué que si la motion passe, le "
        "décret sera publié. Selon Anne Roux, le vote est serré. Marc Petit a déclaré que la "
        "ville attendrait.",
    ],
)
def test_a_conditional_si_stays_a_claim(text: str) -> None:
    assert any("si la motion passe" in prompt for prompt in _prompts(text, "fr"))


@pytest.mark.parametrize(
    ("speaker", "inside"),
    [
        ("One senior source", "one senior source"),
        ("Two environmental groups", "two environmental groups"),
        ("Another neighbour", "another neighbour"),
        ("All of the town's schools", "all of the town's schools"),
        ("Oneida County officials", "Oneida County officials"),
        ("Tenby Town Council", "Tenby Town Council"),
    ],
)
def test_an_english_number_word_goes_to_lower_case_inside_a_sentence(
    speaker: str, inside: str
) -> None:
    """ "According to the article, One patient claims…" (sanity25: 30 in 14 batches)."""
    assert in_sentence(speaker) == inside


@pytest.mark.parametrize(
    ("content", "reported"),
    [
        ("il part, un point c'est tout !", "il part, un point c'est tout"),
        ("le radar flashe mille fois par heure!", "le radar flashe mille fois par heure"),
        ("il a dit « c'est tout ! »", "il a dit « c'est tout ! »"),
    ],
)
def test_the_narrations_exclamation_mark_is_no_part_of_reported_words(
    content: str, reported: str
) -> None:
    """« c'est X qui affirme qu'il part, un point c'est tout !. » (sanity25)."""
    assert reported_cut(content) == reported


def test_an_english_vow_is_never_asked_as_a_claim() -> None:
    """ "Labour has vowed to scrap all hospital parking charges": "Who claims to scrap…" read a
    vow as a claim of scrapping (sanity25: 8 corpus prompts in 8 batches)."""
    text = (
        "Parking charges\n\nLabour has vowed to scrap all hospital parking charges. Mayor Ann "
        "Ross said the car park would open in May. According to Tom Reid, the fees rose by 10%."
    )
    analysis = analyze(text, "en")
    by_speaker = {found.speaker: found for found in analysis.attributions}
    assert promised(analysis, by_speaker["Labour"])
    assert not promised(analysis, by_speaker["Ann Ross"])
    base = DraftBase(analysis, load("en").raw["wording"])
    quotable = {found.speaker for found in base.quotable()}
    assert "Labour" not in quotable and "Ann Ross" in quotable


def _finding(text: str, content: str, cue: str, mention: str) -> Attribution:
    def span(words: str) -> tuple[int, int]:
        start = text.index(words)
        return (start, start + len(words))

    return Attribution(
        span(content), span(cue), span(mention), "un témoin", span(mention),
        "indirect", "anonymous", None, 0.8,
    )  # fmt: skip


def test_a_pronoun_describes_no_anonymous_source() -> None:
    """« Sélectionnez … les mots qui désignent la source anonyme … » answered « il » (sanity25:
    9 corpus locates of 8 batches): the locate goes to a finding that describes the source."""
    text = (
        "Incendie\n\nIl explique que le feu a pris dans la grange. Le témoin ajoute que les "
        "pompiers sont arrivés très vite."
    )
    found = (
        _finding(text, "le feu a pris dans la grange", "explique", "Il"),
        _finding(text, "les pompiers sont arrivés très vite", "ajoute", "Le témoin"),
    )
    analysis = Analysis("fr", text, found, (), ())
    locates = [q for q in draft_questions(analysis) if q["type"] == "locate"]
    assert [q["answer"] for q in locates if "anonyme" in q["prompt"]] == [["Le témoin"]]
