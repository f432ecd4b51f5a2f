"""Someone else's words reported inside a quotation (French): « "Mon voisin m'a dit que ça
descendait à une vitesse incroyable", raconte X », « "La direction nous dit qu'aucune
information ne filtrera", déplore Y ». The quoted speaker tells what a third party said: that
party (a noun phrase, or « il », « elle », « ils », « elles ») is the speaker of the clause
after « que » or a colon, besides the quotation being the quoted speaker's own.

Cues are never read inside quotations (cues.py), so this looks inside each quotation the
sentence attributes. Not the quoted speaker's own saying (« je dis que », « on se dit que »,
« nous avons dit que »), nor an impersonal « on dit que »: only « on » with the people told
after it (« on nous dit que ») speaks for someone else. recall23v: over the French corpus, a
third party telling with « que » or a colon inside a quotation is keyed 15 times of 25, in
14 batches (8 of 11 in the batches of the seventeenth round and after). recall27: the
third party's own words may follow the verb in quotation marks of their own, with no « que »
nor colon (« Il leur a dit 'Vous êtes rapides' », « on m'a dit « sortez » »): over the French
corpus 6 times, in 6 batches, each keyed as the third party's direct words. nested43: the
quotation of a mixed or according-to finding is read too, the third party may be a name, an
adverb in -ment may stand by the verb, and the telling may follow a conjunction of cause;
over the French corpus these add 8 findings, 7 keyed (docs/drafting.md, nested43).

English (english24): "He said the only reason…", "She told me, all you need…", "They told
us: 'No…'", a third person pronoun (lexicon ``told_inside_pronouns``) and a form of saying
or telling (``told_inside_forms``), with no "that" needed. Over the English corpus, such a
pronoun telling inside a quotation, with three words or more after it, is keyed 4 times of
4, in 4 batches (blind10a, 12a, 13a, 23b), always as that third party's statement.
english57 reads a name, "the" + noun and more verbs too: ``told_inside_en``."""

from __future__ import annotations

import re
from dataclasses import replace

from quizapp.draft.findings import Attribution
from quizapp.draft.pipeline.attributions import SentenceView
from quizapp.draft.pipeline.resolve import Registry
from quizapp.draft.pipeline.resolved_drafts import resolved
from quizapp.draft.shapes.detect.view import Draft, strip_span
from quizapp.draft.sources.head_words import names_a_thing
from quizapp.draft.sources.reading import read_source
from quizapp.draft.text.segment import Span
from quizapp.draft.text.sentence.apposed_names import FULL_NAME
from quizapp.draft.uncued.rules.inside_quotes.held import held_quotes
from quizapp.draft.uncued.rules.inside_quotes.told_inside_en import fits_en, telling_en
from quizapp.draft.words.lexicon import (
    Lexicon,
    alternation,
    built_once,
    fold,
    verb_forms,
)

TOLD_INSIDE_CONFIDENCE = 0.5  # a nested report: the keys hold it three times in five
# nested43: a quotation inside a mixed or according-to finding holds a third party's words
# as a direct one does (« X répond, « la police nous dit qu'… » »)
_HOLDING_KINDS = ("direct", "mixed", "according_to")


def told_inside(
    view: SentenceView, new: list[Attribution], registry: Registry
) -> list[Attribution]:
    """Each third party's words reported inside a quotation ``new`` attributes, resolved
    by ``registry``; in English never to the one quoted (see ``_someone_else``). The one
    quoted stays the speaker heard last and the subject the narration goes on with
    (« …, poursuit-il » is them, as a lone quotation is: ``holding_last``), not the third
    party resolving made the latest."""
    if not view.lex.raw.get("told_inside_verbs") and not view.lex.raw.get("told_inside_forms"):
        return []
    result = []
    holder = registry.last_speaker_key()
    for found, quote in held_quotes(view, new, _HOLDING_KINDS):
        told = (resolved(view, draft, registry) for draft in _told_in(view, quote))
        others = (_someone_else(t, found, registry) for t in told if t is not None)
        result += [t for t in others if t is not None]
    if result and holder is not None:
        registry.heard_last(holder)
        registry.note_subject(holder, max(t.content[1] for t in result))
    return result


def _someone_else(told: Attribution, quoted: Attribution, registry: Registry) -> Attribution | None:
    """ "“He said the only reason…,” she said", « "Il m'a dit que…", raconte X »: the "he"
    of someone's quotation is someone else than the one quoted, though "he goes on" would
    resolve to them: the latest other person met before the quotation whose gender is the
    pronoun's (a group for "they", « ils »), else the quoted one still (recall27: the keys
    give 6 of 7 such French pronouns to someone else, and dropping the rest lost three keyed
    findings for one unkeyed, mend43a). A noun subject resolved to the quoted one speaks in
    its own words (« Selon X, « le maire a dit que… » »), and a document or a thing gives no
    finding (« le texte indique que… »): neither is the quoted speaker telling it."""
    phrase = registry.text[told.source[0] : told.source[1]] if told.source else ""
    reading = read_source(phrase, registry.lex, False)
    if names_a_thing(phrase, registry.lex):
        return None
    if told.speaker != quoted.speaker:
        return told
    if fold(phrase) not in registry.lex.word_set(_PRONOUNS[registry.lex.language]):
        return replace(told, speaker=phrase, label=reading.label or told.label)
    for seen in reversed(registry.seen):
        entity = registry.entities[seen.key]
        fits = entity.gender == reading.gender and (reading.gender == "p" or entity.person)
        if fits and entity.name != quoted.speaker and seen.offset < quoted.content[0]:
            return replace(told, speaker=entity.name, label=entity.label)
    return told  # no one else fits: recall27 and english24 keyed the quoted one then


# the subject pronouns a telling may open with, by language
_PRONOUNS = {"fr": "third_person_subject_pronouns", "en": "told_inside_pronouns"}


def _told_in(view: SentenceView, quote: Span) -> list[Draft]:
    """The third parties' reported clauses inside ``quote``."""
    drafts = []
    english = view.lex.language == "en"
    telling = telling_en(view.lex) if english else _telling(view.lex)
    for told in telling.finditer(view.text, quote[0] + 1, quote[1] - 1):
        if told.groupdict().get("on") and not told.group("told"):
            continue  # « on dit que… », « qu'on se dit »: nobody else's words
        source = strip_span(view.text, (told.start("subject"), told.end("subject")))
        end = _clause_end(view.text, told, quote[1] - 1)
        if _fronted(view, quote, told):  # « Puisque X m'a dit que A, je suis parti »
            end = _main_clause_comma(view.text, told.end(), end)
        content = _words_told(view.text, told, end)
        said = view.text[content[0] : content[1]]
        if len(said.split()) < 3 or (english and not fits_en(view.lex, told, said)):
            continue
        pronoun = view.text[source[0] : source[1]].lower() if told.group("pronoun") else None
        cue = (told.start("verb"), told.end("verb"))
        marked = told.groupdict().get("mark") or told.groupdict().get("opening")
        kind = "direct" if marked else "indirect"  # "She told me, …", « m'a dit 'Sortez' »
        drafts.append(Draft(content, cue, source, kind, pronoun, TOLD_INSIDE_CONFIDENCE, ""))
    return drafts


_SENTENCE_END = re.compile(r"[.!?…]\s")


def _fronted(view: SentenceView, quote: Span, told: re.Match[str]) -> bool:
    """mend43a: the telling opens after a conjunction of cause that opens the quotation
    (« « Puisque la mairie m'a dit que A, je suis parti » »): a fronted clause of cause,
    which the main clause follows after a comma."""
    before = fold(view.text[quote[0] : told.start()]).strip(' «“"')
    return before in view.lex.word_set("reason_conjunctions")


def _main_clause_comma(text: str, start: int, end: int) -> int:
    """The end of a fronted clause: the first comma after its telling, before ``end``."""
    comma = text.find(",", start, end)
    return comma if comma >= 0 else end


def _words_told(text: str, told: re.Match[str], end: int) -> Span:
    """The reported words: between their own marks as written, their closing stop kept as
    a quotation keeps it (« m'a dit 'Il faut partir.' »); else the clause, trimmed."""
    if not told.groupdict().get("opening"):
        return strip_span(text, (told.end(), end))
    words = text[told.end() : end]
    start = end - len(words.lstrip())
    return start, start + len(words.strip())


# the mark that closes each opening mark, not before a letter (« aujourd'hui » goes on)
_CLOSING_MARKS = {
    opening: re.compile(f"[{closing}](?!\\w)")
    for opening, closing in {"'": "'’", "‘": "’", "«": "»", "“": "”", '"': '"'}.items()
}


def _clause_end(text: str, told: re.Match[str], end: int) -> int:
    """The end of the reported clause: the mark closing the one it opens on (« m'a dit
    'Sortez, vite !' »: its own sentences inside), else its sentence's end inside the
    quotation, or the quotation's."""
    opening = told.groupdict().get("opening")
    closing = _CLOSING_MARKS[opening] if opening else _SENTENCE_END
    stop = closing.search(text, told.end(), end)
    return stop.start() if stop else end


@built_once
def _telling(lex: Lexicon) -> re.Pattern[str]:
    """A third person subject, the people told (lexicon indirect_object_clitics), a form of
    a verb of telling (lexicon told_inside_verbs, compound or not), then « que », a colon or
    the opening mark of the words told (``opening``, maybe after the colon)."""
    forms = {f for lemma in lex.raw.get("told_inside_verbs", []) for f in verb_forms(lex, lemma)}
    forms = {f for f in forms if not f.endswith("ant")}  # « en me disant que »: no subject
    verbs = alternation(sorted(forms))
    auxiliaries = alternation(lex.raw.get("told_inside_auxiliaries", []))
    clitics = alternation(lex.words("indirect_object_clitics"))
    pronouns = alternation([p for p in lex.words("third_person_subject_pronouns") if p != "on"])
    determiners = alternation(lex.words("determiners"))
    word = r"[^\s,.;:!?«»“”\"()]+"
    not_verb = rf"(?!(?:{auxiliaries}|{verbs})(?!\w))"  # « leur a dit : » is no subject
    noun_phrase = rf"(?:{determiners})(?:(?<=['’])|\s+){not_verb}{word}(?:\s+{word}){{0,4}}?"
    subject = rf"(?P<subject>(?P<pronoun>{pronouns})|(?P<on>on)|{noun_phrase}|{_NAME})"
    told = rf"(?P<told>(?:{clitics})(?:(?<=['’])|\s+))?"
    verb = rf"(?P<verb>(?:(?:{auxiliaries})\s+{_MANNER}?)?(?:{verbs})){_MANNER_AFTER}?"
    said = r"(?:(?:\s*:\s*|\s+)(?P<opening>['‘«“\"])|\s*(?:que\b|qu['’]|:))"
    return re.compile(rf"(?i){_lead(lex)}{subject}\s+(?:n['’]|ne\s+)?{told}{verb}{said}")


# nested43: a person's name as the subject (« Jean-Marie X avait annoncé que »), written with
# capitals whatever the case the rest of the pattern ignores; an adverb of manner in -ment
# between the auxiliary and the participle or after the verb (« nous a confirmé verbalement que »)
# (mend43a: the project's own name pattern, text/sentence/apposed_names, particles and all)
_NAME = rf"(?-i:{FULL_NAME})"
_MANNER = r"(?:[^\W\d_]{3,}ment\s+)"
_MANNER_AFTER = r"(?:\s+[^\W\d_]{3,}ment(?=\s))"


def _lead(lex: Lexicon) -> str:
    """Where a subject telling may open inside the quotation: its start, after a mark, after
    « et », « mais » and, nested43, after a conjunction of cause (lexicon ``reason_conjunctions``,
    « puisque la start-up nous a dit que… ») or, split49, of contrast (lexicon
    ``told_inside_contrast_leads``, « alors que l'ARS affirme qu'il faut 30 minutes »): each a
    lookbehind of a fixed width."""
    marks = r"(?<=[«“\"])|(?<=[«“\",;:.!?]\s)|(?<=\set\s)|(?<=\smais\s)"
    leads = lex.words("reason_conjunctions") + lex.words("told_inside_contrast_leads")
    causes = "".join("|" + _after_cause(fold(c)) for c in leads)
    return f"(?:{marks}{causes})"


def _after_cause(conjunction: str) -> str:
    """A lookbehind for a space or an opening mark, ``conjunction``, then a space unless the
    conjunction is elided (« puisqu'elle »)."""
    body = re.escape(conjunction).replace("'", "['’]")
    tail = "" if conjunction.endswith("'") else r"\s"
    return rf"(?<=[\s«“\"]{body}{tail})"


def holding_last(earlier: list[Attribution]) -> Attribution:
    """The last speaker a lone quotation goes on (lone_quotes/alone): the last finding, or the one
    whose words hold it, as a told clause sits in its quotation (« "Mon voisin m'a dit
    que…", raconte X. « … » »: X goes on, not the neighbour X quoted). recall27: over the
    corpus, where the two differ the keys side with the holding one twice (blind20d,
    blind27c), with neither twice, never with the nested one."""
    last = earlier[-1]
    for before in reversed(earlier[-3:-1]):
        if before.content[0] <= last.content[0] and last.content[1] <= before.content[1]:
            return before
    return last
