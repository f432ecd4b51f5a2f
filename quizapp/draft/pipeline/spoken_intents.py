"""An intent told beside its speaker's own speech (intent50, after why50).

why50 read 80 unfound intents of the tuning set as an annotator: « souhaite rénover … »,
« veut instaurer … », « entend rester … » with no « que » were keyed 28 times of 30 when the same
person spoke beside them (a quotation or speech cue of the subject in the same or the previous
paragraph), and the keys of blind42-48, made under today's conventions, hold such intents far
more often than the older batches. The sentence-level reading still cuts these objects
(``contentless/intents``), so that the pronoun chain is built as before; this rule runs once the
whole article is read and adds the intent only when its subject is a speaker with another finding
in the same or the previous paragraph. It adds findings and never moves the chain. A pronoun
subject takes that speaker only when its gender fits and nobody else stands between
(``intent_subjects``, mend50c); the words the rule reads are lexicon data: the verbs
(``spoken_intent_verbs``: souhaiter, and since subjects51 vouloir, entendre, envisager, aspirer,
pooled on today's keys), their missing forms and the « de » / « à » before their object."""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizapp.draft.clause.objects.readings import infinitive_of_a_verb
from quizapp.draft.findings import Attribution, Span
from quizapp.draft.pipeline.intent_subjects import pronoun_fits
from quizapp.draft.speakers.entity import Entity
from quizapp.draft.text.segment import QUOTE_MARKS
from quizapp.draft.text.word_patterns import WORD_WITH_MARKS
from quizapp.draft.words.folding import fold, folded_words, ment_adverb
from quizapp.draft.words.lexicon import Lexicon, built_once, verb_forms

_WORD = WORD_WITH_MARKS  # a word with its apostrophes and hyphens
_SENTENCE_END = re.compile(r"[.!?…;](?=\s|$)")
_NAME = re.compile(r"(?:^|(?<=\s))((?:[A-ZÉÈ][\w'’-]+\s+){0,2}[A-ZÉÈ][\w'’-]+)\s+$")


@dataclass(frozen=True)
class _Verb:
    """A finite form of a verb of ``spoken_intent_verbs`` met in a paragraph."""

    lemma: str
    span: Span
    paragraph: int


def with_spoken_intents(
    found: list[Attribution], text: str, lex: Lexicon, paras: list[Span], people: list[Entity]
) -> list[Attribution]:
    """``found`` and the intents (``_intent``) whose subject is a speaker of ``found`` with a
    finding in the same or the previous paragraph, each placed after the findings before it;
    ``people`` are the resolver's entities, whose genders and mentions a pronoun is checked
    against."""
    if lex.language != "fr":
        return found
    added = [
        a
        for verb in _intent_verbs(text, lex, paras)
        if (a := _intent(found, text, lex, paras, verb, people)) is not None
    ]
    for a in added:
        at = sum(1 for b in found if b.content[0] <= a.content[0])
        found = [*found[:at], a, *found[at:]]
    return found


def _finite_forms(lex: Lexicon) -> dict[str, str]:
    """Folded finite form -> lemma, for the lemmas of ``spoken_intent_verbs``: the forms the
    lexicon conjugates, with ``spoken_intent_forms`` for those its tables lack (« entend »,
    « tient », « envisageait »), less those with an ending of ``spoken_intent_unfinite_endings``
    (participles, gerunds: an intent told by a finite verb only)."""

    def build(key: str) -> dict[str, str]:
        forms: dict[str, str] = {}
        unfinite = tuple(lex.raw.get("spoken_intent_unfinite_endings", []))
        extra = lex.raw.get("spoken_intent_forms", {})
        for lemma in lex.raw.get(key, []):
            for form in [*verb_forms(lex, lemma), *extra.get(lemma, [])]:
                if not form.endswith(unfinite):
                    forms[fold(form)] = lemma
        return forms

    return lex.remembered("spoken_intent_forms", "spoken_intent_verbs", build)


def _intent_verbs(text: str, lex: Lexicon, paras: list[Span]) -> list[_Verb]:
    """Each finite intent verb outside quotation marks, past the first paragraph (a headline
    states an aim, it quotes nobody)."""
    forms = _finite_forms(lex)
    verbs = []
    for index, (start, end) in enumerate(paras[1:], start=1):
        for match in _WORD.finditer(text, start, end):
            lemma = forms.get(fold(match.group()))
            if lemma is None:
                continue  # marks counted only at a verb: no work growing with the square
            if len(QUOTE_MARKS.findall(text, start, match.start())) % 2 == 0:
                verbs.append(_Verb(lemma, match.span(), index))
    return verbs


def _intent(
    found: list[Attribution],
    text: str,
    lex: Lexicon,
    paras: list[Span],
    verb: _Verb,
    people: list[Entity],
) -> Attribution | None:
    """The intent ``verb`` opens, said by the speaker its subject names, when that speaker has a
    finding beside it (``_speaker_beside``) and the object is an intent (``_object``)."""
    start, end = paras[verb.paragraph]
    opening = max(
        (m.end() for m in _SENTENCE_END.finditer(text, start, verb.span[0])), default=start
    )
    beside = _speaker_beside(found, text, lex, paras, verb, opening, people)
    content = _object(text, lex, verb, _sentence_end(text, verb.span[1], end))
    if beside is None or content is None:
        return None
    if any(a.content[0] < content[1] and content[0] < a.content[1] for a in found):
        return None  # already read (a quotation, a « que » clause)
    said, subject = beside
    kind = "mixed" if QUOTE_MARKS.search(text, content[0], content[1]) else "indirect"
    return Attribution(
        content, verb.span, subject, said.speaker, subject, kind, said.label, None, 0.6
    )


def _speaker_beside(
    found: list[Attribution],
    text: str,
    lex: Lexicon,
    paras: list[Span],
    verb: _Verb,
    opening: int,
    people: list[Entity],
) -> tuple[Attribution, Span] | None:
    """The finding of the subject's speaker in the verb's paragraph or the one before, and the
    subject's span, read from a pronoun or a name opening the verb's clause."""
    window = (paras[verb.paragraph - 1][0], paras[verb.paragraph][1])
    near = [a for a in found if window[0] <= a.content[0] < window[1] and a.speaker]
    before = text[opening : verb.span[0]]
    if (pronoun := _subject_pronoun(lex).search(before)) is not None:
        subject = (opening + pronoun.start(), pronoun.group().strip())
        return _pronoun_speaker(near, subject, verb, text, lex, people)
    if (name := _NAME.search(before)) is not None:
        return _named_speaker(near, name, opening)
    return None


def _pronoun_speaker(
    near: list[Attribution],
    subject: tuple[int, str],
    verb: _Verb,
    text: str,
    lex: Lexicon,
    people: list[Entity],
) -> tuple[Attribution, Span] | None:
    """The last speaker found before the verb, when the pronoun (its offset and word) fits that
    speaker (``intent_subjects.pronoun_fits``): a wish is never given across a gender."""
    earlier = [a for a in near if a.content[0] < verb.span[0]]
    last = max(earlier, key=lambda a: a.content[0], default=None)
    start, word = subject
    span = (start, start + len(word))
    if last is None or not pronoun_fits(last, word, span, text, lex, people):
        return None
    return last, span


def _named_speaker(
    near: list[Attribution], name: re.Match[str], opening: int
) -> tuple[Attribution, Span] | None:
    """A speaker found near whose name ends on the subject name's last word (« Martin » for
    « Jean Martin »), with the name's span."""
    tail = fold(name.group(1).split()[-1])
    same = [a for a in near if tail in folded_words(a.speaker)]
    span = (opening + name.start(1), opening + name.end(1))
    return (same[0], span) if same else None


@built_once
def _subject_pronoun(lex: Lexicon) -> re.Pattern[str]:
    """A third-person subject pronoun right before the verb: the ``subject_pronouns`` to
    which ``pronouns`` gives a gender or a number (« il », « elles »; not « on », « je »)."""
    genders = lex.raw["pronouns"]
    words = [p for p in lex.words("subject_pronouns") if genders.get(p, "x") != "x"]
    alternatives = "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?:^|(?<=[\s,]))(?:{alternatives})\s+$", re.IGNORECASE)


def _sentence_end(text: str, at: int, end: int) -> int:
    """Where the sentence holding ``at`` ends: its first stop outside quotation marks, or the
    paragraph's end."""
    for stop in _SENTENCE_END.finditer(text, at, end):
        if len(QUOTE_MARKS.findall(text, at, stop.start())) % 2 == 0:
            return stop.start()
    return end


def _object(text: str, lex: Lexicon, verb: _Verb, end: int) -> Span | None:
    """The verb's object up to the sentence's end: an infinitive (after its particle, for the
    verbs of ``spoken_intent_particles``) or, for ``spoken_intent_noun_verbs``, a noun phrase;
    never a « que » clause (read elsewhere), a negated verb nor an infinitive of perception
    (``_infinitive``)."""
    words = _words(text, verb.span[1], end)
    adverbs = lex.word_set("spoken_intent_adverbs")
    while words and (words[0][0] in adverbs or ment_adverb(words[0][0])):
        words = words[1:]
    particles = lex.raw.get("spoken_intent_particles", {}).get(verb.lemma, [])
    if words and words[0][0] in {fold(p) for p in particles}:
        words = words[1:]  # « envisage de créer », « tient à rester », « aspire à un mandat »
    if not words:
        return None
    first = words[0]
    if first[0] in lex.word_set("determiners") and not _infinitive_next(lex, words):
        noun = verb.lemma in lex.word_set("spoken_intent_noun_verbs")
        return (first[1], end) if noun and len(words) > 1 else None
    return _infinitive(lex, verb.lemma, words, end)


def _infinitive(lex: Lexicon, lemma: str, words: list[tuple[str, int]], end: int) -> Span | None:
    """``words`` up to ``end`` when they open on an infinitive, past its object pronouns
    (``intent_skipped_words``: « se faire entendre », « les aider »), that is no perception
    after ``lemma`` (``spoken_intent_perceived``: « entend parler de », « entend dire que »
    are heard, not aimed at; mend51b)."""
    pronouns = lex.word_set("intent_skipped_words")
    verb_word = next((w for w in words[:3] if w[0] not in pronouns), None)
    if verb_word is None or not infinitive_of_a_verb(lex, verb_word[0]):
        return None
    perceived = lex.raw.get("spoken_intent_perceived", {}).get(lemma, [])
    return None if verb_word[0] in {fold(w) for w in perceived} else (words[0][1], end)


def _words(text: str, start: int, end: int) -> list[tuple[str, int]]:
    """The folded words between ``start`` and ``end`` with their offsets, an elided article or
    pronoun a word of its own (« d'instaurer » reads « d' », « instaurer »)."""
    words: list[tuple[str, int]] = []
    for match in _WORD.finditer(text, start, end):
        word, at = fold(match.group()), match.start()
        cut = word.find("'")
        if 0 < cut < 3 and cut < len(word) - 1:
            words.append((word[: cut + 1], at))
            word, at = word[cut + 1 :], at + cut + 1
        words.append((word, at))
    return words


def _infinitive_next(lex: Lexicon, words: list[tuple[str, int]]) -> bool:
    """« le faire », « les aider »: an object pronoun and its infinitive, no noun phrase."""
    return len(words) > 1 and infinitive_of_a_verb(lex, words[1][0])
