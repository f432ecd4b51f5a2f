"""Objects that name where the words come from, not what they say: « Le Monde, qui cite des
sources concordantes », « L'agence cite son conseiller », « Le JDD cite un document » (pour47).
A verb of lexicon ``source_object_verbs`` (« citer ») reports what its object names (« La CGT
cite la réanimation », « Il cite en exemple Pontrieux »), as annotators key it, unless the
object's head is a source, a document or a person quoted (the nouns of the lists
``source_object_noun_lists``): then the statement, if any, comes after, from that source
(« cite souvent la devise de sa grand-mère, « … » »: the quotation is the grandmother's). An
object quoted before its first comma (« cite "une source proche de l'enquête" : ») keeps its
reading."""

from __future__ import annotations

from quizapp.draft.clause.objects.allowed import object_words
from quizapp.draft.text.segment import QUOTE_MARKS
from quizapp.draft.words.lexicon import Lexicon, listed_verb_forms, people_nouns


def source_only(lex: Lexicon, form: str, passage: str) -> bool:
    """``passage`` (the object of the verb in ``form``) is headed by a noun of
    ``source_object_noun_lists``, past the adverbs of ``adverbs_between``, its determiners
    and numbers (« des sources », « souvent la devise »), after a verb of
    ``source_object_verbs``, with no quotation mark before its first comma."""
    head = passage.partition(",")[0]
    if form not in listed_verb_forms(lex, "source_object_verbs") or QUOTE_MARKS.search(head):
        return False
    skipped = lex.word_sets("object_skipped_words", "adverbs_between")
    words = [w for w in object_words(head)[:5] if w not in skipped and not w.isdigit()]
    if not words:
        return False
    return words[0].removesuffix("s") in people_nouns(lex, "source_object_noun_lists")
