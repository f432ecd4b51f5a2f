"""subjects51: for each finite intent verb of spoken_intent_verbs on the French tuning keys
(blind27-49; the stand-in blind50 is never read), whether the widened subject readers of
pipeline/wide_subjects read a subject at all, and why the rule still stops: the subject
reading (pronoun, name, apposed name, description, « et »), whether the subject's person has
another finding in the same or the previous paragraph, and whether the verb's paragraph holds
a quotation (a direct or mixed finding) of anyone. Keyed as in intent51_misses (a key no
finding matched covers 30 % of itself after the verb in its sentence: an upper bound).

SUBJECTS51=appos,descr,et python benchmarks/subjects51_misses.py [--rows]
(with PYTHONPATH set to a tree at subjects51's trial, f640e48f, reverted by 180e0d77)
"""

import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from draft_eval import CORPUS, coverage
from keyed_findings import keyed_article

from quizapp.draft.pipeline import spoken_intents as rule
from quizapp.draft.pipeline import wide_subjects as wide
from quizapp.draft.text.segment import paragraphs
from quizapp.draft.words.lexicon import load

SETS = {"tuning": r"blind(2[7-9]|3[0-9]|4[0-9])", "blind42-49": r"blind4[2-9]"}


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
        quoted = any(start <= a.content[0] < end and a.kind in ("direct", "mixed") for a in found)
        snippet = text[opening : min(stop, verb.span[1] + 80)].replace("\n", " ")
        yield verb.lemma, hit, shape(before, lex), beside is not None, quoted, snippet


def main() -> None:
    """Tally keyed / rows by set, shape, read (a speaker beside) and quoted paragraph."""
    show = "--rows" in sys.argv
    tally: dict[tuple, Counter] = {}
    for path in sorted(CORPUS.glob("fr-*.json")):
        ann = path.read_text(encoding="utf-8")
        sets = [s for s, p in SETS.items() if re.search(p, ann)]
        if not sets or re.search(r"blind50", ann):
            continue
        for lemma, hit, kind, read, quoted, snippet in rows_of(path):
            if show and "blind42-49" in sets and hit:
                print("+", kind, read, quoted, lemma, path.name, "|", snippet[:160])
            for s in sets:
                for key in ((s, kind, read, quoted), (s, "ALL", read, quoted)):
                    c = tally.setdefault(key, Counter())
                    c["rows"] += 1
                    c["keyed"] += hit
    for key, c in sorted(tally.items()):
        print(*key, f"{c['keyed']}/{c['rows']}")


if __name__ == "__main__":
    main()
