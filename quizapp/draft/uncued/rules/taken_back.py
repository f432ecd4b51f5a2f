"""A sentence that gives the sentence before it to its speakers by a noun of what they said
(French): « Le loup est bien présent dans l'agglomération. C'est le constat fait par des
éleveurs. », « Symbole du mépris des autorités ? C'est du moins le ressenti des riverains,
qui disent… », « « … » C'est le constat (et le regret) formulé par André X, bourgmestre… »,
« … C'est en tout cas le voeu des organisateurs ». The sentence says nothing of its own; the
sentence before (a quotation ending there too) is what they said.

A presentative (lexicon ``presentatives``), maybe an adverb of hedging
(``taken_back_hedges``: « du moins », « en tout cas »), an article, a noun of a view or a
statement (``taken_back_nouns``: « constat », « ressenti », « voeu »…; never « le cas de
X », which names an example), maybe a bracket aside and a participle of making
(``taken_back_participles``: « fait », « formulé », « dressé ») before « par », else « de »
or one of its contractions: the words after that, to the comma, « qui » or the end, speak.
recall30 counted the shape over the French corpus: 4 times, in 4 batches (blind12a,
blind28c, blind29a, blind29d), each keyed as the speakers' words and missed; « c'est
l'impression qu'il donne », « c'est le message écrit sur une banderole » (no « de » nor
« par » after the noun) stay unread. A verb in « C'est ce qu'a dit X » is
detect/inverted/relative.py's."""

from __future__ import annotations

import re

from quizapp.draft.findings import Attribution
from quizapp.draft.shapes.detect.view import Draft, SentenceView, has_quote, strip_span
from quizapp.draft.speakers.speaker_checks.can_speak import speaking_noun
from quizapp.draft.text.segment import Span, words_in
from quizapp.draft.text.word_patterns import WORD_FROM_LETTER
from quizapp.draft.words.lexicon import Lexicon, alternation, built_once, fold

_WHOLLY_QUOTED = re.compile(r"\s*[«“\"]\s*(.+?)\s*[»”\"]\s*", re.S)

TAKEN_BACK_CONFIDENCE = 0.55  # no verb says it: a noun of a view stands for one


def taken_back(view: SentenceView, new: list[Attribution]) -> Draft | None:
    """The sentence before as the words of the speakers a « C'est le constat de X » sentence
    names, or a « Voilà ce que X a déclaré » one (``pointed_back``), when nothing was found in
    it, no finding of this sentence covers it (« C'est du moins le ressenti des riverains, qui
    disent être las… » keeps its own), and it holds three words or more."""
    if view.previous is None:
        return None
    if any(a.content[0] < view.previous[1] and view.previous[0] < a.content[1] for a in new):
        return None
    found = _shape(view.lex).match(view.text, view.span[0], view.span[1])
    found = found if found and _speaks(view, found) else None
    spoken = (found.span("noun"), found.span("source")) if found else pointed_back(view)
    said = None if spoken is None else _said_before(view, view.previous)
    if said is None:
        return None
    content, quoted = said
    cue, source = spoken[0], strip_span(view.text, spoken[1])
    kind = "direct" if quoted else "mixed" if has_quote(view, content) else "indirect"
    return Draft(content, cue, source, kind, None, TAKEN_BACK_CONFIDENCE, "")


def _said_before(view: SentenceView, previous: Span) -> tuple[Span, bool] | None:
    """The sentence before, its closing stop and question mark left out, or the words inside
    the quotation it is (« « … » C'est le constat formulé par X »: then True)."""
    content = strip_span(view.text, previous)
    text = view.text[content[0] : content[1]]
    inside = _WHOLLY_QUOTED.fullmatch(text)
    if inside is not None:
        content = (content[0] + inside.start(1), content[0] + inside.end(1))
    else:
        content = (content[0], content[0] + len(text.rstrip(" .?!…")))
    return (content, inside is not None) if words_in(view.text, content) >= 3 else None


@built_once
def _shape(lex: Lexicon) -> re.Pattern[str]:
    """The whole opening of the sentence up to its speakers (group ``source``)."""
    presentatives = alternation(lex.words("presentatives") + lex.words("taken_back_presentatives"))
    hedges = alternation(lex.words("taken_back_hedges")) or "(?!)"
    nouns = alternation(lex.words("taken_back_nouns")) or "(?!)"
    participles = alternation(lex.words("taken_back_participles")) or "(?!)"
    article = rf"(?:{alternation(lex.words('taken_back_articles'))})\s*"
    aside = r"(?:\s*\([^()]{1,40}\))?"
    by, of = alternation(lex.words("taken_back_by")), alternation(lex.words("taken_back_of"))
    link = rf"(?:\s+(?:{participles}))?\s+(?:{by})\s+|\s+(?:{of})\s*"
    who = alternation(lex.words("subject_relatives") + lex.words("taken_back_source_stops"))
    source = rf"(?P<source>[^,;:.!?«»“”\"()]{{2,80}}?)(?=\s*(?:[,;:.!?()]|\s+(?:{who})\b|$))"
    return re.compile(
        rf"(?i)\s*(?:{presentatives})\s+(?:(?:{hedges})\s+)?{article}"
        rf"(?P<noun>{nouns})\b{aside}(?:{link}){source}"
    )


def _speaks(view: SentenceView, found: re.Match[str]) -> bool:
    """The words after the noun name someone (mend37c): a noun of a person or a body
    (speaker_checks.can_speak.speaking_noun) or a capitalised name; after a noun that also
    names a place or a sight (lexicon ``taken_back_place_nouns``: « la position du Soleil »,
    "the view of the valley"), a name must be an acronym or have two words."""
    words = re.findall(r"[^\W\d_][\w-]*", found.group("source"))
    if any(speaking_noun(fold(w), view.lex) for w in words):
        return True
    determiners = view.lex.word_set("determiners")
    names = [w for w in words if w[:1].isupper() and fold(w) not in determiners]
    if fold(found.group("noun")) not in view.lex.word_set("taken_back_place_nouns"):
        return bool(names)
    return len(names) >= 2 or any(len(w) > 1 and w.isupper() for w in names)


def pointed_back(view: SentenceView) -> tuple[Span, Span] | None:
    """The cue and the speaker of a sentence whose reporting verb takes the sentence before
    as its object through « ce que » after a presentative, its subject before it (blocks37):
    « Voilà ce que Paul X a confié au journal », « C'est en tout cas ce que X estime ». The
    verb right after « ce que » (« C'est ce qu'a déclaré X ») is detect/inverted/relative.py's,
    the one reader of that order (mend37c). A first or second person, or the impersonal « on »,
    names no speaker here (« C'est ce qu'on imagine »), and a verb under a modal, a wish or a
    refusal says nothing (« ce que le maire aurait dû dire », "should have said")."""
    opening = _pointing(view.lex).match(view.text, view.span[0], view.span[1])
    cue = opening and next((c for c in view.cues if c.span[0] >= opening.end()), None)
    if cue is None or cue.kind != "verb" or cue.pronoun is not None:
        return None
    source = strip_span(view.text, (opening.end(), cue.span[0]))
    if source[1] <= source[0] or not _names_someone(view, source):
        return None
    return None if _unsaid(view, source, cue.span) else (cue.span, source)


def _unsaid(view: SentenceView, subject: Span, cue: Span) -> bool:
    """A modal, a wish, a refusal or a negation in the verb group (the words before the cue
    are read as the subject, so its lower-case words too: "the mayor should have said"), or
    as that verb (lexicon ``pointed_back_unsaid``, and the French ``refusing_verb_stems``):
    « aurait dû dire », « refuse d'admettre » put the saying off or deny it. A capitalised
    word is a name ("Theresa May")."""
    lex = view.lex
    written = WORD_FROM_LETTER.findall(view.text[subject[0] : cue[1]])
    words = [fold(w) for w in written if not w[:1].isupper()]
    stems = tuple(lex.words("refusing_verb_stems"))
    return any(w in lex.word_set("pointed_back_unsaid") or w.startswith(stems) for w in words)


def _names_someone(view: SentenceView, source: Span) -> bool:
    """A capital, a determiner or a pronoun of the third person opens the subject, which is
    no pronoun of the first or the second person nor the impersonal « on »."""
    words = view.text[source[0] : source[1]].split()
    first = words[0].lower() if words else ""
    if (
        fold(first).rstrip("'’") in view.lex.word_set("pointed_back_not_speakers")
        or len(words) > 12
    ):
        return False
    opening = view.lex.word_sets("determiners", "subject_pronouns")  # « il » is taken up
    return words[0][:1].isupper() or fold(first) in opening


@built_once
def _pointing(lex: Lexicon) -> re.Pattern[str]:
    """The presentative, maybe a hedge, and « ce que » ("what") opening the sentence."""
    presentatives = alternation(lex.words("presentatives") + lex.words("taken_back_presentatives"))
    hedges = alternation(lex.words("taken_back_hedges")) or "(?!)"
    what = alternation(lex.words("pointed_back_what"), loose_spacing=True) or "(?!)"
    return re.compile(
        rf"(?i)\s*(?:{presentatives})\s*,?\s+(?:(?:{hedges})\s*,?\s+)?(?:{what})(?:\s+|(?<=['’]))"
    )
