"""A negation before a French cue: it says nothing was said (« n'a jamais fait part »), or,
before a verb of refusal, grants the clause after it (« n'a pas exclu que… »), and some verbs
report only when negated so (« ne cache pas que… »). Out of ``verb_forms`` since tidy29, which
reads the other forms a cue takes.
"""

from __future__ import annotations

from quizapp.draft.reporting.cue_forms.adverb_slot import after_adverbs
from quizapp.draft.words.lexicon import Lexicon, listed_verb_forms


def negated(words: list[str], index: int, lex: Lexicon) -> bool:
    """ "n'a jamais fait part", "ne fait pas état": a negation before the verb (its auxiliary
    and adverbs between) says nothing was said."""
    at = index - 1
    negation = lex.word_set("negation_adverbs")
    while at >= 0 and (words[at] in negation or (words[at],) in lex.adverbs):
        at -= 1
    at -= at >= 0 and words[at] in lex.auxiliaries
    return at >= 0 and words[at] in lex.word_set("negation_particles")


def granted(words: list[str], index: int, lex: Lexicon) -> bool:
    """ "n'a pas exclu que…", "ne nie pas à l'AFP que…": a negated verb of refusal grants the
    clause after it, which stays the subject's (lexicon "negated_affirmations"); only before
    « que », a relay or a time (a few words, no mark) between; or a negated verb of wishing
    right before its clause (``_wish_against``)."""
    if _wish_against(words, index, lex):
        return True
    words_of = lex.word_set("negated_affirmations")
    for at in range(index, min(index + 4, len(words) - 1)):
        if words[at] in words_of:
            return _that_soon(words, at + 1, lex)
    return False


def _wish_against(words: list[str], index: int, lex: Lexicon) -> bool:
    """ "ne veut pas que…", "ne souhaitait plus que…": a negated verb of wishing (lexicon
    "negated_wish_verbs", misses57) before « que » and a clause is the subject's stance, a wish
    that the clause not happen; so is a negated verb of belief, « ne croit pas que… » (misses59,
    ``_stance_verbs``); not before an infinitive (« ne veut pas dévoiler ce qu'elle a
    pensé »), nor inside a clause another verb reports (« a indiqué qu'il ne voulait pas
    que… »: the keys give the clause to the outer cue alone), nor when no one wishes
    (``_no_one_wishes``), nor in a supposition (``_supposed``), nor when the « que » is the
    restrictive one (``_own_negation``, ``_clause_after``)."""
    wishes = _stance_verbs(lex)
    at = next((i for i in range(index, min(index + 3, len(words))) if words[i] in wishes), None)
    if at is None or _inside_clause(words, index, lex) or _no_one_wishes(words, index, lex):
        return False
    if _supposed(words, index, lex):
        return False
    end = at + 1
    while end < len(words) and words[end] in lex.word_set("negation_adverbs"):
        end += 1
    if end >= len(words) or words[end] not in lex.word_set("subordinators"):
        return False
    return _own_negation(words[index:end], lex) and _clause_after(words, end + 1, lex)


def wished_against(words: list[str], lex: Lexicon) -> bool:
    """A finding's folded words up to its content, a few before its cue, a negated wish's (« ne
    souhaite pas que »): the content is what the speaker wishes not to happen, no claim of
    theirs that a drafted question may state (mend57d: « Anne Roux … » labelled on « les
    travaux durent »). The verb nearest the content must be negated (mend59b: the « plus » of
    « estime de plus que », « pense en plus que » is no negation, the belief is a claim)."""
    wishes = _stance_verbs(lex)
    if words[-1:] not in (["que"], ["qu'"]):
        return False
    at = max((i for i, word in enumerate(words) if word in wishes), default=None)
    if at is None or not negated(words, at, lex):
        return False
    particles = lex.word_set("negation_particles")
    return _own_negation(words[max(i for i in range(at) if words[i] in particles) :], lex)


def _stance_verbs(lex: Lexicon) -> frozenset[str]:
    """The verbs whose negation moves to the clause after them, so that the subject still holds
    a stance on it: wishing (« ne veut pas que », misses57) and believing (« ne croit pas que »,
    « n'imaginait pas que », misses59: the subject believes the contrary). A verb of saying is
    not among them: « n'a pas dit que » says nothing was said."""
    wishes = listed_verb_forms(lex, "negated_wish_verbs")
    return wishes | listed_verb_forms(lex, "negated_belief_verbs")


def _inside_clause(words: list[str], index: int, lex: Lexicon) -> bool:
    """A « que » before the verb with no mark between: the wish is inside a clause another verb
    reports (« a indiqué qu'il ne voulait pas que… »); « Alors que la ville grandit, le maire
    ne veut pas que… » has closed that clause with its comma (mend57d)."""
    before = [i for i in range(index) if words[i] in lex.word_set("subordinators")]
    return bool(before) and all(word[:1].isalnum() for word in words[before[-1] : index])


def _no_one_wishes(words: list[str], index: int, lex: Lexicon) -> bool:
    """« Personne ne veut que… », « Aucun élu ne souhaite que… », « Nul ne… » (lexicon
    "negative_subjects", within three words before « ne »; « Personne ne remet en cause … mais
    certains ne veulent pas que… » has its own subject): the negation is the subject's, no one
    wishes the clause away; and a relative (« X, qui ne veut pas que… », lexicon
    "relative_pronouns") describes its person as « qui veut que » does, no statement (mend57d).
    Never back past a mark."""
    particles = lex.word_set("negation_particles")
    at = max((i for i in range(index) if words[i] in particles), default=index)
    start = max((i for i in range(at) if not words[i][:1].isalnum()), default=-1) + 1
    subject = words[max(start, at - 3) : at]
    relative = bool(subject) and subject[-1] in lex.word_set("relative_pronouns")
    return relative or any(word in lex.word_set("negative_subjects") for word in subject)


def _own_negation(words: list[str], lex: Lexicon) -> bool:
    """The wish's own negation, one of « pas », « plus », « jamais » (lexicon
    "wish_negations") between the verb and « que »: « ne veut que la paix » is restrictive
    (« only »), « ne veut pas plus que les autres payer » a comparison (mend57d)."""
    adverbs = [word for word in words if word in lex.word_set("negation_adverbs")]
    return len(adverbs) == 1 and adverbs[0] in lex.word_set("wish_negations")


def _clause_after(words: list[str], start: int, lex: Lexicon) -> bool:
    """« que » opens a clause, a subject then its verb, before the next mark: not a bare noun
    phrase (« ne veut plus que des légumes bio », « pas que ça »): it opens on no partitive nor
    lone pronoun (lexicon "restrictive_que_openers"), and holds two words, three after a
    determiner (« la gare ferme »; « pas que la paix, … » is no clause: mend57d)."""
    end = next((i for i in range(start, len(words)) if not words[i][:1].isalnum()), len(words))
    clause = words[start:end]
    if not clause or clause[0] in lex.word_set("restrictive_que_openers"):
        return False
    if clause[0] in lex.word_set("restrictive_que_prepositions"):
        return _subject_then_verb(clause[1:], lex)
    return len(clause) >= 2 + (clause[0] in lex.word_set("determiners"))


def _subject_then_verb(words: list[str], lex: Lexicon) -> bool:
    """After a preposition, a clause has a subject pronoun and a word after it (« qu'à la mairie
    on décide »); without one the « que » is the restrictive « not only » (« ne pense pas qu'à
    sa réélection, il veut aussi… », « ne croit pas qu'en la chance », « pas que pour lui »,
    mend59b), and « qu'à elle » ends on its pronoun."""
    pronouns = lex.word_set("subject_pronouns")
    return any(word in pronouns for word in words[:-1])


def _supposed(words: list[str], index: int, lex: Lexicon) -> bool:
    """The negated wish or belief is supposed, not held: « Si le maire ne pense pas que… »,
    « Quand on ne croit pas que…, on ne se mobilise pas » (lexicon "supposing_openers", between
    the last mark and the verb's « ne »): no one holds it (mend59b)."""
    particles = lex.word_set("negation_particles")
    at = max((i for i in range(index) if words[i] in particles), default=index)
    start = max((i for i in range(at) if not words[i][:1].isalnum()), default=-1) + 1
    return any(word in lex.word_set("supposing_openers") for word in words[start:at])


def _that_soon(words: list[str], at: int, lex: Lexicon) -> bool:
    """« que » within five words of ``at`` (past « pas » / « jamais »), no mark between."""
    at += words[at] in lex.word_set("negation_adverbs")
    for word in words[at : at + 6]:
        if word in lex.word_set("subordinators"):
            return True
        if not word[:1].isalnum():
            return False
    return False


def negated_only(words: list[str], index: int, lex: Lexicon) -> tuple[int, int, str] | None:
    """ "ne cache pas que…", "n'a jamais caché à l'AFP que…": a verb that reports only when
    negated and granting a clause (lexicon "negated_only_cues"); ``index`` is the verb or its
    auxiliary. Anything else (« a caché le dossier ») is left to the other stages."""
    if lex.language != "fr":
        return None
    end = after_adverbs(words, index + 1, lex) if words[index] in lex.auxiliaries else index
    only = lex.word_set("negated_only_cues")
    if end >= len(words) or words[end] not in only or not negated(words, index, lex):
        return None
    return (index, end, "verb") if granted(words, index, lex) else None
