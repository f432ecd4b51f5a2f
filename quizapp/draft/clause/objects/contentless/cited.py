"""Objects that name where the words come from, not what they say: « Le Monde, qui cite des
sources concordantes », « L'agence cite son conseiller », « Le JDD cite un document » (pour47).
A verb of lexicon ``source_object_verbs`` (« citer ») reports what its object names (« La CGT
cite la réanimation », « Il cite en exemple Pontrieux »), as annotators key it, unless the
object's head is a source, a document or a person quoted (the nouns of the lists
``source_object_noun_lists``): then the statement, if any, comes after, from that source
(« cite souvent la devise de sa grand-mère, « … » »: the quotation is the grandmother's). An
object that names a person (a listed first name, then a capitalised word: « cite Victor Hugo »,
« cite Jean Jaurès et rend hommage ») is likewise the one whose words are cited, never what is
said (mend47a): the quotation after it is that person's, and with none there is no finding. An
object quoted before its first comma (« cite "une source proche de l'enquête" : ») keeps its
reading."""

from __future__ import annotations

import re

from quizapp.draft.clause.objects.allowed import object_words
from quizapp.draft.names.naming.gender import first_name_words
from quizapp.draft.text.segment import QUOTE_MARKS
from quizapp.draft.words.folding import fold
from quizapp.draft.words.lexicon import Lexicon, listed_verb_forms, people_nouns


def source_only(lex: Lexicon, form: str, passage: str) -> bool:
    """``passage`` (the object of the verb in ``form``) is headed by a noun of
    ``source_object_noun_lists``, past the adverbs of ``adverbs_between``, its determiners
    and numbers (« des sources », « souvent la devise »), after a verb of
    ``source_object_verbs``, with no quotation mark before its first comma or colon, or names a
    person (``_person_named``)."""
    head = re.split(r"[,:]", passage, maxsplit=1)[0]
    if form not in listed_verb_forms(lex, "source_object_verbs") or QUOTE_MARKS.search(head):
        return False
    skipped = lex.word_sets("object_skipped_words", "adverbs_between")
    words = [w for w in object_words(head)[:5] if w not in skipped and not w.isdigit()]
    if not words:
        return False
    if words[0].removesuffix("s") in people_nouns(lex, "source_object_noun_lists"):
        return True
    return _person_named(lex, head.split(), skipped)


def _person_named(lex: Lexicon, written: list[str], skipped: frozenset[str]) -> bool:
    """The object, past the skipped words, opens on a capitalised listed first name and a
    capitalised word (« Victor Hugo »): a person, not a place (« cite en exemple Pontrieux »)
    nor a thing (« cite la réanimation »)."""
    words = [w for w in written[:6] if fold(w) not in skipped]
    if len(words) < 2 or not (words[0][:1].isupper() and words[1][:1].isupper()):
        return False
    return fold(words[0]) in first_name_words(lex)
