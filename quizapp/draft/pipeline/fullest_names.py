"""Who each speaker is once the whole article is read: offices, bodies, groups and described
people linked to the names the article gives them later, acronyms spelled out, pronouns named
by a later speaker, and each attribution's speaker written as its fullest mention.

The registry resolves a source as the reader meets it, sentence by sentence; these links need
what comes after, so they run once, after the reading. Moved out of ``analysis.py`` and
``resolve.py`` (tidy24), which had both reached 300 lines.
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from quizapp.draft.anaphora.named_groups import link_groups_to_names
from quizapp.draft.anaphora.offices.holders import holder_of, name_described_people, titled_people
from quizapp.draft.anaphora.offices.named_later import link_bodies_to_names, link_offices_to_names
from quizapp.draft.anaphora.offices.named_next import name_next_descriptions
from quizapp.draft.anaphora.offices.opened_after_name import ReadArticle, link_openings_to_names
from quizapp.draft.anaphora.pronouns_named_later import link_pronouns_to_later_speakers
from quizapp.draft.findings import Attribution, Span
from quizapp.draft.pipeline.resolve import Registry
from quizapp.draft.sources.body_roles import unnamed_role_in_body
from quizapp.draft.sources.group_names import group_with_its_name
from quizapp.draft.sources.labels import unnamed_local_office
from quizapp.draft.speakers.acronyms.spelled import spell_out_acronyms
from quizapp.draft.speakers.bodies.demonstrative_bodies import link_demonstrative_bodies
from quizapp.draft.speakers.entity import Entity
from quizapp.draft.speakers.lede import name_lede_descriptions
from quizapp.draft.speakers.spellings import link_spelling_variants
from quizapp.draft.words.lexicon import Lexicon


def named_speakers(
    found: list[Attribution], text: str, registry: Registry, lex: Lexicon
) -> list[Attribution]:
    """Each attribution's speaker as its fullest mention in the article: offices, bodies and
    described people linked to the names given them, acronyms spelled out, pronouns named
    later; a described person so named is a named source."""
    described = _link_names(found, text, registry, lex)
    named = [
        replace(
            a,
            speaker=final_speaker(registry, a.speaker, a.source),
            label="named" if a.speaker in described else a.label,
        )
        for a in found
    ]
    # a named finding whose speaker is still, the article read, a local office nobody named
    office = [a.label == "named" and _unnamed(a, text, registry, lex) for a in named]
    named = [replace(a, label="anonymous") if o else a for a, o in zip(named, office, strict=True)]
    # a vague group the article writes elsewhere with its own name: that named organisation
    return [_own_name_label(a, text, lex) for a in named]


def _link_names(found: list[Attribution], text: str, registry: Registry, lex: Lexicon) -> set[str]:
    """Link offices, bodies, groups, described people and pronouns to the names the whole
    article gives them (in the registry); the speakers a name now describes (named sources)."""
    entities, renamed = registry.entities, registry.renamed
    link_spelling_variants(entities, renamed, registry.seen, lex)  # « Netanyahou », « Netanyahu »
    stopped = _cues_as_stops(text, found) if lex.language == "en" else text
    link_offices_to_names(entities, renamed, stopped, lex)
    speaking = {final_name(registry, a.speaker) for a in found}
    spell_out_acronyms(entities, renamed, text, speaking)
    read = ReadArticle(entities, renamed, registry.seen, text, speaking, lex)
    link_bodies_to_names(read)
    grouped = link_groups_to_names(read) | link_demonstrative_bodies(read)
    described = name_described_people(entities, renamed, text, speaking) | grouped
    described |= name_lede_descriptions(read) | link_openings_to_names(read)
    described |= name_next_descriptions(read)
    actors = set(registry.spoke_in) | {seen.key for seen in registry.seen if seen.subject}
    voiced = [(a.content, a.speaker) for a in found]  # no one is « il » in their own words
    link_pronouns_to_later_speakers(entities, renamed, registry.unanswered, text, actors, voiced)
    return described


def _own_name_label(found: Attribution, text: str, lex: Lexicon) -> Attribution:
    """The finding labelled named when its speaker, labelled vague, is a group the article
    gives its own name beside its noun (« l'opposition municipale "Châteaudun pour tous" »,
    ``group_names``); otherwise unchanged."""
    if found.label == "vague" and group_with_its_name(found.speaker, text, lex):
        return replace(found, label="named")
    return found


def _cues_as_stops(text: str, found: list[Attribution]) -> str:
    """The text with each finding's cue written as full stops (same offsets), so that an
    office's head word is never read as the title of a name its own statement holds: in "The
    mayor said Tom Reed should quit", Tom Reed is who is spoken of, not the mayor (english37).
    Only a cue whose content follows it, past a "that" at most, and English only: the one
    French case, « La majorité réplique par la voix de X « … » », is a name that speaks."""
    chars = list(text)
    for cue, content in ((a.cue, a.content) for a in found if a.cue is not None):
        if cue[1] <= content[0] and len(text[cue[1] : content[0]].split()) <= 1:
            chars[cue[0] : cue[1]] = "." * (cue[1] - cue[0])  # the clause right after the cue
    return "".join(chars)


def _unnamed(found: Attribution, text: str, registry: Registry, lex: Lexicon) -> bool:
    """A speaker still, the article read, an office or a role in a body nobody named; a body
    met before the speaker's mention may say whose the role is."""
    if unnamed_local_office(found.speaker, text, lex):
        return True
    at = found.source[0] if found.source is not None else len(text)
    return unnamed_role_in_body(found.speaker, text, lex, partial(_met_before, registry, at))


def _met_before(registry: Registry, at: int) -> list[Entity]:
    """The entities first mentioned before ``at``."""
    return [e for e in registry.entities.values() if e.mentions and e.mentions[0][0] < at]


def final_speaker(registry: Registry, name: str, source: Span | None) -> str:
    """The fullest mention of an attribution's speaker; a description first guessed to be the
    last subject is the one person whose title, read anywhere in the article, fits it (« Le
    sélectionneur a estimé… » then « X, sélectionneur des Bleus »)."""
    phrase = registry.guessed.get(source) if source is not None else None
    holder = None
    if phrase:  # the article's titled people read only for a guessed description
        holder = holder_of(phrase, titled_people(registry.entities), registry.lex)
    return final_name(registry, holder.name if holder is not None else name)


def final_name(registry: Registry, name: str) -> str:
    """The fullest mention of the speaker once called ``name``."""
    seen: set[str] = set()
    while name in registry.renamed and name not in seen:
        seen.add(name)
        name = registry.entities[registry.renamed[name]].name
    return name


def outlet_names(registry: Registry) -> set[str]:
    """The names the article's outlets are written by as speakers."""
    outlets = {e.name for k, e in registry.entities.items() if k.startswith("o:")}
    return {final_name(registry, name) for name in outlets} | outlets
