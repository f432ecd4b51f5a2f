"""places58: a place's words reached through a reading pass only to a voice that can speak for
the place — a person vouched by a title, a seat or a first name, or a name holding a person's
or a body's noun or an honorific ("Labour councillors", "Town Cllr Dave X"), never a document
(« le Baromètre des territoires », a survey); a second cue of one subject written earlier in
the sentence (« …, balaye le maire qui défend le nom et dénonce ceux « qui… » ») is that
subject's words, not a reading's person from the sentence before. Made-up texts, ``placed``
called as ``plausible`` calls it."""

from __future__ import annotations

import pytest

from quizapp.draft.findings import Span
from quizapp.draft.pipeline.resolve import Registry
from quizapp.draft.speakers.entity import Entity
from quizapp.draft.speakers.speaker_checks.passed_places import placed
from quizapp.draft.words.lexicon import load
from tests.draft.readings import made_finding


def _registry(text: str, language: str, *people: str) -> Registry:
    """A registry holding ``people`` as persons, with no title or seat."""
    registry = Registry(text, load(language))
    for name in people:
        registry.entities[name.lower()] = Entity(name.lower(), name, "named", person=True)
    return registry


def _sentences(text: str) -> list[Span]:
    """The text's sentences, cut after each full stop."""
    spans, start = [], 0
    for at, char in enumerate(text):
        if char == ".":
            spans.append((start, at + 1))
            start = at + 1
    return spans


_SURVEY = (
    "C'est le cas de nombreuses petites villes, comme le montre le Baromètre des territoires. "
    "Aujourd'hui, Valbourg compte 15% de locaux vides. Il faut « ramener de la vie en ville »."
)


def test_a_survey_read_for_a_place_does_not_take_its_words() -> None:
    text, survey = _SURVEY, "le Baromètre des territoires"
    finding = made_finding(text, "ramener de la vie en ville", "Valbourg")
    registry, lex = _registry(text, "fr", survey), load("fr")
    spans = (_sentences(text), [(0, len(text))])
    out = placed(finding, registry, lex, lambda: (survey, "named"), [finding], spans)
    assert out.speaker != survey  # main: the survey took the town's words


@pytest.mark.parametrize("voice", ["Labour councillors", "Town Cllr Dave Gordon"])
def test_councillors_read_for_a_place_keep_its_words(voice: str) -> None:
    text = f'The streets of Slough are dirty, {voice} said. "It is neglect."'
    finding = made_finding(text, "It is neglect.", "Slough")
    registry, lex = _registry(text, "en", voice), load("en")
    spans = (_sentences(text), [(0, len(text))])
    out = placed(finding, registry, lex, lambda: (voice, "named"), [finding], spans)
    assert out.speaker == voice  # not vouched by a title entity: still a voice


_SECOND_CUE = (
    "« Combien cela va-t-il coûter ? », demande Paul Garnier. « Ce nom nous fera connaître ! », "
    "balaye le maire qui défend le nom et dénonce ceux « qui sont contre le Grand-Valbourg »."
)


def test_a_second_cue_of_the_sentence_subject_is_that_subject() -> None:
    text, place = _SECOND_CUE, "Grand-Valbourg"
    first = made_finding(text, "Ce nom nous fera connaître !", place, "le maire")
    second = made_finding(text, "qui sont contre le Grand-Valbourg", place)
    registry, lex = _registry(text, "fr", "Paul Garnier"), load("fr")
    spans = (_sentences(text), [(0, len(text))])
    found = [first, second]
    out = placed(second, registry, lex, lambda: ("Paul Garnier", "named"), found, spans)
    assert out.speaker == "le maire"  # main: « Paul Garnier », the reading's person
