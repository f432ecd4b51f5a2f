"""mend58c (review58b on places58): a document naming a body in its complement takes no
place's words (« l'étude de l'Association des maires de France », "the council survey"); a
person written as a name speaks for a place, its first name listed or not ("Okonkwo",
« Nguyen Van Thanh »); a second cue takes the first cue's subject only when it goes on with it
(« qui », « et dénonce »), never across « alors que », "while" or another voice. The faults
are not reached through ``analyze`` on short texts (the resolver does not give these words to
the place there), so ``placed`` is called as ``plausible`` calls it, as test_places58 does."""

from __future__ import annotations

import pytest

from quizapp.draft.findings import Attribution
from quizapp.draft.pipeline.resolve import Registry
from quizapp.draft.speakers.entity import Entity
from quizapp.draft.speakers.speaker_checks.passed_places import placed
from quizapp.draft.words.lexicon import load
from tests.draft.readings import made_finding


def _placed(
    text: str, language: str, found: list[Attribution], taken: str, *people: str
) -> Attribution:
    """``placed`` on the last of ``found``, the reading giving ``taken``; ``people`` are the
    registry's persons, with no title or seat; one paragraph, sentences cut at full stops."""
    registry = Registry(text, load(language))
    for name in people:
        registry.entities[name.lower()] = Entity(name.lower(), name, "named", person=True)
    sentences, start = [], 0
    for at, char in enumerate(text):
        if char == ".":
            sentences.append((start, at + 1))
            start = at + 1
    spans = (sentences, [(0, len(text))])
    lex = load(language)
    return placed(found[-1], registry, lex, lambda: (taken, "named"), found, spans)


_STUDY = (
    "C'est le cas de nombreuses petites villes, comme le montre {}. "
    "Aujourd'hui, Valbourg compte 15% de locaux vides. Il faut « ramener de la vie en ville »."
)


@pytest.mark.parametrize(
    "document",
    ["l'étude de l'Association des maires de France", "le rapport de la Cour des comptes"],
)
def test_a_document_naming_a_body_takes_no_place_words(document: str) -> None:
    text = _STUDY.format(document)
    finding = made_finding(text, "ramener de la vie en ville", "Valbourg")
    out = _placed(text, "fr", [finding], document, document).speaker
    assert out != document  # main: the document took the town's words


def test_an_english_survey_takes_no_place_words() -> None:
    text = 'Many towns are the same, the council survey shows. Slough is dirty. "It is neglect."'
    finding = made_finding(text, "It is neglect.", "Slough")
    survey = "the council survey"
    assert _placed(text, "en", [finding], survey, survey).speaker != survey  # main: it did


@pytest.mark.parametrize(
    ("language", "text", "person", "words", "place"),
    [
        (
            "en",
            'The streets of Slough are dirty, Okonkwo said. "It is neglect."',
            "Okonkwo",
            "It is neglect.",
            "Slough",
        ),
        (
            "fr",
            "Les rues de Valbourg sont sales, a dit Nguyen Van Thanh. « C'est un abandon. »",
            "Nguyen Van Thanh",
            "C'est un abandon.",
            "Valbourg",
        ),
    ],
)
def test_a_named_person_whose_first_name_is_unlisted_speaks(
    language: str, text: str, person: str, words: str, place: str
) -> None:
    finding = made_finding(text, words, place)
    out = _placed(text, language, [finding], person, person)
    assert out.speaker == person  # main: the place


@pytest.mark.parametrize(
    ("language", "text", "mayor", "words", "voice"),
    [
        (
            "fr",
            "« Nous ne céderons pas », a prévenu le maire, alors que Paul Garnier parle d'un "
            "projet « qui ruine le Grand-Valbourg ».",
            "le maire",
            "qui ruine le Grand-Valbourg",
            "Paul Garnier",
        ),
        (
            "fr",
            "« Nous ne céderons pas », a prévenu le maire, qui a lu la lettre de la préfète "
            "évoquant « un danger pour le Grand-Valbourg ».",
            "le maire",
            "un danger pour le Grand-Valbourg",
            "la préfète",
        ),
        (
            "en",
            '"We will not give in," the mayor warned, while residents called it "a disaster '
            'for Slough".',
            "the mayor",
            "a disaster for Slough",
            "residents",
        ),
    ],
)
def test_a_second_cue_of_another_clause_is_not_the_first_subject(
    language: str, text: str, mayor: str, words: str, voice: str
) -> None:
    place = words.split()[-1]
    first = made_finding(text, text[2:10], place, mayor)
    second = made_finding(text, words, place)
    out = _placed(text, language, [first, second], voice, voice)
    assert out.speaker == voice  # main: the mayor, the subject written before it


@pytest.mark.parametrize("going_on", ["qui défend le nom et dénonce", "et dénonce"])
def test_a_second_cue_going_on_with_its_subject_is_that_subject(going_on: str) -> None:
    text = (
        "« Combien cela va-t-il coûter ? », demande Paul Garnier. « Ce nom nous fera "
        f"connaître ! », balaye le maire {going_on} ceux « qui sont contre le Grand-Valbourg »."
    )
    first = made_finding(text, "Ce nom nous fera connaître !", "Grand-Valbourg", "le maire")
    second = made_finding(text, "qui sont contre le Grand-Valbourg", "Grand-Valbourg")
    out = _placed(text, "fr", [first, second], "Paul Garnier", "Paul Garnier")
    assert out.speaker == "le maire"
