"""Shapes of reported clauses: cue then que/that, a clause then a sentence-final cue (the
English closing cue's comma and subject: english_shapes/english_final.py), and a clitic
announcing the next clause (a cue followed by its object: detect/object_clause.py)."""

from __future__ import annotations

import re

from quizapp.draft.clause.inverted_subjects.subject import source_after, words_to_subject
from quizapp.draft.clause.objects.allowed import (
    needed_preposition,
    object_allowed,
)
from quizapp.draft.clause.objects.blamed import blamed_that
from quizapp.draft.clause.subjects.around_cue import source_before, source_before_clitic
from quizapp.draft.clause.subjects.main_subject import main_clause_subject, main_subject
from quizapp.draft.clause.subjects.subject_asides import relative_then_aside
from quizapp.draft.reporting.cues import Cue
from quizapp.draft.reporting.english_cue_forms.english_forms import (
    opening_setting,
    subordinate_only,
)
from quizapp.draft.reporting.english_cue_forms.english_subjects import document_agent
from quizapp.draft.reporting.english_cue_forms.object_speakers import depicted_speaker
from quizapp.draft.shapes.detect.clause_or_subject import reads_as_said, subject_not_said
from quizapp.draft.shapes.detect.content_bounds import content_end
from quizapp.draft.shapes.detect.cue_reach import closes_sentence, has_que_later
from quizapp.draft.shapes.detect.final_name import name_closes, pronoun_closes, told_comma
from quizapp.draft.shapes.detect.view import (
    Draft,
    SentenceView,
    has_quote,
    relay_window,
    strip_span,
)
from quizapp.draft.shapes.english_shapes.english_final import (
    en_clause_after_opening,
    en_final_comma,
    en_reason_goes_on,
)
from quizapp.draft.text.segment import Span, clock_colon, words_in
from quizapp.draft.text.sentence.apposed_names import apposed_subject_before
from quizapp.draft.text.sentence.sentence_parts import complement_after
from quizapp.draft.text.sentence.syntax import (
    asked_question,
    clause_goes_on,
    clause_stop,
    left_unfinished,
    participial_subject,
    quoted_as_saying,
    without_trailing_time,
)
from quizapp.draft.words.lexicon import fold

_QUOTE_OR_QUE = re.compile(r"[«“\"]|\bque\b|\bqu['’]")


def cue_then_que(view: SentenceView, cue: Cue, used: set[Span]) -> Draft | None:
    """A cue with a subordinator within ten words after it (« a affirmé que… », "said
    that…", "asked whether…" after a cue of asking): the clause after it is what the cue
    reports. Another cue or the end of a clause first, or a « que » after a relative's head
    or after an object the cue's preposition opens, and it reports none."""
    form = fold(view.text[cue.span[0] : cue.span[1]]).split()[-1]
    preposition = needed_preposition(view, form)
    if preposition is not None and preposition.match(view.text[cue.span[1] :]):
        return None  # "parle d'un « incident » qu'il…": the que is a relative in the object
    words = view.folded_tokens
    subordinators = set(view.lex.words("subordinators"))
    asking = form in view.lex.word_set("question_cues")  # "asked whether…", "wondered if…"
    for index in range(cue.last + 1, min(cue.last + 10, len(words))):
        if any(c.first == index for c in view.cues) or clause_stop(view, words, index):
            return None
        if asking and asked_question(view.lex, words, cue.last, index):
            subordinators = subordinators | {words[index]}
        if words[index] in subordinators and words[index - 1] in view.lex.word_set(
            "relative_heads"
        ):
            return None  # "a commenté celui que le journal a surnommé…": the subject's relative
        if words[index] in subordinators and view.outside[index]:
            return _clause_at(view, cue, form, words, index)
    return None


def _clause_at(
    view: SentenceView, cue: Cue, form: str, words: list[str], index: int
) -> Draft | None:
    """The clause a cue reports from the subordinator at ``index`` (the first one outside
    quotation marks), unless that word is a determiner, an adjective's or a conjunction's
    « que », or a relative in an object the cue takes no clause after."""
    if words[index - 1] in view.lex.word_set("determiner_that_prepositions"):
        return None  # "figures add to that picture": a determiner, no clause
    if blamed_that(view, words, index):
        return None  # "condemned that decision": the verb of blame's object (mend37a)
    if _set_off_word_before(view, words, index, cue):
        return None  # "a-t-elle ajouté, persuadée que…": the adjective's clause
    heads = view.lex.word_set("conjunction_heads")
    if words[index - 1] in heads and not _adverb_after(view, words, index, cue):
        return None  # "a confirmé cette information, bien que…": no reported clause
    between = strip_span(view.text, (cue.span[1], view.tokens[index].start))
    if between[1] > between[0] and not object_allowed(view, form, between):
        return None  # "a exprimé son désaccord avec la décision que…": a relative
    start = view.tokens[index].end
    content = strip_span(view.text, (start, content_end(view, index)))
    if content[1] - content[0] < 3:
        return None
    return reported(view, cue, content)


def _set_off_word_before(view: SentenceView, words: list[str], index: int, cue: Cue) -> bool:
    """ "…, a-t-elle ajouté, persuadée que…", "…, a dit X, convaincu que…": one word set off by
    a comma after the verb, right before « que », is an adjective or a participle that takes
    the clause itself; the verb reports what came before it."""
    comma = index - 2
    return (
        comma > cue.last
        and words[comma] == ","
        and words[index - 1].isalpha()
        and words[index - 1] not in view.lex.word_sets("non_noun_openers", "open_title_exclusions")
    )


def _adverb_after(view: SentenceView, words: list[str], index: int, cue: Cue) -> bool:
    """ "ajoute même que…", « précise ainsi que… »: an adverb right after the verb stresses
    or links it, and « que » is the verb's own (« de même que », « même si », « X et Y ainsi
    que Z » stay conjunctions: a word stands between the verb and the adverb; lexicon
    verb_adverbs_before_que)."""
    adverbs = view.lex.word_set("verb_adverbs_before_que")
    return words[index - 1] in adverbs and index - 2 == cue.last


def clause_then_cue(view: SentenceView, cue: Cue, used: set[Span]) -> Draft | None:
    """ "Le projet est mort, a déclaré le ministre." / "The deal is off, an aide said." """
    if cue.participle:
        return None
    before = view.text[view.span[0] : cue.span[0]]
    final = _fr_final_comma if view.lex.language == "fr" else en_final_comma
    match, subject = final(view, cue, before)
    if match is None or has_que_later(view, cue):
        return None
    source = None
    if subject:
        source = strip_span(view.text, (view.span[0] + match.start(1), cue.span[0]))
    if source is None:
        source = source_after(view, cue)
    after = max(cue.span[1], source[1] if source and source[0] > cue.span[0] else 0)
    named = cue.pronoun is None and source is not None and source[0] > cue.span[0]
    complement = complement_after(view, after, named)  # "Cela correspond, souligne-t-elle, à …"
    end = view.span[0] + match.start()
    content = en_clause_after_opening(view, end, after)  # "As a result, they said, the law…"
    content = content or _clause_before(view, end, complement)
    if content is None or subject_not_said(view, content, source):
        return None
    goes_on = clause_goes_on(view.text, after, view.span[1], view.lex.language)
    goes_on = goes_on or en_reason_goes_on(view, after)  # "…, he said, because the state…"
    if goes_on or complement or left_unfinished(before, view.lex):
        content = strip_span(view.text, (content[0], view.span[1]))  # "X, he said, would…"
    kind = "mixed" if has_quote(view, content) else "indirect"
    return Draft(content, cue.span, source, kind, cue.pronoun, 0.7, relay_window(view, cue))


def _fr_final_comma(
    view: SentenceView, cue: Cue, before: str
) -> tuple[re.Match[str] | None, str | None]:
    """The comma that closes the clause before a French final cue (None when the cue does
    not end a clause this way), and no subject before the cue (it follows the verb). The
    people told may stand between the comma and the cue (« …, nous apprend Sud Ouest »), and
    the comma may be missing before a name that closes the sentence (« Une injustice, et même
    une triple peine estime Reginald. ») or before a cue carrying its pronoun (« …venait
    explique-t-il »)."""
    if apposed_subject_before(before, view.lex) or relative_then_aside(before, view.lex):
        return None, None  # « X, maire, a dit… », « …qui, de concert, réclament… »: a subject
    match = told_comma(view.lex).search(before)
    fits = match is not None and (cue.pronoun is not None or _subject_follows(view, cue, match))
    if not fits and (name_closes(view, cue) or pronoun_closes(view, cue)):
        return re.search(r"\s*$", before), None
    return (match if fits else None), None


def _clause_before(view: SentenceView, end: int, goes_on: bool = False) -> Span | None:
    """The clause a final cue reports, ending at ``end`` (its comma): from the last quotation
    or colon, or the whole start of the sentence when that is too short; two words will do
    when the clause ``goes_on`` after the cue (« Cela correspond, souligne-t-elle, à … »)."""
    start = _after_last_quote_or_colon(view, end)
    content = strip_span(view.text, (start, end))
    if words_in(view.text, content) < 3 and start > view.span[0]:
        content = strip_span(view.text, (view.span[0], end))  # Le ministre «a été direct», a dit X
    if words_in(view.text, content) < 3 - goes_on or not reads_as_said(view, content):
        return None
    if view.lex.language == "en" and opening_setting(view.text[content[0] : content[1]], view.lex):
        return None  # "In a statement, the company said demand…": the setting, not words
    if view.lex.language == "en" and subordinate_only(view.text[content[0] : content[1]], view.lex):
        return None  # "When tenants want a repair, they write to the office": no words
    return content


def _subject_follows(view: SentenceView, cue: Cue, comma: re.Match[str]) -> bool:
    """ ", a déclaré (à l'AFP) le ministre." — not ", a répondu aux habitants." """
    told = comma.group().rstrip()[-1:].isalpha()  # « , nous apprend »: closes it if short
    if not (_short_close(view, cue) if told else closes_sentence(view, cue)):
        return False
    rest = view.text[cue.span[1] : view.span[1]]
    rest = rest[words_to_subject(view.lex, rest) :]
    if re.match(r"\s*(?:à|au|aux|sur|dans|devant|en|pour|contre|avec|après)\b", rest):
        return False
    return bool(_SUBJECT_START.match(rest))  # not ", se disent abandonnés par…"


def _short_close(view: SentenceView, cue: Cue) -> bool:
    rest = view.text[cue.span[1] : view.span[1]]
    return len(rest.split()) <= 8 and not _QUOTE_OR_QUE.search(rest)


_SUBJECT_START = re.compile(
    r"\s*(?:(?:le|la|les|un|une|des|du|ce|cet|cette|ces|son|sa|ses|leur|leurs|notre|nos|mon|ma|"
    r"mes|plusieurs|certains|certaines|quelques|deux|trois|tous|toutes|celui|celle|ceux|on|"
    r"chacun|aucun|l['’]\w*|d['’]\w*)\b|l['’]|d['’]|(?-i:[A-ZÀ-Ö0-9«“\"]))",
    re.IGNORECASE,
)


def _after_last_quote_or_colon(view: SentenceView, end: int) -> int:
    """Where the clause before a final cue starts: after a quotation that has its own cue
    («…», a dit X, puis…), not after a partial quotation inside the clause (mixed)."""
    start = view.span[0]
    for quote in view.quotes:
        own_cue = any(quote[1] <= c.span[0] < end for c in view.cues)
        if quote[1] <= end and own_cue:
            start = max(start, quote[1])
    colon = view.text.rfind(":", start, end)
    while colon > start and view.lex.language == "en" and clock_colon(view.text, colon):
        colon = view.text.rfind(":", start, colon)  # "at 6:50 a.m.": a time, no colon
    return colon + 1 if colon >= 0 else start


def cue_announces_clause(view: SentenceView, cue: Cue, used: set[Span]) -> Draft | None:
    """ "Cette source l'assure, la France n'a pas de plan caché": a clitic *l'* / *le*
    before the verb stands for the clause after the comma. With no subject before it, the
    *l'* is an article and the word a noun (« Depuis l'attaque, la messagerie… »)."""
    if cue.first == 0 or fold(view.tokens[cue.first - 1].text) not in {"l'", "le"}:
        return None
    comma = re.match(r"\s*,\s*", view.text[cue.span[1] : view.span[1]])
    if comma is None:
        return None
    content = strip_span(view.text, (cue.span[1] + comma.end(), view.span[1]))
    if words_in(view.text, content) < 3:
        return None
    source = source_before_clitic(view, cue)
    if source is None and cue.pronoun is None:
        return None
    kind = "mixed" if has_quote(view, content) else "indirect"
    return Draft(content, cue.span, source, kind, cue.pronoun, 0.7, relay_window(view, cue))


def reported(view: SentenceView, cue: Cue, content: Span, confidence: float = 0.8) -> Draft:
    """A reported clause with its source: before the cue, the subject a participle shares, or
    after an inverted cue."""
    kind = "mixed" if has_quote(view, content) else "indirect"
    own_voice = view.lex.language == "en" and cue.pronoun is not None  # "…, and it was feared"
    source = None if cue.participle or own_voice else source_before(view, cue)
    source = main_clause_subject(view, cue, source)  # "has objected to X, raising…"
    pronoun = cue.pronoun
    if cue.participle:  # "with some experts saying…"
        source = quoted_as_saying(view.text, view.span[0], cue.span[0])
        source = source or participial_subject(view.text, (view.span[0], cue.span[0]), view.lex)
        if source is None and view.lex.language == "en":  # "a letter from X confirming…"
            source = document_agent(view.text, view.span[0], cue.span[0], view.lex)
        if source is None and view.lex.language == "en":  # "features X stating…"
            source = depicted_speaker(view.text, view.span[0], cue.span[0], view.lex)
        if source is None:
            source = main_subject(view, cue)  # "La police a publié un texte faisant état…"
        pronoun = None if source else pronoun
    if source is None and cue.pronoun is None:
        source = source_after(view, cue)
        overlaps = source is not None and source[0] < content[1] and content[0] < source[1]
        if overlaps and (view.lex.language == "fr" or _coordinated(view, cue)):
            source = None  # "…, se dit prête à payer": the object is no inverted subject
    if source is not None:
        source = without_trailing_time(view.text, source, view.lex)  # "The Pentagon on Sunday said"
    return Draft(content, cue.span, source, kind, pronoun, confidence, relay_window(view, cue))


def _coordinated(view: SentenceView, cue: Cue) -> bool:
    """ "Vanessa catches the train and says that it…": an English verb after "and" or "but"
    shares the subject before it, and what follows it is its object (speakers17)."""
    before = view.text[view.span[0] : cue.span[0]].split()
    return bool(before) and fold(before[-1]) in view.lex.word_set("clause_joining_words")
