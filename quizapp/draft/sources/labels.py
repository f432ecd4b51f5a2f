"""Labels of descriptions that a definite article or a name in a complement can mislead.

"Le jeune brigadier", "l'homme en garde à vue", "the suspect": the article makes the phrase
definite, not the person named; such a person, whom the article describes without naming, is
an anonymous source (DESIGN.md). Offices that only one person holds ("le préfet", "son
directeur général") stay named, but not a court's or a town's office the article never names
(« le procureur », « le maire de Taconnay », speakers23). "Le conseiller d'Emmanuel Macron" or "the
wife of John Smith": the name belongs to the complement, and the speaker is the described
person, not the one named.
"""

from __future__ import annotations

import re

from quizapp.draft.names.naming.gender import first_name_gender
from quizapp.draft.text.word_patterns import kept_pattern
from quizapp.draft.words.lexicon import Lexicon, alternation, built_once, fold

_QUOTE_MARKS_ANY = re.compile(r"[«»“”\"„]")


@built_once
def _complement(lex: Lexicon) -> frozenset[str]:
    """What ends the search for the person noun heading a description: a complement's
    preposition, a relative or a comma (``complement_prepositions``, ``description_stops``)."""
    return lex.word_set("complement_prepositions") | lex.word_set("description_stops") | {","}


def described_person(words: list[str], lex: Lexicon) -> str | None:
    """The person noun heading a definite singular description ("le jeune brigadier" ->
    "brigadier"), else None. ``words``: the folded words, elided articles apart."""
    if not words or words[0] not in lex.word_set("singular_definite_articles"):
        return None
    if any(office in " ".join(words) for office in lex.words("compound_offices")):
        return None  # « l'avocat général »: an office one person holds, named
    nouns = lex.word_set("unnamed_person_nouns")
    for word in words[1:]:
        if word in _complement(lex):
            return None
        if word in nouns:
            return word
    return None


def name_in_complement(phrase: str, words: list[str], lex: Lexicon) -> bool:
    """A described person followed by a complement holding a name ("le conseiller
    d'Emmanuel Macron", "un proche de Jean Dupont", "the wife of John Smith"): the name is
    not the speaker's. Spokespeople speak for the organisation they are of, and keep it."""
    nouns = lex.word_sets("unnamed_person_nouns", "anonymous_heads")
    for index, word in enumerate(words[:-1]):
        if word in lex.word_set("spokesperson_nouns"):
            return False
        if word in nouns:  # "l'homme en garde à vue dans le Val-de-Marne"
            if "," in phrase:
                return False  # "le conseiller, Jean Dupont": a name in apposition
            if _written_title(phrase, words, index, lex):
                return False  # "Minister of Housing Megan Woods": a title, then the name
            if _named_before_noun(phrase, words, index):
                return False  # « Paul X le responsable de la communication »: his own name
            after = words[index + 1] in lex.word_set("complement_prepositions")
            return after or _preposition_first(phrase, words, index, lex)
    return False


def speaks_for_a_known_body(words: list[str], head: str, lex: Lexicon) -> bool:
    """A spokesperson with no English complement ("a police spokesman") or whose complement
    (lexicon ``spokesperson_complements``: "for", "of", « du », « de ») is a definite body
    ("a spokesperson for the school", « un porte-parole du distributeur », « de
    l'établissement »: its noun one of ``spokesperson_body_lists``' words): a body the article
    knows, so named (DESIGN.md: a spokesperson of a named organisation). Not one "for a local
    firm" (no body anyone can name), "for the family" nor « du collectif » (no body)."""
    complements = lex.word_set("spokesperson_complements")
    at = next((i for i, w in enumerate(words) if w in complements), None)
    if at is None:
        return lex.language == "en"  # « le porte-parole » alone is read by its article
    before = head in words and words.index(head) < at
    return before and _definite_body(words[at:], lex)


def _definite_body(complement: list[str], lex: Lexicon) -> bool:
    """The complement (from its preposition) opens on a definite article, or is one
    (« du »: lexicon ``contracted_articles``), followed by a body's noun."""
    if complement[0] in lex.word_set("contracted_articles"):
        return len(complement) > 1 and complement[1] in _body_words(lex)  # « du lycée »
    after = complement[1:3]
    definite = len(after) == 2 and after[0] in lex.word_set("definite_articles")
    return definite and after[1] in _body_words(lex)


@built_once
def _body_words(lex: Lexicon) -> frozenset[str]:
    """The nouns of a body a spokesperson speaks for (lexicon ``spokesperson_body_lists``)."""
    return lex.word_sets(*lex.words("spokesperson_body_lists"))


def _named_before_noun(phrase: str, words: list[str], noun: int) -> bool:
    """The phrase opens on a name and holds no capital after the noun (« Stanislas X le
    ministre de la fonction publique »): the name is the holder's own, set before their
    office with no comma, and the complement after the noun names no one (labels22)."""
    written = written_words(phrase)
    if len(written) != len(words) or not written[0][:1].isupper():
        return False
    return not any(w[:1].isupper() for w in written[noun + 1 :])


def _written_title(phrase: str, words: list[str], noun: int, lex: Lexicon) -> bool:
    """ "Minister of Housing Megan Woods", "Minister for Health Jane Doe": an office one
    holds (lexicon ``person_descriptions``, not a tie to someone such as ``unnamed_person_nouns``'s
    "lawyer" or "wife") written with a capital, its field capitalised after "of" or "for"
    (lexicon ``title_field_prepositions``), is a title before the holder's own name, not a
    complement that names someone else."""
    word = words[noun]
    if word not in lex.word_set("person_descriptions") or word in lex.word_set(
        "unnamed_person_nouns"
    ):
        return False
    written = written_words(phrase)
    if len(written) != len(words) or noun + 2 >= len(words):
        return False
    field = written[noun + 2]
    of = words[noun + 1] in lex.word_set("title_field_prepositions")
    return written[noun][:1].isupper() and of and field[:1].isupper()


def written_words(phrase: str) -> list[str]:
    """The phrase's words as written, elided articles apart (as ``words`` are, folded)."""
    bare = _QUOTE_MARKS_ANY.sub(" ", phrase.replace("\u2019", "'")).strip(" ,.")
    return re.sub(r"\b([ldjmnst]|qu)'(?=\w)", r"\1' ", bare, flags=re.IGNORECASE).split()


def circle_of_name(words: list[str], lex: Lexicon) -> bool:
    """« les services de l'État », « le camp de Marine Le Pen », « les équipes de Laurent
    X »: a circle of the lexicon's ``on_circles`` (people around someone, a body's staff)
    with its complement speaks as the circle, never as the name it is of (« l'État »)."""
    if len(words) < 4 or words[0] not in lex.word_set("definite_articles"):
        return False
    return words[1] in lex.word_set("on_circles") and words[2] in lex.word_set("complement_marks")


def _preposition_first(phrase: str, words: list[str], noun: int, lex: Lexicon) -> bool:
    """ "l'homme arrêté lundi dans le Var": between the person noun and the first
    capitalised word stands a preposition, and an article or a preposition right before that
    word, so the name is a place or a body in a complement, not the person's own name."""
    written = written_words(phrase)
    if len(written) != len(words):
        return False
    first = next((i for i in range(noun + 1, len(words)) if written[i][:1].isupper()), None)
    prepositions = lex.word_set("complement_prepositions")
    if first is None or words[first - 1] not in prepositions | lex.word_set("definite_articles"):
        return False  # "le chef de file de l'opposition tchadienne Jean X": a title, a name
    return any(w in prepositions for w in words[noun + 1 : first])


def possessed_office(words: list[str], lex: Lexicon) -> bool:
    """ "son directeur général", "its chief executive": an office of the body the
    possessive stands for, held by one person: named, as "le directeur général de l'OMS"."""
    if not words or words[0] not in lex.word_set("body_possessives"):
        return False
    offices = lex.word_set("person_descriptions") - lex.word_set("unnamed_person_nouns")
    return any(word in offices for word in words[1:3])


def group_from_place(phrase: str, words: list[str], lex: Lexicon) -> bool:
    """ "les pêcheurs de la Brévenne", « les responsables de supermarchés en Mayenne »:
    people counted by where they are from are an unidentifiable group (vague), and the
    place is no speaker. The head is a word for a group of people (lexicon ``vague_heads``);
    offices (« les ministres de X ») and a person in the complement (« les avocats de Jean
    X »: people one can identify) are not such groups."""
    if len(words) < 4 or words[0] != "les" or words[1] not in lex.word_set("vague_heads"):
        return False  # a group of people (« les informations de RTL » are RTL's)
    offices = ("person_descriptions", "named_institutions")
    office = any(words[1][:-1] in lex.word_set(key) for key in offices)
    if office or not _preposition_first(phrase, words, 1, lex):
        return False
    capitals = _capitals_after_head(phrase)
    return bool(capitals) and not first_name_gender(capitals[0], lex)


def office_of_body(phrase: str, words: list[str], lex: Lexicon) -> bool:
    """ "le P-DG d'Orange", « la directrice de l'Unesco »: an office followed by the body it
    is of speaks as the one who holds it (a description the resolver links to a name), not
    as the body. A person's name in it (« le ministre de l'Intérieur Jean X ») keeps it, and
    so does a name set after it by a comma, its first name listed or not (« le porte-parole
    de la Ville, Dominic X »: the holder named in apposition, apposed29)."""
    if _APPOSED_NAME_AT_END.search(phrase):
        return False
    definite = bool(words) and words[0] in lex.word_set("singular_definite_articles")
    if len(words) < 4 or not definite or words[2] not in lex.word_set("complement_prepositions"):
        return False
    if words[1] not in lex.word_set("person_descriptions"):
        return False
    capitals = _capitals_after_head(phrase)
    return bool(capitals) and not any(first_name_gender(w, lex) for w in capitals)


# "Dominic X", "Me Julie Y": two to four capitalised words, the name that closes a phrase after
# its last comma (here, and speaker_phrases/source_names.closing_name)
CLOSING_NAME_WORDS = r"(?:[A-ZÀ-Ý][\w.'’-]*\s+){1,3}[A-ZÀ-Ý][\w'’-]+"
_APPOSED_NAME_AT_END = re.compile(r",\s*" + CLOSING_NAME_WORDS + r"\s*$")


def _capitals_after_head(phrase: str) -> list[str]:
    """The capitalised words after a description's article and head, elided ones too
    (« d'Orange » -> Orange)."""
    bare = _QUOTE_MARKS_ANY.sub(" ", phrase.replace("\u2019", "'")).strip(" ,.")
    rest = " ".join(bare.split()[2:])
    return re.findall(r"(?:(?<=\s)|(?<=')|^)([A-ZÀ-Ý][\w-]*)", rest)


def named_only_as_asker(phrase: str, words: list[str], lex: Lexicon) -> bool:
    """« les syndicats interrogés lundi par l'AFP », « les responsables associatifs interrogés
    par l'AFP »: the one name comes after a participle of asking and « par » (lexicon
    ``asking_participles``): the outlet that asked relays the source, it does not speak
    (speakers21; « Bernard X, policier, contacté par Le Figaro » names the source first)."""
    asked = next((i for i, w in enumerate(words) if w in lex.word_set("asking_participles")), None)
    agents = lex.word_set("agent_prepositions")
    if asked is None or not agents & set(words[asked + 1 : asked + 4]):
        return False
    written = written_words(phrase)
    before = written[1 : asked + 1] if len(written) == len(words) else []
    return bool(before) and not any(w[:1].isupper() for w in before)


_ELIDED = re.compile(r"\b([ld]')(?=\w)")  # « l'édile », « maire d'Arlanc »: the article apart


def unnamed_local_office(speaker: str | None, text: str, lex: Lexicon) -> bool:
    """« le procureur », « la juge des enfants », « le maire de Taconnay »: a speaker left,
    once the whole article is read, as the bare description of an office held in one court
    or academy (lexicon ``unnamed_local_offices``) or, with the complement saying which town,
    of a town's office (``unnamed_town_offices``), no name written after its noun, and no
    name the article ``text`` sets beside that office (``holder_written``). Whoever holds it
    the reader cannot name: a described individual, anonymous, as the keys label them
    (counts in the lexicon). A national office (« la ministre de l'Éducation ») or « le
    préfet de X » stays named, as the keys have them."""
    words = _ELIDED.sub(r"\1 ", fold((speaker or "").strip())).split()
    if len(words) < 2 or words[0] not in lex.word_set("singular_definite_articles"):
        return False
    complement = len(words) > 2 and words[2] in lex.word_set("complement_prepositions")
    if len(words) > 2 and not complement:
        return False  # « le maire Paul X »: the holder named after the noun
    local = words[1] in lex.word_set("unnamed_local_offices")
    town = complement and words[1] in lex.word_set("unnamed_town_offices")
    return (local or town) and not holder_written(words[1], words[3:], text, lex)


@built_once
def _holder_parts(lex: Lexicon) -> tuple[str, str, str]:
    """The patterns ``holder_written`` sets around an office, from the lexicon: a complement's
    preposition, never a clause (``holder_complement_prepositions``); a person's name, maybe
    after a title (``holder_name_titles``); what may open the office after a name and a comma
    (``open_title_determiners``)."""
    words = lex.raw.get("holder_complement_prepositions", [])
    plain = alternation(w for w in words if not w.endswith("'")) or "(?!)"
    elided = alternation(w for w in words if w.endswith("'")) or "(?!)"
    titles = alternation(lex.raw.get("holder_name_titles", [])) or "(?!)"
    name = rf"(?:(?:{titles})\s+)?[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)+"
    return rf"(?:(?:{plain})\b|{elided})", name, lex.one_of("open_title_determiners")


def holder_written(office: str, complement: list[str], text: str, lex: Lexicon) -> bool:
    """Whether the article writes a person's name beside ``office`` anywhere: « son recteur,
    Yves X », « le recteur de l'université, Yves X », « le recteur Yves X », « Yves X,
    recteur de … » (with ``complement``'s words after the office when the speaker has one:
    « Jany X, maire de la Chapelle » holds no other town's office). Read on the article
    itself, not on the drafter's links of descriptions to names, which a stray capital in
    between can break (speakers24: « Le recteur » lost its label so on fresh text)."""
    of, name, determiners = _holder_parts(lex)
    word = rf"(?i:\b{re.escape(office)}\b)"
    after = rf"{word}(?:\s+{of}[^.,;:«»\"“”]{{0,60}})?\s*,?\s+{name}"
    before = rf"{name}\s*,\s*(?:(?i:{determiners})\s*)?{word}"
    wanted = set(re.findall(r"\w{3,}", " ".join(complement)))
    for found in kept_pattern(rf"{after}|{before}").finditer(text):
        at = found.start() + kept_pattern(word).search(found.group(0)).end()
        said = fold(re.split(r"[,.;:()«»]", text[at : at + 120])[0])
        if wanted <= set(re.findall(r"\w{3,}", said)):
            return True
    return False
