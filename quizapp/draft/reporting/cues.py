"""Finding the cues of attribution in a sentence: reporting verbs in all their forms, and
"selon / d'après / according to" phrases.

Verbs are matched on word tokens against the lexicon's sets (a compound form is an auxiliary,
up to two adverbs, then a participle; a French reflexive form starts with se / s'), never
inside a quotation: the words a speaker says are not the article's cue.
"""

from __future__ import annotations

from dataclasses import dataclass

from quizapp.draft.reporting.cue_forms.adverb_slot import clause_opens_after
from quizapp.draft.reporting.cue_forms.after_quote import verb_after_quotation
from quizapp.draft.reporting.cue_forms.phrases import according_phrase, possessor
from quizapp.draft.reporting.cue_forms.reporting_verb import reporting_verb
from quizapp.draft.reporting.cue_forms.set_phrases import after_pour, after_sequence_lead
from quizapp.draft.reporting.cue_forms.verb_forms import cue_determiners, french_openers
from quizapp.draft.reporting.english_cue_forms.english_cues import english_openers
from quizapp.draft.reporting.english_cue_forms.purpose import purpose_infinitive
from quizapp.draft.text.segment import Span, Token
from quizapp.draft.words.lexicon import Lexicon, built_once, fold, listed_verb_forms

_INVERTED = ("-t-il", "-t-elle", "-t-on", "-il", "-elle", "-ils", "-elles", "-on")


@dataclass(frozen=True)
class Cue:
    """A reporting verb or an "according to" phrase, as token indexes into its sentence."""

    first: int
    last: int  # inclusive
    span: Span
    kind: str  # verb | according
    pronoun: str | None  # the subject carried by an inverted form (a-t-il -> il)
    participle: bool = False  # "arguing…", "affirmant que…": the subject is the sentence's


def find_cues(tokens: list[Token], outside: list[bool], lex: Lexicon) -> list[Cue]:
    """Every cue of a sentence, in order, none overlapping another."""
    words = [fold(t.text) for t in tokens]
    lex.cache["current_tokens"] = [t.text for t in tokens]
    french = lex.language == "fr"
    openers = french_openers(lex) if french else english_openers(lex)
    cues: list[Cue] = []
    index = 0
    while index < len(tokens):
        opens = words[index] in openers  # four words in five: no cue starts on them
        found = _cue_words_at(words, index, outside[index], lex) if opens else None
        if found is None and french and outside[index]:  # none other, as it tests first
            found = verb_after_quotation(tokens, words, outside, index, lex)
        if found is None:
            index += 1
            continue
        cue = _cue(tokens, words, _with_quote_marks(words, *found), lex)
        cues.append(cue)
        index = cue.last + 1
    return cues


def _cue_words_at(
    words: list[str], index: int, outside: bool, lex: Lexicon
) -> tuple[int, int, str] | None:
    """The cue starting at ``index``: an "according to" phrase or a reporting verb outside
    quotations, inside them only a verb quoted alone ("Le maire « regrette » la décision").
    Only called on a word of ``french_openers`` or ``english_openers``: no cue starts on the
    others."""
    if outside:
        found = according_phrase(words, index, lex) or reporting_verb(words, index, lex)
        away = found and (
            _direct_only_away(words, found, lex)
            or _wish_without_clause(words, found, lex)
            or _rule_demanding(words, found, lex)
        )
        return None if away else found
    if _quoted_alone(words, index, lex):
        return reporting_verb(words, index, lex)
    return None


def _direct_only_away(words: list[str], found: tuple[int, int, str], lex: Lexicon) -> bool:
    """ "She continued: “…”", "“…,” he went on": verbs that report only direct speech
    (lexicon ``direct_speech_only_forms``) report nothing away from a quotation or a colon
    ("talks would continue on Monday", "as travel disruption continues")."""
    first, last, _ = found
    if not lex.word_set("direct_speech_only_forms").intersection(words[first : last + 1]):
        return False
    if words[last + 1 : last + 2] in ([":"], ["“"], ['"'], ["«"]):
        return False
    return not any(w in {"”", '"', "»"} for w in words[max(0, first - 4) : first])


def _wish_without_clause(words: list[str], found: tuple[int, int, str], lex: Lexicon) -> bool:
    """« veut rester », « aimerait une piscine », « …, veut la tradition »: a verb of wishing
    (lexicon ``clause_wish_verbs``) tells an intent, not words, unless a « que » clause follows
    it (« veut que le maire prenne position », adverbials between: recall44), and even then
    reports nothing in the shapes where no one says the clause (mend44a, ``_unsaid_wish``; a
    thing wanting, ``_rule_demanding``, is read before with the verbs of demanding)."""
    first, last, _ = found
    cue_words = words[first : last + 1]
    if cue_words[-1].split("-")[0] not in listed_verb_forms(lex, "clause_wish_verbs"):
        return False  # « veut-il » is read as « veut »
    if _carried_pronoun(cue_words, lex):  # « veut-il que… ? »: a question, no one's words
        return True
    return not clause_opens_after(words, last + 1, lex) or _unsaid_wish(words, first, lex)


def _unsaid_wish(words: list[str], first: int, lex: Lexicon) -> bool:
    """A wish whose « que » clause no one says (mend44a): a question (the sentence ends in
    « ? »), or a relative clause between commas (« Les habitants, qui veulent que la route
    soit fermée, ont manifesté »), whose clause the sentence's own verb would run on into.
    A thing wanting (« La tradition veut que ») is ``_rule_demanding``'s."""
    return "?" in words[first:] or words[max(0, first - 2) : first] == [",", "qui"]


def _rule_demanding(words: list[str], found: tuple[int, int, str], lex: Lexicon) -> bool:
    """A verb of wanting or demanding (lexicon ``demand_verbs``) after a custom, chance or a
    body of rules (``unspeaking_subjects``: « La tradition exige que », « Le hasard a voulu
    que », « la réglementation exige une distance »): what follows is what it requires, no
    one's words. A written text (``written_rule_subjects``) stating or demanding (« La loi
    stipule que », « La loi demande que ») is a speaker in the keys, and only a wish after it
    (« La loi veut que », mend44a) reports nothing. leftover45 added the verbs of demanding;
    mend45b gave the written texts back their demands and reads the head after a pointing
    determiner (« Cette tradition ») or before one adjective (« La tradition locale »)."""
    first, last, _ = found
    head = _ruling_head(words, first, lex)
    if head is None:
        return False
    verb = words[last].split("-")[0]
    if head in lex.word_set("written_rule_subjects"):
        return verb in listed_verb_forms(lex, "clause_wish_verbs")
    return verb in listed_verb_forms(lex, "demand_verbs")


def _ruling_head(words: list[str], first: int, lex: Lexicon) -> str | None:
    """The rule, custom or chance opening a noun phrase right before the cue at ``first``
    (a determiner, the head, at most one lower-case adjective), or None: the head is read
    only after a determiner (« Michel Raison veut que » is a name)."""
    heads = lex.word_sets("unspeaking_subjects", "written_rule_subjects")
    determiners = lex.word_sets("title_determiners", "pointing_determiners")
    for at in (first - 1, first - 2):
        if at < 1 or words[at] not in heads or words[at - 1] not in determiners:
            continue
        if at == first - 1 or _adjective_word(words[first - 1], lex):
            return words[at]
    return None


def _adjective_word(word: str, lex: Lexicon) -> bool:
    """A word that may be an adjective between a head and its verb (« locale »): alphabetic,
    no clitic nor pronoun (« La tradition ne veut pas », « La coutume lui impose »)."""
    barred = lex.word_sets("verb_clitics", "subject_clitics", "indirect_object_clitics")
    return word.isalpha() and word not in barred


def _cue(tokens: list[Token], words: list[str], found: tuple[int, int, str], lex: Lexicon) -> Cue:
    """The cue over tokens ``found`` (first, last, kind), with the subject its form carries:
    a participle's or purpose infinitive's (the sentence's), an inverted pronoun, a
    possessive ("à ses yeux"), an English impersonal voice ("it is understood")."""
    first, last, kind = found
    span = (tokens[first].start, tokens[last].end)
    cue_words = words[first : last + 1]
    participle = _participle_cue(cue_words, lex)
    participle = participle or (kind == "verb" and _purpose_infinitive(words, first, last, lex))
    participle = participle or (cue_words[0] == "avoir" and words[first - 1 : first] == ["après"])
    pronoun = ("he" if lex.language == "en" else "il") if participle else None
    pronoun = pronoun or _carried_pronoun(cue_words, lex) or possessor(cue_words, kind, lex)
    impersonal = " ".join(cue_words) in lex.word_set("impersonal_object_cues")
    if (cue_words[0] in {"it", "it's"} or impersonal) and lex.language == "en":
        pronoun = " ".join(cue_words)  # "it is understood", "concerns were raised about"
        pronoun = "it is" + pronoun[4:] if cue_words[0] == "it's" else pronoun  # "it's known"
    return Cue(first, last, span, kind, pronoun, participle)


def _with_quote_marks(words: list[str], first: int, last: int, kind: str) -> tuple[int, int, str]:
    """A quoted verb ("a « salué »", "« regrette »") is a cue with both its marks, so what it
    reports starts after them."""
    opened = "«" in words[first : last + 1] or "“" in words[first : last + 1]
    if first > 0 and words[first - 1] in {"«", "“"}:
        first, opened = first - 1, True
    if opened and words[last + 1 : last + 2] in (["»"], ["”"]):
        last += 1
    return first, last, kind


def _quoted_alone(words: list[str], index: int, lex: Lexicon) -> bool:
    """A word quoted on its own between French or curly marks, after its subject (not after
    a preposition or a determiner: "traité de « lâche »" quotes an insult, not a verb)."""
    around = words[index - 1 : index + 2] if index > 1 else []
    if around[:1] + around[2:] not in (["«", "»"], ["“", "”"]):
        return False
    before = words[index - 2]
    if before in cue_determiners(lex) or before in lex.word_set("not_subject_words"):
        return False
    return before not in lex.word_set("quoted_word_links")


def _participle_cue(cue_words: list[str], lex: Lexicon) -> bool:
    """ "affirmant", "faisant état", "tout en sachant", « se disant »: a present participle
    leads the cue,
    so the subject of the sentence says it."""
    skipped = lex.word_set("reflexive_pronouns")  # « se disant prête à… »
    lead = [w for w in cue_words if w not in {"tout", "en"} and w not in skipped]
    if not lead or (len(lead) > 2 and lex.language == "fr"):
        return False
    if len(cue_words) == 1 and cue_words[0] in lex.word_set("apposed_stance_adjectives"):
        return True  # « …, convaincue que… »: the sentence's subject, as a participle's
    return (len(cue_words) == 1 or lex.language == "fr") and _is_participle(lead[0], lex)


def _is_participle(word: str, lex: Lexicon) -> bool:
    return len(word) > 5 and word.endswith("ing" if lex.language == "en" else "ant")


def _carried_pronoun(words: list[str], lex: Lexicon) -> str | None:
    """The subject a cue's own words carry, to be resolved like a pronoun: a narrative
    infinitive (« Et de conclure », « Avant de poursuivre ») continues the last speaker; an
    inverted verb (« estime-t-elle ») names its pronoun."""
    reflexive = words[2:3] and words[2] in lex.word_set("reflexive_pronouns")
    if len(words) == 3 + bool(reflexive) and words[0] in _narrative_leads(lex):
        return "il"  # the narrative infinitive continues the last speaker, « Et de s'étonner »
    for word in words:
        for suffix in _INVERTED:
            if word.endswith(suffix) and len(word) > len(suffix):
                return suffix.rsplit("-", 1)[1]
    return None


@built_once
def _narrative_leads(lex: Lexicon) -> frozenset[str]:
    """The first words of the lexicon's narrative infinitives (``narrative_infinitive``: « et
    de », ``opening_narrative_infinitive``: « avant de »), read there rather than written
    here again (review26)."""
    keys = ("narrative_infinitive", "opening_narrative_infinitive")
    return frozenset(phrase[0] for key in keys for phrase in lex.phrases(key) if phrase)


def _purpose_infinitive(words: list[str], first: int, last: int, lex: Lexicon) -> bool:
    """ "Il a réuni la presse pour démentir…", "…, avant de souligner que…", "Locals took
    to Facebook to vent…" (english55): the subject of the sentence says it."""
    lead = first > 0 and (after_pour(words, first) or after_sequence_lead(words, first, lex))
    return (first == last and lead) or purpose_infinitive(words, first, lex)
