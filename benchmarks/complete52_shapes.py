"""complete52_shapes.py OUT.jsonl [--only REGEX] [--table [-v]]: wrong completions by sub-shape.

Round 52's pass (complete52). speakers51 sorted blind42-49's wrong French speakers by hand;
three of its causes are about how a description or a pronoun is completed: « T » not completed
with the name or fuller mention keyed, « P » a pronoun resolved to the wrong person or to a
body, « D » a description resolved to the wrong named person. This probe re-lists them on
blind42-50 with what speakers51's dump did not keep: the mention the drafter followed
(``Attribution.speaker_mention``: its words, where it stands, the word before it) and the key's
speaker's latest mention before the finding (same sentence or not, the word before it), then
sorts each row into a sub-shape by the first test that holds (``shape``; « mention the
drafter followed » is where the found speaker's words are last written before the finding):

- ``ordinal``: « le second », « la première », « ce dernier »;
- ``number``: a plural source (« ils », « ces élus », « les … ») and a singular speaker found
  or keyed, or the reverse;
- ``gender``: the source's gender (« il » / « elle », the description's article) disagrees
  with the found speaker's first name's gender;
- ``same sentence``: the key's speaker is written in the finding's own sentence (an apposition,
  « l'ouvrier de 44 ans » after « Romuald X ») and the drafter did not take it;
- ``complement``: the mention the drafter followed stands after a preposition (« de », « par »,
  « avec »…): a person in a complement taken over the subject;
- ``elsewhere``: the key's speaker is written earlier, in another sentence, as a subject.

Rows come from the same test as speakers51_causes (``same_speaker`` false on a matched
finding); their cause is speakers51's hand label when the row is in speakers51_labels.json,
else complete52_labels.json (round 52's reading of blind50's and changed rows), else
``?``. The table sorts the T / P / D rows by the sub-shape round 52 read by hand
(complete52_subshapes.json); ``shape`` is the first sorting, kept for rows not read.
Run with ``--only 'blind(4[2-9]|50)'`` (today's keying convention; not the stand-in).
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

from keyed_findings import dump_or_table
from speakers51_causes import hand_causes, sentence_around, take_flag, wrong_speakers

from quizapp.draft.names.naming.gender import first_name_gender
from quizapp.draft.words.lexicon import load

PREPOSITIONS = {"de", "d", "du", "des", "par", "à", "au", "aux", "avec", "pour", "contre"}
PREPOSITIONS |= {"selon", "chez", "sur", "auprès", "entre", "face", "envers", "sans"}
ORDINAL = re.compile(r"\b(second|seconde|premier|première|deuxième|derni[eè]re?)\b", re.I)
PLURAL = re.compile(r"^(ils|elles|eux|ces|les|leurs?|certains|plusieurs|tous)\b", re.I)
OURS = Path(__file__).with_name("complete52_labels.json")
READ = Path(__file__).with_name("complete52_subshapes.json")
VERBOSE = False


def _word_before(text: str, at: int) -> str:
    """The word just before ``at`` (lower case, elision kept bare: « d' » → « d »)."""
    words = re.findall(r"[\w]+", text[max(0, at - 30) : at])
    return words[-1].lower() if words else ""


def _key_mention(text: str, start: int, speaker: str) -> int:
    """Where the key's speaker (whole, else its last capitalised word) is last written before
    ``start``, or -1."""
    at = text.lower().rfind(speaker.lower(), 0, start) if speaker else -1
    names = [w for w in re.findall(r"[\w'’-]+", speaker or "") if w[:1].isupper() and len(w) > 2]
    return at if at != -1 or not names else text.rfind(names[-1], 0, start)


def rows(keys: list[Path]) -> Iterable[dict]:
    """One row per matched French finding whose speaker is wrong, with both mentions."""
    for path, read, found, key in wrong_speakers(keys):
        text = read.article.text
        at = (found.source or found.cue or found.content)[0]
        mention = found.speaker_mention
        key_at = _key_mention(text, at, key.get("speaker") or "")
        found_at = _key_mention(text, at, found.speaker or "")
        sentence = sentence_around(text, *found.content)
        yield {
            "art": path.stem,
            "found": found.speaker,
            "key": key.get("speaker"),
            "source": text[slice(*found.source)] if found.source else None,
            "cue": text[slice(*found.cue)] if found.cue else None,
            "mention": text[slice(*mention)] if mention else None,
            "mention_before": _word_before(text, mention[0]) if mention else "",
            "mention_gap": at - mention[0] if mention else None,
            "found_gap": at - found_at if found_at != -1 else None,
            "found_before": _word_before(text, found_at) if found_at != -1 else "",
            "key_gap": at - key_at if key_at != -1 else None,
            "key_before": _word_before(text, key_at) if key_at != -1 else "",
            "key_in_sentence": bool(key.get("speaker"))
            and key_at != -1
            and at - key_at < 400
            and text[key_at : key_at + 40].split()[0] in sentence,
            "sentence": sentence,
        }


def _source_gender(source: str, cue: str) -> str:
    """« m », « f » or « p » for the source's pronoun or article (the inverted cue's too)."""
    words = f"{source} {cue}".lower()
    if re.search(r"\b(ils|elles)\b|-t-ils|-t-elles", words) or PLURAL.match(source.strip()):
        return "p"
    if re.search(r"\belle\b|-t-elle|^(la|cette|une)\b", words):
        return "f"
    return "m" if re.search(r"\bil\b|-t-il|^(le|ce|cet|un)\b", words) else ""


def shape(row: dict) -> str:
    """The row's sub-shape, by the first test that holds (heuristic; the rows were read)."""
    source, cue = (row["source"] or "").strip(), row["cue"] or ""
    gender, found, key = _source_gender(source, cue), row["found"] or "", row["key"] or ""
    if ORDINAL.search(source):
        return "ordinal"
    plural_name = bool(PLURAL.match(key)) or " et " in key
    if (gender == "p") != (bool(PLURAL.match(found)) or " et " in found) or (
        gender == "p" and not plural_name
    ):
        return "number"
    first = found.split()[0] if found.split() else ""
    named = first_name_gender(first, load("fr")) if first[:1].isupper() else ""
    if gender in "mf" and gender and named in "mf" and named and named != gender:
        return "gender"
    if row["key_in_sentence"]:
        return "same sentence"
    return "complement" if row["found_before"] in PREPOSITIONS else "elsewhere"


def _cause_of(row: dict, hand: dict, ours: dict) -> str:
    """speakers51's hand label, else round 52's, else « ? »."""
    words = (row["art"], row["found"], row["key"], row["source"], row["cue"])
    return hand.get(words) or ours.get(words) or "?"


def table(dumped: list[dict]) -> None:
    """Per cause T / P / D, the rows by the sub-shape read by hand (complete52_subshapes.json;
    the heuristic ``shape`` for a row not read); with -v each row with both mentions."""
    hand = hand_causes()
    ours = {tuple(r[:5]): r[5] for r in json.loads(OURS.read_text(encoding="utf-8"))}
    read = {tuple(r[:5]): r[6] for r in json.loads(READ.read_text(encoding="utf-8"))}
    by: dict[str, list[dict]] = defaultdict(list)
    for row in dumped:
        by[_cause_of(row, hand, ours)].append(row)
    print(f"{len(dumped)} wrong rows; causes: {dict(Counter({k: len(v) for k, v in by.items()}))}")

    def sub(row: dict) -> str:
        words = (row["art"], row["found"], row["key"], row["source"], row["cue"])
        return read.get(words) or f"(heuristic) {shape(row)}"

    for cause in "TPD?":
        shapes = Counter(sub(r) for r in by[cause])
        print(f"\n{cause}: {len(by[cause])} rows")
        for name, count in shapes.most_common():
            print(f"  {count:3}  {name}")
        for r in sorted(by[cause], key=sub) if VERBOSE else []:
            print(
                f"  [{sub(r)}] {r['art']} | src «{r['source']}» cue «{r['cue']}» → "
                f"«{r['found']}» last written ({r['found_before']}, -{r['found_gap']})"
                f" | key «{r['key']}» ({r['key_before']}, -{r['key_gap']})"
                f"\n      {r['sentence'][:260]}"
            )


if __name__ == "__main__":
    VERBOSE = take_flag("-v")
    dump_or_table(rows, table)
