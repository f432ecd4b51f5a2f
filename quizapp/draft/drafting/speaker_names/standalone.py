"""Whether a speaker's words name anyone once they stand alone, as a drafted question's option
or a statement's subject, away from the sentence they were read in.

« Selon ses membres, … » is clear in the article: the association was named just before. As a
wrong option of "who said it?" or in « Dans l'article, ses membres sont un groupe vague », the
same words name no one: whose members? (ui33's walk-through). A mention opening on a possessive
or a demonstrative with no name after it (« son adjoint », « cette ado », "their union"), or one
that only points back (« ce dernier », « celle-ci », "the latter"), is such a mention. The
drafter then names the speaker by the fullest of its mentions that makes sense alone, when the
analysis has one; else it leaves the speaker out of options and statements (``nameless``).
A speaker whose head is a thing, an act or a date (« Un vote », « L'examen médical »: the
subject of the sentence, kept where the one who speaks was not found) names no one anywhere,
and no mention of it is looked for (junk50).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from quizapp.draft.drafting.options import unnamed
from quizapp.draft.drafting.unfit_options import head_word
from quizapp.draft.findings import Analysis
from quizapp.draft.names.titles.descriptions import singular
from quizapp.draft.text.indexed_names import name_matches
from quizapp.draft.text.word_patterns import WORD_FROM_LETTER, kept_pattern
from quizapp.draft.words.lexicon import Lexicon, built_once, fold

MAX_WORDS = 8  # a mention past this is a clause the analysis took in, not a name to read


def points_back(mention: str, lex: Lexicon) -> bool:
    """A mention that names no one out of its sentence: a pronoun, one that only points back
    (« ce dernier », "the latter"), or a possessive or demonstrative with no name after it
    (« ses membres », « cette ado »; not « son fils, Paul Durand »)."""
    words = fold(mention).strip(" ,.;:").split()
    if not words:
        return True
    whole = " ".join(words)
    if whole in lex.word_set("impersonal"):
        return False  # « on »: a voice, asked as such (``Phrasing.display``)
    if whole in lex.word_set("pointing_mentions") or whole in lex.word_set("subject_pronouns"):
        return True
    return words[0] in lex.word_set("pointing_openers") and unnamed(mention, lex)


def names_a_thing(speaker: str, lex: Lexicon) -> bool:
    """A speaker whose head is a thing, an act or a date (« Un vote », « L'examen médical »,
    "The appeal", "Wednesday": the lists of lexicon ``no_one_head_lists``), a subject the
    drafter kept where the one who speaks was not found (junk50). No question may show it,
    as its answer or as a wrong one. A capital on any word past the speaker's first makes it a
    name (« Le Projet Cœur », « Accord Santé », "Vote Leave": mend50b). Where lexicon
    ``noun_head_last`` says so (English), the head is the last noun of the first noun group,
    not its first word: "the inquiry panel" is a panel, "Appeal judges" are judges (mend50b)."""
    head, named = head_word(speaker, lex)
    if not head or named or _capital_past_first(speaker):
        return False
    if lex.raw.get("noun_head_last"):
        head = _last_noun(speaker, head, lex)
    return head in _thing_heads(lex) or singular(head) in _thing_heads(lex)


def _capital_past_first(speaker: str) -> bool:
    """Whether a word past the speaker's first is written with a capital (a name's word)."""
    return any(word[:1].isupper() for word in WORD_FROM_LETTER.findall(speaker)[1:])


def _last_noun(speaker: str, head: str, lex: Lexicon) -> str:
    """The last word, folded, of the noun group that opens on ``head``: the words up to a
    function word ("of", "for") or a mark, a possessive opening the group anew ("the
    council's planning officers": officers)."""
    group = re.split(r"[,;:(]", speaker.replace("’", "'"), maxsplit=1)[0]
    words = [fold(word) for word in WORD_FROM_LETTER.findall(group)]
    if head not in words:
        return head
    stops = lex.word_set("function_words")
    for word in words[words.index(head) + 1 :]:
        if word in stops:
            break
        head = head if word.endswith("'s") else word
    return head


@built_once
def _thing_heads(lex: Lexicon) -> frozenset[str]:
    """The folded words of the lists lexicon ``no_one_head_lists`` names."""
    return lex.word_sets(*lex.raw.get("no_one_head_lists", []))


def cut_off(speaker: str, text: str, lex: Lexicon) -> bool:
    """A speaker a student cannot read as a person, group or body once it stands alone as an
    option (ui39's walk): one that ends on a function word, cut where its clause went on
    (« une manifestation en ville pour »), or a capitalised name the article only writes
    inside a longer name, after a capitalised word and a joining word (« Nursing Wales »
    of « Royal College of Nursing Wales »)."""
    words = fold(speaker).strip(" ,.;:").split()
    if len(words) >= 2 and words[-1] in _ending_words(lex):
        return True
    return speaker[:1].isupper() and _inside_longer_name(speaker, text, lex)


def _ending_words(lex: Lexicon) -> frozenset[str]:
    """Function words no speaker ends on; pronouns aside (« eux », "we" may close one)."""
    pronouns = lex.word_sets("subject_pronouns", "impersonal")
    return lex.word_set("function_words") - pronouns


_ANY_START = r"(?<![\w-])"  # where a name may start: the article's places filed once by word


def _inside_longer_name(speaker: str, text: str, lex: Lexicon) -> bool:
    """Every time the article writes ``speaker``, a capitalised word and a joining word
    (lexicon ``name_linking_words``: « de », "of") come right before it."""
    pattern = kept_pattern(rf"(?<![\w-]){re.escape(speaker)}(?![\w-])")
    found = list(name_matches(text, _ANY_START, speaker, pattern))  # read once (cancel56)
    joining = lex.word_set("name_linking_words")
    before = [text[max(0, m.start() - 60) : m.start()].split()[-2:] for m in found]
    return bool(found) and all(
        len(pair) == 2 and pair[0][:1].isupper() and fold(pair[1]) in joining for pair in before
    )


def standalone_names(analysis: Analysis, speakers: Iterable[str], lex: Lexicon) -> dict[str, str]:
    """For each speaker among ``speakers`` that points back, the fullest of its mentions in
    the analysis that makes sense alone (« l'association des riverains » for « ses membres »
    only when the analysis tied that mention to it), or "" when it has none or names a thing."""
    found: dict[str, str] = {}
    for speaker in speakers:
        if names_a_thing(speaker, lex):
            found[speaker] = ""  # « Un vote »: another mention of it names no one either
        elif points_back(speaker, lex) or cut_off(speaker, analysis.text, lex):
            mentions = _mentions(analysis, speaker)
            usable = [m for m in mentions if _readable(m, analysis.text, lex) and _short(m)]
            found[speaker] = max(usable, key=len, default="")
    return found


def _mentions(analysis: Analysis, speaker: str) -> list[str]:
    """Every span the analysis gives for ``speaker``: its mentions, and the sources and
    speaker mentions of its attributions."""
    spans = [m for s in analysis.speakers if s.speaker == speaker for m in s.mentions]
    for found in analysis.attributions:
        if found.speaker == speaker:
            spans += [s for s in (found.speaker_mention, found.source) if s is not None]
    return [" ".join(analysis.passage(span).split()) for span in spans]


def _readable(mention: str, text: str, lex: Lexicon) -> bool:
    return not (
        points_back(mention, lex) or cut_off(mention, text, lex) or names_a_thing(mention, lex)
    )


def _short(mention: str) -> bool:
    """A mention a reader takes in at a glance, with no clause or quotation in it."""
    words = mention.split()
    return 0 < len(words) <= MAX_WORDS and not re.search(r"[«»“”\"]", mention)
