"""How a name, and the reason an unsourced passage is the outlet's, read inside an
explanation's sentence (sanity23).

The explanations were written by pasting the name as the analysis keeps it into the lexicon's
sentence: « Ces mots suivent les propos de les salariés », « de La petite fille de 9 ans »,
« de André Giraud », "These words follow what A commuter said" (143 explanations in 51 corpus
articles of 37 batches for the determiners alone), and « Les propos passent par Parisien »
for a relay the text writes « du Parisien ». French « de » contracts with the article after it
and elides before a vowel; the words it contracts with are the data of
``lexicons/phrasing.json`` (``contracted_after_de``).
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import Any

from quizapp.draft.claims import commentary_words, loaded_words, speculative_words
from quizapp.draft.findings import Span
from quizapp.draft.words.lexicon import Lexicon, built_once, date_word, fold
from quizapp.model.text import overlap

VOWELS = "aeiouyàâéèêëîïôûœh"  # « d’ », « qu’ » before them


@cache
def phrasing_lexicon() -> dict[str, dict[str, Any]]:
    """``lexicons/phrasing.json`` per language, read once for the drafted questions' words
    (``speaker_openings.opening_words``) and for « de »'s contractions here."""
    source = resources.files("quizapp.draft.words") / "lexicons" / "phrasing.json"
    return json.loads(source.read_text(encoding="utf-8"))


def _contractions() -> dict[str, str]:
    """What « de » and the article after it become: « de le » → « du », « de les » → « des »."""
    return phrasing_lexicon()["fr"]["contracted_after_de"]


def of_phrase(words: str) -> str:
    """French « de » before a speaker already set in lower case by ``in_sentence``: « du maire
    de Maisons-Laffitte », « des salariés », « d'un autre participant », « d'André Giraud », « de
    la direction », « de l'AFP »."""
    first, _, rest = words.partition(" ")
    contracted = _contractions().get(first)
    if contracted is not None and rest:
        return f"{contracted} {rest}".strip()
    if words[:1].lower() in VOWELS and not words.lower().startswith(("l'", "l’")):
        return "d’" + words
    return "de " + words


def reason_key(reason: str, passage: str, lex: Lexicon) -> str:
    """The lexicon's wording for why an unsourced passage is the outlet's own. The claims
    record the words that decided it, of three kinds, and trailing dots: every one was
    explained as « mots chargés », so « c'est », « donc » (223 French claims in 167 corpus
    articles of 71 batches), a conditional, « serait » (33), and « suspension points », in
    English inside a French sentence (60 in 54 articles of 40 batches), were called loaded
    words (sanity23)."""
    fixed = {"framing": "reason_framing", "question": "reason_question", "": "reason_other"}
    if reason in fixed:
        return fixed[reason]
    if reason == "suspension points":
        return "reason_trailing"
    if loaded_words(passage, lex):
        return "reason_loaded"
    if commentary_words(passage, lex):
        return "reason_remark"
    return "reason_hedged" if speculative_words(passage, lex) else "reason_loaded"


def reason_wording(reason: str, passage: str, lex: Lexicon, wording: dict[str, str]) -> str:
    """Why an unsourced passage is the outlet's own, in the wording table's words. The loaded
    words a claim records may be hedges too (lexicon ``likelihood_hedges``: « devraient »,
    "could"): those are the outlet weighing how likely something is, not a loaded word, and
    a conditional that keeps a claim at a distance (« serait ») is a conditional; each kind is
    named for what it is (ui41: « mots chargés : « devraient » » in round 40's walk-through)."""
    key = reason_key(reason, passage, lex)
    if key not in ("reason_loaded", "reason_hedged"):
        return wording[key].format(words=reason)
    listed = [word.strip() for word in reason.split(",") if word.strip()]
    likely = [word for word in listed if fold(word) in lex.word_set("likelihood_hedges")]
    rest = [word for word in listed if word not in likely]
    conditional = [word for word in rest if speculative_words(word, lex)]
    kinds = (
        ("reason_loaded", [word for word in rest if word not in conditional]),
        ("reason_likelihood", likely),
        ("reason_hedged", conditional),
    )
    parts = [wording[kind].format(words=", ".join(words)) for kind, words in kinds if words]
    return wording["reason_joiner"].join(parts) or wording[key].format(words=reason)


def quoted_with_cue(
    text: str, cue: Span, source: Span, content: Span, relatives: frozenset[str]
) -> bool:
    """Whether an explanation quotes the source's words with its cue: the two together on one
    line, apart from the content, and the source not the tail of an apposition whose head
    stands before it (a comma, maybe one of ``relatives``, between them). « Le Premier
    ministre, Manuel Valls, avait jugé » was quoted « « Manuel Valls, avait jugé » », a comma
    between subject and verb (sanity24: 60 corpus explanations in 54 articles of 41 batches);
    the cue alone is quoted then."""
    start, end = min(cue[0], source[0]), max(cue[1], source[1])
    if end - start > 70 or "\n" in text[start:end] or overlap(content, (start, end)):
        return False
    gap = text[source[1] : cue[0]]
    apposed = "," in gap and (gap.strip(", ") == "" or gap.strip(", ") in relatives)
    return not (apposed and text[: source[0]].rstrip().endswith(","))


# a subject pronoun right before the cue; a name of one to three capitalised words
# (« Ms. Swanson ») right before it after a closing quotation mark ("“…,” Duncan said"), or
# after it, the verb right after a quotation ("“…,” said Heather."), when the sentence ends
# there or the quotation goes on ("told KCPQ, the Fox affiliate" names whom it was said to)
_NAME = r"(?:[A-ZÀ-Þ][\w'’-]*\.? ){0,2}[A-ZÀ-Þ][\w'’-]*"
_PRONOUN_BEFORE = re.compile(r"(\S*)\s*\b(\w+) $")  # the pronoun and the word before it
_NAME_BEFORE = re.compile(rf"(?<=[”\"’»] )({_NAME}) $")
_CLOSING_AFTER = re.compile(rf" ({_NAME}|\w+)(?=[.;:!?]|,\s*[“\"«]|$)")
_CLOSING_MARKS = ("”", '"', "’", "»")


def with_pronoun(text: str, cue: Span, lex: Lexicon) -> Span:
    """A one-word cue widened to the subject beside it, a pronoun or a name: « she told »,
    "Duncan said", "said Ms. Swanson." An explanation quoted “told” alone, which says
    nothing of who speaks (ui46: 790 of 10,777 English corpus explanations quoted one word,
    440 of them “said”). A subject after the verb counts only when the clause ends on it
    ("said he would" is the reported clause's subject)."""
    start, end = cue
    if len(text[start:end].split()) != 1:
        return cue
    window = max(0, start - 40)
    pronouns = lex.word_set("subject_pronouns")
    before = _PRONOUN_BEFORE.search(text, window, start)
    if before and _pronoun_subject(before.group(1), before.group(2), text[start:end], lex):
        return before.start(2), end
    name = _NAME_BEFORE.search(text, window, start)
    if name and name.group(1).split()[0].lower() not in pronouns:
        return name.start(1), end
    if before and before.group(2).lower() in lex.word_set("personal_object_clitics"):
        start_of_clause = before.start(2)  # « « C'est fini », nous explique X »: the clitic
    else:
        start_of_clause = start
    after = _CLOSING_AFTER.match(text[end : end + 40])
    quoted_before = text[window:start_of_clause].rstrip(" ,").endswith(_CLOSING_MARKS)
    closing = text[end + after.end() : end + after.end() + 1] if after else ""
    if after and quoted_before and _subject(after.group(1), closing, lex):
        return start, end + after.end()
    return cue


def _pronoun_subject(word_before: str, pronoun: str, verb: str, lex: Lexicon) -> bool:
    """Whether ``pronoun`` right before the verb is its subject: not after a question's
    inverted auxiliary ("“Not now,” didn’t she say?"), and « nous » / « vous », which may be
    the object (« Le maire nous explique », « vous dira le maire »), only before a verb of
    their person (lexicon ``clitic_subject_verb_endings``: « nous expliquons »; mend46a)."""
    folded = pronoun.lower()
    if folded not in lex.word_set("subject_pronouns"):
        return False
    if fold(word_before) in lex.word_set("clause_finite_words"):
        return False
    endings = lex.raw.get("clitic_subject_verb_endings", {}).get(folded)
    return endings is None or verb.lower().endswith(tuple(endings))


def _subject(words: str, closing: str, lex: Lexicon) -> bool:
    """A subject pronoun, or capitalised words that are no pronoun (« It », « We »), no date
    ("said Monday", « dit mardi ») nor a title cut at its dot ("said Dr. Mary Bassett" stops
    at "Dr": a word of the lexicon's titles or honorifics before a dot; "asked Anna." and
    « dit Li. » are names, mend46a)."""
    first = words.split()[0]
    if words.lower() in lex.word_set("subject_pronouns"):
        return True
    if not words[:1].isupper() or first.lower() in lex.word_set("subject_pronouns"):
        return False
    if date_word(first, lex):
        return False
    return not (" " not in words and closing == "." and fold(words) in _titles(lex))


@built_once
def _titles(lex: Lexicon) -> frozenset[str]:
    """The titles and honorifics a name may open on, without their dot ("dr", "cllr", « mme »)."""
    titles = {title.rstrip(".") for title in lex.words("titles") if " " not in title}
    abbreviations = {fold(word) for word in lex.raw.get("office_title_abbreviations", {})}
    return frozenset(titles | lex.word_set("name_honorifics") | abbreviations)
