"""A long article costs about linear work (long55): names looked up through an index of the
text built once, persons filed once per registry, speakers' comparisons made once per pair,
and a bound on the words drafted. Each test counts steps on a text four times longer; none
asserts a time."""

from __future__ import annotations

import re

from quizapp.draft import analyze
from quizapp.draft.drafting.questions import draft_questions
from quizapp.draft.drafting.wording import phrasing
from quizapp.draft.speakers import met
from quizapp.draft.speakers.entity import Entity
from quizapp.draft.speakers.speaker_checks import place_names
from quizapp.draft.text import indexed_names
from quizapp.draft.text.article_bound import drafted_part
from quizapp.draft.words.lexicon import load
from quizapp.model.quizset import MAX_ARTICLE_CHARS


class _Reading:
    """A compiled pattern counting the characters it is given to read."""

    def __init__(self, pattern: re.Pattern[str], tally: list[int]) -> None:
        self.pattern, self.tally = pattern, tally

    def finditer(self, text: str, *args):
        self.tally[0] += len(text)
        return self.pattern.finditer(text, *args)

    def match(self, text: str, pos: int = 0, *args):
        self.tally[0] += len(self.pattern.pattern)
        return self.pattern.match(text, pos, *args)


class _Registry:
    """What ``_a_person`` reads of a registry: its entities."""

    def __init__(self, entities: dict[str, Entity]) -> None:
        self.entities = entities


def _towns(count: int) -> tuple[str, list[str]]:
    """An article of ``count`` paragraphs, each naming a town of its own after « à »."""
    names = [f"Bourg{chr(97 + n % 26)}{chr(97 + n // 26 % 26)}{n}" for n in range(count)]
    text = "\n\n".join(f"Le marché a rouvert à {name} lundi, selon la mairie." for name in names)
    return text, names


def _read_by_names(monkeypatch, count: int) -> int:
    """Characters the name patterns read to find where each of ``count`` towns stands."""
    text, names = _towns(count)
    tally = [0]
    real_compile, real_finditer = indexed_names.kept_pattern, re.finditer
    with monkeypatch.context() as patch:
        patch.setattr(met, "_whole_name", lambda name: _Reading(real_compile(
            rf"(?<=\s){re.escape(name)}\b", re.IGNORECASE), tally))  # fmt: skip
        reading = lambda source, flags=0: _Reading(real_compile(source, flags), tally)  # noqa: E731
        patch.setattr(indexed_names, "kept_pattern", reading)
        patch.setattr(place_names, "kept_pattern", reading, raising=False)

        def counted(pattern, string, flags=0):
            tally[0] += len(string)
            return real_finditer(pattern, string, flags)

        patch.setattr(re, "finditer", counted)
        indexed_names._index.cache_clear()
        met.mentions_after_space(text, names)
        lex = load("fr")
        for name in names:
            place_names._after_place_preposition(name, text, lex)
    return tally[0]


def test_names_are_found_by_reading_the_text_once_not_once_per_name(monkeypatch) -> None:
    short, long = _read_by_names(monkeypatch, 40), _read_by_names(monkeypatch, 160)
    assert long < 6 * short  # four times the names in four times the text; it was sixteen


def test_the_index_finds_what_each_names_pattern_finds() -> None:  # the same starts, in order
    text = "Il vit à Paris. À Paris-Plage, à paris, à Paris Nord et à  Paris."
    for name in ("Paris", "Paris-Plage", "paris"):
        pattern = re.compile(rf"\b(?i:à|en)\s+{re.escape(name)}(?![\w'’-])(?!\s+[A-ZÀ-Ý])")
        indexed = indexed_names.name_matches(text, r"\b(?i:à|en)\s+", name, pattern)
        assert [m.span() for m in indexed] == [m.span() for m in pattern.finditer(text)]
    assert met.mentions_after_space(text, ["paris", "Paris-Plage"]) == {
        "paris": [m.start() for m in re.finditer(r"(?<=\s)paris\b", text, re.IGNORECASE)],
        "Paris-Plage": [text.index("Paris-Plage")],
    }


def test_persons_are_filed_once_per_registry_not_read_for_each_speaker(monkeypatch) -> None:
    def entities_read(count: int) -> int:
        people = {f"Jean Nom{n}": Entity(f"Jean Nom{n}", f"Jean Nom{n}", "named", True)
                  for n in range(count)}  # fmt: skip
        registry = _Registry(people)
        read = [0]
        real = place_names.each_once

        def counting(entities):
            found = real(entities)
            read[0] += len(found)
            return found

        with monkeypatch.context() as patch:
            patch.setattr(place_names, "each_once", counting)
            for name in people:
                assert place_names.a_person(name, registry, load("fr"))
        return read[0]

    assert entities_read(160) < 6 * entities_read(40)  # it read every entity per speaker


def test_an_article_past_the_bound_is_drafted_up_to_a_paragraph_end() -> None:
    """The bound is the set's own since bounds56 (characters, ``MAX_ARTICLE_CHARS``)."""
    paragraph = " ".join(["mot"] * 999) + " fin."
    text = "\n\n".join([paragraph] * (MAX_ARTICLE_CHARS // len(paragraph) + 5))
    part = drafted_part(text)
    assert text.startswith(part) and part.endswith("fin.")
    assert MAX_ARTICLE_CHARS // 2 <= len(part) <= MAX_ARTICLE_CHARS
    assert drafted_part(paragraph) == paragraph  # an article under the bound is read whole
    one = " ".join(["mot"] * (MAX_ARTICLE_CHARS // 4 + 10))  # no paragraph end: cut at a space
    cut = drafted_part(one)
    assert one.startswith(cut) and cut.endswith("mot") and len(cut) >= MAX_ARTICLE_CHARS - 4
    assert len(cut) <= MAX_ARTICLE_CHARS


def test_each_speaker_is_named_once_for_all_the_options(monkeypatch) -> None:
    def namings(count: int) -> int:
        said = [f"« Le projet {n} avance bien », a déclaré Paul Martin{n}, maire de Lyon{n}."
                for n in range(count)]  # fmt: skip
        analysis = analyze("\n\n".join(said), "fr")
        tally = [0]
        real = phrasing.with_article

        def counted(speaker: str, text: str) -> str:
            tally[0] += 1
            return real(speaker, text)

        with monkeypatch.context() as patch:
            patch.setattr(phrasing, "with_article", counted)
            draft_questions(analysis)
        return tally[0]

    assert 0 < namings(24) < 6 * namings(6)  # each read the whole text, once per pair
