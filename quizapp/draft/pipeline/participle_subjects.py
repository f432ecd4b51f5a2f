"""A French present participle right after a noun phrase says what that noun phrase says
(« après des informations de presse faisant état de… »), not the sentence's subject. Moved
out of pipeline/attributions.py (mend53b: that file had 301 lines), unchanged."""

from __future__ import annotations

from dataclasses import replace

from quizapp.draft.clause.noun_phrases.speaker_guards import voiceless_object
from quizapp.draft.reporting.cues import Cue
from quizapp.draft.shapes.detect.view import Draft, SentenceView
from quizapp.draft.text.segment import Span
from quizapp.draft.words.lexicon import fold


def participle_after_noun(view: SentenceView, cue: Cue, draft: Draft | None) -> Draft | None:
    """« après des informations de presse faisant état de… », « L'Union répétant que… »: a
    French present participle right after a noun phrase (no comma between) says what that
    noun phrase says, not the sentence's subject (« …, affirmant que » and « en affirmant »
    keep it)."""
    if draft is None or view.lex.language != "fr" or not cue.participle:
        return draft
    if not fold(view.tokens[cue.first].text).endswith("ant"):
        return draft  # "pour démentir", "tout en affirmant"
    start = _noun_phrase_before(view, cue.first)
    named = _name_set_off_before(view, cue.first) if start is None else None
    if named is not None:  # « …, le PDG, Frédéric Gagey, regrettant que… »
        return replace(draft, source=named, pronoun=None)
    if start is None:
        return draft
    source = (view.tokens[start].start, view.tokens[cue.first - 1].end)
    if _subjects_own(view, start, cue.first):
        return draft
    return replace(draft, source=source, pronoun=None)


def _subjects_own(view: SentenceView, start: int, end: int) -> bool:
    """« les premiers exigeant » (who they are is the sentence's to say), « a publié un
    communiqué faisant état de » (a document with no author of its own is the subject's)."""
    words = view.folded_tokens[start:end]
    if " ".join(words) in view.lex.raw["pronouns"] or voiceless_object(view, start, end):
        return True
    documents = view.lex.word_set("possessed_documents")
    marks = view.lex.word_set("author_marks")
    authored = any(w in marks for w in words[1:])
    return not authored and any(w in documents for w in words)


def _noun_phrase_before(view: SentenceView, index: int) -> int | None:
    """The first token of the noun phrase that ends right before token ``index``: back to a
    determiner not inside a complement (« la présidence de la République »); None at a
    punctuation mark or after ten words."""
    words = view.folded_tokens[max(0, index - 10) : index]
    offset = max(0, index - 10)
    if not words or words[-1] in {"en", "tout"}:
        return None  # « en reprochant »: a gerund shares the sentence's subject
    if words[-1] in view.lex.word_set("clause_joining_words"):
        return None  # « X avaient porté plainte et demandant »: coordinated with the verb
    for at in range(len(words) - 1, -1, -1):
        if not view.tokens[offset + at].text[:1].isalnum():
            return None
        contracted = words[at] in view.lex.word_set("contracted_articles")  # « de le »
        opens = words[at] in view.lex.word_set("determiners") and not contracted
        if opens and at < len(words) - 1:
            before = words[at - 1] if at > 0 else ""
            if before not in view.lex.word_set("de_forms"):
                return offset + at
    return None


def _name_set_off_before(view: SentenceView, index: int) -> Span | None:
    """An absolute participle clause whose subject is a name after a comma: « …, Paul Martin
    expliquant que… », « …, le PDG de la compagnie, Frédéric Gagey, regrettant que… » (the
    description before it opens after a comma too): that person says it. « …, affirmant
    que » and an object's apposition (« a reçu le préfet, Paul Martin, affirmant… ») keep
    the sentence's subject."""
    tokens = view.tokens
    end = index - 1 if index and tokens[index - 1].text == "," else index
    first = end
    while first > 0 and end - first < 4 and tokens[first - 1].text[:1].isupper():
        first -= 1
    if first == end or first == 0 or tokens[first - 1].text != ",":
        return None
    if end == index:  # « …, Paul Martin expliquant »: the name alone after the comma
        return tokens[first].start, tokens[end - 1].end
    at = first - 2  # « , le PDG de la compagnie , Frédéric Gagey , »: a description first
    while at > 0 and first - at <= 9 and tokens[at].text[:1].isalnum():
        at -= 1
    opens = fold(tokens[at + 1].text) in view.lex.word_set("determiners")
    if at <= 0 or tokens[at].text != "," or not opens:
        return None
    return tokens[at + 1].start, tokens[end - 1].end
