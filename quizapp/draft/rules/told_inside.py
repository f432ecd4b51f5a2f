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
14 batches (8 of 11 in the batches of the seventeenth round and after)."""

from __future__ import annotations

import re
from collections.abc import Callable

from quizapp.draft.attributions import SentenceView
from quizapp.draft.detect.view import Draft, strip_span
from quizapp.draft.findings import Attribution
from quizapp.draft.lexicon import Lexicon, alternation, built_once, verb_forms
from quizapp.draft.segment import Span

TOLD_INSIDE_CONFIDENCE = 0.5  # a nested report: the keys hold it three times in five


def told_inside(
    view: SentenceView, new: list[Attribution], resolve: Callable[..., Attribution | None]
) -> list[Attribution]:
    """Each third party's words reported inside a quotation ``new`` attributes, resolved
    (``resolve``: a draft to its attribution, or None)."""
    if view.lex.language != "fr":
        return []
    drafts: list[Draft] = []
    for found in new:
        for quote in view.quotes:
            if found.kind == "direct" and quote[0] <= found.content[0] < quote[1]:
                drafts += _told_in(view, quote)
    told = (resolve(view, draft) for draft in drafts)
    return [found for found in told if found is not None]


def _told_in(view: SentenceView, quote: Span) -> list[Draft]:
    """The third parties' reported clauses inside ``quote``."""
    drafts = []
    for told in _telling(view.lex).finditer(view.text, quote[0] + 1, quote[1] - 1):
        if told.group("on") and not told.group("told"):
            continue  # « on dit que… », « qu'on se dit »: nobody else's words
        source = strip_span(view.text, (told.start("subject"), told.end("subject")))
        end = _clause_end(view.text, told.end(), quote[1] - 1)
        content = strip_span(view.text, (told.end(), end))
        if len(view.text[content[0] : content[1]].split()) < 3:
            continue
        pronoun = view.text[source[0] : source[1]].lower() if told.group("pronoun") else None
        cue = (told.start("verb"), told.end("verb"))
        drafts.append(Draft(content, cue, source, "indirect", pronoun, TOLD_INSIDE_CONFIDENCE, ""))
    return drafts


_SENTENCE_END = re.compile(r"[.!?…]\s")


def _clause_end(text: str, start: int, end: int) -> int:
    """The end of the reported clause: its sentence's end inside the quotation, or the
    quotation's."""
    stop = _SENTENCE_END.search(text, start, end)
    return stop.start() if stop else end


@built_once
def _telling(lex: Lexicon) -> re.Pattern[str]:
    """A third person subject, the people told (lexicon indirect_object_clitics), a form of
    a verb of telling (lexicon told_inside_verbs, compound or not), then « que » or a colon."""
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
    subject = rf"(?P<subject>(?P<pronoun>{pronouns})|(?P<on>on)|{noun_phrase})"
    lead = r"(?:(?<=[«“\"])|(?<=[«“\",;:.!?]\s)|(?<=\set\s)|(?<=\smais\s)|(?<=\scar\s))"
    told = rf"(?P<told>(?:{clitics})(?:(?<=['’])|\s+))?"
    verb = rf"(?P<verb>(?:(?:{auxiliaries})\s+)?(?:{verbs}))"
    return re.compile(rf"(?i){lead}{subject}\s+(?:n['’]|ne\s+)?{told}{verb}\s*(?:que\b|qu['’]|:)")
