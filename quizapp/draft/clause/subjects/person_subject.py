"""The subject of a sentence's main verb when it is a person or a body, read without the
reporting lexicon: a sentence of narration (« Le maire a ouvert la séance en rappelant… »,
« Elle montre la vitrine brisée… ») has a verb no list of verbs of saying holds, so the
subject is read from the noun phrase that opens the clause, and the verb is only the first
lower-case word past it that is no function word.

Three subjects are read: a third person pronoun (« il », « elle », « ils », « elles »; never
« on », nor an impersonal « il faut »), a person's name (a first name of the lexicon opening
it), a determiner and a noun for a person or a body (« la
directrice », « le nouveau maire de X », « les représentants du secteur »). A thing, a place
or « cela » is never read (narration33): such a subject would speak, and be taken up by the
pronouns after it, though nobody is there.
"""

from __future__ import annotations

from quizapp.draft.names.naming.gender import first_name_gender, someone_words
from quizapp.draft.names.naming.names import proper_names
from quizapp.draft.names.naming.roles import role_words
from quizapp.draft.shapes.detect.view import SentenceView
from quizapp.draft.text.segment import Span, Token
from quizapp.draft.text.sentence.sentence_parts import past_participle
from quizapp.draft.words.lexicon import Lexicon, built_once, fold

_ADJECTIVES = 2  # adjectives allowed between a determiner and its noun (« le nouveau maire »)


def person_subject(view: SentenceView, end: int) -> Span | None:
    """The person or body that is the subject of the sentence's first clause before ``end``,
    past an opening connective or a setting set off by a comma; None when the clause opens
    on anything else or no verb-like word follows the subject."""
    words = _past_opening(view.tokens_within(view.span[0], end), view.lex)
    breaks = view.lex.word_set("contrast_conjunctions")
    starts = [i + 1 for i, t in enumerate(words) if t.text == "," or fold(t.text) in breaks]
    for start in reversed([0, *starts]):  # « Président de X, Paul Dubois n'avait… »
        found = _subject_at(words[start:], view.lex)
        if found is not None:
            return found
    return None


def opened_clause_subject(view: SentenceView, end: int) -> Span | None:
    """The person or body opening the last clause a word of the lexicon's ``clause_words``
    opens before ``end`` (« Si le maire vit… », « parce qu'elle souhaite… », « un projet que
    la directrice juge… »): the subject of a subordinate or an object relative, which the
    sentence's own subject is not."""
    words = view.tokens_within(view.span[0], end)
    openers = view.lex.word_set("clause_words")
    starts = [i + 1 for i, t in enumerate(words) if fold(t.text) in openers]
    return _subject_at(words[starts[-1] :], view.lex) if starts else None


def _subject_at(words: list[Token], lex: Lexicon) -> Span | None:
    """The subject opening ``words`` when a verb-like word follows it (past an aside)."""
    if not words:
        return None
    length = _one_subject(words, lex)
    if not length:
        return None
    if _joined_subject(words[length:], lex):
        return None  # « Lucie et Marc ont… »: two people, neither alone said it (speakers21)
    rest = past_aside(words[length:])
    if not rest or not (_verb_like(rest[0].text, lex) or _clitic(rest, lex)):
        return None
    if _undergoes(rest, lex):
        return None
    return words[0].start, words[length - 1].end


def _clitic(rest: list[Token], lex: Lexicon) -> bool:
    """An object pronoun that reads as an article (« l' », « les ») before an auxiliary
    (« Les élus l'ont vécu comme… »): the verb's clitic, not a noun phrase."""
    if len(rest) < 2 or fold(rest[0].text) not in lex.word_set("gerund_clitics"):
        return False
    return fold(rest[1].text) in lex.auxiliaries


def _one_subject(words: list[Token], lex: Lexicon) -> int:
    """The length of the person or body opening ``words``, 0 when none does."""
    return personal_pronoun(words, lex) or _name(words, lex) or _described(words, lex)


def _joined_subject(words: list[Token], lex: Lexicon) -> int:
    """The length of « et Marie », « et son adjoint » after a first subject (« Paul et Marie
    ont… »); a name after « et » may be a lone first name the lexicon lacks."""
    if len(words) < 2 or fold(words[0].text) not in lex.word_set("coordinators"):
        return 0
    runs = proper_names(words[1:], lex)
    second = _one_subject(words[1:], lex) or (runs[0][1] if runs and runs[0][0] == 0 else 0)
    return 1 + second if second else 0


def _past_opening(words: list[Token], lex: Lexicon) -> list[Token]:
    """The clause's words past a connective (« Mais », « Puis ») and past a setting that
    opens on a preposition and ends on a comma (« Devant les élus, »)."""
    if words and fold(words[0].text) in lex.word_set("opening_connectives"):
        words = words[1:] if len(words) < 2 or words[1].text != "," else words[2:]
    if words and fold(words[0].text) in _setting_openers(lex):
        comma = next((i for i, t in enumerate(words) if t.text == ","), None)
        return [] if comma is None else words[comma + 1 :]
    return words


def personal_pronoun(words: list[Token], lex: Lexicon) -> int:
    """1 for a personal third person pronoun opening the clause, « il » not impersonal (none
    of the three words after it in the lexicon's ``impersonal_il_verbs``: « il faut », « il
    pourrait s'agir », « il n'y a »). Also asked by rules/narrated of a subject already cut
    out, whether it is a pronoun that may take up the speaker heard last (mend34d)."""
    word = fold(words[0].text)
    pronouns = lex.word_set("third_person_subject_pronouns") - lex.word_set("camp_pronouns")
    if word not in pronouns:
        return 0
    after = {fold(t.text) for t in words[1:5]}
    impersonal = word == "il" and after & lex.word_set("impersonal_il_verbs")
    return 0 if impersonal else 1


def _name(words: list[Token], lex: Lexicon) -> int:
    """The length of a person's name opening the clause: a run of capitalised words opening
    on a first name of the lexicon (« Saint Martin Vésubie » is a place: speakers20)."""
    runs = proper_names(words, lex)
    if not runs or runs[0][0] != 0:
        return 0
    return runs[0][1] if first_name_gender(words[0].text, lex) else 0


def _described(words: list[Token], lex: Lexicon) -> int:
    """The length of « le maire », « la nouvelle directrice de l'école », « les
    représentants du secteur », « le maire de Grenoble Eric Piolle »: a determiner, at most
    two adjectives, a noun for a person or a body, then complements and a name."""
    if fold(words[0].text) not in lex.word_set("determiners"):
        return 0
    heads = person_heads(lex)
    head = next(
        (i for i in range(1, min(len(words), 2 + _ADJECTIVES)) if fold(words[i].text) in heads),
        None,
    )
    if head is None or not words[head].text[:1].islower():
        return 0
    if not all(_verb_like(t.text, lex) or _counted(t.text, lex) for t in words[1:head]):
        return 0  # « ce que le parquet », « la réponse du policier »: no adjective between
    while head + 1 < len(words) and fold(words[head + 1].text) in heads:
        head += 1  # « l'ancien ministre »: « ancien » is a person noun too
    return _complements_end(words, head + 1 + _adjective_after(words, head + 1, lex), lex)


def _adjective_after(words: list[Token], at: int, lex: Lexicon) -> int:
    """1 for the lower-case word after the head noun when a verb of the lexicon follows it
    (« le délégué syndical est pessimiste », « la déléguée régionale dénonce »): the word is
    the noun's adjective, not the verb (leftover45). The verb may be one of state (« reste
    inquiet », lexicon ``state_verbs``) and come after a negation particle (« n'est pas
    optimiste »: mend45b)."""
    if at + 1 >= len(words) or not _verb_like(words[at].text, lex):
        return 0
    word, after = fold(words[at].text), fold(words[at + 1].text)
    if after in lex.word_set("negation_particles") and at + 2 < len(words):
        after = fold(words[at + 2].text)
    verbs = _adjective_enders(lex)
    barred = lex.word_sets("role_adjective_exclusions", "clitic_fillers")
    return int(word.isalpha() and word not in verbs and word not in barred and after in verbs)


def _complements_end(words: list[Token], at: int, lex: Lexicon) -> int:
    """Past the head noun: « de X », « du secteur », « de l'Intérieur », a name set beside
    the noun (« le maire Lamarche »)."""
    marks, determiners = lex.word_set("complement_marks"), lex.word_set("determiners")
    while at < len(words):
        word = fold(words[at].text)
        if word in marks and at + 1 < len(words):
            at += 1
            at += fold(words[at].text) in determiners and at + 1 < len(words)
            at += _counted(words[at].text, lex) and at + 1 < len(words)  # « de neuf ans »
            at += 1
        elif words[at].text[:1].isupper() or words[at].text[:1].isdigit():
            at += 1
        else:
            return at
    return at


def _undergoes(rest: list[Token], lex: Lexicon) -> bool:
    """A passive after the subject (« a été auditionné », « sont reconnus coupables »): the
    subject underwent what the sentence tells, and the quoted words are someone else's."""
    words = [fold(t.text) for t in rest[:3]]
    copulas = lex.word_set("copula_forms")
    been = any(word in copulas and past_participle(word, lex) for word in words)  # « a été »
    return been or (len(words) > 1 and words[0] in copulas and past_participle(words[1], lex))


def _counted(word: str, lex: Lexicon) -> bool:
    """A number, in figures or in words (lexicon ``number_words``), before the noun of a
    complement: « le garçon de neuf ans », « la mère de 3 enfants »."""
    return word.isdigit() or fold(word) in lex.raw.get("number_words", {})


def past_aside(words: list[Token]) -> list[Token]:
    """The words past an aside in brackets (« (PS) ») or between commas (« , maire de X, »)
    right after the subject."""
    if words and words[0].text == "(":
        close = next((i for i, t in enumerate(words) if t.text == ")"), None)
        return [] if close is None else words[close + 1 :]
    if words and words[0].text == ",":
        close = next((i for i, t in enumerate(words[1:], 1) if t.text == ","), None)
        return [] if close is None else words[close + 1 :]
    return words


def _verb_like(word: str, lex: Lexicon) -> bool:
    """A lower-case word that is no determiner, preposition nor relative pronoun: the verb, a
    clitic or a negation before it."""
    if not word[:1].isalpha() or not word[:1].islower():
        return False
    return fold(word) not in _not_verbs(lex)


@built_once
def _setting_openers(lex: Lexicon) -> frozenset[str]:
    """The prepositions a setting before the subject opens on (« Devant », « Lors »)."""
    return lex.word_sets("scene_openers", "adverbial_openers")


@built_once
def _adjective_enders(lex: Lexicon) -> frozenset[str]:
    """The auxiliaries, reporting forms, copulas and verbs of state a subject's adjective
    stands before (built once)."""
    return lex.auxiliaries | lex.finite | lex.word_sets("copula_forms", "state_verbs")


@built_once
def _not_verbs(lex: Lexicon) -> frozenset[str]:
    """Words that continue a noun phrase, join another subject or open another clause,
    never a verb (built once: ``_verb_like`` asks it of every word past a subject)."""
    keys = ("determiners", "complement_prepositions", "relative_openers", "subject_relatives")
    return (lex.word_sets(*keys, "scene_openers") - {"en"}) | lex.word_set("coordinators")


@built_once
def person_heads(lex: Lexicon) -> frozenset[str]:
    """Nouns for a person or a body: the person nouns and trades, the role words, the
    offices one person holds (lexicon ``held_offices``: « le délégué syndical », « le
    préfet »; leftover45), the groups' heads and the institutions."""
    bodies = frozenset(fold(w) for w in lex.raw["named_institutions"])
    offices = lex.word_sets("vague_heads", "held_offices")
    return someone_words(lex) | role_words(lex) | offices | bodies


def clause_between(view: SentenceView, gap: Span) -> bool:
    """A relative, a subordinate clause or a semicolon between the subject and the
    quotation: the quoted words may be another clause's subject's (``rules/narrated`` and
    ``rules/seen_as`` both ask it of the gap after the subject, out of narrated since tidy36)."""
    stops = view.lex.word_sets("relative_openers", "subject_relatives", "reason_conjunctions")
    words = view.tokens_within(*gap)
    return any(t.text == ";" or fold(t.text) in stops for t in words)
