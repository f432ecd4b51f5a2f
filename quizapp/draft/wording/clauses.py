"""Whether a passage can stand as a claim to classify: a whole sentence, or a clause with a
subject and a finite verb, never a broken piece ("aux mobilités, Claire Fontaine, à l'issue de
la séance.", "monts et merveilles", "a requis l'anonymat, la décision…").

Rules only, deliberately cautious: a passage the drafter cannot show to be a clause is not
proposed as a claim (it still appears among the findings, and the teacher can add it by hand).
"""

from __future__ import annotations

import re

_FINITE = {
    "fr": {
        "est", "sont", "était", "étaient", "sera", "seront", "serait", "seraient", "fut",
        "a", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient", "ai", "avons",
        "avez", "suis", "sommes", "êtes", "va", "vont", "allait", "peut", "peuvent", "pourrait",
        "pourraient", "doit", "doivent", "devrait", "devraient", "faut", "fait", "font",
        "reste", "restent", "compte", "comptent", "n'", "ne", "c'est", "n'est", "n'a",
        "s'est", "y", "veut", "veulent", "sait", "dit", "vit",
    },
    "en": {
        "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would",
        "can", "could", "should", "may", "might", "must", "do", "does", "did", "said", "says",
        "isn't", "aren't", "wasn't", "won't", "can't", "didn't", "doesn't", "don't", "it's",
        "there's", "that's", "we're", "they're", "i'm", "we've", "they've", "not",
    },
}  # fmt: skip
_ELIDED_AUXILIARIES = {"l'a", "l'ont", "l'avait", "l'avaient", "l'aurait", "l'est", "l'était"}
_FINITE_ENDINGS = {
    "fr": ("ait", "aient", "ons", "ez", "ra", "ront", "rait", "raient", "ent"),
    "en": ("ed",),
}
_SENTENCE_END = re.compile(r"[.!?…»\"”)]\s*$")
# A relative set off by a comma (« …, dont les contrats se terminent l'an prochain », ", which
# was drafted in May") up to the next comma: its verb is not the passage's own.
_APPOSED_RELATIVE = re.compile(r",\s*(?:dont|qui|où|which|who|whose|where)\b[^,]*", re.I)
_COORDINATORS = {"et", "ou", "mais", "and", "but", "or"}  # not « ni … ni … ne »
_WORD = re.compile(r"[\w'’-]+")
MIN_WORDS = 3


def is_clause(passage: str, language: str, *, sentence: bool) -> bool:
    """True when ``passage`` reads as a claim: at least three words, not opening on a verb,
    and either a whole sentence (capital, final stop) or a clause with a finite verb found.
    With ``sentence`` (a passage the article states itself), only a whole sentence will do."""
    text = " ".join(passage.split()).lstrip("«“\"'‘ ")
    words = [w.lower().replace("’", "'") for w in _WORD.findall(text)]
    if len(words) < MIN_WORDS or not text:
        return False
    finite = _FINITE.get(language, _FINITE["en"])
    if (
        words[0] in finite
        and words[0] not in ("ne", "n'", "c'est", "it's", "there's")
        and not text[0].isupper()
    ):
        return False  # "a requis l'anonymat, …": the subject is missing
    whole = (text[0].isupper() or text[0].isdigit()) and bool(_SENTENCE_END.search(text))
    if sentence or whole:
        return whole
    if words[0] in _COORDINATORS:
        return False  # « et certains éléments… »: the rest of a sentence, not a clause
    return has_verb(text, language)


def has_verb(passage: str, language: str) -> bool:
    """A finite verb these rules know among the passage's own words (not an apposed
    relative's). Cautious: a present tense they do not know (« ouvre », « concerne ») is
    missed, so a passage with none found is one to quote rather than report (sanity24)."""
    finite = _FINITE.get(language, _FINITE["en"])
    own = [w.lower().replace("’", "'") for w in _WORD.findall(_APPOSED_RELATIVE.sub("", passage))]
    return any(_is_verb(word, finite, language) for word in own)


def _is_verb(word: str, finite: set[str], language: str) -> bool:
    if word in finite or word in _ELIDED_AUXILIARIES:
        return True
    if word.startswith(("n'", "s'", "m'", "t'")) and len(word) > 2:
        return True
    if word.startswith(("l'", "d'")) and word.endswith("ement"):
        return False  # « l'environnement », « d'investissement »: a noun after its article
    endings = _FINITE_ENDINGS.get(language, ())
    return len(word) > 5 and word.endswith(endings)
