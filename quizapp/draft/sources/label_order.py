"""The label of a source phrase no form settles (``reading.read_source`` asks it): named,
anonymous or vague, by the order of DESIGN.md's rules: an anonymity marker, a spokesperson, one
of a group, « sources », a counted group or a staff noun, a possessed office, the determiner,
a name, and last the number and article of a common noun.
"""

from __future__ import annotations

import re

from quizapp.draft.names.naming.places import ends_like_inhabitant
from quizapp.draft.sources.head_words import head_noun, is_plural
from quizapp.draft.sources.labels import described_person, possessed_office, speaks_for_a_known_body
from quizapp.draft.sources.source_kinds import kind_label, sources_label
from quizapp.draft.words.lexicon import Lexicon, built_once


def spaced_elision(text: str) -> str:
    """ "l'interlocuteur" as read: "l' interlocuteur" (elided articles stand apart)."""
    return re.sub(r"\b([ldjmnst]|qu)'(?=\w)", r"\1' ", text)


def source_label(
    phrase: str, words: list[str], lex: Lexicon, has_name: bool, titled: bool = False
) -> str:
    """Named, anonymous or vague, by the order of DESIGN.md's rules (``titled``: a capital
    after the article, « La Lettre du continent », a title, not a document)."""
    folded = " " + " ".join(words) + " "
    if any(marker in folded for marker in lex.words("anonymity_markers")):
        return "anonymous"
    head = head_noun(words, lex, phrase)
    if has_name and _held_document(words, lex) and _holder_named(phrase, lex):
        return "named"  # « un récent rapport de la Cour des comptes »: the Court's word
    label = _head_label(phrase, (folded, words), head, lex, has_name)
    if label is None:
        label = _determiner_label(folded, words, head, lex)
    if label is not None:
        return label
    if has_name:
        return "named"
    return _common_noun_label(words, head, lex, titled)


def _head_label(
    phrase: str, read: tuple[str, list[str]], head: str, lex: Lexicon, has_name: bool
) -> str | None:
    """The label the phrase's head settles whatever its determiner: a spokesperson, one of a
    group, a source, a kind of source (source_kinds); None when it settles none. ``read``:
    the phrase folded as one string and as words."""
    folded, words = read
    if _named_spokesperson(words, head, lex, has_name):
        return "named"  # "a police spokesman", « un porte-parole du ministère », "a spokeswoman"
    if _one_of_a_group(folded, lex, has_name):
        return "anonymous"  # "l'un d'eux", « un de ses collègues », "one of the": one of a group
    if head in {"source", "sources"}:
        return sources_label(words, head, lex)
    return kind_label(phrase, words, head, lex)  # a counted group, a staff noun, a sign, …


def _determiner_label(folded: str, words: list[str], head: str, lex: Lexicon) -> str | None:
    """The label the phrase's opening words settle: a possessed office, a vague possessive,
    a group of people, an indefinite or a vague determiner; None when they settle none."""
    if possessed_office(words, lex):
        return "named"  # "son directeur général": the office of a body met before
    if _starts_with(folded, lex.words("vague_possessive_groups")):
        return "vague"
    if " of " in folded and head in lex.word_set("group_nouns"):
        return "vague"  # "a group of anonymous current and former staff": a group, not one
    indefinite = _starts_with(folded, lex.words("anonymous_determiners"))
    if indefinite and _group_of_people(words, head, lex):
        return "vague"  # « un groupe de skieurs », « un collectif d'habitants »: many, unnamed
    if indefinite and (not is_plural(head, lex) or _one_named_by_place(words, head, lex)):
        return "anonymous"
    if _starts_with(folded, lex.words("vague_determiners")):
        return "vague"
    return None


def _held_document(words: list[str], lex: Lexicon) -> bool:
    """A document whose holder the complement names (lexicon ``held_documents``: « un récent
    rapport de la Cour des comptes », « des résultats de Statistiques Canada », « un courrier
    signé du maire Y »): the phrase speaks with its holder's voice, so takes the holder's
    label, never the one its article would give a described thing (phrases56). The document
    is among the first three words (its adjectives before it: the head reader may take
    « récent » for the head), its complement right after it or past one participle of
    ``held_document_participles``; the name (``has_name``) is the caller's."""
    documents = [at for at, word in enumerate(words[:3]) if word in lex.word_set("held_documents")]
    if not documents:
        return False
    after = words[documents[0] + 1 : documents[0] + 3]
    if after[:1] and after[0] in lex.word_set("held_document_participles"):
        after = after[1:]
    return bool(after) and after[0] in lex.word_set("complement_marks")


def _holder_named(phrase: str, lex: Lexicon) -> bool:
    """The name is the document's complement itself (« de la Cour des comptes », « du maire
    Paul X »), not a bare kind (« un rapport d'enquête sur la mort de Paul X », « une lettre
    de licenciement adressée à Paul X »: about or to that person, not their words; mend56b)."""
    return _holder(lex).search(phrase.replace("’", "'")) is not None  # « de l’Office »


@built_once
def _holder(lex: Lexicon) -> re.Pattern[str]:
    """A held document, a participle maybe, its complement mark and an article maybe, then a
    capital: the name, or a title and the name (« signé du maire Paul X »)."""
    documents, participles = lex.one_of("held_documents"), lex.one_of("held_document_participles")
    marks = lex.one_of("complement_marks")
    return re.compile(
        rf"(?i:\b(?:{documents})\s+(?:(?:{participles})\s+)?(?:{marks})\s*(?:(?:la|les?|l')\s*)?)"
        r"(?:[a-zà-ÿ-]+\s+)?[A-ZÀ-Ý]"
    )


def _one_named_by_place(words: list[str], head: str, lex: Lexicon) -> bool:
    """« un Machecoulais », « un Lyonnais »: « un » right before a noun of inhabitants says
    one person, though the noun ends in -s as a plural does (labels55: a described person,
    anonymous, not a group)."""
    single = words[:2] == [words[0], head] and words[0] in lex.word_set("indefinite_articles")
    return single and ends_like_inhabitant(head, lex)


def _one_of_a_group(folded: str, lex: Lexicon, has_name: bool) -> bool:
    """One person taken out of a group (« l'un d'eux », "one of the officials", lexicon
    ``one_of_group_openers``), a described individual, so anonymous; without « l' » (« un de
    ses collègues », « une des habitantes »: ``one_of_group_bare_openers``) only when the
    phrase holds no name: with one (« un des avocats de X ») the keys split, and each form
    keeps the label it had (labels27)."""
    if _starts_with(folded, lex.words("one_of_group_openers")):
        return True
    return not has_name and _starts_with(folded, lex.words("one_of_group_bare_openers"))


def _group_of_people(words: list[str], head: str, lex: Lexicon) -> bool:
    """A noun of a gathering (lexicon ``people_group_nouns``: « groupe », « foule »,
    « collectif ») whose complement is a bare plural (« de skieurs », « d'habitants »): after
    « un / une », people no one can name, so vague, not one described person. « un groupe de
    BTP » (a firm) has no plural; « le groupe d'experts » is keyed named and vague alike, so
    the definite article keeps its own label."""
    if head not in lex.word_set("people_group_nouns") or head not in words:
        return False
    after = words[words.index(head) + 1 : words.index(head) + 3]
    bare = len(after) == 2 and after[0] in lex.word_set("bare_complement_links")
    return bare and is_plural(after[1], lex)


def _named_spokesperson(words: list[str], head: str, lex: Lexicon, has_name: bool) -> bool:
    """A spokesperson (lexicon ``spokesperson_nouns``) speaks for a body, so is named: with a
    name, a named institution, with no English complement or a definite body's ("a police
    spokesman", "for the school", « du lycée »), or bare (« a confirmé un porte-parole »)."""
    if head not in lex.word_set("spokesperson_nouns"):
        return False
    return bool(
        has_name
        or set(words) & lex.word_set("named_institutions") - {head}
        or speaks_for_a_known_body(words, head, lex)
        or len(words) == 2
    )


def _common_noun_label(words: list[str], head: str, lex: Lexicon, titled: bool) -> str:
    """The label of a source with no name that no marker, determiner or group word has
    settled: by its number and its article (the last of DESIGN.md's rules)."""
    plural = is_plural(head, lex) or head in lex.words("vague_heads")
    if not plural and described_person(words, lex):
        return "anonymous"  # "le jeune brigadier": described, not named
    definite = words[0] in lex.word_set("definite_articles")
    if definite and head in lex.word_set("possessed_documents") and not titled:
        return lex.raw.get("definite_document_label", "anonymous")  # « l'étude publiée samedi »
    if words[0] == "les" and head in lex.word_set("plural_institutions"):
        return "named"  # « les pompiers »: a service of its own, not a group of people
    if definite and not plural and _of_an_indefinite(words, head, lex):
        return "anonymous"  # « le gérant d'un autre magasin »: the office of no one known
    if definite:
        return "vague" if plural else "named"  # "le parquet", "l'armée"; "les enquêteurs"
    if lex.language == "en" and len(words) == 1 and head in lex.word_set("named_institutions"):
        return "named"  # a headline's "…, union says", "Council apologises"
    return "vague" if plural else "anonymous"


def _of_an_indefinite(words: list[str], head: str, lex: Lexicon) -> bool:
    """The head's complement opens on an indefinite article (« le gérant d'un magasin »,
    « la directrice d'une école »): it names no body, so the office identifies no one."""
    at = words.index(head) + 1 if head in words else len(words)
    after = words[at : at + 2]
    indefinite = lex.word_set("indefinite_articles")
    marks = lex.word_set("complement_marks")  # « de », "of"
    return len(after) == 2 and after[0] in marks and after[1] in indefinite


def _starts_with(folded: str, entries: list[str]) -> bool:
    """Whether ``folded`` is an entry or opens on one followed by a space: the text's own
    openings up to each space are looked up in the entries' set, not each entry in turn
    (speed44: some 600 entries tried at each source phrase)."""
    text = folded.strip()
    spaced = _SPACED.get(id(entries))
    if spaced is None or spaced[0] is not entries:  # "l'une" as read: "l' une"
        spaced = _SPACED[id(entries)] = (entries, frozenset(map(spaced_elision, entries)))
    listed = spaced[1]
    return text in listed or any(text[:at] in listed for at, c in enumerate(text) if c == " ")


_SPACED: dict[int, tuple[list[str], frozenset[str]]] = {}  # the lexicon's lists, elisions apart
