"""A draft attribution made whole: its source phrase cleaned (no connective, no date, a
document's author: ``speaker_phrases/speaking_phrase.py``), read (name, pronoun, description…),
resolved to a speaker by the registry, and the outlet it came through noted.

Moved out of analysis.py, which reads the article sentence by sentence and calls
``sentence_attributions`` / ``resolved`` on each sentence's drafts.
"""

from __future__ import annotations

import re
from dataclasses import replace

from quizapp.draft.findings import Attribution, Span
from quizapp.draft.names.naming.gender import person_nouns
from quizapp.draft.names.naming.names import proper_names
from quizapp.draft.names.naming.party_qualifiers import party_after_person
from quizapp.draft.names.naming.roles import in_role_complement, without_role_words
from quizapp.draft.pipeline.attributions import Draft, SentenceView, drafts
from quizapp.draft.pipeline.resolve import Registry, Resolution
from quizapp.draft.sources.mute_subjects import meant_by_no_one, mute_head, shown_by_no_document
from quizapp.draft.sources.outlets import is_outlet, relay_outlet
from quizapp.draft.sources.reading import SourceReading, read_source
from quizapp.draft.sources.reading_cues import misread, reading_place
from quizapp.draft.sources.relays import cited_by_outlet, outlet_by_its_name
from quizapp.draft.sources.speaker_phrases.speaking_phrase import cleaned_source
from quizapp.draft.speakers.entity import Entity
from quizapp.draft.text.segment import tokens
from quizapp.draft.words.lexicon import Lexicon, fold


def sentence_attributions(view: SentenceView, registry: Registry) -> list[Attribution]:
    result: list[Attribution] = []
    keys: list[str | None] = []
    for draft in drafts(view):
        attribution = resolved(view, draft, registry)
        if attribution is not None:
            result.append(attribution)
            keys.append(registry.last_speaker_key())
    _reporter_heard_last(result, keys, registry)
    return result


def _reporter_heard_last(
    found: list[Attribution], keys: list[str | None], registry: Registry
) -> None:
    """« X a rappelé qu'au début du mandat, Y avait promis de… . Il a souligné… »: when the
    last speech the sentence gave is nested in another's (what X reported Y said), the one
    who reported it is the speaker the reader heard last, for a later « il »."""
    if len(found) < 2 or keys[-1] is None:
        return
    inner = found[-1].content
    outer = [
        key
        for attribution, key in zip(found[:-1], keys[:-1], strict=True)
        if attribution.content[0] <= inner[0] and inner[1] <= attribution.content[1]
    ]
    if outer and outer[-1] is not None and outer[-1] != keys[-1]:
        registry.heard_last(outer[-1])
        registry.note_subject(outer[-1], inner[1])  # the subject the sentence goes on with


def resolved(view: SentenceView, draft: Draft, registry: Registry) -> Attribution | None:
    """The draft as an attribution: its source cleaned and read, resolved to a speaker (None
    when nothing fits), the document it came in and the outlet it came through noted."""
    kept = _speaking_source(view, draft)
    if kept is None:
        return None
    draft, source, phrase = kept
    at = draft.cue[0] if draft.cue else draft.content[0]
    found = _resolution(view, draft, registry, (source, phrase, at))
    if found is None:
        return None
    resolution, reading = found
    cited = _cited(view, draft, registry, resolution.key)
    if cited is not None:  # « le JDD annonçait …, reprenant les propos d'une source »
        draft, resolution = replace(draft, relay_text=resolution.speaker), cited
    _note_document(view, draft, source, registry.entity(resolution.key))
    registry.note_subject(resolution.key, at)
    registry.note_asked(resolution.key, draft.content, at)  # a later reply answers a question
    via = _via(draft, phrase, reading, cited is not None, view.lex)
    speaker = registry.entity(resolution.key).name
    return Attribution(
        content=draft.content,
        cue=draft.cue,
        source=draft.source,
        speaker=speaker,
        speaker_mention=resolution.mention,
        kind=draft.kind,
        label=resolution.label,
        via=via if via and via != speaker else None,
        confidence=round(min(draft.confidence, 0.5 + resolution.confidence / 2), 2),
    )


def _speaking_source(view: SentenceView, draft: Draft) -> tuple[Draft, Span | None, str] | None:
    """The draft with its source cleaned (``speaker_phrases/speaking_phrase.py``), the source that
    speaks and its phrase; None when nobody speaks: a reading cue whose place is misread, a
    subject that only a document could show with, a mute head or a phrase of quoted words."""
    reading, place = reading_place(view, draft)  # « pouvait-on lire sur des banderoles »
    if reading and misread(view, draft, place):
        return None
    if place is not None:
        draft = replace(draft, source=place, pronoun=None)
    written = view.text[draft.source[0] : draft.source[1]] if draft.source else ""
    if shown_by_no_document(view, draft.cue, written):
        return None  # « Le nuage de fumée montre que… »: only a document speaks by showing
    if meant_by_no_one(view, draft.cue, written):
        return None  # « Cela signifie que… »: it means, nobody notifies
    draft, source, phrase = cleaned_source(view, draft)
    if mute_head(phrase, view.lex) or _QUOTED_WORDS.fullmatch(phrase):
        return None  # « Plusieurs raisons expliquent… », "“conned consumers”, who…": nobody
    return draft, source, phrase


def _note_document(view: SentenceView, draft: Draft, source: Span | None, speaking: Entity) -> None:
    """The document the speaker spoke in (« le communiqué », "the report"), or for a named
    body "reported" itself ("Reuters reported that…"), kept among its roles: a later
    mention of the document will refer to it."""
    document = _document_word(view, draft.source, source)
    if not speaking.person and speaking.label == "named":  # "Reuters reported that…"
        document = document or _reported(view, draft.cue)
    if document:  # "le communiqué", "the report" will refer to it
        speaking.roles.add(document)


# a phrase that is only quoted words ("which they said “conned consumers”, who had believed…")
_QUOTED_WORDS = re.compile(r"\s*[«“\"‘]\s*[^«»“”\"‘’]+[»”\"’]\s*")


def _resolution(
    view: SentenceView, draft: Draft, registry: Registry, said_by: tuple[Span | None, str, int]
) -> tuple[Resolution, SourceReading] | None:
    """The speaker the source phrase resolves to (``said_by``: source, phrase, where the
    cue is), with how the phrase was read; an unresolved pronoun is kept, speaker unknown."""
    source, phrase, at = said_by
    lex = view.lex
    source_tokens = tokens(view.text, source, lex.language) if source else []
    has_name = names_someone(source_tokens, lex)
    reading = read_source(phrase, lex, has_name, _relative_tail(view, draft.source))
    if not has_name and party_qualified(source_tokens, lex):  # « le chef Ecolo »
        labelled = read_source(phrase, lex, True, _relative_tail(view, draft.source))
        reading = replace(reading, label=labelled.label)
    resolution = registry.resolve(phrase, source, reading, at)
    if resolution is None and reading.form == "pronoun":  # "Il assure…" with no name before:
        label = "vague" if reading.gender == "p" else "named"  # « Ils »: a group, unnamed
        alone = SourceReading("description", label, reading.gender, reading.head)
        resolution = registry.resolve(phrase, source, alone, at)  # kept, its speaker unknown
        if resolution is not None:  # perhaps named later (offices/named_later.py)
            registry.unanswered.setdefault(resolution.key, at)
    return None if resolution is None else (resolution, reading)


def _via(
    draft: Draft, phrase: str, reading: SourceReading, cited: bool, lex: Lexicon
) -> str | None:
    """The outlet a finding came through: a relay named with the cue, or the outlet that
    cited the speaker; "selon l'AFP" names the outlet as the source, not as a relay, unless
    it cites someone (« Selon Le Monde, citant des sources… »: the sources speak through it)."""
    via = None
    if draft.kind != "according_to":  # « auprès de Radio Lunel »: an outlet by its name
        via = relay_outlet(draft.relay_text, lex) or outlet_by_its_name(draft.relay_text, lex)
    via = via or (draft.relay_text if cited else None)
    named = relay_outlet(phrase, lex) and reading.form == "name"
    if draft.kind == "according_to" and named and not cited:
        via = None
    return via


def _cited(view: SentenceView, draft: Draft, registry: Registry, key: str) -> Resolution | None:
    """The people an outlet cites right after its statement, resolved as its speaker; a
    named body the outlet list lacks relays as an outlet does when it cites someone
    (« Selon le Sonntagsblick, citant des sources… »: noone53), never a person (« a fait
    valoir X, citant l'exemple de… »)."""
    entity = registry.entity(key)
    listed = key.startswith("o:") or is_outlet(entity.name, view.lex)
    if not (listed or (entity.label == "named" and not entity.person)):
        return None
    after = max(s[1] for s in (draft.cue, draft.source, (0, 0)) if s is not None)
    span = cited_by_outlet(view.text, after, view.span[1], view.lex)
    if span is None or (not listed and _a_document(view.text[span[0] : span[1]], view.lex)):
        return None  # « Selon la SNCF, citant un rapport interne »: the SNCF speaks (mend53b)
    phrase = view.text[span[0] : span[1]]
    reading = read_source(
        phrase, view.lex, names_someone(tokens(view.text, span, view.lex.language), view.lex)
    )
    return registry.resolve(phrase, span, reading, span[0])


def _a_document(phrase: str, lex: Lexicon) -> bool:
    """The cited phrase opens on a document (« un rapport interne », « une étude »), which a
    body cites to back its own word: only an outlet relays what it cites."""
    documents = lex.word_sets("possessed_documents", "authored_documents", "issued_documents")
    return any(word in documents for word in fold(phrase).split()[:3])


def _reported(view: SentenceView, cue: Span | None) -> str | None:
    """ "Reuters reported that…": a later "the report" is that body's (English)."""
    said = fold(view.text[cue[0] : cue[1]]) if cue and view.lex.language == "en" else ""
    return "report" if said in {"reported", "reports", "reporting"} else None


def _document_word(view: SentenceView, written: Span | None, source: Span | None) -> str | None:
    """The document a source was read through ("communiqué" in « le communiqué du
    gouvernement », "report" in "the Anadolu report"), None when it speaks itself."""
    if not source or not written or source == written:
        return None
    words = fold(view.text[written[0] : written[1]]).split()
    if view.lex.language != "en":
        return words[1] if source[0] != written[0] else None
    documents = view.lex.word_sets("possessed_documents", "issued_documents")
    return next((w for w in words if w in documents), None)


def _acronym(word: str, lex: Lexicon) -> bool:
    """A word in capitals only, two letters or more, that folds to a common noun for a
    person (« AMI », not « ami »); a title written in capitals (« PDG ») is none."""
    if len(word) < 2 or not word.isalpha() or not word.isupper():
        return False
    return word not in lex.raw_set("person_descriptions") and fold(word) in person_nouns(lex)


def party_qualified(words: list, lex: Lexicon) -> bool:
    """A party or union qualifies a person noun of the phrase (« la cheffe de groupe PS »,
    « le chef Ecolo »): it names no one to resolve to, but it identifies the person as a
    name does for the label (pronouns36)."""
    return any(party_after_person(words, index, lex) for index in range(len(words)))


def names_someone(words: list, lex: Lexicon) -> bool:
    """A proper name that names someone: not "Democratic lawmakers" (an adjective before a
    common noun) nor "Senior Defense Official" (a title made of role words)."""
    roles = lex.word_sets("anonymous_heads", "vague_heads")
    for start, end in proper_names(words, lex):
        if end - start == 1 and _acronym(words[start].text, lex):
            return True  # « l'AMI » is an agency, not « un ami »
        if in_role_complement(words, start, lex) or not without_role_words(
            words, (start, end), lex
        ):
            continue  # "le procureur de la République": the Republic does not speak
        run = [fold(w.text) for w in words[start:end]]
        before_noun = end - start == 1 and end < len(words) and words[end].text[:1].islower()
        if before_noun and words[end].text.isalpha() and not is_outlet(words[start].text, lex):
            continue  # not "Democratic lawmakers"; "Xinhua news agency" is named
        if run[-1] in roles:
            continue
        return True
    return False


def _relative_tail(view: SentenceView, source: Span | None) -> str:
    """ ", who spoke on condition of anonymity" / ", qui a requis l'anonymat" after a source."""
    if source is None:
        return ""
    described = _RELATIVE_TAIL.match(view.text, source[1], view.span[1])
    return described.group() if described else ""


# compiled once: costly to compile (a class negated with case ignored), it was compiled again
# whenever an article's own patterns had pushed it out of re's cache (speed45)
_RELATIVE_TAIL = re.compile(r"\s*,?\s*(?:qui|who|ayant|having)\b[^.;:]*", re.IGNORECASE)
