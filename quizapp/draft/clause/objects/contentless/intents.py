"""Objects that tell an intent, not a saying: « souhaite rester président », « souhaitent se
faire entendre » (wants38). A verb of wishing (lexicon ``intent_object_verbs``) followed by a
bare infinitive says what its subject means to do; the keys of the corpus never held such an
object when it was not in quotation marks (four unkeyed, none held over the corpus; two and
none on blind27-36). A quoted infinitive (« souhaite « revoir le tracé » ») is the speaker's
own words and was keyed, and a « que » clause (« souhaite que la ligne rouvre ») is read
elsewhere: both keep their reading.

why50: an intent told beside its subject's own speech is what that subject said. Read by hand,
80 unfound intents of the tuning set were keyed 28 times of 30 when the paragraph (or the one
before) quoted or paraphrased the same person, and rarely otherwise; so the object is no longer
cut while its sentence is read, but once the whole article is (``without_lone_intents``), and
kept when another finding of the same speaker stands in the same paragraph."""

from __future__ import annotations

from quizapp.draft.clause.objects.contentless.cited import source_only
from quizapp.draft.clause.objects.contentless.topics import topic_only
from quizapp.draft.clause.objects.readings import infinitive_of_a_verb
from quizapp.draft.findings import Attribution
from quizapp.draft.text.segment import QUOTE_MARKS, Span
from quizapp.draft.words.folding import ment_adverb
from quizapp.draft.words.lexicon import Lexicon, folded_words, listed_verb_forms


def intent_only(lex: Lexicon, form: str, passage: str) -> bool:
    """``passage`` (the object of the verb in ``form``) opens on an infinitive, past the
    object pronouns and adverbs before it, after a verb of ``intent_object_verbs``, and holds
    no quotation mark."""
    if form not in listed_verb_forms(lex, "intent_object_verbs") or QUOTE_MARKS.search(passage):
        return False
    words = folded_words(passage)
    skipped = lex.word_set("intent_skipped_words")
    words = [w for w in words[:4] if w not in skipped and not ment_adverb(w)]
    return bool(words) and words[0].isalpha() and infinitive_of_a_verb(lex, words[0])


def without_lone_intents(
    found: list[Attribution], text: str, lex: Lexicon, paras: list[Span]
) -> list[Attribution]:
    """``found`` less the intents (``_intent``) whose speaker has no other finding, itself no
    intent, in the intent's paragraph: an intent told alone is the outlet's account of a plan."""
    intents = [_intent(text, lex, a) for a in found]
    said = {
        (a.speaker, _paragraph(paras, a.content[0]))
        for a, intent in zip(found, intents, strict=True)
        if not intent
    }
    return [
        a
        for a, intent in zip(found, intents, strict=True)
        if not intent or (a.speaker, _paragraph(paras, a.content[0])) in said
    ]


def _intent(text: str, lex: Lexicon, found: Attribution) -> bool:
    """The finding's cue ends on a verb of ``intent_object_verbs`` and its content, after the
    cue, is an intent (``intent_only``)."""
    if found.cue is None or found.content[0] < found.cue[1]:
        return False
    words = folded_words(text[found.cue[0] : found.cue[1]])
    passage = text[found.content[0] : found.content[1]]
    return bool(words) and intent_only(lex, words[-1], passage)


def _paragraph(paras: list[Span], at: int) -> int:
    """The index of the paragraph holding offset ``at`` (-1 before the first)."""
    return next((i for i, (start, end) in enumerate(paras) if start <= at < end), -1)


def explains_or_cites(lex: Lexicon, form: str, passage: str) -> bool:
    """``names_no_saying`` less the intent, which is judged once the article is read."""
    return topic_only(lex, form, passage) or source_only(lex, form, passage)


def names_no_saying(lex: Lexicon, form: str, passage: str) -> bool:
    """The object of the verb in ``form`` names what is explained (``topics.topic_only``),
    what is meant to be done (``intent_only``) or where the words come from
    (``cited.source_only``): either way, nothing said."""
    explained = topic_only(lex, form, passage) or intent_only(lex, form, passage)
    return explained or source_only(lex, form, passage)
