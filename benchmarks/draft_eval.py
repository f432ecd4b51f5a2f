"""The drafter's evaluation corpus and its scores (used by bench_draft.py and the corpus test).

The corpus lives in tests/data/draft/: for each article ``NAME.txt`` (UTF-8, one paragraph
per line or block) a hand-made key ``NAME.json`` in the shape of the analysis JSON, except that
every span is written as the verbatim passage (easier to write and to review by hand than
offsets); a passage that occurs more than once is written ``[passage, n]`` for its n-th
occurrence (1-based). docs/drafting.md describes the format and the annotation conventions.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

from quizapp.draft import Analysis

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "draft"
Span = tuple[int, int]


@dataclass(frozen=True)
class KeyAttribution:
    content: Span
    speaker: str
    label: str
    kind: str
    via: str | None


@dataclass(frozen=True)
class Article:
    name: str
    language: str
    split: str
    text: str
    attributions: list[KeyAttribution]
    unattributed: list[tuple[Span, str]]
    second_annotator: bool = False  # annotated by another helper, blind to the rules


class CorpusError(ValueError):
    """A key that does not fit its article (a passage not found, a bad label)."""


def locate(text: str, passage: str | list, where: str) -> Span:
    """The offsets of a key passage (``[passage, n]`` for the n-th occurrence)."""
    needle, nth = (passage, 1) if isinstance(passage, str) else (passage[0], int(passage[1]))
    at = -1
    for _ in range(nth):
        at = text.find(needle, at + 1)
        if at < 0:
            raise CorpusError(f"{where}: passage not in the article: {needle[:60]!r}")
    return at, at + len(needle)


def load_article(path: Path) -> Article:
    text = path.with_suffix(".txt").read_text(encoding="utf-8")
    key = json.loads(path.read_text(encoding="utf-8"))
    found = []
    for index, item in enumerate(key["attributions"]):
        where = f"{path.name} attribution {index + 1}"
        if item["label"] not in ("named", "anonymous", "vague"):
            raise CorpusError(f"{where}: bad label {item['label']!r}")
        for field in ("cue", "source"):
            if item.get(field):
                locate(text, item[field], where + " " + field)
        content = locate(text, item["content"], where)
        found.append(
            KeyAttribution(content, item["speaker"], item["label"], item["kind"], item["via"])
        )
    claims = []
    for index, item in enumerate(key["unattributed"]):
        if item["label"] not in ("author", "fact"):
            raise CorpusError(f"{path.name} claim {index + 1}: bad label {item['label']!r}")
        claims.append((locate(text, item["span"], f"{path.name} claim {index + 1}"), item["label"]))
    # the second annotator (drafteval) says so in "annotated" (drafter2's blind keys too)
    second = "drafteval" in key.get("annotated", "")
    return Article(path.stem, key["language"], key["split"], text, found, claims, second)


def corpus() -> list[Article]:
    return [load_article(path) for path in sorted(CORPUS.glob("*.json"))]


# ----- scores -----
@dataclass
class Tally:
    found: int = 0
    key: int = 0
    matched: int = 0
    speaker_right: int = 0
    label_right: int = 0
    claims: int = 0
    claims_right: int = 0

    def add(self, other: Tally) -> None:
        for name in vars(self):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def ratio(self, part: str, whole: str) -> float:
        total = getattr(self, whole)
        return getattr(self, part) / total if total else 0.0


def coverage(found: Span, key: Span) -> float:
    """Share of the key's characters the found span covers."""
    shared = max(0, min(found[1], key[1]) - max(found[0], key[0]))
    return shared / max(1, key[1] - key[0])


def match(
    found: list[Span],
    key: list[Span],
    threshold: float,
    agree: Callable[[int, int], bool] | None = None,
) -> list[tuple[int, int]]:
    """One-to-one pairs (found index, key index), best coverage first. Between pairs of equal
    coverage (a statement reported inside another, « X a dit que …, a indiqué le journal »,
    keyed and found twice over the same words), the ones whose speakers ``agree`` go first:
    otherwise which found goes with which key would depend only on the order of the lists."""
    pairs = sorted(
        (
            (coverage(f, k), bool(agree and agree(i, j)), i, j)
            for i, f in enumerate(found)
            for j, k in enumerate(key)
        ),
        reverse=True,
    )
    used_found: set[int] = set()
    used_key: set[int] = set()
    result = []
    for score, _agrees, i, j in pairs:
        if score < threshold or i in used_found or j in used_key:
            continue
        used_found.add(i)
        used_key.add(j)
        result.append((i, j))
    return result


def match_attributions(
    analysis: Analysis, article: Article, threshold: float
) -> list[tuple[int, int]]:
    """``match`` over an analysis and a key, equal coverage going to agreeing speakers."""
    found, keys = analysis.attributions, article.attributions
    return match(
        [a.content for a in found],
        [k.content for k in keys],
        threshold,
        lambda i, j: same_speaker(found[i].speaker, keys[j].speaker),
    )


def same_speaker(found: str | None, key: str | None) -> bool:
    """Speakers agree when their words agree once determiners, case and accents are set aside
    (« Elysée » / « L'Élysée »: French capitals are written with or without their accents),
    or when one is contained in the other (Musk / Elon Musk), or they share a capitalised name.
    A key may give no speaker (an agentless passive: « sont accusées de »): only a finding with
    none agrees with it."""
    found, key = _unaccented(found or ""), _unaccented(key or "")
    if fold_speaker(found) == fold_speaker(key):
        return True  # "L'une" and "L’une": the same words, all of them determiners
    a, b = _speaker_words(found), _speaker_words(key)
    if not a or not b:
        return False
    if _holds_words(a, b) or _holds_words(b, a):
        return True
    names_a = {w for w in found.split() if w[:1].isupper() and len(w) > 2}
    names_b = {w for w in key.split() if w[:1].isupper() and len(w) > 2}
    return bool(names_a & names_b) and (names_a <= names_b or names_b <= names_a)


_DETERMINERS = {"le", "la", "les", "l", "un", "une", "des", "the", "a", "an", "d"}


def _holds_words(longer: list[str], shorter: list[str]) -> bool:
    """Whether ``shorter`` runs word for word inside ``longer``: « Musk » in « Elon Musk », but
    not « il » in « des milliers de manifestants » (letters inside a word are no speaker)."""
    size = len(shorter)
    return any(longer[i : i + size] == shorter for i in range(len(longer) - size + 1))


def _unaccented(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


def fold_speaker(speaker: str) -> str:
    return " ".join(speaker.lower().replace("’", "'").split())


def _speaker_words(speaker: str) -> list[str]:
    words = re.findall(r"\w+", speaker.lower().replace("’", "'"))
    return [w for w in words if w not in _DETERMINERS]


def score(article: Article, analysis: Analysis, threshold: float) -> Tally:
    tally = Tally(found=len(analysis.attributions), key=len(article.attributions))
    pairs = match_attributions(analysis, article, threshold)
    tally.matched = len(pairs)
    for i, j in pairs:
        got, want = analysis.attributions[i], article.attributions[j]
        tally.speaker_right += same_speaker(got.speaker, want.speaker)
        tally.label_right += got.label == want.label
    for span, label in article.unattributed:
        tally.claims += 1
        tally.claims_right += _claim_label(analysis, span) == label
    return tally


def findings_from_json(found: dict) -> SimpleNamespace:
    """The analysis JSON in the shape ``score`` reads (spans as tuples)."""
    attributions = [
        SimpleNamespace(content=tuple(a["content"]), speaker=a["speaker"], label=a["label"])
        for a in found["attributions"]
    ]
    claims = [
        SimpleNamespace(span=tuple(c["span"]), label=c["label"]) for c in found["unattributed"]
    ]
    return SimpleNamespace(attributions=attributions, unattributed=claims)


def analysed_as_cli(article: Article) -> tuple[Analysis, SimpleNamespace]:
    """What `quizapp draft` finds in the article's .txt file, in process: the analysis of the
    tidied text it reads (hard-wrapped lines of a paragraph joined) and its findings mapped back
    onto the file's own text, where the key's offsets are. Analysing the raw file instead scored
    a different text from the one a teacher's or an evaluator's run reads (a cue after a line
    break inside a paragraph, 85 corpus files)."""
    from quizapp.cli.draft import analysis_json
    from quizapp.draft import analyze
    from quizapp.sets.articles.reading import article_from_text
    from quizapp.sets.articles.text import has_headline

    read = article_from_text(article.text)
    headline = read.title if has_headline(read.file_text) else None
    analysis = analyze(read.text, article.language, headline=headline)
    return analysis, findings_from_json(analysis_json(analysis, read.file_text))


def _claim_label(analysis: Analysis, span: Span) -> str | None:
    best, label = 0, None
    for claim in analysis.unattributed:
        shared = max(0, min(claim.span[1], span[1]) - max(claim.span[0], span[0]))
        if shared > best:
            best, label = shared, claim.label
    return label


def builtin_set_agreement() -> tuple[int, int]:
    """How many classify items of the built-in Stargate set get the same label from the
    drafter (the label of the finding that overlaps the item's evidence most)."""
    from quizapp.draft import analyze
    from quizapp.model.text import find_passage
    from quizapp.sets.loader import load_set

    path = CORPUS.parent.parent.parent / "questions" / "stargate-musk.fr.quiz.yaml"
    quiz = load_set(path)
    assert quiz.article is not None
    text = quiz.article.text
    analysis = analyze(text, "fr", headline=quiz.article.title)
    findings = [(a.content, a.label) for a in analysis.attributions]
    findings += [(c.span, c.label) for c in analysis.unattributed]
    same = total = 0
    for question in quiz.questions:
        for item in getattr(question, "items", []):
            evidence = item.evidence[0] if isinstance(item.evidence, list) else item.evidence
            span = find_passage(text, evidence) if evidence else None
            if span is None:
                continue
            total += 1
            best = max(findings, key=lambda f: min(f[0][1], span[1]) - max(f[0][0], span[0]))
            same += best[1] == item.label
    return same, total
