"""The shape a cue form stands in, read from the words around it: the part of
cue_consistency.py (cues19) that says which grammar an occurrence of a reporting verb is in
(« + que », an infinitive after « de / à », after a quotation, after a comma, a noun phrase
object, a noun after a determiner, nested in a quotation), and the family of shapes one rule
would cover for every verb of it. Its word sets are the benchmark's own, not the lexicon's, so
that the measure does not depend on what the drafter was taught."""

from __future__ import annotations

import re

_WORD = re.compile(r"\w+['’]|[\w-]+|[«»“”\"]|[:;,.!?]")
_INFINITIVE = re.compile(r"\w+(er|ir|re|oir)$")
_CLITICS = {"se", "s'", "ne", "n'", "pas", "lui", "leur", "l'", "le", "la", "les", "en", "y"}
_CLITICS |= {"nous", "vous", "me", "m'", "t'", "te", "tout", "plus", "jamais", "rien"}
_CLOSING = ("»", "”", '"')
_DETERMINERS = {"le", "la", "l'", "les", "un", "une", "des", "du", "ce", "cette", "cet", "ces"}
_DETERMINERS |= {"sa", "son", "ses", "leur", "leurs", "notre", "nos", "votre", "d'une", "d'un"}
_OBJECT, _INFINITIVES, _COLON = "noun-phrase object", "infinitive (+ de / à)", "colon / quotation"
FAMILIES = {  # shape -> family: the grammar one rule would cover for every verb of it
    "+que": "clause (+ que)", "+de-inf": _INFINITIVES, "+à-inf": _INFINITIVES,
    "after-quote": "after a quotation", "+colon": _COLON, "+quote": _COLON,
    "+selon-lequel": "noun + selon lequel", "after-comma": "after a clause (final or inserted)",
    "+NP": _OBJECT, "+de-NP": _OBJECT, "+prep-NP": _OBJECT, "alone": "no complement",
    "according": "according to", "noun": "a noun (after a determiner)",
}  # fmt: skip


_AUXILIARIES = {"a", "ont", "avait", "avaient", "aurait", "auraient", "est", "sont", "était"}
_AUXILIARIES |= {"étaient", "serait", "aura", "va", "vont", "veut", "doit", "peut", "fait"}
_PREPOSITIONS = {"de", "d'", "du", "des", "à", "au", "aux", "dans", "sur", "par", "pour", "en"}
_PREPOSITIONS |= {"selon", "après", "avec", "auprès", "chez", "contre", "lors", "sous", "via"}
_ADVERBS = {"également", "aussi", "encore", "déjà", "ensuite", "alors", "bien", "même", "toujours"}
_MODALS = {"été", "il", "elle", "ils", "elles", "on", "pu", "voulu", "voulait", "tenu", "tient"}
_MODALS |= {"vient", "venait", "pouvait", "devait", "faut", "fallait", "ça", "cela", "ce"}
SKIPPED = _CLITICS | _AUXILIARIES | _PREPOSITIONS | _ADVERBS | _MODALS
_GROUP = _CLITICS | _AUXILIARIES | _ADVERBS  # the words of a verb group before its verb


def words_of(text: str) -> list[str]:
    """The words and marks of a passage, lower case, apostrophes straight (« l' » apart)."""
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


def shape_at(text: str, start: int, end: int, inside_quote: bool) -> str:
    """The grammar a cue form at ``start:end`` stands in, read from the words around it."""
    raw_before = text[max(text.rfind("\n", 0, start), start - 60, 0) : start]
    prev = words_of(raw_before)[-1:]
    if (prev and prev[0] in _DETERMINERS) or text[start : start + 2] in ("l'", "l’", "L'", "L’"):
        return "noun"
    before = _before_verb_group(raw_before)
    after = words_of(text[end : end + 80].split("\n")[0])
    while after and after[0] in _CLITICS:
        after = after[1:]
    shape = _shape(before, after)
    return f"nested {shape}" if inside_quote else shape


def _shape(before: str, after: list[str]) -> str:
    """The shape from the text before the verb group and the words after the form."""
    first = after[0] if after else "."
    if first in {"que", "qu'"}:
        return "+que"
    if first == ":":
        return "+colon"
    if before.endswith(tuple(c + "," for c in _CLOSING)) or before.endswith(_CLOSING):
        return "after-quote"
    if before.endswith(","):
        return "after-comma"
    return _complement(after)


def _before_verb_group(before: str) -> str:
    """The text before a form, less the auxiliary, clitics and adverbs of its verb group
    (« », a-t-il ensuite déclaré » ends on the comma after the quotation)."""
    while True:
        stripped = before.rstrip()
        last = re.search(r"(\w+['’]|[\w-]+)$", stripped)
        word = last.group().lower().replace("’", "'") if last else ""
        head = re.sub(r"-(t-)?(il|elle|ils|elles|on)$", "", word)
        if not word or not (head in _GROUP or head.endswith("ment")):
            return stripped
        before = stripped[: last.start()]


def _complement(after: list[str]) -> str:
    """The shape of what follows a cue that opens no clause, colon or quotation."""
    first, second = [*after, ".", "."][:2]
    if first in {"selon"} and second in {"lequel", "laquelle", "lesquels", "lesquelles"}:
        return "+selon-lequel"
    if first in {"de", "d'"} and _INFINITIVE.match(second):
        return "+de-inf"
    if first == "à" and _INFINITIVE.match(second) and second not in {"leur", "partir"}:
        return "+à-inf"
    if first in {"«", "“", '"'}:
        return "+quote"
    if first in {",", ".", ";", "!", "?", "»", "”"}:
        return "alone"
    if first in {"de", "d'", "du", "des"}:
        return "+de-NP"
    if first in {"sur", "pour", "contre", "à", "au", "aux", "en", "avec", "auprès"}:
        return "+prep-NP"
    return "+NP"
