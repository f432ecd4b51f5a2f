"""The paragraphs that frame an article, a headline, a standfirst or a subhead, and what in them
is someone's statement rather than the outlet's wording: which paragraph frames (the first
line, the given title, a short line with no full stop), which finding of it was said (a
quotation, « selon X », a verb in quotation marks, a French clause after its verb), a name
and a colon before a quotation (« Reynders : « … » ») when the body names that speaker again.

And an English headline that names its source after a colon, as American and British papers
write them ("Deputy shoots, kills suspect: PCSO", "Inflation to peak in autumn: Bank"): the
words before the colon are what the source said. The source must be named again in the body,
or be an acronym the body spells out ("PCSO", "Polk County Sheriff's Office"), so that a
headline's topic before a colon ("Budget: what changes") is never taken for a speaker. A
French wire headline closes on its source in brackets instead (« …: au moins 300 magasins
impactés (syndicats) »), small words the body writes again.

Moved out of analysis.py, which reads the article and asks these of each framing paragraph."""

from __future__ import annotations

import re

from quizapp.draft.findings import Attribution
from quizapp.draft.names.naming.gender import first_name_gender
from quizapp.draft.names.titles.descriptions import civil_titles
from quizapp.draft.reporting.english_cue_forms.english_forms import reads_as_clause
from quizapp.draft.shapes.colons.colon_quotation import colon_draft
from quizapp.draft.shapes.detect.view import Draft, SentenceView
from quizapp.draft.text.segment import Span, words_in
from quizapp.draft.uncued.rules.headline_objects import stated_object
from quizapp.draft.words.lexicon import Lexicon, fold, listed_verb_forms

_LEAD_THEN_COLON_QUOTE = re.compile(r"\s*([^:«“\"]{2,60}?)\s*:\s*[«“\"]")
_WHOLLY_QUOTED = re.compile(r"[«“\"][^.!?…«“\"]+[»”\"]")
_SENTENCE_END_INSIDE = re.compile(r"[.!?…]\s")
_CLOSED_AT_END = re.compile(r"[.»”\"]$")

_TRAILING_SOURCE = re.compile(
    r"\s*(?P<said>\S.{10,}?)\s*:\s*(?P<source>(?:[A-Z][\w.&'’-]*\s*){1,4})"
)


# « Grève chez Carrefour: au moins 300 magasins impactés (syndicats) », « Alger rappelle son
# ambassadeur (officiel) »: a French wire headline closes on its source, a few small words in
# brackets (a capital there is a place or a party: « Incendie à Sens (Yonne) »)
_BRACKETED_SOURCE = re.compile(
    r"\s*(?P<said>\S.{10,}?)\s*\((?P<source>[a-zà-ÿ][\w'’ -]{1,30})\)\s*"
)


def headline_source(view: SentenceView) -> Draft | None:
    """The claim and its trailing source of an English headline (after a colon) or a French
    one (in brackets), or None."""
    trailing = _TRAILING_SOURCE if view.lex.language == "en" else _BRACKETED_SOURCE
    found = trailing.fullmatch(view.text, view.span[0], view.span[1])
    if found is None:
        return None
    quoted = any(q[0] < found.end("said") for q in view.quotes)
    if quoted and view.lex.language == "en":
        return None  # "“…”: PCSO" is a quotation and its speaker, not a claim and its source
    source = _stripped(view.text, found.span("source"))
    kind = "mixed" if quoted else "indirect"
    return Draft(found.span("said"), None, source, kind, None, 0.6, "")


def spelled_in_body(text: str, body_start: int, source: Span) -> bool:
    """An acronym whose letters open the words of a capitalised name in the body."""
    acronym = text[source[0] : source[1]]
    if not re.fullmatch(r"[A-Z]{2,6}", acronym):
        return False
    words = r"['’]?s?\s+".join(rf"{letter}\w*" for letter in acronym)
    return re.search(rf"\b{words}\b", text[body_start:]) is not None


def _stripped(text: str, span: Span) -> Span:
    start, end = span
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def said_in_framing(found: Attribution, text: str, para: Span, lex: Lexicon) -> bool:
    """Whether a headline or standfirst finding is an attribution, not the outlet's framing.

    A headline can say who said it: a quotation, "selon X", an inverted cue ("…, dit QS") or
    a verb in quotation marks, the speaker's own word (« X « condamne » la frappe »).
    A headline's bare "X accuses Y of…" is the outlet's wording of the event (author); in a
    lead sentence ending with a full stop, reported speech reads as in the body; so it does
    in a headline whose verb has a clause of its own (« X estime que… », « le préfet dément
    avoir quitté… », "unions fear job cuts will result"), and in a French one whose verb
    demands or announces a measure (``demanded``).
    """
    if found.kind != "indirect" or found.cue is None or found.cue[0] > found.content[0]:
        return True
    if text[found.cue[0]] in "«“" or _reported_clause(found, text, lex):
        return True
    if demanded(found.cue, text, lex):
        return stated_object(found.cue, found.content, text, lex)
    return text[para[0] : para[1]].rstrip().endswith((".", "»", "”", '"'))


def _reported_clause(found: Attribution, text: str, lex: Lexicon) -> bool:
    """A French finding's content is a clause: after « que » (lexicon subordinators) or a past
    infinitive (lexicon past_infinitive_auxiliaries: « dément avoir quitté sa juridiction »).
    An English one opens with a subject and its finite verb ("BAE/EADS merger: unions fear
    job cuts will result", "…, says $40 would be maximum"), not "warns doctors after…"."""
    if found.cue is None:
        return False
    if lex.language == "en":
        return reads_as_clause(lex, text[found.content[0] : found.content[1]])
    if lex.language != "fr":
        return False
    before = fold(text[found.cue[1] : found.content[0]]).split()[-1:]
    first = fold(text[found.content[0] : found.content[1]]).split()[:1]
    clause = bool(before) and before[0] in lex.word_set("subordinators")
    return clause or (bool(first) and first[0] in lex.word_set("past_infinitive_auxiliaries"))


def demanded(cue: Span, text: str, lex: Lexicon) -> bool:
    """A French headline's finite verb of demanding, proposing, announcing (lexicon
    ``framing_demand_verbs``: « Les Vert-e-s de Vernier demandent un Conseil consultatif »,
    « l'opposition … demande la démission du maire »): its object is the measure the
    subject asks for or announces, the subject's own programme, which the keys hold as said
    (intent48: 9 of 12 such headline findings keyed, where « X dénonce / conteste Y » is keyed
    about one time in three). recall53a adds the verbs of blaming, praising and calling for
    (``framing_stance_verbs``: « La CFDT dénonce le manque de personnel », « le maire appelle à
    la solidarité »), keyed 13 times of 16 on the corpus; « conteste », « accuse » stay framing. An
    infinitive (« pour réclamer… », « pour dénoncer… ») tells the purpose of an act the
    headline narrates: left out."""
    words = fold(text[cue[0] : cue[1]]).split()
    if lex.language != "fr" or not words:
        return False
    lists = ("framing_demand_verbs", "framing_stance_verbs")
    return any(words[-1] in listed_verb_forms(lex, key) - lex.word_set(key) for key in lists)


def headline_quote(view: SentenceView) -> Draft | None:
    """ "Reynders : « Si mes propos ont heurté, je le regrette »": a headline's name, a colon,
    then a quotation (whether the name is a speaker is _named_in_body's to say)."""
    opening = _LEAD_THEN_COLON_QUOTE.match(view.text[view.span[0] : view.span[1]])
    quotes = view.opened_quotes()
    if opening is None or not quotes:
        return None
    source = (view.span[0] + opening.start(1), view.span[0] + opening.end(1))
    return colon_draft(view.text, quotes, source)


def named_or_spelled(text: str, para: Span, source: Span | None, lex: Lexicon) -> bool:
    """The headline's source is named in the body, never only as a place, or is an acronym
    the body spells out."""
    named = _named_in_body(text, para, source) and not _only_a_place(text, para, source, lex)
    named = named or _bracketed_in_body(text, para, source) or _a_person(text, source, lex)
    return named or (source is not None and spelled_in_body(text, para[1], source))


def _a_person(text: str, source: Span | None, lex: Lexicon) -> bool:
    """« Jean Dupont : « … » », « Mme Durand : « … » »: a name the drafter reads as a person's
    by its first word (a listed first name, a civil title, an initial) speaks even when the
    body calls her « le maire » only (heads58); a town's name alone stays a heading (places57)."""
    words = text[source[0] : source[1]].split() if source is not None else []
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
        return False
    first = words[0]
    initial = re.fullmatch(r"[A-ZÀ-Ö]\.", first) is not None
    titled = fold(first).rstrip(".") in civil_titles(lex)
    return initial or titled or bool(first_name_gender(first, lex))


def _bracketed_in_body(text: str, para: Span, source: Span | None) -> bool:
    """A headline's source in brackets, « (syndicats) », whose last word the body writes
    again (« selon les syndicats »): the body says who they are."""
    if source is None or text[source[1] : source[1] + 1] != ")":
        return False
    words = text[source[0] : source[1]].split()
    return re.search(rf"\b{re.escape(words[-1])}\b", text[para[1] :]) is not None


def _named_in_body(text: str, para: Span, source: Span | None) -> bool:
    """A headline "Reynders : «…»" gives the quotation to Reynders when the article names
    him again in its body (in the middle of a sentence, so a capital shows a name); "Grève :
    «…»" names a topic, not a speaker."""
    if source is None:
        return False
    words = text[source[0] : source[1]].split()
    if not words or len(words) > 4 or not all(w[:1].isupper() for w in words):
        return False
    return re.search(rf"[\w,;]\s+{re.escape(words[-1])}\b", text[para[1] :]) is not None


def _only_a_place(text: str, para: Span, source: Span | None, lex: Lexicon) -> bool:
    """« La Haye-Fouassière : "terrorisme patronal" dénoncé… » over a body that writes « l'usine
    LU de La Haye-Fouassière » only: each time the body writes the headline's name, a
    preposition of place stands before it (lexicon ``headline_place_prepositions``), so it
    names where, not who (sanity21 saw the town read as the speaker)."""
    if source is None:
        return False
    words = text[source[0] : source[1]].split()
    name = r"\s+".join(re.escape(w) for w in words)
    before = [fold(m.group(1)) for m in re.finditer(rf"(\S+)\s+{name}\b", text[para[1] :])]
    return bool(before) and all(w in lex.word_set("headline_place_prepositions") for w in before)


_SENTENCE_BREAK = re.compile(r"[.!?…][»”\"]?\s+[«“\"]?[A-ZÀ-Ö]")


def title_case(view: SentenceView) -> bool:
    """An English headline in title case ("Acacia Stock Rises 30% After Cisco Agrees to Buy
    It"): its capitals say nothing of names, so its words are not read as names met."""
    words = [t.text for t in view.tokens if t.text[:1].isalpha() and len(t.text) > 3]
    capitals = sum(1 for w in words if w[:1].isupper())
    return view.lex.language == "en" and len(words) >= 4 and capitals >= 0.8 * len(words)


SUBHEAD_WORDS = 10  # a subhead's words at most (rules/lone_quotes/alone reads the same bound)


def is_framing(text: str, para: Span, index: int, headline: str | None) -> bool:
    """Headline (first line, or equal to the given title when it is one sentence: a first
    paragraph of several is the lead) and subheads (short, no full stop)."""
    line = text[para[0] : para[1]].strip()
    if headline and line == headline.strip():
        return not _SENTENCE_BREAK.search(line)  # a lead of several sentences is no headline
    if index == 0 and not line.endswith((".", "»", "”", '"')):
        return True
    short = words_in(line, (0, len(line))) <= SUBHEAD_WORDS
    if short and _WHOLLY_QUOTED.fullmatch(line):
        return True  # a quoted subhead: «Il y en a qu'il ne supporte plus»
    one_sentence = not _SENTENCE_END_INSIDE.search(line)
    return one_sentence and short and not _CLOSED_AT_END.search(line)


def unwritten_opening(view: SentenceView, para: Span) -> int:
    """How many tokens open a framing line as a run of capitalised words that the article
    never writes again past it ("Rail Chaos hits town", « Grogne rurale dans le canton »): a
    line's capitals open it, they name no one, and met as a name such a run was taken up by
    a later "the group" or « le club » (headlines34). A run the body writes again ("Acme to
    cut jobs" over "Acme said"), one opening on a determiner or a first name (« La Ligue de
    … », "Nabil Fekir à Liverpool") or closing on a word that makes a name of an
    organisation ("Swansea Council") is a name and is kept. One capitalised word, or a run
    below the headline, is set aside only when the body writes its first word in lower case
    ("Vendor blames cuts" over "Software vendor Hyperion"): « Renault ferme son usine » and
    the subhead « Lyon réalise un démenti » keep their names."""
    run = _capitalised_run(view, para)
    if not run:
        return 0
    words = [t.text for t in view.tokens[:run]]
    after = view.text[para[1] :]
    if _written_as_word(words, after):
        return 0
    if _written_as_word([words[0].lower()], after):
        return run  # the body writes it as a common word: "Vendor blames…", "Software vendor"
    headline = not view.text[: para[0]].strip()
    return run if headline and run > 1 else 0  # « Renault ferme son usine » keeps Renault


def _written_as_word(words: list[str], after: str) -> bool:
    """Whether one of ``words`` stands as a whole word in ``after``, as re's ``\\b(?:w1|w2)\\b``
    finds it: each place a word is written, with a word's edge on both sides. No pattern is
    compiled (speed45 built one only where a word was written at all; speed46: each was
    still a pattern of an article's own words, compiled for each framing line, pushing
    re's cache of 512 patterns on and its fixed ones out)."""
    return any(_whole_word_in(word, after) for word in words)


def _whole_word_in(word: str, text: str) -> bool:
    """Every place ``word`` is written is tried, as re tries every start."""
    at = text.find(word)
    while at >= 0:
        if _word_edge(text, at) and _word_edge(text, at + len(word)):
            return True
        at = text.find(word, at + 1)
    return False


def _word_edge(text: str, at: int) -> bool:
    """re's ``\\b`` at ``at``: a word character on one side only (a letter, a digit or "_",
    as ``str.isalnum`` tells them: re's own test for a word character in a str)."""
    return _word_character(text[at - 1 : at]) != _word_character(text[at : at + 1])


def _word_character(character: str) -> bool:
    return character.isalnum() or character == "_"


def _capitalised_run(view: SentenceView, para: Span) -> int:
    """The capitalised tokens opening a framing line's first sentence, none when they are
    all its words or when the run reads as a name by its form."""
    run = 0
    for token in view.tokens:
        if not token.text[:1].isupper():
            break
        run += 1
    if run == 0 or run == len(view.tokens) or view.tokens[0].start > para[0] + 1:
        return 0
    first, last = view.tokens[0].text, fold(view.tokens[run - 1].text)
    lex = view.lex
    if fold(first) in lex.word_set("determiners") or first_name_gender(first, lex):
        return 0
    return 0 if last in lex.word_set("organisation_name_words") else run
