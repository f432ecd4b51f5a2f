"""Statements with no reporting verb of their own, given to the person the narration is about.

Two shapes that news writing uses constantly and that a verb lexicon cannot see:
  a colon after a subject    « Le maire n'a pas mâché ses mots : «…» », « X est catégorique : «…» »
  a quotation standing alone « X a pris la parole mardi. «…» » (the previous sentence's subject)
The speaker of a colon quotation is the subject of the clause before the colon; a quotation
alone in its sentence goes to the person who was the subject of the sentence before it when
that person came after the last attribution (else the last attribution's speaker keeps it).
"""

from __future__ import annotations

import re

from quizapp.draft.attributions import Draft, SentenceView
from quizapp.draft.colons.colon_quotation import colon_draft, inner, quotation_colon, title_like
from quizapp.draft.colons.colon_stance import document_subject, stance_length
from quizapp.draft.colons.colon_subject import people_after_colon
from quizapp.draft.detect.view import strip_span
from quizapp.draft.inverted_subjects.subject import source_after
from quizapp.draft.lexicon import fold
from quizapp.draft.naming.roles import role_words
from quizapp.draft.segment import Span, Token
from quizapp.draft.sentence.syntax import person_like
from quizapp.draft.speakers.met import subjects_in


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
        return colon_stance(view)
    subject = _subject(view, colon) or _name_opening(view, colon, quotes)
    return None if subject is None else colon_draft(text, quotes, subject)


def subject_speaks(view: SentenceView, subject: Span) -> bool:
    """A subject that names or takes up a person or a body, as before a colon (and before a
    quotation of cause: rules/reason.py)."""
    segment = view.text[subject[0] : subject[1]]
    return _takes_up(fold(segment), view) or _names_person(segment, view)


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
    names = lex.word_sets("first_names_masculine", "first_names_feminine")
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
    subject = _subject(view, colon) or document_subject(view, view.span[0], cue[0])
    content = strip_span(view.text, (colon + 1, view.span[1]))
    if subject is None or len(view.text[content[0] : content[1]].split()) < 3:
        return None
    kind = "mixed" if any(content[0] <= q[0] < content[1] for q in view.quotes) else "indirect"
    return Draft(content, cue, subject, kind, None, 0.6, "")


def _subject(view: SentenceView, end: int) -> Span | None:
    """The subject of the clause before ``end``: the words up to its verb, when they name or
    describe a person (a name, a pronoun, a role word), else None."""
    text = view.text
    words = [t for t in view.tokens if t.end <= end]
    for index, token in enumerate(words):
        word = fold(token.text)
        verb = word in view.lex.finite or word in view.lex.auxiliaries
        if index and token.text[:1].islower() and (verb or _predicate_start(words, index, view)):
            segment = text[words[0].start : token.start].strip(" ,")
            start = words[0].start
            if "," in segment:  # "Interrogé mardi, le maire" / "Jean Dupont, le maire,"
                first, last = segment.split(",", 1)[0], segment.rsplit(",", 1)[1]
                named = person_like(first, view.lex) and first[:1].isupper()
                if named and not _opens_setting(first, view):
                    return start, start + len(first)
                start += len(segment) - len(last)
                segment = last
            segment = segment.strip()
            start = text.find(segment, start)
            if _takes_up(fold(segment), view) or _names_person(segment, view):
                return start, start + len(segment)
            return None
    return None


def _predicate_start(words: list[Token], index: int, view: SentenceView) -> bool:
    """A word of the lexicon's ``predicate_openers`` (verbs of being and seeming, negation,
    auxiliaries, clitics) opens the predicate, but an article after a preposition opens a
    setting's noun (« Dans le quartier, les riverains sont formels : »), not a clitic before
    the verb (« Il l'a dit : »)."""
    word = fold(words[index].text)
    if word not in view.lex.word_set("predicate_openers"):
        return False
    before = fold(words[index - 1].text)
    article = word in view.lex.word_set("singular_definite_articles")
    return not (article and before in view.lex.word_set("adverbial_openers"))


def _opens_setting(phrase: str, view: SentenceView) -> bool:
    """A phrase opening on a preposition or a presentative written with the sentence's
    capital (« En amont de la gare, une file se forme », « Voici le texte publié », lexicon
    ``scene_openers``): a setting, never a speaker, though it looks like a name."""
    first = re.match(r"\s*([^\s'’]*)", phrase).group(1)  # « En », « L » of « L'amont »
    return phrase[:1].isupper() and fold(first) in view.lex.word_set("scene_openers")


def _takes_up(folded: str, view: SentenceView) -> bool:
    """A subject pronoun or a word that takes up the last person met (« Il est formel : », « Ce
    dernier est formel : », « Celle-ci est catégorique : »): the lexicon's ``pronouns``, one
    language's (« il », « elles » / "he", "they" among them), without the possessives."""
    possessives = view.lex.word_set("plural_possessives")  # « ses », « leurs »
    return folded in view.lex.raw["pronouns"] and folded not in possessives


def _names_person(segment: str, view: SentenceView) -> bool:
    if not segment or len(segment.split()) > 8:
        return False
    if set(segment.split()) <= view.lex.raw_set("function_words"):
        return False  # « Tout en poursuivant : »: no subject before the verb
    if fold(segment) in view.lex.word_set("degree_adverbs"):
        return False  # « Peu ont choisi cette option : »: a quantity of people, no one named
    words = set(fold(segment).replace("'", "' ").split())
    if fold(segment) in view.lex.word_set("one_more_speakers"):
        return True  # "Un autre est plus fataliste : «…»"
    if _opens_setting(segment, view):
        return False
    if not (person_like(segment, view.lex) or words & role_words(view.lex)):
        return False
    return not re.match(r"(?i)(?:le|la|les|l['’]|the)\s+(?:plus|moins|seul|même)\b", segment)


def previous_subject(registry, sentence_start: int, last_end: int) -> str | None:
    """The key of the person who was the subject of one of the three sentences before this
    one, when met after ``last_end`` (the end of the last attribution): the quotation that
    follows is theirs (« Aurore est contrainte… Dans son chariot… Mais cette salariée… « … » »:
    the narration introduced her since the last speaker was heard)."""
    for seen in reversed(registry.seen):
        if seen.offset >= sentence_start:
            continue
        if seen.sentence < registry.sentence - 3 or seen.offset < last_end:
            return None
        if seen.subject and registry.entities[seen.key].person:
            return seen.key
    return None


def own_lead(view: SentenceView) -> Span | None:
    """The narration of a lone quotation's own sentence, from its start to the first
    quotation; None when the quotation opens right after a determiner (« auditionné par la
    « commission … » »: a quoted noun, whose sentence names no speaker of it) or in English."""
    end = view.quotes[0][0] if view.quotes else view.span[1]
    before = view.text[view.span[0] : end].replace("’", "'").split()
    determiners = view.lex.word_set("determiners")
    if view.lex.language != "fr" or (before and fold(before[-1]) in determiners):
        return None
    return view.span[0], end


def own_subject(registry, lead: Span | None, last_end: int) -> str | None:
    """The key of the person who is the subject of this very sentence, named in its narration
    before the first quotation (``lead``, from ``own_lead``) and after ``last_end`` (« X est
    satisfait de l'étape : « … » », « X pose la question « … » »): the narration names who
    speaks in the quotation's own sentence, which comes before the sentences around it and
    the last speaker (cueless29; French only)."""
    if lead is None:
        return None
    start = max(last_end, lead[0])
    subjects = subjects_in(registry.seen, registry.sentence, start, lead[1])
    people = [seen.key for seen in subjects if registry.entities[seen.key].person]
    return people[0] if people else None


def recent_subject(registry, sentence_start: int, reach: int = 400) -> str | None:
    """The key of the last person who was a subject within ``reach`` characters before the
    sentence, when nothing was attributed yet: « X a reçu les syndicats. Elle leur a
    présenté son plan. «…» » (the pronoun between is no mention of its own)."""
    for seen in reversed(registry.seen):
        if seen.offset >= sentence_start:
            continue
        if seen.offset < sentence_start - reach:
            return None
        if seen.subject and registry.entities[seen.key].person:
            return seen.key
    return None


def quote_before_its_speaker(view: SentenceView, para: Span) -> Span | None:
    """The content of a quotation that opens its paragraph alone, before anyone was heard:
    « «Nous n'allons pas en rester là !» Saïd et son épouse ne décolèrent pas. » — its
    speaker is the subject of the next sentence (see :func:`next_subject`)."""
    if view.cues or view.span[0] > para[0] + 1:
        return None
    quotes = view.opened_quotes()
    if not quotes or view.text[view.span[0] : quotes[0][0]].strip():
        return None
    covered = sum(q[1] - q[0] for q in quotes)
    if (
        covered < 0.7 * (view.span[1] - view.span[0])
        or len(view.text[quotes[0][0] : quotes[-1][1]].split()) < 4
    ):
        return None
    return inner(view.text, (quotes[0][0], quotes[-1][1]))


def next_subject(view: SentenceView) -> Span | None:
    """The subject of this sentence when it names or describes a person (None otherwise); a
    subject never holds a quotation mark: « Mais « je reviendrai », expliquait X. » is X's."""
    subject = _subject(view, view.span[1])
    if subject is None or not re.search(r"[«»“”\"]", view.text[subject[0] : subject[1]]):
        return subject
    verbs = [cue for cue in view.cues if cue.kind == "verb"]
    return source_after(view, verbs[0]) if verbs else None
