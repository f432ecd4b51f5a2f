"""sanity26: plain bugs seen on fresh articles, on made-up sentences.

An opener written all in capitals goes to lower case whole; a straight quotation mark before a
stop closes even after a space; a word a passage writes only with a capital inside a sentence
is a name, not the loaded or hedging word it spells.
"""

import pytest

from quizapp.draft import analyze
from quizapp.draft.claims import loaded_words
from quizapp.draft.drafting.questions import draft_questions
from quizapp.draft.drafting.wording.passages import balanced_marks, inner_marks
from quizapp.draft.drafting.wording.speaker_openings import in_sentence
from quizapp.draft.words.lexicon import load


@pytest.mark.parametrize(
    ("words", "lowered"),
    [
        ("THE Harbour Trust has apologised", "the Harbour Trust has apologised"),
        ("AN ELDERLY driver was hurt", "an ELDERLY driver was hurt"),
        ("A CYCLIST has died", "a CYCLIST has died"),
        ("LES habitants de Moret", "les habitants de Moret"),
        ("The Harbour Trust", "the Harbour Trust"),
    ],
)
def test_an_opener_in_capitals_is_lowered_whole(words: str, lowered: str) -> None:
    assert in_sentence(words) == lowered


@pytest.mark.parametrize("words", ["NHS England has said", "BBC Radio Kent", "UFC-Que Choisir"])
def test_an_acronym_opening_keeps_its_capitals(words: str) -> None:
    assert in_sentence(words) == words


@pytest.mark.parametrize(
    ("passage", "shown"),
    [
        ('Le club se dit " très déçu ".', "Le club se dit “ très déçu ”."),
        (
            'Elle parle d\'un " bon début ", puis se tait.',
            "Elle parle d'un “ bon début ”, puis se tait.",
        ),
        ('Le maire se dit " surpris " !', "Le maire se dit “ surpris ” !"),
    ],
)
def test_a_spaced_straight_mark_before_a_stop_closes(passage: str, shown: str) -> None:
    assert inner_marks(passage, "fr") == shown


@pytest.mark.parametrize(
    ("passage", "shown"),
    [
        ('Il a dit "oui", puis "non".', "Il a dit “oui”, puis “non”."),
        ('"Jamais", répond-elle.', "“Jamais”, répond-elle."),
        ('un " record " absolu', "un “ record ” absolu"),
    ],
)
def test_straight_marks_elsewhere_read_as_before(passage: str, shown: str) -> None:
    assert inner_marks(passage, "fr") == shown


def test_reported_words_ending_on_a_spaced_mark_stay_balanced() -> None:
    assert balanced_marks('le bilan est " positif ".', "fr") == "le bilan est “ positif ”."


@pytest.mark.parametrize(
    "passage",
    [
        "The vote was moved to the end of May.",
        "The parade will be held on Sunday 12 May in Westby.",
        "The minister, Julia May, opened the new ward.",
        "Tickets went on sale for the May Day fair.",
    ],
)
def test_a_capitalised_word_inside_a_sentence_is_a_name(passage: str) -> None:
    assert loaded_words(passage, load("en")) == []


@pytest.mark.parametrize(
    "passage",
    [
        "The vote may be delayed until the spring.",
        "Ministers May Face A Revolt Over Fares",
        "May brings longer days, and the fair.",
    ],
)
def test_the_word_itself_is_still_loaded(passage: str) -> None:
    assert loaded_words(passage, load("en")) == ["may"]


def test_a_sentence_dated_in_may_is_a_fact() -> None:
    text = (
        "Fair returns to Westby\n\nThe council said the fair would return. "
        "Stalls will open on the green in early May, with 40 traders taking part.\n"
    )
    analysis = analyze(text, "en")
    claims = [c for c in analysis.unattributed if "early May" in analysis.passage(c.span)]
    assert claims and claims[0].label == "fact"


MARKET = """Le marché de Noël attire la foule

Le marché de Noël de Vireux a ouvert ses portes samedi. Plus de 3000 visiteurs sont venus le \
premier week-end.

« Les gens ont aimé les chalets en bois et la patinoire », explique Paul Marceau, le président \
du comité des fêtes. « Nous avons dû ajouter des tables devant la salle. »

« Chalets en bois et patinoire »

Les exposants viennent de toute la région. La buvette est tenue par des bénévoles du club de \
football.

Le marché restera ouvert jusqu'au 24 décembre. Paul Marceau a déjà prévu une nouvelle édition \
l'an prochain.
"""

LIBRARY = """Library saved by volunteers

The library in Westby will stay open after volunteers offered to run it. Anna Jenkins has \
lived in the village for thirty years.

"We could not let the village lose its library," said Anna Jenkins, who leads the volunteers. \
"Forty people have signed up already."

The library opened in 1962 and lends about 9,000 books a year. The council will keep paying \
for the building until 2026.
"""


def _statements(text: str, language: str) -> list[dict]:
    analysis = analyze(text, language, headline=text.splitlines()[0])
    return [q for q in draft_questions(analysis) if q["type"] == "true_false"]


def test_a_subhead_repeating_a_speakers_words_is_not_asked() -> None:
    prompts = [q["prompt"] for q in _statements(MARKET, "fr")]
    assert not any("Chalets en bois et patinoire" in p for p in prompts)
    assert any("Les exposants viennent de toute la région" in p for p in prompts)


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [(MARKET, "fr", "Paul Marceau"), (LIBRARY, "en", "Anna Jenkins")],
)
def test_a_claim_naming_the_speaker_is_never_falsely_given_to_him(
    text: str, language: str, name: str
) -> None:
    statements = _statements(text, language)
    given = [q for q in statements if not q["answer"] and q["prompt"].count(name) > 1]
    assert given == []


def test_a_claim_naming_the_only_speaker_is_asked_as_the_outlets() -> None:
    statements = _statements(LIBRARY, "en")
    asked = [q for q in statements if "has lived in the village" in q["prompt"]]
    assert asked and all(q["answer"] for q in asked)
    assert "without attributing" in asked[0]["prompt"]
