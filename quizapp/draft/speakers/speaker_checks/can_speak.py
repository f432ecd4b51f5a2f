"""Whether a finding's speaker is anyone who can speak at all (plausible22).

Wrong speakers of unseen articles were often words no reader takes for a speaker: « même »
(« le Snalc (classé à droite, même s'il le réfute) fustige »), « impossible », « du mal à
passer », « sa formule » (« selon sa formule »), « des haut-parleurs », "scathing about the
impact of", "targets". Each came from its own bug in cutting a subject, and fixing the shapes
one by one did not carry to the next batch. This is one test over every finding instead: a
speaker can speak when it is a proper name, an impersonal voice (« on », "it is understood"),
a group pronoun (« plusieurs », "others"), a phrase holding a noun of a person, a body, a group
or a document of the lexicons (the lists named by ``speaking_noun_lists``, the nouns of
``speaking_nouns``, the endings of ``person_noun_endings``), or a noun phrase opened by an
article whose noun no list holds (it may name anyone). Anything else is no speaker: a word
cut out of the sentence, a bare demonstrative, a thing someone has (« sa formule »).
"""

from __future__ import annotations

from quizapp.draft.speakers.speaker_checks.cut_phrases import not_a_speaker
from quizapp.draft.speakers.speaker_checks.voiceless_heads import thing_headed
from quizapp.draft.text.word_patterns import ELIDED_OPENING, WORD_BREAKS, WORD_FROM_LETTER
from quizapp.draft.words.lexicon import Lexicon, built_once, fold
from quizapp.draft.words.plural import written_plural


def can_speak(name: str, lex: Lexicon, unknown_nouns: bool = True, heads: bool = True) -> bool:
    """``name`` (a finding's speaker as written) names someone who can speak; with
    ``unknown_nouns`` False, a noun phrase no list holds (« la métaphore ») does not: a rule
    that needs a person or a body as subject asks that (objects52). With ``heads`` False, a
    phrase whose head is a thing (``thing_speaker``) is read as before speakable53."""
    folded = fold(name).strip(' ,.;:()«»"“”')
    settled = _settled(name, folded, lex, heads)
    if settled is not None:
        return settled
    words = [ELIDED_OPENING.sub("", w) for w in WORD_FROM_LETTER.findall(name)]
    words = [w for w in words if w]
    if any(_named(w, lex) for w in _past_opening_capital(words, lex)):
        return True  # « Belgique » too: a place's name speaks for its government
    plain = [fold(w) for w in words]
    if _group_words(plain, lex) or any(speaking_noun(w, lex) for w in plain):
        return True
    return unknown_nouns and _unknown_noun_phrase(name, plain, lex)


def person_or_body(name: str, lex: Lexicon) -> bool:
    """``name`` can speak and names a person, a body or a group by a proper name, a personal
    pronoun or a noun of the person and body lists (``signer_nouns``): not by a noun's ending
    alone ("The disaster", "This winter") nor by a neuter pronoun ("It", lexicon ``pronouns``
    'n'). A verb of showing with "that" reports for such a subject only (mend59e)."""
    folded = fold(name).strip(' ,.;:()«»"“”')
    if not folded or not can_speak(name, lex, unknown_nouns=False):
        return False
    if folded in lex.word_set("subject_pronouns"):
        return lex.raw.get("pronouns", {}).get(folded) != "n"  # "They", "She"; not "It"
    words = [w for w in WORD_FROM_LETTER.findall(name) if w]
    if any(_named(w, lex) for w in _past_opening_capital(words, lex)):
        return True
    signers = signer_nouns(lex)
    return any(fold(w) in signers or singular_noun(fold(w)) in signers for w in words)


def _settled(name: str, folded: str, lex: Lexicon, heads: bool) -> bool | None:
    """What the whole phrase settles before its words are read (``can_speak`` ran past 20
    lines with noone54's test, so the phrase's tests stand here); None when its words tell."""
    if not folded:
        return True  # no speaker: nothing to check
    if folded in lex.word_set("lone_articles"):
        return False  # « Une », « L' » cut from « Une attaque », « L'opposant » (noone54)
    if folded in _voices(lex) or lex.is_phrase("anonymous_determiners", folded):
        return True  # « on », "it is understood", « il », "they"
    if not_a_speaker(name, lex):
        return False  # « Difficile », « Une attaque frontale » (cut46)
    if heads and thing_speaker(name, lex):
        return False  # « son ampleur », « le cœur de la commune », « Acte I » (speakable53)
    return None


def _group_words(plain: list[str], lex: Lexicon) -> bool:
    """A group's pronoun: quantifiers with linking words only (« plusieurs », « un autre »,
    "others"; not « des », "the" alone), or a group's tail (« l'un d'eux », « le plus âgé des
    deux », "one of them"): it speaks for members the article need not name."""
    quantifiers = _quantifiers(lex)
    linking = _linking(lex)
    if any(w in quantifiers for w in plain) and all(
        w in quantifiers or w in linking for w in plain
    ):
        return True
    return bool(plain) and plain[-1] in _group_tails(lex)


def thing_speaker(name: str, lex: Lexicon) -> bool:
    """``name``'s head is a thing, a quality or an event that cannot speak, and no noun of
    a person, a body or a document (``voiceless_heads.thing_headed``, speakable53)."""
    return thing_headed(name, lex, speaking_nouns(lex))


def _past_opening_capital(words: list[str], lex: Lexicon) -> list[str]:
    """The words that may hold a name: all of them, but the first of a phrase whose other
    words are all in lower case where the lexicon says a sentence's opening capital makes
    no name (``opening_capital_no_name``, English: "Record low returns of coho", "Other
    issues raised included", cut out of the sentence they open). One word alone ("Unite",
    "Passions") may be a name, and a group's word or a number ("Many of those displaced…",
    "Two think tanks") is read as one."""
    rest = words[1:]
    lower = bool(rest) and not any(w[:1].isupper() for w in rest)
    group = bool(words) and fold(words[0]) in _openers_of_groups(lex)
    return rest if lower and not group and lex.raw.get("opening_capital_no_name") else words


def voiceless(name: str, lex: Lexicon) -> bool:
    """An impersonal voice that names nobody (``_voiceless_voices``, English only: an
    agentless passive, "were told", "is thought", and "it is understood"). It can speak, but
    the keys give such a statement no speaker (13 in 10 batches, english23), and a drafted
    question that asks who said it has no answer to give."""
    return fold(name).strip(' ,.;:()"“”') in _voiceless_voices(lex)


@built_once
def _voiceless_voices(lex: Lexicon) -> frozenset[str]:
    """Every entry of lexicon ``impersonal`` but those of ``voiced_impersonals``, where the
    lexicon sets ``voiceless_voices`` (English); none elsewhere."""
    if not lex.raw.get("voiceless_voices"):
        return frozenset()
    return lex.word_set("impersonal") - lex.word_set("voiced_impersonals")


def _unknown_noun_phrase(name: str, plain: list[str], lex: Lexicon) -> bool:
    """A noun phrase whose noun no list holds, opened by an article or a demonstrative (« la
    cellule de crise », "the guide"): it may name anyone, so it stays; one opened by a
    possessive (lexicon ``thing_possessives``: « sa formule », « ses dires ») is what someone
    has, not who speaks, one opened by a partitive (``partitive_articles``: « du mal à
    passer ») is a quantity, and a determiner alone (« ce ») names no one."""
    first = fold(name).lstrip(' «"“(').split(" ")[0]
    first = first.split("'")[0] + "'" if "'" in first else first
    mute = lex.word_sets("thing_possessives", "partitive_articles")
    if first in mute or (len(plain) < 2 and "'" not in first):
        return False
    return first in lex.word_set("determiners")


def speaking_noun(word: str, lex: Lexicon) -> bool:
    """A noun of the lexicons' lists, or one whose ending (lexicon ``person_noun_endings``:
    « -eur », « -iste », "-er") makes it a person's."""
    single = singular_noun(word)
    if word in speaking_nouns(lex) or single in speaking_nouns(lex):
        return True
    return len(single) > 4 and single.endswith(tuple(lex.words("person_noun_endings")))


def _named(word: str, lex: Lexicon) -> bool:
    """A capitalised word that is no determiner: part of a proper name or an acronym."""
    return word[:1].isupper() and fold(word) not in lex.word_set("determiners")


def singular_noun(word: str) -> str:
    """A plural noun's singular as the lexicons mostly list it (« élus » -> « élu »,
    « nageurs » -> « nageur », "families" -> "family", "bosses" -> "boss"); read here and by
    speakers/redescribed.py (« de nageurs » names people too). titles/descriptions.singular keeps
    "press" and "business" whole, a rule of its own."""
    if len(word) <= 3 or not written_plural(word):
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-2] if word.endswith("sses") else word[:-1]


@built_once
def _voices(lex: Lexicon) -> frozenset[str]:
    """Impersonal voices and pronouns: the resolver and the drafted questions answer for them
    (an English passive voice, "it is understood", is named as a voice: teacher17)."""
    keys = ("impersonal", "pronouns", "subject_pronouns", "latter_pronouns", "indefinite_voices")
    return frozenset(fold(w) for key in keys for w in lex.raw.get(key, ()))


@built_once
def _quantifiers(lex: Lexicon) -> frozenset[str]:
    """The words of a group or one of a group standing alone as a pronoun."""
    keys = ("vague_determiners", "anonymous_determiners")
    entries = (fold(entry) for key in keys for entry in lex.raw.get(key, ()))
    words = frozenset(ELIDED_OPENING.sub("", w) for entry in entries for w in entry.split())
    return words - lex.word_sets("determiners", "non_noun_openers", "partitive_markers") - {""}


@built_once
def _openers_of_groups(lex: Lexicon) -> frozenset[str]:
    """The words that open a group or a count, capitalised or not: quantifiers, determiners,
    function words and numbers."""
    return _quantifiers(lex) | _linking(lex) | lex.word_set("number_words")


@built_once
def _linking(lex: Lexicon) -> frozenset[str]:
    """Determiners and function words: they link a phrase's words, and name no one alone."""
    return lex.word_sets("determiners", "function_words")


@built_once
def _group_tails(lex: Lexicon) -> frozenset[str]:
    """The pronouns and numbers that close one picked out of a group (« d'eux », "of them")."""
    return lex.word_set("group_pronoun_tails") | frozenset(lex.raw.get("number_words", ()))


@built_once
def speaking_nouns(lex: Lexicon) -> frozenset[str]:
    """Every noun of a person, a body, a group or a document the lexicons list, each word
    of a multi-word entry, in the singular as listed and as ``_singular`` makes it."""
    return _listed_nouns(lex, (*lex.raw.get("speaking_noun_lists", ()), "speaking_nouns"))


@built_once
def signer_nouns(lex: Lexicon) -> frozenset[str]:
    """The same words from the lists of a person or a body only (lexicon
    ``signer_noun_lists``): who may sign a quotation after a dash or a comma, not a work or
    a document (« « … », un documentaire de X » signs nothing; mend38e)."""
    return _listed_nouns(lex, tuple(lex.raw.get("signer_noun_lists", ())))


def _listed_nouns(lex: Lexicon, keys: tuple[str, ...]) -> frozenset[str]:
    """The words of the lexicon lists ``keys`` that are no filler, each as listed and in
    the singular."""
    fillers = lex.word_sets("speaking_noun_fillers", "function_words", "non_noun_openers")
    fillers |= lex.word_set("determiners")
    found: set[str] = set()
    for key in keys:
        entries = lex.raw.get(key, ())
        for entry in entries if not isinstance(entries, dict) else _dict_words(entries):
            words = WORD_BREAKS.split(fold(entry)) if isinstance(entry, str) else []
            found |= {form for w in words if w not in fillers for form in (w, singular_noun(w))}
    return frozenset(found)


def _dict_words(entries: dict) -> list[str]:
    """The keys of a dictionary lexicon and the words of its list values."""
    values = [v for value in entries.values() if isinstance(value, list) for v in value]
    return [*entries, *values]
