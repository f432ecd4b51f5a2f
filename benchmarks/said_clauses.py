"""Clause-level candidates for a learned reader (a measurement, not part of the app; see
docs/drafting.md, "Forty-sixth round: clause46").

Round 45's sentence classifier (said_sentences.py) scored whole sentences the rules leave
empty and could not tell the 7 % holding a missed key from the narration around them. Here a
candidate is one reporting verb the rules did not use (a cue of the sentence outside quotation
marks, under no finding's content, cue or source), in any body sentence: its proposed content
is the verb's object to the clause's end (after « que », « de », « à » or nothing), or the
words before it when the verb closes the sentence (« …, estime X »), its speaker the subject
resolved as the rules resolve it. The features describe the clause, not the sentence: the
verb's lemma and form, the subject's kind, the object's kind and head noun, its length, the
clause's place, and what the rules found around it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from quizapp.draft.clause.subjects.around_cue import source_before
from quizapp.draft.findings import Attribution, Span
from quizapp.draft.pipeline.resolve import Registry
from quizapp.draft.pipeline.resolved_drafts import resolved
from quizapp.draft.reporting.cues import Cue
from quizapp.draft.shapes.detect.view import Draft, SentenceView, strip_span
from quizapp.draft.words.lexicon import Lexicon, fold, forms_of

OBJECT_OPENERS = {  # the first word after the verb -> the object's kind
    "que": "que",
    "qu'": "que",
    "qu’": "que",
    "de": "de",
    "d'": "de",
    "d’": "de",
    "du": "de",
    "des": "de",
    "à": "a",
    "au": "a",
    "aux": "a",
    ":": "colon",
    "that": "que",
}
SUBORDINATE = {"qui", "que", "qu'", "dont", "lorsque", "quand", "si", "parce", "où", "car"}
INFINITIVE_LEADS = {  # an infinitive is a verb after these (« conseiller » alone is a noun)
    "de",
    "d'",
    "d’",
    "à",
    "pour",
    "sans",
    "veut",
    "veulent",
    "peut",
    "peuvent",
    "doit",
    "doivent",
    "va",
    "vont",
    "entend",
    "entendent",
    "compte",
    "comptent",
    "tient",
    "tiennent",
    "faut",
    "pourrait",
    "devrait",
    "voudrait",
    "souhaite",
    "souhaitent",
    "aller",
    "venir",
}
NEGATION = {"ne", "n'", "n’", "pas", "jamais", "plus", "guère", "not", "never"}


@dataclass
class Clause:
    """One candidate: the proposed attribution and the clause's features."""

    attribution: Attribution
    sentence: Span
    features: set[str] = field(default_factory=set)
    missed: bool = False  # the proposal covers >= 30 % of a key the rules missed


def lemma_of(lex: Lexicon) -> dict[str, str]:
    """Every folded form of a French reporting verb -> its infinitive (built once)."""
    if "clause46_lemmas" not in lex.cache:
        table: dict[str, str] = {}
        for lemma in sorted(lex.lemmas):
            for form in forms_of(lex.raw, [lemma]):
                table.setdefault(form, lemma)
        lex.cache["clause46_lemmas"] = table
    return lex.cache["clause46_lemmas"]


def unused_verbs(view: SentenceView, taken: list[Attribution]) -> list[Cue]:
    """The sentence's verb cues and the lexicon's verbs the cue reader left, outside quotations,
    that no finding holds (``taken``: the sentence's and the paragraph's findings so far)."""
    spans = [s for a in taken for s in (a.content, a.cue, a.source) if s is not None]

    def held(cue: Cue) -> bool:
        return any(s[0] <= cue.span[0] < s[1] for s in spans)

    cues = [c for c in view.cues if c.kind == "verb"] + lexicon_verbs(view)
    return sorted((c for c in cues if view.outside[c.first] and not held(c)), key=lambda c: c.first)


def lexicon_verbs(view: SentenceView) -> list[Cue]:
    """The lexicon's reporting verbs the cue reader did not take, any form: a finite form,
    a participle after an auxiliary, an infinitive (« veut dénoncer », « de rappeler »)."""
    lex, tokens = view.lex, view.tokens
    taken = {i for c in view.cues for i in range(c.first, c.last + 1)}
    found = []
    for index, token in enumerate(tokens):
        word = fold(token.text)
        before = fold(tokens[index - 1].text) if index else ""
        compound = word in lex.participles and before in lex.auxiliaries
        finite = word in lex.finite and before not in lex.word_set("determiners")
        infinitive = word in lex.lemmas and (before in INFINITIVE_LEADS or before in lex.finite)
        if index in taken or not (finite or infinitive or compound):
            continue
        first = index - 1 if compound and index - 1 not in taken else index
        found.append(Cue(first, index, (tokens[first].start, token.end), "verb", None))
    return found


def object_span(view: SentenceView, cue: Cue) -> tuple[Span, str]:
    """What the verb introduces, to the next verb cue or the sentence's end, and its opener."""
    later = [c.span[0] for c in view.cues if c.span[0] > cue.span[1]]
    end = min(later) if later else view.span[1]
    rest = view.text[cue.span[1] : end]
    lead = re.match(r"(?i)[\s,]*(?:-t-\w+|-\w+)?[\s,]*", rest)
    start = cue.span[1] + lead.end()
    opener = re.match(r"(?i)(qu['’]|[\w’']+|:)", view.text[start:end])
    kind = OBJECT_OPENERS.get(fold(opener.group(1)) if opener else "", "bare")
    if kind == "que":
        start += opener.end()
    content = strip_span(view.text, (start, end))
    tail = re.search(
        r"(?i)[\s,;]*(?:\bet|\bmais|\bor|\band)?[\s,;]*$", view.text[content[0] : content[1]]
    )
    return (content[0], content[0] + tail.start()) if tail else content, kind


def closes_sentence(view: SentenceView, cue: Cue) -> bool:
    """« …, estime X. »: the verb comes late, after a comma, with few words after it."""
    after = [t for t in view.tokens[cue.last + 1 :] if t.text[:1].isalnum()]
    before = view.text[view.span[0] : cue.span[0]].rstrip()
    return len(after) <= 6 and before.endswith(",") and cue.first >= 4


def proposal(view: SentenceView, cue: Cue, registry: Registry) -> tuple[Attribution, str] | None:
    """The attribution proposed for one unused verb (resolved on ``registry``), and the
    object's kind ("before" when the content is what precedes the verb)."""
    if closes_sentence(view, cue):
        content, kind, source = strip_span(view.text, (view.span[0], cue.span[0])), "before", None
    else:
        content, kind = object_span(view, cue)
        source = source_before(view, cue)
    if content[1] - content[0] < 8:
        return None
    draft = Draft(content, cue.span, source, "indirect", cue.pronoun, 0.5, "")
    found = resolved(view, draft, registry)
    return None if found is None else (found, kind)


def clause_features(view: SentenceView, cue: Cue, found: Attribution, kind: str) -> set[str]:
    """What the clause itself shows: verb, form, subject, object, place."""
    lex = view.lex
    words = [fold(t.text) for t in view.tokens]
    verb = words[cue.last]
    lemma = lemma_of(lex).get(verb, verb) if lex.language == "fr" else verb
    names = {"bias", "lemma:" + lemma, "obj:" + kind, "label:" + found.label}
    names |= _form(words, cue, verb)
    names |= _subject_kind(view, found, lex)
    names |= _object_head(view, found, kind, lex)
    names |= {
        f"lemma+obj:{lemma}+{kind}",
        f"objlen:{min(len(_tokens(view, found.content)) // 5, 6)}",
    }
    back = words[max(0, cue.first - 4) : cue.first]
    if any(w in SUBORDINATE for w in back):
        names.add("clause:subordinate")
    if cue.first <= 1:
        names.add("clause:opens")
    return names


def _tokens(view: SentenceView, span: Span) -> list[str]:
    return [t.text for t in view.tokens if span[0] <= t.start and t.end <= span[1]]


def _form(words: list[str], cue: Cue, verb: str) -> set[str]:
    """Tense, mood, participle, negation, a modal before it."""
    names = set()
    for ending, tense in (("rait", "cond"), ("raient", "cond"), ("ait", "imp"), ("aient", "imp")):
        if verb.endswith(ending):
            names.add("form:" + tense)
            break
    else:
        names.add("form:" + ("ant" if verb.endswith("ant") else "other"))
    if cue.last > cue.first:
        names.add("form:compound")
    if cue.participle:
        names.add("form:participle")
    near = words[max(0, cue.first - 3) : cue.last + 3]
    if any(w in NEGATION for w in near):
        names.add("form:negated")
    if cue.first and words[cue.first - 1] in {"peut", "doit", "veut", "pourrait", "devrait", "va"}:
        names.add("form:modal")
    if verb.endswith(("er", "ir", "re")) and cue.first == cue.last:
        names.add("form:infinitive")
    return names


def _subject_kind(view: SentenceView, found: Attribution, lex: Lexicon) -> set[str]:
    """A name, an office, a body, a pronoun, a described person, a thing, or none."""
    if found.source is None:
        return {"subj:none" if found.speaker_mention is None else "subj:carried"}
    phrase = view.text[found.source[0] : found.source[1]]
    words = [fold(w) for w in re.findall(r"[\w’'-]+", phrase)]
    head = words[-1] if words else ""
    kind = "thing"
    if any(w in lex.word_set("pronouns") for w in words[:1]) and len(words) <= 2:
        kind = "pronoun"
    elif any(w in lex.word_set("person_descriptions") for w in words):
        kind = "office"
    elif any(w in lex.word_set("named_institutions") for w in words):
        kind = "body"
    elif any(w in lex.word_set("unnamed_person_nouns") for w in words):
        kind = "described"
    elif re.search(r"(?:^|\s)[A-ZÉ][a-zé]", phrase[1:]) or (
        phrase[:1].isupper() and len(words) <= 3
    ):
        kind = "name"
    return {"subj:" + kind, f"subjlen:{min(len(words), 6)}", "subjhead:" + head}


def _object_head(view: SentenceView, found: Attribution, kind: str, lex: Lexicon) -> set[str]:
    """The object's first content word (its head noun, or the infinitive)."""
    words = [fold(w) for w in _tokens(view, found.content)][:6]
    skip = lex.word_set("determiners") | set(OBJECT_OPENERS)
    head = next((w for w in words if w not in skip and w[:1].isalpha()), "")
    first = words[0] if words else ""
    return {"head:" + head, "first:" + first, f"headkind:{kind}+{head[-3:]}"}
