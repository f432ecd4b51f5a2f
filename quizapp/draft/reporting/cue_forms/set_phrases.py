"""Cues the lexicon lists as phrases, and how each is read: a French infinitive after « pour »
or « avant de » (« pour démentir »), a narrative infinitive (« Et de conclure »), a fixed phrase
(« fait savoir », "it is understood"), a request or a phrase split by its object ("urged X
to"), a stance before its clause ("are worried that"). Moved out of reporting_verb.py (tidy23):
cut into its readings, this longest function of it would have taken it past 300 lines.
``reporting_verb`` asks ``set_phrase_cue`` first for every word.
"""

from __future__ import annotations

from quizapp.draft.reporting.cue_forms.adverb_slot import fixed_in_simple_tense
from quizapp.draft.reporting.cue_forms.narrative import narrative_with_subject
from quizapp.draft.reporting.cue_forms.negation import negated
from quizapp.draft.reporting.cue_forms.phrases import match_phrase
from quizapp.draft.reporting.cue_forms.verb_forms import (
    cue_determiners,
    fixed_after_adverbs,
    impersonal_purpose,
    infinitives,
)
from quizapp.draft.reporting.english_cue_forms.english_cues import (
    NOT_A_CUE,
    Match,
    judging_as,
    possessed_object,
    split_phrase_cue,
)
from quizapp.draft.reporting.english_cue_forms.english_forms import (
    impersonal_voice,
    reads_as_clause,
)
from quizapp.draft.reporting.english_cue_forms.english_requests import past_adverbs, request_cue
from quizapp.draft.reporting.english_cue_forms.english_subjects import (
    tokens_capitalised,
    unbound_base_form,
)
from quizapp.draft.reporting.english_cue_forms.that_follows import that_follows
from quizapp.draft.reporting.english_cue_forms.unstated import unstated
from quizapp.draft.reporting.english_cue_forms.wishes import wish_to_see_is_no_demand
from quizapp.draft.words.lexicon import Lexicon


def _reporting_infinitive(words: list[str], index: int, lex: Lexicon) -> bool:
    word = words[index]
    lead = after_pour(words, index) or after_sequence_lead(words, index, lex)
    if not lead or word not in infinitives(lex):
        return False
    despite = lex.word_set("purpose_despite_shape")  # « pour préciser que »
    return word not in lex.word_set("needs_speech_shape") or word in despite


def after_sequence_lead(words: list[str], index: int, lex: Lexicon) -> bool:
    """ "…, a-t-il indiqué, avant de souligner que…": an infinitive after « avant de »
    (lexicon sequence_infinitive_leads) is the next thing the sentence's subject said."""
    return (
        lex.language == "fr"
        and index > 1
        and tuple(words[index - 2 : index]) in lex.phrases("sequence_infinitive_leads")
    )


def after_pour(words: list[str], index: int) -> bool:
    """ "pour démentir…" or "pour démentir … et annoncer…" (a second infinitive)."""
    if words[index - 1] == "pour":
        return True
    return words[index - 1] == "et" and "pour" in words[max(0, index - 25) : index - 2]


def opening_purpose(words: list[str], index: int) -> bool:
    """« Pour prévenir les risques, le maire a pris un arrêté », « Pour expliquer ce retard,
    le directeur a évoqué… »: a purpose clause that opens its sentence says why the main clause
    acts, and what follows is that act, not words of the infinitive; its object is no one's
    statement (the main clause's own cue, if any, still reports). Counted (precision28): over
    the corpus no key reads such an infinitive as a cue (53 sentences open so), and the four
    findings it made, in four batches, matched no key."""
    leads = [at for at in range(max(0, index - 25), index) if words[at] == "pour"]
    return bool(leads) and leads[-1] == 0


def set_phrase_cue(words: list[str], index: int, lex: Lexicon) -> Match | None:
    """Cues the lexicon lists as phrases: "pour démentir", "Et de conclure", "fait savoir",
    "it is understood", "are worried that". Each reading decides (a cue, or ``NOT_A_CUE``)
    or leaves the word to the next; their order is the rules' priority."""
    return (
        _infinitive_cue(words, index, lex)
        or _fixed_cue(words, index, lex)
        or _request_cue(words, index, lex)
        or _stance_cue(words, index, lex)
        or _feeling_cue(words, index, lex)
        or _apposed_stance_cue(words, index, lex)
    )


def _infinitive_cue(words: list[str], index: int, lex: Lexicon) -> Match | None:
    """A French infinitive that reports after « pour » or « avant de » (unless an impersonal
    purpose), a narrative infinitive (« Et de conclure »), with its subject or not."""
    if lex.language == "fr" and index > 0 and _reporting_infinitive(words, index, lex):
        aside = impersonal_purpose(words, index, lex) or opening_purpose(words, index)
        return NOT_A_CUE if aside else (index, index, "verb")
    narrative = match_phrase(words, index, lex.phrases("narrative_infinitive"))
    narrative = narrative or _opening_narrative(words, index, lex)
    taken = _narrative_verb(words, index + narrative, lex) if narrative else 0
    if taken:
        return index, index + narrative + taken - 1, "verb"  # "Et de conclure : «…»"
    if narrative_with_subject(words, index, lex):
        return index, index + 1, "verb"  # « Et le maire de répondre : «…» »
    return None


def _narrative_verb(words: list[str], at: int, lex: Lexicon) -> int:
    """How many words the reporting infinitive after « Et de » takes: one (« conclure »),
    two with its reflexive pronoun (« s'interroger », « se demander »); 0 for none. A
    reflexive infinitive continues the last speaker as the plain one does (« Et de
    s'interroger sur le coût du terrain », objects33)."""
    word = words[at] if at < len(words) else ""
    following = words[at + 1] if at + 1 < len(words) else ""
    if word in lex.lemmas:
        return 1
    return 2 if word in lex.word_set("reflexive_pronouns") and following in lex.lemmas else 0


def _opening_narrative(words: list[str], index: int, lex: Lexicon) -> int:
    """« Avant de poursuivre : « … » », « Avant d'ajouter qu'il… »: opening a sentence and
    followed by what a speaker says, « Avant de » continues the last speaker as « Et de »
    does (lexicon ``opening_narrative_infinitive``); elsewhere, or before anything else
    (« Avant de répondre aux questions, le maire… »), it is a time clause: the length of the
    lead, or 0."""
    lead = match_phrase(words, index, lex.phrases("opening_narrative_infinitive"))
    if index != 0 or not lead:
        return 0
    follower = words[lead + 1 : lead + 2]
    return lead if follower and follower[0] in lex.word_set("opening_narrative_followers") else 0


def _fixed_cue(words: list[str], index: int, lex: Lexicon) -> Match | None:
    """A fixed phrase of the lexicon (« fait savoir »), or an English impersonal voice ("it
    is understood"): none when negated in French, nor before too short an object."""
    fixed = match_phrase(words, index, lex.fixed_cues)
    fixed = fixed or (lex.language == "en" and impersonal_voice(words, index, lex))
    if fixed and lex.language == "fr" and negated(words, index, lex):
        return NOT_A_CUE  # "n'a jamais fait part de…"
    if fixed and _english_noun_phrase(words, index, lex):
        return NOT_A_CUE  # "responding to calls for service", "the calls for reform"
    if fixed and _unstated_phrase(words, index, fixed, lex):
        return NOT_A_CUE  # "did not have concerns about", "residents who have concerns over"
    if fixed and lex.language == "en" and wish_to_see_is_no_demand(words, index, fixed, lex):
        return NOT_A_CUE  # "what they want to see in their area", "who would like to see"
    if fixed and not _short_object(words, index, fixed, lex):
        return _progressive_lead(words, index, lex), index + fixed - 1, "verb"
    return None


def _unstated_phrase(words: list[str], index: int, length: int, lex: Lexicon) -> bool:
    """An English phrase of ``object_phrase_cues`` ("raised concerns about", "want to see")
    denied, in a subject relative or put off by a modal (``english_cue_forms/unstated``)."""
    phrase = tuple(words[index : index + length])
    if lex.language != "en" or phrase not in lex.phrases("object_phrase_cues"):
        return False
    return unstated(words, index, lex)


def _english_noun_phrase(words: list[str], index: int, lex: Lexicon) -> bool:
    """An English phrase opening on an -s form ("calls for", "demands that") after a
    determiner, a preposition ("to calls for help") or an -ing verb ("answering calls for
    information"; not a name written so: "Boeing calls for", "Sarah Fleming points out") is a
    plural noun, not the verb of a subject: nobody is reported."""
    word, before = words[index], words[index - 1] if index > 0 else ""
    if lex.language != "en" or word in lex.auxiliaries:
        return False
    if not word.endswith("s"):
        noun = _determined(words, index, lex) or unbound_base_form(words, index, lex)
        return not word.endswith(tuple(lex.words("base_form_barred_endings"))) and noun
    noun_lead = before in cue_determiners(lex) or before in lex.word_set("prepositions_before_noun")
    gerund = len(before) > 5 and before.endswith("ing")
    return noun_lead or (gerund and not tokens_capitalised(words, index - 1, lex))


def _determined(words: list[str], index: int, lex: Lexicon) -> bool:
    """A base form after a determiner or a possessive, maybe past an opening quotation mark
    ("a ‘call for sites’", "Mr Grieve’s call for MPs to…"): a noun, not the verb of a subject
    (english36; "went further to call for" stays a verb)."""
    at = index - 1 - (index > 1 and words[index - 1] in lex.word_set("opening_quote_marks"))
    before = words[at] if at >= 0 else ""
    return before in cue_determiners(lex) or before.endswith(("'s", "’s"))


def _request_cue(words: list[str], index: int, lex: Lexicon) -> Match | None:
    """A request, a judging verb or a phrase split by its object ("urged X to", "apologized
    to X for"); in French, a fixed phrase with adverbs inside (« a aussi fait savoir »)."""
    request = request_cue(words, index, lex) or judging_as(words, index, lex)  # "urged X to"
    request = request or split_phrase_cue(words, index, lex)  # "apologized to X for"
    if request is not None:
        start = min(request[0], _progressive_lead(words, index, lex))  # "signed a petition asking"
        return start, request[1], "verb"
    adverbial = fixed_after_adverbs(words, index, lex) if lex.language == "fr" else None
    if adverbial is None and lex.language == "fr":
        adverbial = fixed_in_simple_tense(words, index, lex)  # « met quant à elle en avant »
    if adverbial is not None:
        return index, adverbial, "verb"  # "a-t-on encore fait valoir", "a aussi fait savoir"
    return None


def _stance_cue(words: list[str], index: int, lex: Lexicon) -> Match | None:
    """A stance before its clause (lexicon ``that_cues``), with "that" or with a clause after
    it and a subject that is no pronoun before it: "Investors are worried (that) the…"."""
    stance = match_phrase(words, index, lex.phrases("that_cues"))
    clause = stance and reads_as_clause(lex, " ".join(words[index + stance : index + stance + 9]))
    clause = (
        clause and words[index - 1 : index] != [] and words[index - 1] not in lex.raw["pronouns"]
    )
    if stance and (that_follows(words, index + stance, lex) or clause):
        return index, index + stance - 1, "verb"  # "Investors are worried (that) the…"
    return None


def _feeling_cue(words: list[str], index: int, lex: Lexicon) -> Match | None:
    """« Les gérants sont déçus que… », « Elle est consciente que… »: a copula in any tense
    (lexicon ``colon_stance_copulas``), at most three adverbs (``colon_stance_degrees``,
    ``adverbs_between``), an adjective of feeling or certainty (``que_stance_adjectives``),
    then « que »: the subject's stance on the clause, as the listed « est convaincu que » is
    (recall25). Never after an impersonal subject (« Il est certain que », « C'est sûr
    que »: lexicon ``que_stance_impersonal``), nor negated."""
    copula = match_phrase(words, index, lex.phrases("colon_stance_copulas"))
    if not copula or lex.language != "fr" or negated(words, index, lex):
        return None
    if index and words[index - 1] in lex.word_set("que_stance_impersonal"):
        return None
    at = index + copula
    for _ in range(3):
        adverb = match_phrase(words, at, lex.phrases("colon_stance_degrees"))
        adverb = adverb or match_phrase(words, at, lex.adverbs)
        if not adverb:
            break
        at += adverb
    feeling = at < len(words) - 1 and words[at] in lex.word_set("que_stance_adjectives")
    subordinate = feeling and words[at + 1] in lex.word_set("subordinators")
    return (index, at, "verb") if subordinate else None


def _apposed_stance_cue(words: list[str], index: int, lex: Lexicon) -> Match | None:
    """« La fédération a appelé à soutenir le mouvement, convaincue que… », « …, a-t-elle
    ajouté, persuadée que des recours seront déposés »: an adjective of conviction set
    after a comma (lexicon ``apposed_stance_adjectives``), then « que », is the stance of
    the sentence's subject on the clause after it, as « estimant que » is (recall30)."""
    if index < 1 or words[index - 1] != "," or index + 1 >= len(words):
        return None
    if words[index] not in lex.word_set("apposed_stance_adjectives"):
        return None
    return (index, index, "verb") if words[index + 1] in lex.word_set("subordinators") else None


def _short_object(words: list[str], index: int, length: int, lex: Lexicon) -> bool:
    """An English demand or feeling with fewer than three words of object before a mark
    ("called for help.", "apologized for the remarks, saying…") is no cue of its own; an
    opening quotation mark is no such mark ("called for “a substantial offer…”",
    speakers17)."""
    if " ".join(words[index : index + length]) not in lex.word_set("object_phrase_cues"):
        return False
    after = words[index + length : index + length + 4]
    after = (after[1:] if after[:1] in (["“"], ['"'], ["‘"]) else after)[:3]
    if possessed_object(after, lex):
        return False  # "called for his resignation."
    return len(after) < 3 or any(not w[:1].isalnum() for w in after)


def _progressive_lead(words: list[str], index: int, lex: Lexicon) -> int:
    """An English phrase cue in -ing starts at its auxiliary ("is calling for", "have been
    speaking out against"), which is no part of the subject before it, past the adverbs
    between ("are now calling on", english37)."""
    if lex.language != "en" or not words[index].endswith("ing") or index == 0:
        return index
    at = past_adverbs(words, index, lex)
    if at == 0 or words[at - 1] not in {"is", "are", "was", "were", "been", "am"}:
        return index
    perfect = at > 1 and words[at - 1] == "been" and words[at - 2] in lex.auxiliaries
    return at - 1 - perfect
