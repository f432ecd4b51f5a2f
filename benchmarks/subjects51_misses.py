"""subjects51: for each finite intent verb of spoken_intent_verbs on the French tuning keys
(blind27-49; the stand-in blind50 is never read), whether the widened subject readers of
pipeline/wide_subjects read a subject at all, and why the rule still stops: the subject
reading (pronoun, name, apposed name, description, « et »), whether the subject's person has
another finding in the same or the previous paragraph, and whether the verb's paragraph holds
a quotation (a direct or mixed finding) of anyone. Read and keyed by intent51_misses's
``occurrences`` (a key no finding matched covers 30 % of itself after the verb in its
sentence: an upper bound), tallied by its ``count`` over its ``tuning_articles``.

SUBJECTS51=appos,descr,et python benchmarks/subjects51_misses.py [--rows]
(with PYTHONPATH set to a tree at subjects51's trial, f640e48f, reverted by 180e0d77)
"""

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from intent51_misses import count, occurrences, print_tally, tuning_articles

from quizapp.draft.pipeline import spoken_intents as rule
from quizapp.draft.pipeline import wide_subjects as wide


def shape(before: str, lex) -> str:
    """Which reader's shape the words before the verb have."""
    if rule._subject_pronoun(lex).search(before):
        return "pronoun"
    if rule._NAME.search(before):
        return "name"
    if wide.apposed_subject_before(before, lex):
        return "apposed"
    if wide._JOINED.search(before):
        return "et"
    if wide.opens_description(before.strip(), lex):
        return "description"
    return "other"


def rows_of(path: Path):
    """(lemma, keyed, shape, read, quoted, snippet) per intent verb of one article."""
    for at in occurrences(path):
        start, end = at.paragraph
        quoted = any(
            start <= a.content[0] < end and a.kind in ("direct", "mixed") for a in at.found
        )
        yield (
            at.verb.lemma,
            at.hit,
            shape(at.before, at.lex),
            at.beside is not None,
            quoted,
            at.snippet,
        )


def main() -> None:
    """Tally keyed / rows by set, shape, read (a speaker beside) and quoted paragraph."""
    show = "--rows" in sys.argv
    tally: dict[tuple, Counter] = {}
    for path, sets in tuning_articles():
        for lemma, hit, kind, read, quoted, snippet in rows_of(path):
            if show and "blind42-49" in sets and hit:
                print("+", kind, read, quoted, lemma, path.name, "|", snippet[:160])
            keys = [(s, kind, read, quoted) for s in sets]
            count(tally, keys + [(s, "ALL", read, quoted) for s in sets], hit)
    print_tally(tally)


if __name__ == "__main__":
    main()
