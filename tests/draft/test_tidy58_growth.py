"""« First names alone », each with a quotation, cost about linear work (tidy58): a source
reads only the entities mentioned where it stands (the registry files each mention as it is
added), an office's body lists the entities met before it only for a role in a body, and a
sentence end is tested against the paragraph's quotations by bisection. Steps are counted,
never a time; the answers stay a scan's."""

from __future__ import annotations

import random

from quizapp.draft import analyze
from quizapp.draft.reporting.cue_forms import negation
from quizapp.draft.speakers import met
from quizapp.draft.speakers.entity import Entity
from quizapp.draft.speakers.registry import Registry
from quizapp.draft.text import segment
from quizapp.draft.words.lexicon import Lexicon, load


def _first_names(count: int) -> str:
    """One paragraph of ``count`` invented first names, each saying « oui »."""
    chance = random.Random(count)
    letters = [chance.choice("bcdfglmnprst") + chance.choice("aeiou") for _ in range(3 * count)]
    names = ["".join(letters[i : i + 3]) for i in range(0, 3 * count, 3)]
    return " ".join(f"{name.title()} a dit : « oui »." for name in names)


def test_a_source_reads_only_the_entities_mentioned_in_it(monkeypatch) -> None:
    tally = [0]
    real = met.MentionStarts.within

    def counted(self, mentions, span):
        tally[0] += 1
        return real(self, mentions, span)

    monkeypatch.setattr(met.MentionStarts, "within", counted)
    analyze(_first_names(160), "fr")
    assert tally[0] <= 4 * 160  # every entity met for each source: 12,000 and more on main


def test_a_mention_appended_later_is_found_by_where_it_stands() -> None:
    registry = Registry()
    anne = Entity("anne", "Anne", "named", True)
    registry["anne"] = anne
    registry["a"] = anne  # two keys: the values hold her twice
    marc = Entity("marc", "Marc", "named", True, mentions=[(40, 44)])
    registry["marc"] = marc
    anne.mentions.append((10, 14))
    assert list(registry.mentioned_within((0, 20))) == [anne, anne]
    marc.mentions = [(12, 13)]  # a new list, filed again
    assert list(registry.mentioned_within((0, 20))) == [anne, anne, marc]


def test_a_sentence_end_inside_a_quotation_as_the_scan_said() -> None:
    chance = random.Random(58)
    for _ in range(200):
        quotes = [(s, s + chance.randint(0, 12)) for s in sorted(chance.sample(range(80), 6))]
        inside = segment._Inside(quotes)
        for position in range(100):
            assert inside(position) == any(s < position < e - 1 for s, e in quotes)


def test_a_relative_wishing_is_read_from_the_lexicon(monkeypatch) -> None:
    """« Le maire, qui ne veut pas que la gare ferme » describes him: the relative pronoun is the
    lexicon's ``relative_pronouns``, no « qui » written in code (tidy58)."""
    lex = load("fr")
    words = ["le", "maire", ",", "qui", "ne", "veut", "pas", "que", "la", "gare", "ferme"]
    assert negation._no_one_wishes(words, 5, lex)
    real = Lexicon.word_set

    def without_relatives(self: Lexicon, name: str) -> frozenset[str]:
        return frozenset() if name == "relative_pronouns" else real(self, name)

    monkeypatch.setattr(Lexicon, "word_set", without_relatives)
    assert not negation._no_one_wishes(words, 5, lex)
