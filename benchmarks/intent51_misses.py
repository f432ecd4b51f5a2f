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
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from draft_eval import CORPUS, coverage
from keyed_findings import keyed_article

from quizapp.draft.pipeline import spoken_intents as rule
from quizapp.draft.text.segment import paragraphs
from quizapp.draft.words.lexicon import load

SETS = {"tuning": r"blind(2[7-9]|3[0-9]|4[0-9])", "blind42-49": r"blind4[2-9]"}


def rows_of(path: Path):
    """(lemma, keyed, subject kind, stage, snippet) per intent verb of one article."""
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
        kind = (
            "pronoun"
            if rule._subject_pronoun(lex).search(before)
            else "name"
            if rule._NAME.search(before)
            else "other"
        )
        beside = rule._speaker_beside(found, text, lex, paras, verb, opening, [])
        content = rule._object(text, lex, verb, stop)
        covered = content and any(
            a.content[0] < content[1] and content[0] < a.content[1] for a in found
        )
        if kind == "other":
            stage = "1-subject-unread"
        elif beside is None:
            stage = "2-no-speaker-beside"
        elif content is None:
            stage = "3-object"
        else:
            stage = "4-found-or-kept" if covered else "5-would-add"
        yield (
            verb.lemma,
            hit,
            kind,
            stage,
            text[opening : min(stop, verb.span[1] + 80)].replace("\n", " "),
        )


def main() -> None:
    """Tally keyed / rows by set, lemma, subject kind and stage."""
    show = "--rows" in sys.argv
    tally: dict[tuple, Counter] = {}
    for path in sorted(CORPUS.glob("fr-*.json")):
        ann = path.read_text(encoding="utf-8")
        sets = [s for s, p in SETS.items() if re.search(p, ann)]
        if not sets or re.search(r"blind50", ann):
            continue
        for lemma, hit, kind, stage, snippet in rows_of(path):
            if show and "blind42-49" in sets:
                print("+" if hit else "-", stage, kind, lemma, path.name, "|", snippet[:200])
            for s in sets:
                for key in (
                    (s, lemma, "*", stage),
                    (s, lemma, kind, stage),
                    (s, "ALL", "*", stage),
                ):
                    c = tally.setdefault(key, Counter())
                    c["rows"] += 1
                    c["keyed"] += hit
    for key, c in sorted(tally.items()):
        print(*key, f"{c['keyed']}/{c['rows']}")


if __name__ == "__main__":
    main()
