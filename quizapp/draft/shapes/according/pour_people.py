"""Who holds the view in « Pour certains, … », « Pour beaucoup d'habitants interrogés, … »: a
part of the people the article speaks of. Out of according_source, which reads every kind of
source phrase, so that the « pour » readings of a group sit together (tidy32)."""

from __future__ import annotations

from quizapp.draft.clause.objects.readings import people_word
from quizapp.draft.words.lexicon import Lexicon, fold, folded_words, people_nouns


def part_of_the_people(phrase: str, lex: Lexicon) -> bool:
    """« Pour certains, … », « Pour d'autres, … », « Pour de nombreux habitants, … »: a part
    of the people the article speaks of holds the view after the comma (lexicon
    ``pour_group_pronouns``, or one of ``vague_determiners`` and a people noun). Over the
    French corpus a sentence opening so is keyed 4 times in 5 (recall29). The pronouns are
    all vague determiners, but the whole list alone adds a finding (review29): « Pour tous, il
    a requis… », whom the request is for, not a part of the people holding a view (tidy30)."""
    folded = fold(phrase)
    if folded in lex.word_set("pour_group_pronouns"):
        return True
    determiners = lex.word_set("vague_determiners")
    *opening, noun = folded.rsplit(" ", 1)
    if bool(opening) and opening[0] in determiners and people_word(lex, noun):
        return True
    return _counted_people_head(folded, lex)


def _counted_people_head(folded: str, lex: Lexicon) -> bool:
    """« Pour beaucoup d'habitants interrogés, … »: a vague determiner of one or two words,
    its « de » elided or not (lexicon partitive_markers), then a people noun as the head
    (recall32: the head was read as the phrase's last word, « interrogés », or kept its
    « d' »). A description after the head must say they were asked or met (lexicon
    apposed_participle_stems): « Pour beaucoup de familles modestes, la mairie a prévu une
    aide » says whom the aid is for (review32, mend32c)."""
    words = folded_words(folded)
    determiners = lex.word_set("vague_determiners")
    for size in (2, 1):
        lead = " ".join(words[:size]).replace("' ", "'")
        if len(words) > size and lead in determiners:
            de = words[size] in lex.word_set("partitive_markers")
            at = size + 1 if de and len(words) > size + 1 else size
            after = words[at + 1 : at + 2]
            asked = not after or after[0].startswith(tuple(lex.words("apposed_participle_stems")))
            return people_word(lex, words[at]) and asked
    return False


def group_by_its_head(phrase: str, lex: Lexicon) -> bool:
    """« Pour les ambulanciers, … », « Pour le personnel, … », « Pour l'intersyndicale, … »: a
    determiner (lexicon ``set_off_pour_determiners``), then right after it a noun of the
    lists ``pour_head_noun_lists`` names (people met by their role, a staff, a collective),
    holds the view after the comma. The noun must be the head: « Pour la plupart des
    communes analysées, les hausses… » and « Pour les petites communes, … » are whom a
    figure or a measure concerns (pour47: 4 keys gained for 5 findings on the corpus). A
    noun that is also a place (``pour_head_place_lists``: « Pour la commune, le budget
    tiendra ») is whom the budget is for."""
    words = folded_words(phrase)
    if len(words) < 2 or words[0] not in lex.word_set("set_off_pour_determiners"):
        return False
    head = words[1].removesuffix("s")
    places = people_nouns(lex, "pour_head_place_lists")
    return head in people_nouns(lex, "pour_head_noun_lists") and head not in places
