"""The subject a French participle or an infinitive of purpose shares with the sentence's first
verb (« Les parents ont accepté, tout en sachant que… », "The police published a text saying…"):
the opening noun phrase before that verb. Moved out of subjects.py, which finds the subject
right before or after a cue; clauses.py asks here when a cue has no subject of its own."""

from __future__ import annotations

import re

from quizapp.draft.clause.noun_phrases.noun_phrase import holds_finite_verb, noun_phrase
from quizapp.draft.clause.subjects.clause_bounds import (
    NP_OPENING,
    before_first_verb,
    no_subject_opening,
    skip_segment,
)
from quizapp.draft.clause.subjects.person_subject import person_subject, personal_pronoun
from quizapp.draft.clause.subjects.purpose import (
    english_purpose_subject,
    etre_at,
    purpose_speech_act,
)
from quizapp.draft.reporting.cues import Cue
from quizapp.draft.shapes.detect.view import SentenceView, strip_span
from quizapp.draft.shapes.passives.agent import agent_after
from quizapp.draft.sources.speaker_phrases.source_dates import only_date
from quizapp.draft.text.segment import Span
from quizapp.draft.text.sentence.sentence_parts import inverted
from quizapp.draft.words.lexicon import Lexicon, built_once, fold, relative_words

_LONGEST = 8  # words: a longer opening piece is no plain noun phrase (a list, a relative)


def main_subject(view: SentenceView, cue: Cue) -> Span | None:
    """The subject of the sentence's first verb, which a French participle after it shares
    ("Les parents ont accepté, tout en sachant que…", "La police a publié un texte faisant
    état de…"); None when no verb comes before the participle."""
    if not _shares_main_subject(view, cue):
        return None
    if cue.first == 0 and view.lex.language == "fr":  # « Appelant au calme, la ministre a… »
        return _after_opening_participle(view, cue)
    purpose = purpose_speech_act(view, cue)
    own = english_purpose_subject(view, cue) if purpose and view.lex.language == "en" else None
    own = _noun_phrase_piece(view, own) if own else None
    if own is not None:
        return own  # "but many took to social media to say…": many
    end = view.tokens[cue.first - 1].start if purpose else cue.span[0]
    subject = _words_before_main_verb(view, end, purpose)
    subject = _noun_phrase_piece(view, subject) if subject is not None else None
    if subject is None or len(view.text[subject[0] : subject[1]].split()) > _LONGEST:
        return _narration_subject(view, end)
    if view.lex.language == "fr":
        subject = _agent_of_passive(view, subject, end) or _after_relative(view, subject, end)
    return _plain_subject(view, subject)


def _after_opening_participle(view: SentenceView, cue: Cue) -> Span | None:
    """The subject after the comma of a French participle opening the sentence (« Appelant
    au calme, la ministre a… »): the noun phrase before the clause's first verb."""
    comma = view.text.find(",", cue.span[1], view.span[1])
    after = before_first_verb(view, (comma + 1, view.span[1])) if comma > 0 else None
    return _noun_phrase_piece(view, after) if after else None


def _plain_subject(view: SentenceView, subject: Span | None) -> Span | None:
    """The subject as a short plain noun phrase, past a subject relative's pronoun, or None
    (a relative's own subject, a long piece, a segment to skip) (out of main_subject)."""
    relative = subject and re.search(r"\s+(?:who|which)$", view.text[subject[0] : subject[1]])
    if subject and relative:  # "Six scientists who were leaders…, saying": the relative's verb
        subject = (subject[0], subject[0] + relative.start())
    words = view.text[subject[0] : subject[1]].split() if subject else []
    if words and fold(words[-1]) in relative_words(view.lex):
        return None  # « Ce qui n'est pas exact, à en écouter X, estimant… »: no one speaks
    plain = 1 <= len(words) <= _LONGEST and not skip_segment(view.lex).match(words[0])
    return subject if plain else None


def _narration_subject(view: SentenceView, end: int) -> Span | None:
    """The person or body the sentence's narration opens on (``person_subject``: past a
    setting, « Samedi, des manifestants se sont mobilisés pour dénoncer… »), when the words
    before the first verb gave no short noun phrase: a participle or a purpose is its
    act. A pronoun counts only opening the sentence: past a setting or a subordinate
    (« Alors qu'il était…, il avait prétexté… pour demander ») the pronoun readers take it
    up. A relative before the participle (« …, qui a publié un communiqué affirmant… ») makes
    it that relative's act, not the subject's: none (mend37e). French only (speakers37)."""
    if view.lex.language != "fr" or re.search(r"[:;]", view.text[view.span[0] : end]):
        return None  # « … : leurs enfants sont restés… pour dénoncer »: another clause's
    found = person_subject(view, end)
    if found is not None and _relative_between(view, found[1], end):
        return None
    if found is None or found[0] == view.tokens_within(view.span[0], end)[0].start:
        return found
    return None if personal_pronoun(view.tokens_within(found[0], found[1]), view.lex) else found


def _relative_between(view: SentenceView, start: int, end: int) -> bool:
    """A subject relative (« qui ») stands between the subject and the participle: the
    participle belongs to that relative's clause (« le préfet, qui a publié un communiqué
    affirmant… »)."""
    relatives = view.lex.word_set("subject_relatives")
    return any(fold(token.text) in relatives for token in view.tokens_within(start, end))


def opening_subject(view: SentenceView, end: int) -> Span | None:
    """The subject of the sentence's first verb, the verb before ``end``: what a pronoun in
    a free relative after that verb takes up ("the Welsh government made what it described
    as…", english20); None when no verb stands before ``end``."""
    subject = before_first_verb(view, (view.span[0], end))
    return _noun_phrase_piece(view, subject) if subject else None


def main_clause_subject(view: SentenceView, cue: Cue, found: Span | None) -> Span | None:
    """An English cue opened by a participle of several words ("raising concerns about",
    "calling for") after a main clause ("The council has objected to the plans, raising
    concerns about…", with the comma or without) is the act of that clause's subject: when
    the words the subject finder took (``found``) hold the clause's verb, they are no
    speaker (a clause never speaks) and the subject before that verb is (mend56a)."""
    if found is None or view.lex.language != "en" or cue.participle or cue.kind != "verb":
        return found
    lead = view.folded_tokens[cue.first]
    if not (lead.endswith("ing") and len(lead) > 5) or cue.first == cue.last:
        return found
    if not holds_finite_verb(view.text, found, view.lex):
        return found
    return opening_subject(view, cue.span[0])


def _shares_main_subject(view: SentenceView, cue: Cue) -> bool:
    """A participle ("affirmant", "saying") or a speech act of purpose, with no cue and no
    quotation before it ("a dit X, ajoutant…" shares X by another rule; a quotation misleads)."""
    cue_words = view.folded_tokens[cue.first : cue.last + 1]
    ending = "ant" if view.lex.language == "fr" else "ing"  # "apologized, saying…"
    apposed = cue_words[:1] and cue_words[0] in view.lex.word_set("apposed_stance_adjectives")
    participle = apposed or any(w.endswith(ending) for w in cue_words)
    if not participle and not purpose_speech_act(view, cue):
        return False  # "pour expliquer…": a purpose, said by whoever the rules found
    earlier_cue = any(c.span[0] < cue.span[0] and inverted(view, c) for c in view.cues)
    return not (earlier_cue or any(_misleading(view, q, cue) for q in view.quotes))


def _misleading(view: SentenceView, quote: Span, cue: Cue) -> bool:
    """A quotation before the participle that may be someone else's words: a sentence quoted,
    or any quotation opening before the sentence's first verb (« « … », a dit X,
    ajoutant… »). A term of a few words quoted after that verb sits in its object or
    complement (« La banque a classé le réseau en catégorie "D", jugeant… »): the subject
    before the verb still says what the participle says (speakers37)."""
    if quote[0] >= cue.span[0]:
        return False
    if len(view.text[quote[0] : quote[1]].split()) > _TERM_WORDS:
        return True
    subject = before_first_verb(view, (view.span[0], cue.span[0]))
    return subject is None or quote[0] < subject[1]


_TERM_WORDS = 3  # a quotation of at most three words names a term, nobody's sentence


def _words_before_main_verb(view: SentenceView, end: int, purpose: bool) -> Span | None:
    """The words before the sentence's first verb (or before « être » for a purpose), or the
    opening words set off by a comma ("X, invoquant…, a…")."""
    subject = before_first_verb(view, (view.span[0], end))
    etre = etre_at(view, end) if purpose else None
    if etre is not None and (subject is None or etre < subject[1]):
        subject = strip_span(view.text, (view.span[0], etre))
    if subject is None and view.text[view.span[0] : end].rstrip().endswith(","):
        subject = strip_span(view.text, (view.span[0], end))  # "X, invoquant…, a…"
    return subject


_TIME_PHRASE = re.compile(
    r"(?i)(?:le|la|l['’]|ce|cet|cette|the|this|last)\s+(?:mois|semaine|année|an|jour|soir|"
    r"matin|week-end|lendemain|veille|début|fin|nuit|après-midi|month|week|year|day|night)\b"
    r"|(?:\w+\s+){1,2}(?:hours?|days?|weeks?|months?|years?)\s+ago\b"  # "Three weeks ago,"
)


def _noun_phrase_piece(view: SentenceView, span: Span) -> Span | None:
    """Of the pieces between commas before a verb ("Vendredi, les supporters, d'ordinaire
    patients,"), the first that opens like a noun phrase and is no day, date or setting word."""
    start, camp = span[0], False
    for piece in view.text[span[0] : span[1]].split(","):
        found = strip_span(view.text, (start, start + len(piece)))
        start += len(piece) + 1
        text = view.text[found[0] : found[1]]
        if camp and fold(text) in view.lex.word_set("camp_pronouns"):
            return found  # « Du côté de la direction, on a réagi en annonçant… »: its « on »
        camp = _camp(view.lex).match(text) is not None
        # not « Rapidement, X », « De son côté, X », "Face à ces attaques, X a…"
        opens = text and NP_OPENING.match(text) and not camp
        opens = opens and not no_subject_opening(text, view.lex)
        timed = _TIME_PHRASE.match(re.sub(r"(?i)^(?:et|mais|puis|or|and|but)\s+", "", text))
        timed = timed or only_date(view.text, found, view.lex)  # « Le 11 août 2025, X a… »
        if opens and not timed:  # not "Le mois dernier, Macron avait…" nor "Et ce matin, …"
            return found
    return None


@built_once
def _camp(lex: Lexicon) -> re.Pattern[str]:
    """A side named before an impersonal « on » (lexicon ``camp_openers``, « Du côté de X »):
    the « on » speaks for it, and the resolver reads the side (speakers/subjects.camp_before)."""
    return re.compile(rf"(?:{lex.one_of('camp_openers', loose_spacing=True)})\b", re.IGNORECASE)


def _after_relative(view: SentenceView, subject: Span, end: int) -> Span:
    """« Une fermeture à laquelle s'oppose le collectif, arguant que… »: words closing on a
    relative pronoun are the object of the verb after them, whose subject follows it; that
    subject is the one the participle shares (the first determiner or name after the verb,
    up to the comma)."""
    words = [fold(t.text) for t in view.tokens if subject[0] <= t.start < subject[1]]
    if not words or words[-1] not in relative_words(view.lex):
        return subject
    after = [t for t in view.tokens if subject[1] < t.start < end][:6]
    determiners = view.lex.word_set("determiners")
    for token in after[1:]:
        if token.text in ",;:":
            break
        if fold(token.text) in determiners or token.text[:1].isupper():
            comma = view.text.find(",", token.start, end)
            found = noun_phrase(view.text, (token.start, comma if comma > 0 else end), view.lex)
            return found or subject
    return subject


def _agent_of_passive(view: SentenceView, subject: Span, end: int) -> Span | None:
    """« Un autre cas a été signalé par l'association, déplorant que… », « Le projet est
    soutenu par la mairie, estimant… »: the subject of a passive only undergoes it; the
    participle after it is said by the passive's agent (a person or a body after « par »,
    lexicon ``agent_prepositions``)."""
    after = [t for t in view.tokens if subject[0] < t.start < end][:12]
    being = view.lex.word_set("passive_being_forms")
    agent_words = view.lex.word_set("agent_prepositions")
    for index, token in enumerate(after[:-2]):
        participle, by = after[index + 1], after[index + 2]
        if fold(token.text) in being and fold(by.text) in agent_words:
            return agent_after(view, participle.end, True)
    return None
