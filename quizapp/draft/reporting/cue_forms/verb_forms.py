"""The French verb forms a cue can take besides a plain finite verb: a participle coordinated
with an earlier auxiliary, an object clitic before a verb closed by a comma, a modal verb and
an infinitive, a reflexive form, a fixed compound cue with adverbs inside it. A negation
before the verb is read in ``negation`` (out of here since tidy29). The slot between an
auxiliary and its participle, which all of them walk, is read in ``adverb_slot``.

Moved out of detect/ (detect/verb_forms.py), which finds the cues' shapes in a sentence.
"""

from __future__ import annotations

import re

from quizapp.draft.reporting.cue_forms.adverb_slot import after_adverbs, fixed_cue_end
from quizapp.draft.reporting.cue_forms.governed import governed_infinitive
from quizapp.draft.text.segment import QUOTE_MARK_TOKENS
from quizapp.draft.words.folding import ment_adverb
from quizapp.draft.words.lexicon import Lexicon, built_once, fold, folded_words, verb_forms


@built_once
def cue_determiners(lex: Lexicon) -> frozenset[str]:
    """The words before a word that make it a noun, not a verb of the cue (« la note », "the
    report"), or open the subject before a clitic: articles, possessives and demonstratives,
    and « de », « en », « par », "very" (lexicon ``cue_determiners``, each language its own)."""
    return lex.word_set("cue_determiners")


def coordinated_participle(words: list[str], index: int, lex: Lexicon) -> bool:
    """A participle after "et" / "mais" shares an auxiliary met earlier in its sentence."""
    if words[index] not in lex.participles or index < 3 or words[index - 1] not in {"et", "mais"}:
        return False
    return any(w in lex.auxiliaries for w in words[max(0, index - 20) : index - 1])


def clitic(words: list[str], index: int, lex: Lexicon) -> bool:
    """ "Cette source l'assure, …" / "Le maire le reconnaît, …": *l'* / *le* is the object
    pronoun of a verb closed by a comma, not the article of a noun after a preposition ("dans
    l'annonce", « planifié à l'avance, a précisé X »: no clitic follows « à »); any object
    clitic right after the verb's subject (« X les accusent de… », « Ce dernier leur
    déclare… », « Le personnel médical le jugeait apte… »)."""
    if lex.language != "fr" or index < 2:
        return False
    clitics = lex.word_set("clitics_after_subject")
    if words[index - 1] in clitics and _subject_before(words, index - 1, lex):
        return True  # « Le procureur l'estime coupable », « X les accusent de », « qui lui… »
    if words[index - 1] not in {"l'", "le", "en"}:
        return False
    if words[index - 2] == "comme" or words[index - 3 : index - 1] == ["ainsi", "que"]:
        return True  # "comme le souligne X", "ainsi que l'explique X"
    if words[index - 2] in {"il", "elle", "ils", "elles", "on"}:
        return True  # "Il le nie en bloc", "Elle l'assure"
    if words[index - 2] in {"qui", "nous", "vous", "me"} and "qui" in words[index - 3 : index - 1]:
        return True  # "c'est le Parisien qui (nous) le raconte"
    if index + 1 < len(words) and words[index + 1] not in {",", ".", ":"}:
        return False
    before = words[index - 2]
    if not before.replace("-", "").isalpha() or before in cue_determiners(lex):
        return False
    if before in lex.word_set("article_leads"):  # « dans l'annonce »: an article
        return False
    for word in reversed(words[: index - 1]):  # no verb yet in the clause: "Il a fait l'annonce"
        if word in {",", ";", ":"}:
            break
        if word in lex.auxiliaries or word in lex.finite or word in lex.participles:
            return False
    return True


def _subject_before(words: list[str], clitic_at: int, lex: Lexicon) -> bool:
    """An object clitic (« les », « leur », « lui »; « le », « la », « l' » only before a
    form no noun has, « jugeait », « estiment ») between the verb and its subject: « qui », a
    subject pronoun, or a noun phrase opening its clause (a determiner or a name first, its
    complements « de la cité X » within) with no verb, function word or adverb in it, which
    would make the clitic an article (« ont alors donné l'alerte », « Bref, la demande »)."""
    if words[clitic_at - 1] in {"qui", "il", "elle", "ils", "elles", "on"}:
        return True
    if _article_before_noun(words, clitic_at, lex):
        return False  # « Le maire reçoit la demande »: « demande » may be a noun
    at = clitic_at - 1
    marks, leads = lex.word_set("complement_marks"), lex.word_set("article_leads")
    while at >= 0 and words[at].replace("-", "").replace("'", "").isalpha():
        word, before = words[at], words[at - 1] if at else ""
        complement = before in marks
        if word in marks or (complement and word in cue_determiners(lex)):
            at -= 1  # « de la cité », « du parti »
            continue
        if word in cue_determiners(lex) or word in lex.word_set("subject_quantifiers"):
            return at < clitic_at - 1 and _clause_opens(words, at)
        if word in lex.raw_set("function_words") or word in leads or _verbal(word, lex):
            return False
        at -= 1
    return _clause_opens(words, at + 1) and at + 1 < clitic_at  # a name opening the clause


def _article_before_noun(words: list[str], clitic_at: int, lex: Lexicon) -> bool:
    """« le », « la », « l' » may be an article unless the word after ends as no noun does
    (« jugeait »). The elided « l' » before a verb form of a cue that opens its « de » or
    « que » complement is the object pronoun, the one accused or told (« Paul Durand l'accuse
    d'avoir menti », « X l'avertit que… »): « l'accusé » and « l'accusation » are no finite
    forms, and « X l'affirme ce matin » is left as it was, its object the thing said."""
    if words[clitic_at] not in {"le", "la", "l'"}:
        return False
    after = words[clitic_at + 1 : clitic_at + 3]
    told = len(after) == 2 and after[1] in {"de", "d'", "que", "qu'"}
    if words[clitic_at] == "l'" and told and after[0] in lex.finite:
        return False
    return not after[0].endswith(_verb_only_endings(lex))


@built_once
def _verb_only_endings(lex: Lexicon) -> tuple[str, ...]:
    """The endings no noun has (lexicon ``verb_only_endings``), as ``str.endswith`` takes them."""
    return tuple(lex.words("verb_only_endings"))


def _verbal(word: str, lex: Lexicon) -> bool:
    forms = word in lex.finite or word in lex.auxiliaries or word in lex.participles
    return forms or ment_adverb(word) or word in lex.word_set("adverbs_between")


def _clause_opens(words: list[str], at: int) -> bool:
    return at == 0 or words[at - 1] in {",", ";", ":", "(", "«", "»", '"', "“", "”", "."}


def modal(words: list[str], index: int, lex: Lexicon, *, reflexive: bool = False) -> int | None:
    """ "avait dû reconnaître", "a tenu à préciser", "doit admettre": a modal verb (after its
    auxiliary) and the infinitive of a reporting verb; the index of the infinitive. Past the
    listed modals, any verb after an auxiliary or a reflexive pronoun that governs a reporting
    infinitive opening a « que » clause (« a tenté d'expliquer que », ``governed``)."""
    being = lex.word_set("being_auxiliaries")
    auxiliary = words[index] in lex.auxiliaries or words[index] in being
    at = after_adverbs(words, index + 1, lex) if auxiliary else index  # "est allé jusqu'à"
    if at >= len(words):
        return None
    if words[at] not in lex.word_set("modal_verbs"):
        if not (reflexive or at > index):
            return None
        return governed_infinitive(words, at, lex, infinitives(lex), by_place=reflexive)
    nxt = after_adverbs(words, at + 1, lex)  # "allant même jusqu'à demander"
    for _ in range(2):  # "a tenu à", "est allé jusqu'à"
        if nxt < len(words) and words[nxt] in lex.word_set("modal_links"):
            nxt += 1
    return nxt if nxt < len(words) and words[nxt] in infinitives(lex) else None


def impersonal_purpose(words: list[str], index: int, lex: Lexicon) -> bool:
    """« il est encore trop tôt pour dire si… », « c'était bien trop tôt pour affirmer que… »:
    the infinitive after « pour » ends an impersonal frame (« il » or « c' », a form of
    « être », then only degree adverbs and a predicate of the lexicon's impersonal_predicates),
    so no one says it; not « Il est venu pour dire que… », « Il est intervenu trop tard pour
    démentir… » (a person's act, no predicate right after « être »)."""
    if index < 4 or words[index - 1] != "pour":
        return False
    predicates = lex.word_set("impersonal_predicates")
    if words[index - 2] not in predicates:
        return False
    at = index - 3  # back over the degree words to « être »: "est encore trop tôt pour"
    while at > 0 and (words[at] in predicates or words[at] in lex.word_set("degree_adverbs")):
        at -= 1
    being = words[at] in lex.word_sets("being_auxiliaries", "impersonal_being_verbs")
    return being and at > 0 and words[at - 1] in lex.word_set("impersonal_subjects")


@built_once
def infinitives(lex: Lexicon) -> frozenset[str]:
    lemmas = list(lex.raw.get("regular_verbs", [])) + list(lex.raw.get("irregular_forms", {}))
    return frozenset(fold(w) for w in lemmas)


@built_once
def french_openers(lex: Lexicon) -> frozenset[str]:
    """Every word a French cue can start on, so that the cue finder passes over the others
    (four words in five) without running each stage on them: the first words of the
    lexicon's phrases (fixed cues, narrative infinitives, stances, "selon" and « à ses
    yeux »), the verb forms, auxiliaries and modals, and the words a stage of cue_forms tests
    itself. A stage that starts a cue on a word of another kind must add that word here."""
    phrases = [lex.fixed_cues, *(lex.phrases(key) for key in _OPENING_PHRASES)]
    firsts = {phrase[0] for listed in phrases for phrase in listed}
    verbs = lex.finite | lex.participles | lex.auxiliaries | infinitives(lex)
    verbs = verbs | lex.word_set("being_auxiliaries")
    listed = lex.word_sets("modal_verbs", "negated_only_cues", "apposed_stance_adjectives")
    return frozenset(firsts | verbs | listed | _OPENING_WORDS)


_OPENING_PHRASES = ("narrative_infinitive", "opening_narrative_infinitive", "that_cues",
                    "possessive_according", "according_to_strong")  # fmt: skip
# « Et X de répondre », « après avoir dit », « s'est dit », « A l'en croire » (the sentence's
# « à » without its accent), « pour X, … », "…, per the report"
_OPENING_WORDS = frozenset({"de", "d'", "avoir", "se", "s'", "a", "pour", "per"})


def reflexive(words: list[str], index: int, lex: Lexicon) -> tuple[int, int, str] | None:
    nxt = index + 1
    if nxt < len(words) and words[nxt] in lex.reflexive_finite:
        return index, nxt, "verb"
    if nxt < len(words) and words[nxt] in lex.reflexive_auxiliaries:
        end = after_adverbs(words, nxt + 1, lex)
        if end < len(words) and words[end] in lex.reflexive_participles:
            return index, end, "verb"
        infinitive = modal(words, end, lex, reflexive=True)  # "s'est empressé de nier…"
        return (index, infinitive, "verb") if infinitive is not None else None
    infinitive = modal(words, nxt, lex, reflexive=True) if nxt < len(words) else None
    return (index, infinitive, "verb") if infinitive is not None else None


def fixed_after_adverbs(words: list[str], index: int, lex: Lexicon) -> int | None:
    """ "a d'ailleurs mis en garde", "a-t-on encore fait valoir": a fixed compound cue of the
    lexicon with adverbs between its auxiliary and the rest, or with an inverted auxiliary
    the lexicon writes in its plain form only; the index of its last word."""
    word = words[index]
    if word not in lex.auxiliaries:
        return None
    if index > 0 and words[index - 1] in lex.word_set("negation_particles"):
        return None
    end = after_adverbs(words, index + 1, lex)
    plain = word.split("-")[0]  # a-t-on -> a, ont-ils -> ont
    if end == index + 1 and plain == word:
        return None  # the lexicon's own phrase, already matched
    for auxiliary in dict.fromkeys((word, plain)):
        last = fixed_cue_end(auxiliary, words, end, lex)
        if last is not None:
            return last
    return None


def object_first(lex: Lexicon, form: str, between: str) -> bool:
    """An object between a verb that reports only in a speech shape and « que » / "that":
    the clause is a relative in the object, nothing said (« a remercié les bénévoles que la
    ville a recrutés », "welcomed the delegation that arrived"). A French relay or hearer
    (« a lancé aux élus que… », a verb of notice: « a averti les élus que… ») stays allowed."""
    bare = re.sub(r"-t$|^s'", "", form.split("-t-")[0])
    if bare not in lex.word_set("speech_shape_forms") or bare in notice_forms(lex):
        return False
    first = folded_words(between)[:1]
    if lex.language != "fr":
        return bool(first)
    relay = bool(first) and first[0] in lex.word_set("relay_markers")
    return bool(first) and first[0] in lex.word_set("determiners") and not relay


@built_once
def notice_forms(lex: Lexicon) -> frozenset[str]:
    """Every form of the verbs of notice, whose object is the one told (« a averti X que »)."""
    return frozenset(f for lemma in lex.raw.get("notice_verbs", []) for f in verb_forms(lex, lemma))


def alias(words: list[str], index: int, lex: Lexicon) -> bool:
    """« Ali Traoré, dit « Sofiane », a été tué »: a bare « dit » (lexicon alias_words) after
    a name, before a quoted name of one to three words, gives a nickname and reports nothing;
    « Paul Roux, dit « comprendre la colère » » (no capital in the quotation) still reports."""
    original = lex.cache.get("current_tokens")
    if words[index] not in lex.word_set("alias_words") or not original or index < 1:
        return False
    before = index - 2 if words[index - 1] == "," else index - 1
    if before < 0 or not original[before][:1].isupper() or words[index + 1 : index + 2] == []:
        return False
    if words[index + 1] not in QUOTE_MARK_TOKENS:
        return False
    inside = words[index + 2 : index + 6]
    closing = next((at for at, w in enumerate(inside) if w in QUOTE_MARK_TOKENS), None)
    if closing is None or closing == 0:
        return False
    named = original[index + 2 : index + 2 + closing]
    articles = lex.word_set("nickname_articles")
    lead = named[1:] if fold(named[0]) in articles and len(named) > 1 else named
    return lead[0][:1].isupper() and all(w[:1].isalpha() for w in named)
