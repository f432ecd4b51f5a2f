"""Quotations and statements a colon gives to the person the narration is about, with no verb
of saying: the subject of the clause before the colon (« Le maire n'a pas mâché ses mots :
«…» »), a name opening the sentence (« Laurent K. exploite six hectares… : «…» »), a name or
people after a colon that follows an opening quotation (« « Tout a augmenté » : Chantal compare
les prix »), and what follows a predicate of certainty (« Le syndicat est formel : les salaires
n'ont pas augmenté »). The colon's quotation and draft are read in ``colons/``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from quizapp.draft.names.naming.gender import first_name_words, someone_words
from quizapp.draft.pipeline.attributions import Draft, SentenceView
from quizapp.draft.reporting.english_cue_forms.english_subjects import no_verb
from quizapp.draft.shapes.colons.colon_quotation import (
    colon_draft,
    quotation_colon,
    received,
    title_like,
)
from quizapp.draft.shapes.colons.colon_speech import speech_lead
from quizapp.draft.shapes.colons.colon_stance import document_subject, stance_length
from quizapp.draft.shapes.colons.colon_subject import people_after_colon
from quizapp.draft.shapes.detect.view import strip_span
from quizapp.draft.speakers.speaker_checks.can_speak import singular_noun
from quizapp.draft.text.segment import Span, words_in
from quizapp.draft.uncued.rules.clause_subject import clause_subject, subject_speaks
from quizapp.draft.words.lexicon import Lexicon, built_once, fold


def colon_quote(view: SentenceView) -> Draft | None:
    """ "X n'a pas mâché ses mots : «…»": the quotation after the colon is X's."""
    text = view.text
    quotes = view.opened_quotes()
    if not quotes:
        return colon_stance(view)
    if not text[view.span[0] : quotes[0][0]].strip():
        return quote_then_colon(view, quotes)
    colon = quotation_colon(view, quotes, 16)
    if colon is None:
        return colon_stance(view) or _last_clause_quote(view, quotes)
    spoken = speech_lead(view, colon)  # « Réponse de l'Élysée : « … » » (noone52)
    if spoken is not None:
        return colon_draft(text, quotes, spoken)
    subject = clause_subject(view, colon, past_connective=True)
    subject = subject or _name_opening(view, colon, quotes)
    if subject is None:
        return _last_clause_quote(view, quotes)
    if received(view, subject[1], colon):
        return None  # « Les habitants ont reçu une lettre : « … » »: the letter's words
    return colon_draft(text, quotes, subject)


@built_once
def _clause_break(lex: Lexicon) -> re.Pattern[str]:
    """Where the last clause before a colon starts: after a contrast conjunction (lexicon
    ``contrast_conjunctions``: « mais »), a semicolon or a comma."""
    contrast = lex.one_of("contrast_conjunctions")
    return re.compile(rf";|,|\b(?:{contrast})\s+", re.IGNORECASE)


@built_once
def _joined(lex: Lexicon) -> re.Pattern[str]:
    """A word joining two phrases into two people (lexicon ``coordinators``: « et », « ou »)."""
    return re.compile(rf"\s(?:{lex.one_of('coordinators')})\s")


def _last_clause_quote(view: SentenceView, quotes: list[Span]) -> Draft | None:
    """« La direction propose un plan, mais le délégué syndical est pessimiste : « … » »,
    « Installé sur son siège, Paul X tape du poing : « … » »: the clause that closes on the
    colon, after « mais », a semicolon or a comma, has its own subject, and the quotation the
    colon opens is that subject's, whatever comes before the clause."""
    text = view.text
    breaks = list(_clause_break(view.lex).finditer(text, view.span[0], quotes[0][0]))
    if not breaks:
        return None
    lead = (breaks[-1].end(), view.span[1])
    colon = quotation_colon(replace(view, span=lead), [q for q in quotes if q[0] >= lead[0]], 16)
    after = [q for q in quotes if colon is not None and q[0] > colon]
    if not after or words_in(text, (after[-1][1], view.span[1])):
        return None  # « …: « … », désespère l'éducateur »: the words after give the speaker
    subject = clause_subject(view, colon, start=lead[0])
    subject = subject or _before_unknown_verb(view, lead[0], colon)
    if subject is None or title_like(text, after) or _joined(view.lex).search(text, *subject):
        return None  # « Lucie X et Marc Y nous ont reçus : »: two people, neither the speaker
    if _person_object(view, subject[1], colon) or received(view, subject[1], colon):
        return None  # « le maire croise une manifestante : »: hers as well as his
    return colon_draft(text, after, subject)


def _person_object(view: SentenceView, start: int, end: int) -> bool:
    """« le maire croise une manifestante : », « Paul X interpelle le préfet : »: past the
    verb, a person as its object (a determiner and a person's noun, one or several, or a
    name opening on a first name) may have said the quotation as well as the subject, so it
    is no one's for sure; a thing (« tape du poing », « griffonne des chiffres ») leaves it
    the subject's."""
    words = view.tokens_within(start, end)[1:]
    determiners = view.lex.word_set("determiners")
    for index, token in enumerate(words):
        if _first_name(token.text, view) and token.text[:1].isupper():
            return True
        if fold(token.text) in determiners and index + 1 < len(words):
            noun = words[index + 1]
            people = singular_noun(fold(noun.text)) in someone_words(view.lex)
            if people or subject_speaks(view, (token.start, noun.end)):
                return True
    return False


def _before_unknown_verb(view: SentenceView, start: int, end: int) -> Span | None:
    """« le maire pousse un coup de gueule : », « Paul X tape du poing : »: a noun phrase
    opening the clause (a determiner and its noun, or a name opening on a first name of the
    lexicon), then the first lower-case word past it that is no function word, read as its
    verb (one the lexicon does not list): the noun phrase, when it names or takes up a
    person."""
    words = view.tokens_within(start, end)
    if len(words) < 2:
        return None
    function_words = view.lex.raw_set("function_words")
    head = 1 if fold(words[0].text) in view.lex.word_set("determiners") else 0
    if not ((head and words[head].text[:1].isalpha()) or _first_name(words[0].text, view)):
        return None  # « responsable du restaurant : », « Saint Martin Vésubie »: no person
    for index in range(head + 1, len(words)):
        word = words[index].text
        if word[:1].isupper() or fold(word) in function_words:
            continue  # a name going on, « de », « du »
        if not word[:1].isalpha():
            return None
        subject = (words[0].start, words[index - 1].end)
        return subject if subject_speaks(view, subject) else None
    return None


def _name_opening(view: SentenceView, end: int, quotes: list[Span]) -> Span | None:
    """« Laurent K. exploite six hectares… : « … » »: a person's name (capitalised words, the
    first a first name of the lexicon) opening the sentence, then a lower-case word that is
    no function word (a verb the lexicon does not list): the quotation after the colon is
    that person's; a quotation of three words or fewer is rather a title (« a lu « Le Petit
    Prince » »)."""
    if title_like(view.text, quotes):
        return None
    words = [t for t in view.tokens if t.end <= end]
    count = next((i for i, t in enumerate(words) if not t.text[:1].isupper()), len(words))
    if (
        not 2 <= count <= 4
        or count >= len(words)
        or not _first_name(words[0].text.split("-")[0], view)
    ):
        return None
    after = words[count].text
    if not after[:1].isalpha() or fold(after) in view.lex.raw_set("function_words"):
        return None
    return words[0].start, words[count - 1].end


# After « «…» : », a name (one to three capitalised words), perhaps a description set off by
# commas (« Jean-Michel Labaille, professeur de mathématiques, est catégorique »), and the
# lower-case word after it
_NAME_AFTER_COLON = re.compile(
    r"\s*:\s*((?:[A-ZÀ-Ö][\w'’-]+\s+){0,2}[A-ZÀ-Ö][\w'’-]+)"
    r"(?:\s*,[^,:;«»“”\"]{3,160},)?\s+(?=[a-zà-ÿ])"
)


def opening_quote_then_colon(view: SentenceView) -> Draft | None:
    """A headline's or a standfirst's « «…» : ces riverains qui suffoquent… »: the speaker after
    the colon (``quote_then_colon``) when a quotation opens the paragraph."""
    quotes = view.opened_quotes()
    if not quotes or view.text[view.span[0] : quotes[0][0]].strip():
        return None
    return quote_then_colon(view, quotes)


# a dash after a headline's opening quotation, then its source to the line's end: a few words
_DASH_SOURCE = re.compile(r"\s*[–—-]\s*((?:[\w'’.&-]+\s*){1,4})$")


def opening_quote_then_dash(view: SentenceView) -> Draft | None:
    """ "'We will not be moved' – tenants' group", "‘…’ – Cork councillor": a headline that
    opens on a quotation and closes on a dash and a few words with no verb gives the
    quotation to those words, as a colon would (english35; English only: no French headline
    of the corpus writes one)."""
    quotes = view.opened_quotes()
    if view.lex.language != "en" or not quotes or view.text[view.span[0] : quotes[0][0]].strip():
        return None
    found = _DASH_SOURCE.match(view.text[quotes[-1][1] : view.span[1]].rstrip(" .!?"))
    if found is None or not no_verb(view.lex, found.group(1).split()):
        return None
    start = quotes[-1][1] + found.start(1)
    source = (start, start + len(found.group(1).rstrip()))
    return colon_draft(view.text, quotes, source)


def quote_then_colon(view: SentenceView, quotes: list[Span]) -> Draft | None:
    """ "« Tout a augmenté » : Chantal compare les prix": a quotation opening the sentence,
    then a colon and a clause whose subject is a person's name, who said it, or people
    (``people_after_colon``: « «…» : des stewards ont débuté une grève »)."""
    before = [q for q in quotes if q[1] <= view.span[1]]
    if not before:
        return None
    colon = _NAME_AFTER_COLON.match(view.text, before[-1][1], view.span[1])
    if colon is not None and _first_name(colon.group(1), view):
        source: Span | None = colon.span(1)
    else:
        source = people_after_colon(view, before[-1][1])
    if source is None:
        return None
    return colon_draft(view.text, before, source)


def _first_name(name: str, view: SentenceView) -> bool:
    """The name opens on a first name of the lexicon (« Chantal », not « Bordeaux »), or on a
    compound one whose first part is (« Jean-Michel »)."""
    first = fold(name.split()[0])
    lex = view.lex
    names = first_name_words(lex)
    return first in names or first.split("-")[0] in names


def colon_stance(view: SentenceView) -> Draft | None:
    """ "Le syndicat est formel : les salaires n'ont pas augmenté": after a predicate of
    certainty or frankness (lexicon "colon_stances", or its grammar: colons/colon_stance.py),
    what follows the colon is the subject's, quoted or not; the predicate stands as the cue.
    A document or speech with its authors may be the subject (« Les rapports des experts »)."""
    colon = view.text.find(":", view.span[0], view.span[1])
    lead = view.text[view.span[0] : colon].rstrip()
    if colon < 0 or len(lead.split()) > 16 or any(q[0] < colon for q in view.quotes):
        return None
    stance = stance_length(view, fold(lead))
    if not stance:
        return None
    cue = (view.span[0] + len(lead) - stance, view.span[0] + len(lead))
    subject = clause_subject(view, colon) or document_subject(view, view.span[0], cue[0])
    content = strip_span(view.text, (colon + 1, view.span[1]))
    if subject is None or len(view.text[content[0] : content[1]].split()) < 3:
        return None
    kind = "mixed" if any(content[0] <= q[0] < content[1] for q in view.quotes) else "indirect"
    return Draft(content, cue, subject, kind, None, 0.6, "")
