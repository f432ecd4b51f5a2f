"""The French narrative infinitive, a cue with no finite verb: « Et le maire de répondre :
« … » », « Noé Petit de rappeler que… », « L'opposition de dénoncer… ». Its subject stands
between the start of the sentence (or an opening « Et ») and « de »; what makes it a subject
and not a noun with its complement (« Le droit de rappeler que… ») is said below.

Moved out of reporting_verb.py (which calls ``narrative_with_subject`` on each « de »).
"""

from __future__ import annotations

from itertools import pairwise

from quizapp.draft.words.lexicon import Lexicon, finite_or_auxiliary, fold


def narrative_with_subject(words: list[str], index: int, lex: Lexicon) -> bool:
    """« Et X de répondre », « Et le maire d'ajouter » : a narrative infinitive whose subject
    stands between the « et » opening the sentence and « de »; the words between are a short
    noun phrase (no verb), so « Et il est temps de dire » is no such cue. A turn given with
    « à », « Et » or not, is ``dative_turn``'s to read."""
    if lex.language != "fr" or words[index] not in {"de", "d'"} or index + 1 >= len(words):
        return False
    if words[index + 1] not in lex.lemmas:
        return False
    start = _opening(words, index)
    if words[_past_and(words, start, index, lex)] in lex.word_set("dative_turn"):
        return dative_turn(words, index, lex) is not None  # « (Et) à son mari d'ajouter : … »
    between = words[start + 1 : index]
    if words[start] not in lex.word_set("narrative_subject_openers"):  # « Noé Petit de rappeler »
        return _name_opens(start, index, lex) or _description_opens(words, start, index, lex)
    return _no_verb(between, lex)


def dative_turn(words: list[str], index: int, lex: Lexicon) -> int | None:
    """« À la ministre de répondre : … », « Et à son mari d'ajouter : … », « Au maire de
    conclure que… »: a narrative infinitive at ``index`` (its « de ») whose turn to speak is
    given with a preposition of the lexicon's dative_turn opening the sentence (after an
    « Et »); the index of the first word of the noun phrase that speaks, or None. The phrase
    is a short one with no verb and is somebody (« À chacun de juger », « Et à vous de voir »:
    dative_turn_nobody, an idiom); the infinitive announces words (``_announces``). Read once
    here: the cue finder asks it, and subjects/given_subjects takes the speaker's span from it."""
    if lex.language != "fr" or words[index] not in {"de", "d'"}:
        return None
    start = _past_and(words, _opening(words, index), index, lex)
    if words[start] not in lex.word_set("dative_turn"):
        return None
    between = words[start + 1 : index]
    if " ".join(between) in lex.word_set("dative_turn_nobody"):
        return None
    return start + 1 if _no_verb(between, lex) and _announces(words, index) else None


def _opening(words: list[str], index: int) -> int:
    """The sentence's first word (past an opening mark or dash), ``index`` when none."""
    return next((i for i, w in enumerate(words) if w[:1].isalpha()), index)


def _past_and(words: list[str], start: int, index: int, lex: Lexicon) -> int:
    """Past an « Et » or « Mais » opening the sentence (« Et à son mari de… »), when a word
    follows it (lexicon narrative_subject_openers)."""
    openers = lex.word_set("narrative_subject_openers")
    return start + 1 if words[start] in openers and start + 1 < index else start


def _announces(words: list[str], index: int) -> bool:
    """A colon, a quotation mark or « que » within three words after the infinitive: « À la
    ministre de répondre : … » reports; « À l'État de dire si… » (whose job it is) does not."""
    return any(w in {":", "que", "qu'", "«", '"', "“"} for w in words[index + 2 : index + 5])


def _no_verb(between: list[str], lex: Lexicon) -> bool:
    """A short noun phrase: one to six words, or ten with an apposition set off by commas
    (« Et la maire de Lunel, Hélène Vasseur, de rappeler »), and no verb, « être » included
    (« Mais force est de constater que… » is no narrative infinitive)."""
    if not 1 <= len(between) <= (10 if between.count(",") == 2 else 6):
        return False
    verbs = finite_or_auxiliary(lex)  # joined once per lexicon: tens of thousands of forms
    others = lex.word_set("clause_clitics") | lex.word_set("copula_forms")  # « force est de »
    return not any(w in verbs or w in lex.participles or w in others for w in between)


def _description_opens(words: list[str], start: int, index: int, lex: Lexicon) -> bool:
    """« L'opposition de rappeler que… », « La maire de Lunel, X, de préciser » : without
    « et », a noun phrase opening on a determiner whose head is a person, a group or a body
    (a capital, or a noun of the lexicon), no verb in it; « Le droit de rappeler que… »,
    « La volonté du maire de dire… » (the head is no person) stay no cue."""
    opening = words[start] in lex.word_set("description_openers")
    if not opening or not _no_verb(words[start:index], lex):
        return False
    original = lex.cache.get("current_tokens")
    if not original or index > len(original):
        return False
    phrase = original[start:index]
    if not _free_words_fit(phrase, lex):
        return False
    return phrase[1][:1].isupper() or _person_noun(fold(phrase[1]), lex)


def _free_words_fit(phrase: list[str], lex: Lexicon) -> bool:
    """Past the determiner and the head, every word is a complement's (after « de, du, des,
    d', l' »), capitalised or in an apposition between commas, save one lower-case word
    after a common head (« L'opposition municipale »), which is no verb taking « de » and
    an infinitive (lexicon "de_infinitive_verbs": « Le maire vient de dire », « L'Algérie
    vient d'ordonner »)."""
    leads = lex.word_set("complement_leads")
    free = [
        fold(word)
        for before, word in pairwise(phrase[1:])
        if word[:1].islower() and fold(before) not in leads and word != ","
    ]
    free = [w for w in free if w not in leads]
    if not free:
        return True
    common_head = phrase[1][:1].islower()
    return common_head and len(free) == 1 and free[0] not in lex.word_set("de_infinitive_verbs")


def _person_noun(head: str, lex: Lexicon) -> bool:
    """A noun for a person, a group or a body, singular or plural (« une pharmacienne », « les
    éleveurs », « l'opposition », « la fédération »): the lexicon's heads of each label, as
    sentence.syntax.person_like reads them (not imported: cue_forms comes before it)."""
    nouns = [lex.word_set(key) for key in _HEAD_LISTS]
    return any(w in words for w in (head, head.removesuffix("s")) for words in nouns)


_HEAD_LISTS = ("unnamed_person_nouns", "occupation_nouns", "anonymous_heads", "vague_heads",
               "named_institutions")  # fmt: skip


def _name_opens(start: int, index: int, lex: Lexicon) -> bool:
    """« Noé Petit de rappeler que… » : without « et », the subject of a narrative infinitive
    is a name alone opening the sentence (capitalised words, particles between), so « Le
    droit de rappeler que… » or « Il est temps de dire… » is no such cue."""
    original = lex.cache.get("current_tokens")
    if not original or not 1 <= index - start <= 4 or index > len(original):
        return False
    particles = lex.word_set("name_particles")
    names = original[start:index]
    inner = all(w[:1].isupper() or fold(w) in particles for w in names)
    return inner and names[0][:1].isupper() and names[-1][:1].isupper()
