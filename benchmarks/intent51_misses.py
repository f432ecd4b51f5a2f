"""intent51: where the spoken-intent rule (pipeline/spoken_intents) stops on each finite intent
verb of the lexicon list spoken_intent_verbs, over the French tuning keys (blind27-49; the
stand-in blind50 is never read). For each occurrence outside quotation marks past the first
paragraph: is it keyed (a key no finding matched covers at least 30 % of itself inside the
verb's sentence after the verb), and the first of the rule's steps that stops it: 1 the subject
is no pronoun nor name right before the verb, 2 no finding of the subject's speaker in the same
or the previous paragraph (or the pronoun does not fit him), 3 the object is no intent (no
infinitive, a « que », a negation), 4 a finding already covers the object (on the trial, the
rule's own added intents too, so that row's key is no longer free: its keyed count reads 0), 5
the rule would add it (none: the trial adds them, and they fall under 4). Run on the
branch's tree after the analysis (the findings are the final ones, the resolver's entities are
not at hand: a pronoun is checked on first names and person nouns only), so the stage is an
estimate of which guard stops a row, not the rule's own trace.

python benchmarks/intent51_misses.py [--rows]
(with PYTHONPATH set to intent51's trial tree, 7ca0d326, whose lexicon lists the fourteen verbs;
--rows prints the blind42-49 occurrences)
"""

import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parent))
from draft_eval import CORPUS, coverage
from keyed_findings import keyed_article

from quizapp.draft.pipeline import spoken_intents as rule
from quizapp.draft.text.segment import paragraphs
from quizapp.draft.words.lexicon import Lexicon, load

SETS = {"tuning": r"blind(2[7-9]|3[0-9]|4[0-9])", "blind42-49": r"blind4[2-9]"}


class Occurrence(NamedTuple):
    """One finite intent verb of an article as both probes read it (subjects51_misses too):
    the article's findings, the verb's paragraph, sentence opening and end, whether a free key
    follows it, the words before it and the speaker the rule finds beside it."""

    lex: Lexicon
    text: str
    found: list
    verb: object
    paragraph: tuple[int, int]
    opening: int
    stop: int
    hit: bool
    before: str
    beside: object
    snippet: str


def occurrences(path: Path) -> Iterator[Occurrence]:
    """Each intent verb of one article with its sentence, keyed or not, the speaker beside."""
    lex = load("fr")
    keyed = keyed_article(path)
    text, found = keyed.article.text, list(keyed.analysis.attributions)
    free = [
        k.content for j, k in enumerate(keyed.article.attributions) if j not in keyed.pairs.values()
    ]
    paras = paragraphs(text)
    for verb in rule._intent_verbs(text, lex, paras):
        start, end = paras[verb.paragraph]
        opening = max(
            (m.end() for m in rule._SENTENCE_END.finditer(text, start, verb.span[0])), default=start
        )
        stop = rule._sentence_end(text, verb.span[1], end)
        hit = any(coverage((verb.span[1], stop), k) >= 0.3 for k in free)
        before = text[opening : verb.span[0]]
        beside = rule._speaker_beside(found, text, lex, paras, verb, opening, [])
        snippet = text[opening : min(stop, verb.span[1] + 80)].replace("\n", " ")
        yield Occurrence(
            lex, text, found, verb, (start, end), opening, stop, hit, before, beside, snippet
        )


def rows_of(path: Path):
    """(lemma, keyed, subject kind, stage, snippet) per intent verb of one article."""
    for at in occurrences(path):
        kind = (
            "pronoun"
            if rule._subject_pronoun(at.lex).search(at.before)
            else "name"
            if rule._NAME.search(at.before)
            else "other"
        )
        content = rule._object(at.text, at.lex, at.verb, at.stop)
        covered = content and any(
            a.content[0] < content[1] and content[0] < a.content[1] for a in at.found
        )
        if kind == "other":
            stage = "1-subject-unread"
        elif at.beside is None:
            stage = "2-no-speaker-beside"
        elif content is None:
            stage = "3-object"
        else:
            stage = "4-found-or-kept" if covered else "5-would-add"
        yield at.verb.lemma, at.hit, kind, stage, at.snippet


def tuning_articles() -> Iterator[tuple[Path, list[str]]]:
    """The French keys of the tuning set with the sets of ``SETS`` each belongs to (the
    stand-in blind50 never)."""
    for path in sorted(CORPUS.glob("fr-*.json")):
        ann = path.read_text(encoding="utf-8")
        sets = [s for s, p in SETS.items() if re.search(p, ann)]
        if sets and not re.search(r"blind50", ann):
            yield path, sets


def count(tally: dict[tuple, Counter], keys: list[tuple], hit: bool) -> None:
    """One row more, keyed or not, under each of ``keys``."""
    for key in keys:
        c = tally.setdefault(key, Counter())
        c["rows"] += 1
        c["keyed"] += hit


def print_tally(tally: dict[tuple, Counter]) -> None:
    """keyed/rows per key, in key order."""
    for key, c in sorted(tally.items()):
        print(*key, f"{c['keyed']}/{c['rows']}")


def main() -> None:
    """Tally keyed / rows by set, lemma, subject kind and stage."""
    show = "--rows" in sys.argv
    tally: dict[tuple, Counter] = {}
    for path, sets in tuning_articles():
        for lemma, hit, kind, stage, snippet in rows_of(path):
            if show and "blind42-49" in sets:
                print("+" if hit else "-", stage, kind, lemma, path.name, "|", snippet[:200])
            keys = [(s, lemma, "*", stage) for s in sets]
            keys += [(s, lemma, kind, stage) for s in sets]
            count(tally, keys + [(s, "ALL", "*", stage) for s in sets], hit)
    print_tally(tally)


if __name__ == "__main__":
    main()
