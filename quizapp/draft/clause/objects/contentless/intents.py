"""Objects that tell an intent, not a saying: « souhaite rester président », « souhaitent se
faire entendre » (wants38). A verb of wishing (lexicon ``intent_object_verbs``) followed by a
bare infinitive says what its subject means to do; the keys of the corpus never held such an
object when it was not in quotation marks (four unkeyed, none held over the corpus; two and
none on blind27-36). A quoted infinitive (« souhaite « revoir le tracé » ») is the speaker's
own words and was keyed, and a « que » clause (« souhaite que la ligne rouvre ») is read
elsewhere: both keep their reading."""

from __future__ import annotations

from quizapp.draft.clause.objects.contentless.audience import audience_only
from quizapp.draft.clause.objects.contentless.cited import source_only
from quizapp.draft.clause.objects.contentless.topics import topic_only
from quizapp.draft.clause.objects.readings import infinitive_of_a_verb
from quizapp.draft.text.segment import QUOTE_MARKS
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


def names_no_saying(lex: Lexicon, form: str, passage: str) -> bool:
    """The object of the verb in ``form`` names what is explained (``topics.topic_only``),
    what is meant to be done (``intent_only``) or where the words come from
    (``cited.source_only``), or is only whom it was told (``audience.audience_only``):
    either way, nothing said."""
    explained = topic_only(lex, form, passage) or intent_only(lex, form, passage)
    return explained or source_only(lex, form, passage) or audience_only(lex, passage)
