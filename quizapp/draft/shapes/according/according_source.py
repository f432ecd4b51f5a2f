"""Whether the words after « selon / d'après / pour / according to / citing » name someone who
speaks: « selon les régions » (depending on), « pour la première fois », « pour répondre à »,
"a person who, according to the rules, …" name no one; « pour » attributes only to a person.
Beside the « selon » shape (``according``), which reads where the source and its claim are
once these tests let the phrase through (in sources/ until tidy28)."""

from __future__ import annotations

import re

from quizapp.draft.clause.noun_phrases.noun_phrase import holds_finite_verb
from quizapp.draft.clause.objects.readings import people_word
from quizapp.draft.reporting.cue_forms.phrases import match_phrase
from quizapp.draft.reporting.cues import Cue
from quizapp.draft.shapes.according.pour_people import group_by_its_head, part_of_the_people
from quizapp.draft.shapes.detect.view import EN_FINITE, SentenceView
from quizapp.draft.text.segment import Span
from quizapp.draft.text.sentence.syntax import person_like
from quizapp.draft.words.lexicon import Lexicon, built_once, fold

_AFTER_APOSTROPHE = re.compile(r"(?<=['’])")


def _purpose(after: str, lex: Lexicon) -> bool:
    """ "Pour répondre à X, …", "pour ne pas perdre…": *pour* before an infinitive says why,
    it names no source (lexicon ``infinitive_lookalikes`` end so but are none)."""
    found = _infinitive(lex).match(after)
    return found is not None and fold(found.group(1)) not in lex.word_set("infinitive_lookalikes")


@built_once
def _infinitive(lex: Lexicon) -> re.Pattern[str]:
    """An infinitive after « pour », past the words of lexicon ``infinitive_fillers``."""
    fillers = _spaced(lex.words("infinitive_fillers"))
    return re.compile(rf"\s*(?:(?:{fillers})\s*)*([a-zàâçéèêëîïôûùüÿœ-]+(?:er|ir|re|oir))\b")


@built_once
def _pour_adverbial(lex: Lexicon) -> re.Pattern[str]:
    """« pour » before a phrase of lexicon ``pour_adverbials`` (« pour la première fois »,
    « pour sa part »)."""
    return re.compile(rf"\s*(?:{_spaced(lex.words('pour_adverbials'))})\b", re.IGNORECASE)


def _spaced(phrases: list[str]) -> str:
    """Phrases as one alternation, a space matching any run of spaces and an apostrophe
    either kind; one that never matches when the language has none."""
    escaped = (re.escape(p).replace(r"\ ", r"\s+").replace("'", "['’]") for p in phrases)
    return "|".join(escaped) or "(?!)"


def _relative_source(view: SentenceView, cue: Cue) -> bool:
    """ "le camp, qui, selon Nafisa Selai, servait de base": inside a relative clause only a
    person or a body is a source, not "the rules"; a stressed pronoun stands for one."""
    after = view.text[cue.span[1] : view.span[1]]
    phrase = re.split(r"[,:;]", after, maxsplit=1)[0]
    stressed = fold(phrase.strip()) in view.lex.word_set("stressed_pronouns")
    if stressed:  # « qui, selon eux, serait… » (recall32)
        return _someone_before(view, view.text[view.span[0] : cue.span[0]])
    return person_like(phrase, view.lex)


def _someone_before(view: SentenceView, before: str) -> bool:
    """Whether the clause before the relative has someone for the stressed pronoun to stand
    for: a person or a name (« Le maire Paul Martin a présenté un pourcentage qui, selon
    lui, … ») or a subject pronoun for one met before, or nothing but the relative's
    antecedent (someone met before); not « Le règlement fixe un plafond qui, selon lui, … »,
    where « lui » is the document (review32, mend32c)."""
    words = before.replace(",", " ").split()
    if len(words) < 4:  # « Un quota qui, selon eux, »: only the antecedent, someone met before
        return True
    first = fold(words[0])
    return first in view.lex.word_set("subject_pronouns") or _describes_a_person(before, view)


def introduces_no_source(view: SentenceView, cue: Cue) -> bool:
    """ "a person who, according to the rules, could…", "la nouvelle selon laquelle…" (a
    rumour's content), "pour la première fois": the phrase names no one who speaks."""
    text, (s_start, s_end) = view.text, view.span
    relative_lead = re.search(r"\b(?:who|which|qui)\s*,\s*$", text[s_start : cue.span[0]])
    if relative_lead and not _relative_source(view, cue):
        return True
    if re.match(
        r"\s*(?:laquelle|lequel|lesquel(?:le)?s|quoi|which|whom)\b", text[cue.span[1] : s_end]
    ):
        return True
    if _varies_by(view, cue):
        return True
    after = text[cue.span[1] : s_end]
    return fold(text[cue.span[0] : cue.span[1]]) == "pour" and bool(
        _pour_adverbial(view.lex).match(after) or _purpose(after, view.lex)
    )


def _varies_by(view: SentenceView, cue: Cue) -> bool:
    """« Les prix varient selon les régions », « classés selon leur taille »: right after a
    verb of varying or sorting (lexicon ``varying_stems``), « selon » means "depending on"
    and names no one (« Les prix ont augmenté, selon l'Insee » keeps its comma)."""
    stems = tuple(view.lex.words("varying_stems"))
    if _criterion_after(view, cue):
        return True
    if cue.first == 0 or not fold(view.tokens[cue.first - 1].text).startswith(stems):
        return False
    after = [t.text for t in view.tokens[cue.last + 1 : cue.last + 2]]  # « selon elle »
    stressed = view.lex.word_set("stressed_pronouns")
    named = after and (fold(after[0]) in stressed or after[0][:1].isupper())
    return not after or not (named or _relative_source(view, cue))


def _criterion_after(view: SentenceView, cue: Cue) -> bool:
    """« a reculé de 5 à 10 % selon les circuits », « traités selon les bonnes vieilles
    méthodes »: a criterion or a way of doing (lexicon according_criteria) among the first
    words after « selon », before any complement, is what the fact depends on, not a source."""
    if fold(view.text[cue.span[0] : cue.span[1]]) != "selon":
        return False
    following = view.folded_tokens[cue.last + 1 : cue.last + 5]
    if _likelihood_phrase(following, view.lex):
        return True
    criteria = view.lex.word_set("according_criteria")
    for index, word in enumerate(following):
        if word in criteria:
            return True
        if (word in view.lex.word_set("complement_marks") and index > 0) or not word.isalpha():
            return False  # « selon des conditions »: right after « selon », « des » is an article
    return False


def _likelihood_phrase(following: list[str], lex: Lexicon) -> bool:
    """« selon toute vraisemblance », « selon les apparences »: a fixed phrase (lexicon
    ``according_likelihood_phrases``) right after « selon » is the outlet weighing how likely
    something is. Its nouns alone are no criterion: « Selon la probabilité calculée par
    Météo-France » names a source (mend41c, review41 item 3)."""
    return match_phrase(following, 0, lex.phrases("according_likelihood_phrases")) > 0


def names_a_source(view: SentenceView, cue: Cue, phrase: str) -> bool:
    """ "Pour X" only attributes when X is a person ("Pour lui, …", "Pour le ministre");
    an English phrase with a finite verb is a modifier ("outlets citing officials had…")."""
    stressed = view.lex.word_set("stressed_pronouns")
    pronoun = fold(phrase) in stressed  # "Pour lui, …" opens a sentence
    pronoun = pronoun or fold(phrase) in _demonstrative_pronouns(view.lex)  # « Pour ce dernier »
    pronoun = pronoun or part_of_the_people(phrase, view.lex)  # « Pour certains, … »
    if fold(view.text[cue.span[0] : cue.span[1]]) == "pour" and not (
        pronoun
        or person_like(phrase, view.lex)
        or _describes_a_person(phrase, view)
        or group_by_its_head(phrase, view.lex)  # « Pour le personnel, … »
        or _quotation_follows(view, cue, phrase)
    ):
        return False
    return not (view.lex.language == "en" and EN_FINITE.search(phrase))


def _quotation_follows(view: SentenceView, cue: Cue, phrase: str) -> bool:
    """« Pour un praticien exerçant dans l'un des établissements, « la situation est
    catastrophique » »: a described noun phrase (a determiner first, three words or more:
    not « pour un an ») whose comma a quotation follows is someone speaking, whatever its
    noun, unless a reporting verb of its own follows (« Pour l'ensemble des nations, « … »,
    note Jeff X »: X speaks). The corpus holds « Pour X, « … » » 7 times in 7 batches, X the
    speaker in the 5 with no later verb."""
    if any(c.kind == "verb" and c.first > cue.last for c in view.cues):
        return False
    after = view.text[cue.span[1] : view.span[1]].lstrip()
    words = phrase.replace("'", "' ").replace("’", "’ ").split()
    determined = len(words) >= 3 and fold(words[0]) in view.lex.word_set("determiners")
    return determined and after.startswith(phrase) and bool(_QUOTE_NEXT.match(after, len(phrase)))


_QUOTE_NEXT = re.compile(r"\s*,\s*[«“\"]")


@built_once
def _demonstrative_pronouns(lex: Lexicon) -> frozenset[str]:
    """The pronouns of more than one word (« ce dernier », « celle-ci »): each stands for
    someone met before, as « lui » does."""
    return frozenset(p for p in lex.raw.get("pronouns", {}) if " " in p or "-" in p)


def _describes_a_person(phrase: str, view: SentenceView) -> bool:
    """ "Pour le sociologue Jean Viard": a word for a person, or a name after the first word;
    an office one person holds or a trade is one (« Pour le bourgmestre, », « Pour la
    boulangère, »: recall31, 2 keys gained, none lost)."""
    words = phrase.replace("'", "' ").replace("’", "’ ").split()
    people = view.lex.word_sets("person_descriptions", "held_offices", "occupation_nouns")
    person = any(fold(w).removesuffix("s") in people for w in words)  # « pour ses auteurs »
    return person or any(w[:1].isupper() for w in words[1:])


@built_once
def clause_opening(lex: Lexicon) -> re.Pattern[str]:
    """Where « selon X, » opens the claim after it: a sentence's start, a comma, a colon or a
    conjunction (lexicon ``according_clause_joins``), an adverb maybe between
    (``according_again_adverbs``: « car, toujours selon X »)."""
    joins, again = lex.one_of("according_clause_joins"), lex.one_of("according_again_adverbs")
    return re.compile(rf"(?:^|[,;:–—]|\b(?:{joins}))\s*(?:(?:{again})\s+)?$", re.IGNORECASE)


@built_once
def afterthoughts(lex: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What after « selon X, » shows the claim was before: a short afterthought (lexicon
    ``afterthought_openers``: « sans plus de précisions ») or a relative, maybe after the
    source's description (``source_relative_openers``: « …, qui ajoute que »)."""
    short, relatives = lex.one_of("afterthought_openers"), lex.one_of("source_relative_openers")
    return (
        re.compile(rf"(?:{short})\b[^,;:]{{0,40}}[.!?]?$", re.IGNORECASE),
        re.compile(rf"(?:[^,;:«»“”]{{1,80}},\s*)?(?:{relatives})\b"),
    )


@built_once
def selon_lequel(lex: Lexicon) -> re.Pattern[str]:
    """The pronoun of « selon lequel » (lexicon ``selon_lequel_pronouns``)."""
    return re.compile(rf"\s*(?:{lex.one_of('selon_lequel_pronouns')})\b")


def closing_description(view: SentenceView, source: Span) -> int | None:
    """Where a French description of the source that closes the sentence ends (« …, selon
    Sytadin, le site web d'information routière. »): set off by a comma, opened by a
    determiner, or after a name by a bare word for a person (« …, selon Bernard Pontac,
    policier municipal à Auch. », lexicon words for people), with no verb or quotation of
    its own, it says who the source is, not what it says; the claim is the part before
    « selon »."""
    first = view.text[source[0] : source[1]].split()[0]
    if view.lex.language != "fr" or not (first[:1].isupper() or _determined(view.lex, first)):
        return None  # « masquant, selon lui, une volonté de… »: the verb's object
    described = _DESCRIPTION_AFTER.match(view.text, source[1], view.span[1])
    head = fold(described.group(2)) if described else ""
    office = first[:1].isupper() and people_word(view.lex, head)  # « , président de la FDPL »
    if described is None or not (office or _determined(view.lex, head)):
        return None
    if head in view.lex.word_set("indefinite_articles") and not _someone(view, described):
        return None  # « …, selon la préfecture, un grand écart de comptage »: no one
    if holds_finite_verb(view.text, described.span(1), view.lex):
        return None
    return described.end(1)


def _someone(view: SentenceView, described: re.Match[str]) -> bool:
    """Whether a description opening on an indefinite article names someone: a word for
    people (« un expert du secteur ») or a capitalised name (« une ONG ») right after it."""
    words = described.group(1).split()
    noun = words[1] if len(words) > 1 else ""
    return noun[:1].isupper() or people_word(view.lex, fold(noun))


def _determined(lex: Lexicon, word: str) -> bool:
    """Whether ``word`` (« l'expert » split after its apostrophe) is an article a source's
    description opens on (lexicon ``source_description_openers``)."""
    return fold(_AFTER_APOSTROPHE.split(word)[0]) in lex.word_set("source_description_openers")


# up to the end of the sentence, a participle after a second comma included (« policier
# municipal à Auch, contacté par Le Figaro »)
_DESCRIPTION_AFTER = re.compile(r",\s*((\w+['’]?)\s*[^;:«»“”\"]{1,120}?)\s*[.!?…]?\s*$")


_DASH = re.compile(r"\s[-–—]\s")


def closes_aside(text: str, end: int) -> bool:
    """The source's words end on a dash set off by spaces: « le maire - qui a avancé des
    explications « … », selon le parquet - avait favorisé… », « dont la création –
    souhaitée depuis des années, selon l'AFP – accompagne… »: the « selon » closes an
    aside (recall22: keyed in both batches where it occurs)."""
    return _DASH.match(text, end) is not None or _DASH.match(text, end - 1) is not None


def aside_start(text: str, sentence_start: int, cue_start: int) -> int | None:
    """Where the aside that a dash opened before the cue starts (past its dash); None when
    no dash opens one."""
    dashes = list(_DASH.finditer(text, sentence_start, cue_start))
    return dashes[-1].end() if dashes else None


def predicate_first(view: SentenceView, part: Span) -> bool:
    """« Environ 160 tracteurs, selon la police, jusqu'à 200, selon l'Apli, ont défilé… »:
    the words after the second source open on an auxiliary or a copula (lexicon
    ``auxiliaries``, ``being_auxiliaries``), the predicate of the sentence's subject, no
    clause of their own: that source's claim is its figure before it."""
    first = view.text[part[0] : part[1]].split()[:1]
    verbs = view.lex.auxiliaries | view.lex.word_set("being_auxiliaries")
    return bool(first) and fold(first[0]) in verbs
