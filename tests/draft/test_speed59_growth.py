"""Long sentences with many cues and paragraphs of straight marks that never pair up cost no
more reading than they must (speed59): each count below grew with the square of the cues or
marks before. Steps are counted, never a time; the answers stay the walks' (checked against
them where the walk is still in the code)."""

from __future__ import annotations

import random
import re

from quizapp.draft import analyze
from quizapp.draft.clause.noun_phrases import noun_phrase
from quizapp.draft.clause.subjects import clause_bounds
from quizapp.draft.reporting.english_cue_forms import object_speakers
from quizapp.draft.shapes.detect import content_bounds
from quizapp.draft.speakers.acronyms import spelled
from quizapp.draft.speakers.entity import Entity
from quizapp.draft.text import quotation_marks
from quizapp.draft.text.segment import tokens
from quizapp.draft.words.lexicon import Lexicon, load


def _lower_case(count: int) -> str:
    """``count`` English cues in lower case: read as one sentence up to its length bound."""
    chance = random.Random(count)
    names = ["".join(chance.choice("BCDFGHJKLM") for _ in range(4)) for _ in range(count)]
    return " ".join(f"the {name} said yes." for name in names)


def _counting(monkeypatch, module: object, name: str) -> list[int]:
    """A tally of the calls to ``module.name``, the function still answering."""
    tally, real = [0], getattr(module, name)

    def counted(*args, **kwargs):
        tally[0] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return tally


def test_a_clause_start_walks_back_over_its_stops_only(monkeypatch) -> None:
    """Each token is tested as a clause break once a sentence, not once for each cue."""
    tally = _counting(monkeypatch, clause_bounds, "_in_number")
    text = _lower_case(100)
    analyze(text, "en")
    assert tally[0] <= 2 * len(tokens(text, (0, len(text)), "en"))  # 20,000 and more on main


def test_reported_content_asks_only_up_to_the_first_new_claim(monkeypatch) -> None:
    tally = _counting(monkeypatch, content_bounds, "_new_claim")
    analyze(_lower_case(100), "en")
    assert tally[0] <= 400  # every later cue for each cue on main: 4,000 and more


def test_the_nesting_verbs_are_gathered_once(monkeypatch) -> None:
    """``nested`` joined plain saying and judging verbs for every pair of drafts."""
    asked, real = [0], Lexicon.words

    def counted(self: Lexicon, key: str):
        asked[0] += key == "that_cues"
        return real(self, key)

    monkeypatch.setattr(Lexicon, "words", counted)
    analyze(_lower_case(60), "en")
    assert asked[0] <= 5  # once a pair of drafts on main: hundreds


def test_verb_index_folds_each_word_once(monkeypatch) -> None:
    lex, text = load("en"), _lower_case(40)
    words = tokens(text, (0, len(text)), "en")
    assert noun_phrase.verb_index(words, lex, reporting=False) is None  # "the X said": a noun
    tally = _counting(monkeypatch, noun_phrase, "fold")
    noun_phrase.verb_index(words, lex, reporting=False)
    assert tally[0] <= len(words) + 1  # three times a word on main


def test_a_description_of_one_word_tries_no_acronym(monkeypatch) -> None:
    """Two content words at least spell an acronym: "the ABCD" tries none of those met."""
    entities = {f"a:{c}bcd": Entity(f"a:{c}bcd", f"{c.upper()}BCD", "named", True) for c in "ef"}
    entities |= {f"a:k{c}": Entity(f"a:k{c}", f"K{c.upper()}", "named", True) for c in "lmnpq"}
    tally = _counting(monkeypatch, spelled, "spells")
    assert spelled.spelled_by(entities, "the ABCD") is None
    assert tally[0] == 0  # every acronym met on main
    assert spelled.spelled_by(entities, "Kilo Larsen") is entities["a:kl"]


def test_a_caused_speaker_reads_the_clause_only_after_to(monkeypatch) -> None:
    lex = load("en")
    text = "the findings " * 200 + "led the authors to suspect that it works"
    cue = text.index("suspect")
    assert object_speakers.caused_speaker(text, 0, cue, lex) is not None  # "the authors"
    pattern = object_speakers._WORD_BEFORE
    finds = [0]

    class Watched:
        def finditer(self, *args):
            finds[0] += 1
            return pattern.finditer(*args)

    monkeypatch.setattr(object_speakers, "_WORD_BEFORE", Watched())
    assert object_speakers.caused_speaker(text, 0, text.index("it works"), lex) is None
    assert finds[0] == 0  # every word from the clause start on main


def test_straight_marks_that_never_pair_are_looked_up(monkeypatch) -> None:
    """« "a "b "c … »: each opener walked every mark to the paragraph's end."""
    tally = _counting(monkeypatch, quotation_marks, "_typed_apostrophe")
    text = " ".join(f'"mot{i} suite' for i in range(300))
    quotation_marks.quotations(text, [(0, len(text))])
    assert tally[0] <= 2 * 300  # 45,000 on main


def test_the_look_up_answers_as_the_walk() -> None:
    chance = random.Random(59)
    pieces = ['"', " ", "a", "n", "l", "qu", "1", ".", " ", '"', "\n"]
    for _ in range(400):
        text = "".join(chance.choice(pieces) for _ in range(chance.randint(1, 30)))
        marks = quotation_marks._StraightMarks(text)
        for opener in (m.start() for m in re.finditer('"', text)):
            for end in range(opener + 1, len(text) + 1):
                walked = quotation_marks._past_inner_straight(text, opener, end)
                assert marks.past_inner(text, opener, end) == walked
