"""extras49: which kinds of French finding the annotators leave unkeyed, batch after batch.

Earlier precision passes cut unkeyed findings one construction at a time (slogans48, the
headline filter, unheard quotations...). This probe asks the question from the other side: it
records, for every French finding the drafter makes on the corpus, traits it can read without
the key (kind, label, confidence, cue and the lexicon family of the cue's verb, where the
finding stands in the article, the speaker's form and whether the article names the speaker
elsewhere, content length, quotation marks, other findings in the same sentence, nesting), and
whether the finding is keyed (matches a key at 30 %, one to one, as the scorer pairs them).
benchmarks/extras49_tables.py then tables each trait value, and each pair or triple of values,
by share unkeyed, on the tuning set split by batch round (blind27 ... blind47) and on the rest
of the corpus. A shape unkeyed at a high share in most rounds that have one is an annotators'
habit; one unkeyed in one batch only is an article.

The stand-in (blind48) is read here but left out of every table unless the tables' ``--stand-in``
asks for it (a count per shape, as a check once a shape is chosen). Rows are cached in /tmp.
"""

from __future__ import annotations

import itertools
import json
import pickle
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from draft_eval import CORPUS, load_article, match_attributions  # noqa: E402

from quizapp.draft import analyze  # noqa: E402
from quizapp.draft.text.segment import paragraphs  # noqa: E402
from quizapp.draft.words.folding import fold  # noqa: E402
from quizapp.draft.words.lexicon import load, verb_forms  # noqa: E402
from quizapp.sets.articles.text import has_headline  # noqa: E402

CACHE = Path("/tmp/extras49_rows.pkl")
TUNE = re.compile(r"blind(2[7-9]|3[0-9]|4[0-7])")
STAND_IN = "blind48"
PRONOUNS = {"il", "elle", "ils", "elles", "on", "nous", "je", "j'", "vous", "celui-ci", "celle-ci"}
FAMILIES = tuple(
    """contrary_cues evidence_verbs accusation_verbs criticised_passive_verbs contest_verbs
    qualifying_verbs demand_verbs framing_demand_verbs notice_verbs owned_stance_verbs
    short_object_verbs noun_stance_verbs telling_verbs told_inside_verbs
    declaring_infinitive_verbs reflexive_verbs regular_verbs""".split()  # noqa: SIM905
)  # most specific first: a verb's family is the first list that holds it
SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[«\"“A-ZÀ-Ý])|\n+")
QUOTE_OPEN, QUOTE_CLOSE = '«"“', '»"”'


def verb_families() -> dict[str, tuple[str, str]]:
    """Folded verb form -> (lemma, family) over the lexicon's lists of reporting verbs."""
    lex, table = load("fr"), {}
    for family in reversed(FAMILIES):
        entries = lex.raw.get(family, [])
        lemmas = [e for e in entries if e.endswith(("er", "ir", "re"))]
        for lemma in lemmas:
            for form in [fold(lemma), *verb_forms(lex, lemma)]:
                table[form] = (lemma, family)
        for entry in entries:  # lists of forms (contrary_cues) map to their own entries
            table.setdefault(fold(entry), (entry, family))
    return table


def cue_traits(text: str, cue: tuple[int, int] | None, verbs: dict) -> tuple[str, str]:
    """(lemma, family) of the cue: 'none', 'according' (selon, d'après...), or its verb."""
    if cue is None:
        return "none", "none"
    words = [fold(w) for w in re.findall(r"[\w'’-]+", text[cue[0] : cue[1]])]
    lex = load("fr")
    joined = " ".join(words)
    if any(joined.startswith(fold(a)) for a in lex.raw["according_to"]):
        return "selon-like", "according"
    for word in words:
        hit = verbs.get(word.split("'")[-1].split("’")[-1])
        if hit:
            return hit
    return "?" + (words[0] if words else ""), "unknown"


def place(text: str, start: int, paras: list[tuple[int, int]], headed: bool) -> tuple[str, str]:
    """Where a finding stands: headline, lead, subhead, body2-3, body4+; last paragraph or not."""
    index = next((i for i, (a, b) in enumerate(paras) if a <= start < b), len(paras) - 1)
    para = text[paras[index][0] : paras[index][1]].strip()
    last = "last" if index == len(paras) - 1 else "notlast"
    body = index - (1 if headed else 0)
    if headed and index == 0:
        return "headline", last
    if len(para) < 120 and not para.endswith((".", "!", "?", "»", '"', "”", "…", ":")):
        return "subhead", last
    return ("lead" if body == 0 else "body2-3" if body <= 2 else "body4+"), last


def paragraph_of(paras: list[tuple[int, int]], found) -> tuple[int, int]:
    return next((p for p in paras if p[0] <= found.content[0] < p[1]), paras[-1])


def sentence_of(text: str, start: int, para: tuple[int, int]) -> tuple[int, int]:
    """The sentence around ``start`` inside its paragraph (a rough cut, enough to compare)."""
    a, b = para
    cuts = [a] + [m.end() + a for m in SENTENCE_END.finditer(text[a:b])] + [b]
    for left, right in itertools.pairwise(cuts):
        if left <= start < right:
            return left, right
    return a, b


def quoted(text: str, span: tuple[int, int]) -> str:
    """'whole' when a mark opens right before (or at) the content and closes at (or right after)
    its end, 'part' when the content holds a mark, 'none' otherwise."""
    before = text[max(0, span[0] - 3) : span[0] + 1]
    after = text[span[1] - 1 : span[1] + 3]
    if any(q in before for q in QUOTE_OPEN) and any(q in after for q in QUOTE_CLOSE):
        return "whole"
    inner = text[span[0] : span[1]]
    return "part" if any(q in inner for q in QUOTE_OPEN + QUOTE_CLOSE) else "none"


def speaker_traits(text: str, found, sentence: tuple[int, int]) -> tuple[str, str]:
    """(speaker form, named elsewhere): form pronoun / capitalised / common / empty; elsewhere
    when the speaker's last word stands in the text outside the finding's sentence."""
    speaker = (found.speaker or "").strip()
    if not speaker:
        return "empty", "no"
    words = re.findall(r"[\w'’-]+", speaker)
    form = (
        "pronoun"
        if fold(speaker) in PRONOUNS
        else "capitalised"
        if any(w[:1].isupper() for w in words[1:] or words)
        else "common"
    )
    head = words[-1] if words else speaker
    outside = text[: sentence[0]] + " " + text[sentence[1] :]
    return form, "yes" if re.search(rf"\b{re.escape(head)}\b", outside, re.I) else "no"


def length_bin(words: int) -> str:
    return "<=5" if words <= 5 else "6-15" if words <= 15 else "16-30" if words <= 30 else ">30"


def word_before(text: str, start: int) -> str:
    """What stands right before the content: que, de, à, a colon, a quotation mark, other."""
    before = text[max(0, start - 12) : start].rstrip()
    if before.endswith(tuple(QUOTE_OPEN)):
        return "mark"
    if before.endswith(":"):
        return "colon"
    last = fold(re.split(r"[\s']", before)[-1] if before else "")
    if re.search(r"\bqu[e']$|\bqu[’]$", before.lower()):
        return "que"
    if re.search(r"\bd[e'’]$", before.lower()):
        return "de"
    return "a" if last == "a" and before.endswith("à") else "other"


def cue_place(found) -> str:
    if found.cue is None:
        return "none"
    if found.cue[1] <= found.content[0]:
        return "before"
    return "after" if found.cue[0] >= found.content[1] else "inside"


def article_rows(key: Path, verbs: dict) -> list[dict]:
    """One row of traits per French finding of the article ``key``."""
    art = load_article(key)
    if art.language != "fr":
        return []
    annotated = json.loads(key.read_text(encoding="utf-8")).get("annotated", "")
    batch = (re.search(r"blind\d+", annotated) or re.search("", "")).group(0) or "other"
    headed = has_headline(art.text)
    head = art.text.partition("\n")[0].strip() if headed else None
    an = analyze(art.text, "fr", headline=head)
    pairs = match_attributions(an, art, 0.3)
    keyed, used = {i for i, _ in pairs}, {j for _, j in pairs}
    paras = paragraphs(art.text)
    found = an.attributions
    sentences = [sentence_of(art.text, f.content[0], paragraph_of(paras, f)) for f in found]
    rows = []
    for i, f in enumerate(found):
        rows.append(finding_row(art, f, i, found, sentences, paras, headed, verbs))
        rows[-1].update(article=art.name, batch=batch, keyed=i in keyed)
        rows[-1]["keyside"] = key_side(f.content, art, used)
    return rows


def key_side(span: tuple[int, int], art, used: set[int]) -> str:
    """What key, if any, a finding touches (read from the key: a breakdown, never a trait):
    'free-key' when it overlaps a key no finding matched (a boundary miss), 'taken-key' when it
    overlaps only keys matched by other findings (a duplicate or a split), 'none' otherwise."""
    touched = [
        j
        for j, k in enumerate(art.attributions)
        if min(span[1], k.content[1]) > max(span[0], k.content[0])
    ]
    if any(j not in used for j in touched):
        return "free-key"
    return "taken-key" if touched else "none"


def finding_row(art, f, i, found, sentences, paras, headed, verbs) -> dict:
    """The traits of one finding, read without the key."""
    text, content = art.text, art.text[f.content[0] : f.content[1]]
    lemma, family = cue_traits(text, f.cue, verbs)
    where, last = place(text, f.content[0], paras, headed)
    form, elsewhere = speaker_traits(text, f, sentences[i])
    same = sum(1 for j, s in enumerate(sentences) if j != i and s == sentences[i])
    nested = overlap_with_others(f, found)
    words = re.findall(r"\w+", content)
    same_speaker = sum(1 for g in found if fold(g.speaker or "") == fold(f.speaker or ""))
    return {
        "before": word_before(text, f.content[0]),
        "spcount": "1" if same_speaker == 1 else "2-3" if same_speaker <= 3 else "4+",
        "content": content[:90],
        "speaker": f.speaker,
        "kind": f.kind,
        "label": f.label,
        "conf": f"{f.confidence:.2f}",
        "via": "via" if f.via else "novia",
        "lemma": lemma,
        "family": family,
        "cueplace": cue_place(f),
        "place": where,
        "last": last,
        "spform": form,
        "elsewhere": elsewhere,
        "length": length_bin(len(words)),
        "quoted": quoted(text, f.content),
        "shared": "shared" if same else "alone",
        "nested": nested,
        "sameside": same_speaker_beside(f, i, found, sentences),
        "question": "q" if content.rstrip(' »"”').endswith("?") else "noq",
        "firstperson": "1p"
        if re.search(r"\b(je|j'|nous|on|me|m'|moi|mon|ma|mes|notre|nos)\b", content.lower())
        else "no1p",
    }


def overlap_with_others(f, found) -> str:
    """'inside' another finding's content, 'holds' another, 'overlaps' one, or 'apart'."""
    a, b = f.content
    others = [g.content for g in found if g is not f]
    if any(c <= a and b <= d and (c, d) != (a, b) for c, d in others):
        return "inside"
    if any(a <= c and d <= b for c, d in others):
        return "holds"
    return "overlaps" if any(min(b, d) > max(a, c) for c, d in others) else "apart"


def same_speaker_beside(f, i: int, found, sentences) -> str:
    """'split' when another finding of the same speaker stands in the same sentence (a passage
    cut in two, or one statement given twice), 'single' otherwise."""
    return (
        "split"
        if any(
            j != i
            and sentences[j] == sentences[i]
            and fold(g.speaker or "") == fold(f.speaker or "")
            for j, g in enumerate(found)
        )
        else "single"
    )


TRAITS = tuple(
    """kind label conf via family lemma cueplace place last spform elsewhere length quoted
    shared nested question firstperson before spcount sameside""".split()  # noqa: SIM905
)


def all_rows(fresh: bool) -> list[dict]:
    if CACHE.exists() and not fresh:
        return pickle.loads(CACHE.read_bytes())
    verbs = verb_families()
    rows = [r for key in sorted(CORPUS.glob("fr-*.json")) for r in article_rows(key, verbs)]
    CACHE.write_bytes(pickle.dumps(rows))
    return rows
