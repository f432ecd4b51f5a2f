"""What a drafted question may quote or report of a finding, and how it reads after « que » /
"that": a French verb's object is no clause to report, and a quotation cut by its own cue is
quoted without the cue and the speaker's name (sanity21). Split out of phrasing.py, which words
the questions around them; the sentence's case after « que » / "that" is sentence_case.py.
Which reported words a question may state (``contested``, ``wished``, ``question_asked``…)
is read here too: tidy42 moved ``contested`` from draft_base.py, which ``quotable`` calls."""

from __future__ import annotations

import re
import unicodedata

from quizapp.draft.drafting.wording.clauses import has_verb, is_clause
from quizapp.draft.drafting.wording.explanation_words import phrasing_lexicon
from quizapp.draft.drafting.wording.speaker_description import around_description, resumed_words
from quizapp.draft.drafting.wording.speaker_openings import OpeningWords
from quizapp.draft.findings import Analysis, Attribution, Span
from quizapp.draft.reporting.cue_forms.negation import negated, wished_against
from quizapp.draft.words.lexicon import Lexicon, folded_words, load

# « UFC », « CGT-FO », a name opening on one (« UFC-Que Choisir », « SNCF Voyageurs »), not « Ifop »
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,9}(?:$|[\s-])")
_ONE_WORD = re.compile(r"[A-ZÀ-Ý][^\W\d_]+")  # « Région », « Insee », « Républicains »
_DEFINITE = r"[lL]['’]|[lL]es? |[lL]a "
_CONTRACTED = r"[dD]u |[aA]ux? |[dD]es "  # « du Parisien », « au Sénat », « des Verts »
_CLOSING = " ,;:\"”»’'"  # what ends a quotation's first piece before its cue
_OPENING = " .,;:\"“«‘'"  # what opens its second piece after the cue
_OPENING_MARKS = "«“\"'’ʼ "  # a content's opening marks, any apostrophe (folded once, below)
_TAIL = re.compile(r"[^,.;:!?«»“”\"()\n]*")  # an incise's narration, up to what ends it
MIN_PIECE_WORDS = 4  # a shorter first piece (« Oui », a-t-il dit. « … ») gives way to the second


def infinitive_first(text: str) -> bool:
    """French words that open on an infinitive, negated or not (« vouloir lancer … », « ne
    pas connaître … », « n'avoir jamais vu … »): « affirme » takes them with no « que ». A
    word in capitals is none (« Pierre Hémon a… »), nor one of the lexicon's
    ``infinitive_lookalikes`` (« hier », « notre »). The negation's words are the lexicon's
    ``negation_particles`` and ``infinitive_negations``; an elided reflexive before the
    infinitive is phrasing.json's ``infinitive_reflexives`` (« s'être soumis », ui38)."""
    lex = load("fr")
    words = text.lstrip("«“\"' ").replace("’", "'").replace("'", "' ").split()[:3]
    if words[:1] and words[0] in lex.word_set("negation_particles"):
        negated = len(words) > 1 and words[1] in lex.word_set("infinitive_negations")
        words = words[2:] if negated else words[1:]
    if words[:1] and words[0] in phrasing_lexicon()["fr"]["infinitive_reflexives"]:
        words = words[1:]  # « s'être soumis » (ui38)
    if not words or words[0] in lex.word_set("infinitive_lookalikes"):
        return False
    return re.fullmatch(r"[a-zà-ÿ]+(?:er|ir|re|oir)", words[0]) is not None


def reportable(words: str, language: str) -> bool:
    """Words to report after « qui affirme » hold a verb or open on an infinitive, and in
    English do not open on their verb (``subjectless``); others are quoted: « Qui affirme
    qu'à Paris, près d'un millier de participants ? » made no sentence (sanity24: 16
    corpus prompts in 13 batches). A French « A » opening them is « À » written bare
    (sanity22, phrasing.json ``unaccented_capitals``), never the verb: no clause opens on
    « a ». English marks its infinitive (``infinitive_markers``)."""
    words_of = phrasing_lexicon()[language]
    bare = {unicodedata.normalize("NFD", w)[0].upper() for w in words_of["unaccented_capitals"]}
    if words[:1] in bare and words[1:2] == " ":
        words = words[2:]
    if language == "en" and subjectless(words):
        return False
    if has_verb(words, language):
        return True
    if language == "fr":
        return infinitive_first(words)
    return words.split(" ", 1)[0].lower() in words_of["infinitive_markers"]


def subjectless(words: str) -> bool:
    """English reported words that open on a finite verb written in lower case ("sparked a
    sell-off in the company's shares"): the finding begins after its subject, and "Who claims
    that sparked a sell-off…?" makes no sentence, so they are quoted (ui38, in the real
    window). A capital is a name's ("United said…") and is left to ``has_verb``."""
    first = words.lstrip("“\"' ").split(" ", 1)[0]
    return first.islower() and has_verb(first, "en")


def cue_object(analysis: Analysis, found: Attribution, openers: frozenset[str]) -> bool:
    """French reported words right after their cue, with no « que », « comment » nor colon
    between (``openers``, the lexicon's ``clause_openers``) and no infinitive first: the cue's
    object, a noun phrase (« dénoncent l'incompétence de la principale », « évoquent le
    licenciement d'un salarié »), of which « qui affirme que … » makes no sentence, however
    many words in -ent look like verbs to ``is_clause``."""
    if analysis.language != "fr" or found.kind not in ("indirect", "mixed"):
        return False  # « selon X, … » reports a clause
    if found.cue is None or found.cue[1] > found.content[0]:
        return False
    gap = folded_words(analysis.passage((found.cue[1], found.content[0])))
    content = folded_words(analysis.passage(found.content).lstrip(_OPENING_MARKS))
    if any(word in openers for word in gap[-1:] + content[:1]):
        return False
    return not infinitive_first(analysis.passage(found.content))


def without_incise(analysis: Analysis, found: Attribution, going_on: frozenset[str]) -> str:
    """Reported words as a question reports them: with their own cue set between commas
    inside them left out (« Son équipe va, dit-il, présenter… », "What is needed, she said,
    is a simple way…"): « qui affirme que son équipe va, dit-il, présenter » quoted the cue
    and, often, the answer (sanity22). Not when the word after the closing comma is one of
    ``going_on`` (a determiner or a complement's preposition: « a confié X, la porte-parole
    de… », « auprès du parquet, de la police… »): the words ran past their cue, the rest
    being the source's. Narration after the cue or source, before the closing comma
    (« Nous voulons, a expliqué X lors d'un déplacement, un examen… »), is the incise's too
    (``incise_end``, prompts49), and so is a description of the speaker after it
    (``around_description``, apposition55)."""
    text, (first, last) = analysis.text, found.content
    inside = [s for s in (found.cue, found.source) if s and first < s[0] and s[1] < last]
    if found.cue not in inside:
        return analysis.passage(found.content)
    start, end = min(s[0] for s in inside), max(s[1] for s in inside)
    left = text.rfind(",", first, start)
    if left < 0 or text[left + 1 : start].strip():
        return analysis.passage(found.content)
    resumed = incise_end(text, end, last)
    words = around_description(text, (first, left), resumed, load(analysis.language), last)
    if words is not None:
        return words
    right = text.find(",", resumed, last)
    if right < 0 or text[resumed:right].strip():
        return analysis.passage(found.content)
    after = folded_words(text[right + 1 : last])[:1]
    if not after or after[0] in going_on:
        return analysis.passage(found.content)
    return text[first:left] + text[right + 1 : last]


def contested(analysis: Analysis, found: Attribution, lex: Lexicon) -> bool:
    """Reported words the speaker says the opposite of (« a démenti que… », "has denied
    he is failing…"): « qui affirme que … » on them would put the denied claim in the
    speaker's mouth (teacher14: "Simon Harris claims that he is failing…: true"). A negated
    verb of denial (« ne nie pas que… », « n'a pas contesté que… ») grants the clause after
    it (lexicon ``negated_affirmations``), which is then the speaker's own claim."""
    if found.kind == "direct" or found.cue is None:
        return False
    words = re.findall(r"[\w’'-]+", analysis.passage(found.cue).lower())
    if not any(word in lex.word_set("contrary_cues") for word in words):
        return False
    before = folded_words(analysis.text[max(0, found.cue[0] - 30) : found.cue[1]])
    return not (before and negated(before, len(before) - 1, lex))


def wish_against(analysis: Analysis, found: Attribution, lex: Lexicon) -> bool:
    """French reported words a negated wish holds (« ne souhaite pas que les travaux
    durent… », ``wished_against``): the speaker's stance, never their claim (mend57d). The
    words read start a little before the cue, which holds no « ne » (mend59b)."""
    if analysis.language != "fr" or found.cue is None or found.cue[1] > found.content[0]:
        return False
    return wished_against(
        folded_words(analysis.text[max(0, found.cue[0] - 30) : found.content[0]]), lex
    )


def wished(analysis: Analysis, found: Attribution, stems: frozenset[str]) -> bool:
    """French reported words after « que » that the speaker wishes, demands or fears (a cue
    word opening on one of ``stems``, the lexicon's ``wish_cue_stems``: « ont exigé que le
    gouvernement réinvestisse… », « craignent que le scénario ne se répète »): the clause is
    in the subjunctive, and « qui affirme que … » would make a claim of a wish, or of a fear
    its opposite, the « ne » of fear read as a negation (sanity22)."""
    if analysis.language != "fr" or found.cue is None or found.cue[1] > found.content[0]:
        return False
    gap = folded_words(analysis.passage((found.cue[1], found.content[0])))
    if gap[-1:] not in (["que"], ["qu'"]):
        return False
    words = folded_words(analysis.passage(found.cue))
    return any(word.startswith(stem) for word in words for stem in stems)


def felt_in_subjunctive(analysis: Analysis, found: Attribution, words: OpeningWords) -> bool:
    """French reported words after a verb of feeling (``feeling_cue_stems``: « s'étonne
    que », « regrette que ») in the subjunctive (one of ``subjunctive_words``): « qui affirme
    qu'elles n'aient pas été versées » made no sentence (ui38, the editor's walk-through)."""
    if not wished(analysis, found, words.feeling_cue_stems):
        return False
    content = folded_words(analysis.passage(found.content))
    return any(word in words.subjunctive_words for word in content)


def question_asked(
    analysis: Analysis, found: Attribution, words: dict[str, frozenset[str]]
) -> bool:
    """Reported words that are a question the speaker asks or answers, not a claim: they open
    on a question word (``words["openers"]``, the lexicon's ``question_openers``: « explique
    pourquoi certains travaux… », "asked which one of the schools should close"), or on
    ``words["if"]`` (« si », "if") after a cue of asking (``words["asking"]``, the lexicon's
    ``asking_cue_stems``: « lui a demandé s'il avait quelque chose à ajouter »). « Qui
    affirme que pourquoi… », « que si un loup est responsable ou non » made no sentence
    (sanity24, sanity25); a conditional « si », « que si la motion passe, le décret… », is a
    claim and stays one."""
    if found.kind == "direct":
        return False
    content = folded_words(analysis.passage(found.content).lstrip(_OPENING_MARKS))
    if not content or content[0] in words["openers"]:
        return bool(content)
    if content[0] not in words["if"] or found.cue is None:
        return False
    cue = folded_words(analysis.passage(found.cue))
    return any(word.startswith(stem) for word in cue for stem in words["asking"])


def promised(analysis: Analysis, found: Attribution) -> bool:
    """English reported words that open on "to": what a speaker vowed, promised, hoped or
    expected to do ("Labour has vowed to scrap all hospital parking charges"), which "Who
    claims to scrap…" turned into a claim of doing it (sanity25: 8 corpus prompts in 8
    batches). French « affirme vouloir… » reads right and stays."""
    if analysis.language != "en" or found.kind == "direct":
        return False
    words = analysis.passage(found.content).lstrip("“\"' ").split(" ", 1)
    return words[0].lower() == "to"


def spoken(analysis: Analysis, found: Attribution) -> Span:
    """The words of a quotation a question quotes: a quotation cut by its own cue (« « Ce
    matin nous étions 25 grévistes…, annonce Anouk Guézet. Nous avons… » », "We are
    family," said Gwen Jones. "We will heal.") is one finding from its first mark to its last,
    as the keys have it, but quoted whole it would give the answer away: the piece before the
    cue and its speaker, or after them and the narration that ends their incise
    (``incise_end``) when that piece is too short."""
    first, last = found.content
    inside = [s for s in (found.cue, found.source) if s and first < s[0] < last]
    if not inside:
        return found.content
    text = analysis.text
    end = min(s[0] for s in inside)
    while end > found.content[0] and text[end - 1] in _CLOSING:
        end -= 1
    if len(text[found.content[0] : end].split()) >= MIN_PIECE_WORDS:
        return found.content[0], end
    start = incise_end(text, max(s[1] for s in inside), found.content[1])
    start = resumed_words(text, (end, start), found.content[1], load(analysis.language))
    if start >= found.content[1]:  # the description runs to the end: the first piece
        return found.content[0], end
    while start < found.content[1] and text[start] in _OPENING:
        start += 1
    return (start, found.content[1]) if start < found.content[1] else found.content


def incise_end(text: str, start: int, end: int) -> int:
    """Where an inserted cue ends, from the end of its cue or source at ``start``: past the
    narration that may follow them up to the comma, stop or mark that gives the speaker back
    (« Nous voulons, a expliqué X lors d'un déplacement à Amiens, un examen… »: teacher49's
    questions quoted « lors d'un déplacement à Amiens, un examen qui… »). The speaker's words
    never resume straight after the name; ``start`` itself when no such sign comes before
    ``end`` (the content's end), or when one comes at once."""
    tail = _TAIL.match(text, start, end)
    if tail is None or tail.end() >= end or not text[start : tail.end()].strip():
        return start
    return tail.end()


def with_article(speaker: str, text: str) -> str:
    """A French speaker with the article the ``text`` gives it: an acronym, or a name opening
    on one (« l'UFC », « la SNCF », « l'UFC-Que Choisir »: teacher14 read « c'est UFC qui
    affirme »), or a single capitalised word the text never writes bare (« la Région »,
    « l'Agence », « les Républicains »: sanity22 read « c'est Région qui affirme », « Dans
    l'article, Républicains est… »); a first name, written bare, keeps none. An article the
    text writes only contracted gives it too (« dans les colonnes du Parisien »: « Les propos
    passent par le Parisien », sanity23)."""
    if _ACRONYM.match(speaker):
        found = re.search(rf"\b({_DEFINITE}|{_CONTRACTED}){re.escape(speaker)}\b", text)
        return _article(found.group(1)) + speaker if found else speaker
    if not _ONE_WORD.fullmatch(speaker):
        return speaker
    pattern = rf"\b({_DEFINITE}|{_CONTRACTED}|){re.escape(speaker)}\b(?![-’'])"  # "": bare
    uses = re.findall(pattern, text)
    if not uses or not all(uses):
        return speaker
    definite = [use for use in uses if not re.fullmatch(_CONTRACTED, use)]
    return _article((definite or uses)[0]) + speaker


def _article(use: str) -> str:
    """The article a use of the name shows: itself, or the one « du / au / des / aux » holds."""
    if re.fullmatch(_CONTRACTED, use):
        return "les " if use.lower().startswith(("des", "aux")) else "le "
    return use.lower()


def borrowed(quoted: str) -> bool:
    """Quoted words under ``MIN_PIECE_WORDS`` that open no sentence (« très heureux », « une
    dérive », "record-breaking budget cuts"): a phrase the narration borrows, asked about only
    when it is a clause, as reported content is (mend49b, review49 finding 4). « C'est faux »,
    "All is ready" open a sentence of their own and stay askable."""
    return len(quoted.split()) < MIN_PIECE_WORDS and not quoted[:1].isupper()


def askable(analysis: Analysis, found: Attribution) -> bool:
    """Reported content that is a clause; a quotation, unless ``borrowed``, when it must be a
    clause too (« Qui dit « très heureux » ? » asked for a narration's words: mend49b)."""
    passage = analysis.passage(found.content)
    if found.kind == "direct" and not borrowed(passage):
        return True
    return is_clause(passage, analysis.language, sentence=False)
