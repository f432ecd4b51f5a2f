"""Labels that follow the kind of a source phrase, whatever its determiner (labels11 pass).

The issue's scheme: a group is ``vague``, one described individual ``anonymous``. Some kinds of
phrase hide which one they are behind their first word, and the corpus keys label them by kind:
- a counted group (« sept candidats », « une vingtaine d'élus », « 60 % des sondés », "dozens of
  farmers") is a group, vague, though « une » or a number opens it; counted officials or
  sources ("two officials", « deux sources ») stay anonymous, as their singular does;
- plural « sources » the article places (« des sources au ministère », « des sources proches
  de l'enquête ») are anonymous sources; bare or merely quantified ones (« des sources »,
  « plusieurs sources ») vague;
- a staff noun (« le personnel », "the staff") is a group, vague, though singular; the body
  that speaks for an organisation (« la direction ») is not one and stays named;
- a public object that carries words (« un panneau », « des banderoles », "a sign") is an
  impersonal voice, vague, unless a name owns it right after its noun (« le tract de la CGT »);
  a message or an SMS has one writer and stays anonymous;
- two people counted (« deux manifestantes ») are two described individuals, anonymous
  (labels55);
- one person singled out by comparison (« le plus âgé des deux », "the eldest") is a described
  individual, anonymous, though the article is definite.
Every word these rules know is lexicon data (``count_nouns``, ``number_words``,
``counted_source_heads``, ``pair_counts``, ``pair_person_noun_lists``, ``source_descriptors``,
``plain_plural_articles``, ``staff_nouns``,
``inscription_nouns``, ``comparison_openers``).
"""

from __future__ import annotations

import re

from quizapp.draft.words.lexicon import Lexicon, built_once, fold, people_nouns


def is_number(word: str, lex: Lexicon) -> bool:
    """ "7", "60%", « sept », "two": a word that counts."""
    bare = word.rstrip("%")
    return bare.isdigit() or word == "%" or word in lex.word_set("number_words")


def counted(words: list[str], lex: Lexicon) -> bool:
    """A group the phrase counts: a number first, or a count noun among the first two
    words (« une vingtaine d'élus », « des dizaines de », "dozens of"), past a word that
    rounds the figure (lexicon approximation_words: « environ 450 personnes », « plus de
    300 salariés », "about 40 residents")."""
    words = _past_approximation(words, lex)
    if not words:
        return False
    return is_number(words[0], lex) or any(w in lex.word_set("count_nouns") for w in words[:2])


def _past_approximation(words: list[str], lex: Lexicon) -> list[str]:
    """The words after a rounding phrase that opens them (« environ », « plus de »), or all."""
    for phrase in _approximations(lex):
        if tuple(words[: len(phrase)]) == phrase:
            return words[len(phrase) :]
    return words


@built_once
def _approximations(lex: Lexicon) -> list[tuple[str, ...]]:
    """The lexicon's rounding words as the words are read (« près d' » -> « près », « d' »),
    longest first."""
    read = {
        tuple(re.sub(r"(\w)'", r"\1' ", entry).split())
        for entry in lex.words("approximation_words")
    }
    return sorted(read, key=len, reverse=True)


def kind_label(phrase: str, words: list[str], head: str, lex: Lexicon) -> str | None:
    """The label the phrase's kind gives (see the module's docstring), or None when its kind
    says nothing. ``words``: folded, elided articles apart; ``head``: the noun it is about."""
    if _opens_with(words, _comparison_openers(lex)):
        return "anonymous"
    if head in lex.word_set("staff_nouns"):
        return "vague"
    if head in lex.word_set("inscription_nouns"):
        return None if _owned_by_name(phrase, words, head, lex) else "vague"
    if counted(words, lex) and head not in {"source", "sources"}:
        pair = _pair_of_people(words, head, lex)
        return "anonymous" if pair or head in lex.word_set("counted_source_heads") else "vague"
    return None


def _pair_of_people(words: list[str], head: str, lex: Lexicon) -> bool:
    """« deux manifestantes », « deux experts »: two people, each one described, as the keys
    label them (labels55: 12 keys anonymous in 7 articles, 1 vague); a body counted
    (« deux syndicats ») and larger counts (« deux mille habitants », mend55d: the person
    follows the count directly) stay a group."""
    if len(words) < 2 or words[0] not in lex.word_set("pair_counts") or words[1] != head:
        return False
    return head.removesuffix("s") in people_nouns(lex, "pair_person_noun_lists")


def sources_label(words: list[str], head: str, lex: Lexicon) -> str:
    """Sources: one, counted ones, or plural ones the article places or describes
    (lexicon ``source_descriptors`` after the noun) are anonymous; bare « des sources » and
    quantified ones (« plusieurs sources », "unnamed sources") are vague."""
    if head == "source" or counted(words, lex):
        return "anonymous"
    opener = words[0] if words else ""
    if _quantified_sources(opener, head, lex):
        return "vague"  # « plusieurs sources », « diverses sources », « ses sources »
    after = words[words.index(head) + 1 :] if head in words else []
    descriptors = lex.word_set("source_descriptors")
    return "anonymous" if any(word.strip(",.") in descriptors for word in after) else "vague"


def _quantified_sources(opener: str, head: str, lex: Lexicon) -> bool:
    """A French plural opened by anything but a plain article is quantified or owned; an
    English one has no article, so only a quantifier or a possessive ("some sources", "their
    sources") does so: "Federal government sources with direct knowledge" are placed."""
    if lex.language != "en":
        return opener not in lex.word_set("plain_plural_articles") and opener != head
    quantifiers = lex.word_set("vague_determiners")
    return opener in quantifiers or opener in lex.word_set("possessive_determiners")


@built_once
def _comparison_openers(lex: Lexicon) -> list[str]:
    """The lexicon's openers as the words are read: « l'aîné » -> « l' aîné »."""
    return [
        re.sub(r"\b([ldjmnst]|qu)'(?=\w)", r"\1' ", opener)
        for opener in lex.words("comparison_openers")
    ]


def _opens_with(words: list[str], openers: list[str]) -> bool:
    text = " ".join(words)
    return any(text == o or text.startswith(o + " ") for o in openers)


def _owned_by_name(phrase: str, words: list[str], head: str, lex: Lexicon) -> bool:
    """ "le tract de la CGT", "a banner of Greenpeace": a name complements the noun itself;
    « des banderoles du cortège parti du siège de l'Union » hold one farther on, not theirs."""
    written = _WRITTEN_SPLIT.split(phrase.replace("\u2019", "'").strip(' ,.«»“”"'))
    written = [w for w in written if w]
    if len(written) != len(words) or head not in words:
        return False
    at = words.index(head) + 1
    if at >= len(words) or words[at] not in lex.word_set("complement_marks"):
        return False
    at += 1
    if at < len(words) and words[at] in lex.word_set("definite_articles"):
        at += 1
    return at < len(written) and written[at][:1].isupper()


_WRITTEN_SPLIT = re.compile(r"\s+|(?<=\b[ldjmnstLDJMNST]')|(?<=\b[Qq]u')")


def document_only_refused(cue: str, subject: str, lex: Lexicon) -> bool:
    """ "The report highlights common failings", "The report relates a number of cases": verbs
    of showing (lexicon ``document_only_cues``) report their object only with a document for
    their subject (its head one of ``possessed_documents`` or ``issued_documents``, the word
    before a complement, "a report on RSLs' handling of casework"); "the storm highlighted the
    need for drains" shows, nobody says."""
    if fold(cue) not in lex.word_set("document_only_cues"):
        return False
    closing = lex.word_set("head_closing_words")
    words = fold(subject).replace(",", " ").split()
    head = next(
        (w for i, w in enumerate(words) if words[i + 1 : i + 2] == [] or words[i + 1] in closing),
        "",
    )
    return head not in lex.word_set("possessed_documents") and head not in lex.word_set(
        "issued_documents"
    )
