"""How consistently the French keys hold a cue in a shape, over the whole corpus, by batch.

Rules read from one batch's misses did not carry to the next fresh batch (eighteenth round):
a cue or a shape is worth a rule only when annotators key it wherever it occurs. For each cue
lemma keyed in the corpus (and every verb of the lexicon and of benchmarks/verb_reference),
this finds every form of it in the French articles, reads the shape it stands in (« + que »,
an infinitive after « de / à », after a quotation, a noun phrase object, nested in a quotation,
a noun after a determiner…) and counts, per lemma and shape and per family of shapes: keyed
(some key's cue covers it), missed (keyed, no finding matches the key at 30 %), no-cue (missed
with no finding's cue there), unkeyed (no key's cue covers it), found (unkeyed, but a finding's
cue is there), and the batches (each key's ``annotated``) of the keyed and missed ones.
Consistency is keyed / (keyed + unkeyed): a rule is worth writing where it is two thirds or
more and the misses come from several batches (cues19). A diagnostic, not a score.

    python benchmarks/cue_consistency.py [--lemma LEMMA] [--shape SHAPE] [--show N] [--min N]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_draft import headline_of
from cue_shapes import FAMILIES, SKIPPED, shape_at, words_of
from draft_eval import CORPUS, Article, load_article, match_attributions
from verb_conjugation import french

from quizapp.draft import analyze
from quizapp.draft.text.quotation_marks import quotations
from quizapp.draft.text.segment import paragraphs
from quizapp.draft.words.conjugation import forms_of
from quizapp.draft.words.lexicon import Lexicon, load

REFERENCE = Path(__file__).resolve().parent / "verb_reference" / "fr.txt"
_BATCH = re.compile(r"\b(blind\w+|drafteval|drafter2)\b")


@dataclass(frozen=True)
class Occurrence:
    """A form of a cue lemma in an article, its shape, what keys and the drafter make of it."""

    article: str
    batch: str
    lemma: str
    shape: str
    keyed: bool
    missed: bool  # keyed, and no finding matches any key at this cue
    found: bool  # the drafter reports a cue here
    known: bool  # the lexicon has this form
    snippet: str


def form_table(lex: Lexicon, key_cues: list[str]) -> dict[str, str]:
    """Folded form -> lemma for the lexicon's verbs, the reference list's and the verbs the
    keys use as cues (guessed from their form); nouns keyed as cues stand for themselves."""
    table: dict[str, str] = {}
    for lemma in lex.raw["regular_verbs"] + lex.raw["reflexive_verbs"]:
        for form in [*forms_of(lex.raw, [lemma]), lemma]:
            table.setdefault(form, lemma)
    for line in REFERENCE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            _add_reference(table, line)
    table["selon"] = "selon"
    for cue in key_cues:
        head = _head_word(cue, table)
        if head and head not in table:
            table[head] = _guess_lemma(head)
            if table[head] != head:
                _add_reference(table, table[head])
    return table


def _add_reference(table: dict[str, str], entry: str) -> None:
    """The forms the benchmark conjugator writes for a verb (third person, both numbers)."""
    words = entry.split(";")[0].split()
    if len(words) > 2 or (len(words) == 2 and words[0] != "se"):
        return  # a locution (« faire valoir »): its words are no cue alone
    verb = french(entry)
    lemma = verb.entry.split(";")[0]
    lemma = lemma.split()[-1] if lemma.split()[0] in {"se"} else lemma.split()[0]
    lemma = lemma[2:] if lemma.startswith("s'") else lemma
    for form in (verb.present, verb.participle, verb.imperfect, lemma):
        for variant in (form, form + "e", form + "s", form + "es", form + "nt"):
            table.setdefault(variant.lower(), lemma)
    table.setdefault(verb.imperfect[:-1] + "ent", lemma)


def _guess_lemma(word: str) -> str:
    """A cue word no list holds: a verb form of the first group goes back to its infinitive
    (a guess: « voulait » -> « vouler »), a short word or a noun stays itself."""
    for ending in ("aient", "ait", "ées", "és", "ée", "é", "ent", "ant", "e"):
        if word.endswith(ending) and len(word) > len(ending) + 3:
            return word[: -len(ending)] + "er"
    return word


def _head_word(cue: str, table: dict[str, str]) -> str | None:
    """The word of a keyed cue that carries its lemma: the first the table knows, else the
    first that is no auxiliary, clitic, inverted pronoun, determiner or preposition."""
    words = [w.split("-")[0] for w in words_of(cue)]
    words = [w for w in words if w not in SKIPPED and w.isalpha()]
    known = [w for w in words if w in table]
    return (known or words or [None])[0]


def key_cue_spans(article: Article, raw: dict) -> list[tuple[int, int, int]]:
    """Each key's cue as (start, end, key index), the occurrence nearest its content."""
    spans = []
    for index, (item, key) in enumerate(
        zip(raw["attributions"], article.attributions, strict=True)
    ):
        cue = item.get("cue")
        if not cue:
            continue
        needle = cue if isinstance(cue, str) else cue[0]
        starts = [m.start() for m in re.finditer(re.escape(needle), article.text)]
        if starts:
            at = min(starts, key=lambda s: min(abs(s - key.content[0]), abs(s - key.content[1])))
            spans.append((at, at + len(needle), index))
    return spans


def occurrences(table: dict[str, str], lex: Lexicon) -> list[Occurrence]:
    """Every form of a table lemma in the French articles, with its shape and keys."""
    known = lex.finite | lex.participles | lex.reflexive_finite | lex.reflexive_participles
    found: list[Occurrence] = []
    for path in sorted(CORPUS.glob("fr-*.json")):
        found += _in_article(path, table, known)
    return found


def _in_article(path: Path, table: dict[str, str], known: frozenset[str]) -> list[Occurrence]:
    """The occurrences of one article, read against its key and the drafter's findings."""
    article, raw = load_article(path), json.loads(path.read_text(encoding="utf-8"))
    batch, text = (_BATCH.search(raw.get("annotated", "")) or [None, "early"])[1], article.text
    analysis = analyze(text, "fr", headline=headline_of(text))
    matched = {j for _i, j in match_attributions(analysis, article, 0.3)}
    cues, quotes = key_cue_spans(article, raw), quotations(text, paragraphs(text))
    drafted = [a.cue for a in analysis.attributions if a.cue]
    found = []
    for match in re.finditer(r"[\w’'-]+", text):
        word = match.group().lower().replace("’", "'")
        word = re.sub(r"-(t-)?(il|elle|ils|elles|on)$", "", word.split("'")[-1])
        if word not in table:
            continue
        (s, e), lemma = match.span(), table[word]
        inside = any(a < s and e <= b for a, b in quotes)
        shape = "according" if lemma == "selon" and not inside else shape_at(text, s, e, inside)
        at_key = [j for a, b, j in cues if a <= s and e <= b]
        missed = bool(at_key) and not any(j in matched for j in at_key)
        drafted_here = any(a <= s < b for a, b in drafted)
        snippet = text[max(0, s - 70) : e + 70].replace("\n", " ")
        found.append(Occurrence(article.name, batch, lemma, shape, bool(at_key), missed,
                                drafted_here, word in known, snippet))  # fmt: skip
    return found


def tally(items: list[Occurrence]) -> tuple[int, ...]:
    """keyed, missed, missed with no finding at the cue, unkeyed, found unkeyed, batches
    keyed, batches missed."""
    keyed = [o for o in items if o.keyed]
    missed = [o for o in keyed if o.missed]
    unkeyed = [o for o in items if not o.keyed]
    return (len(keyed), len(missed), sum(not o.found for o in missed), len(unkeyed),
            sum(o.found for o in unkeyed), len({o.batch for o in keyed}),
            len({o.batch for o in missed}))  # fmt: skip


def print_table(title: str, groups: dict[str, list[Occurrence]], least: int) -> None:
    """One line per group with at least ``least`` keyed occurrences, most misses first."""
    print(f"\n{title}\n{'':34} keyed missed no-cue unkeyed found batches miss-b consist.")
    rows = sorted(groups.items(), key=lambda kv: (-tally(kv[1])[1], -tally(kv[1])[0]))
    for name, items in rows:
        keyed, missed, bare, unkeyed, found, batches, mbatches = tally(items)
        if keyed < least:
            continue
        share = keyed / max(1, keyed + unkeyed)
        print(f"{name[:34]:34} {keyed:5} {missed:6} {bare:6} {unkeyed:7} {found:5} {batches:7} "
              f"{mbatches:6} {share:7.2f}")  # fmt: skip


def _grouped(
    found: list[Occurrence],
) -> tuple[dict[str, list[Occurrence]], dict[str, list[Occurrence]]]:
    """The occurrences by family of shapes (one family for all nested in a quotation) and by
    lemma and shape (a form the lexicon lacks marked « unknown »: a verb to add, not a rule)."""
    by_family: dict[str, list[Occurrence]] = defaultdict(list)
    by_pair: dict[str, list[Occurrence]] = defaultdict(list)
    for o in found:
        nested = o.shape.startswith("nested")
        by_family["nested in a quotation" if nested else FAMILIES[o.shape]].append(o)
        by_pair[f"{o.lemma} {o.shape}{'' if o.known else ' (unknown)'}"].append(o)
    return by_family, by_pair


def main() -> None:
    """Count every form over the French corpus, filter it as asked, print both tables (and the
    occurrences asked for): the figures a cue rule needs before it is written (cues19)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    for flag, default, said in (
        ("--lemma", "", "only this lemma"),
        ("--shape", "", "only this shape"),
        ("--show", 0, "print N occurrences missed and N unkeyed"),
        ("--min", 2, "least keyed occurrences of a lemma and shape to list"),
    ):
        parser.add_argument(flag, default=default, type=type(default), help=said)
    args = parser.parse_args()
    lex = load("fr")
    keys = [json.loads(p.read_text(encoding="utf-8")) for p in CORPUS.glob("fr-*.json")]
    key_cues = [a["cue"] for k in keys for a in k["attributions"] if isinstance(a["cue"], str)]
    found = occurrences(form_table(lex, key_cues), lex)
    found = [o for o in found if args.lemma in ("", o.lemma) and args.shape in ("", o.shape)]
    by_family, by_pair = _grouped(found)
    print_table("shape families", by_family, 0)
    print_table("lemma and shape", by_pair, args.min)
    if args.show:
        for kind, keep in (("MISSED", lambda o: o.missed), ("UNKEYED", lambda o: not o.keyed)):
            for o in [o for o in found if keep(o)][: args.show]:
                print(f"{kind} {o.batch} {o.article} [{o.lemma} {o.shape}] …{o.snippet}…")
    print("\nmissed keyed occurrences by batch:", Counter(o.batch for o in found if o.missed))


if __name__ == "__main__":
    main()
