"""Lexicon tables for the senses of a reporting verb that report nothing, read once per
lexicon (recall13; the detect package reads them): a verb that also measures or points
(« le chômage pointe à 8 % »), one that reports only when reflexive (« s'interroge sur »), and
the circumstance that may follow the subject of a cue closing its sentence (after a comma, or
right after the name that ends that subject: recall14); and what the object
of a verb of ``prepositional_cues`` must open with to report (« appelle à », « parle d'un « … » »,
« appelle au calme »), the patterns objects/allowed matches an object against."""

from __future__ import annotations

import re
from functools import partial

from quizapp.draft.text.sentence.gerunds import before_gerund
from quizapp.draft.words.lexicon import Lexicon, alternation, built_once, fold, verb_forms


def measure_openings(lex: Lexicon, key: str) -> dict[str, re.Pattern[str]]:
    """Each form of a verb of the lexicon's ``key`` (reflexive_measures, plain_measures), its
    infinitive too (« a choisi de dire non »), -> the pattern of the words after it that give
    it a sense that says nothing (« s'estime à », « pointe à », « vers », « dit oui »)."""
    return lex.remembered("measure_openings", key, partial(_openings, lex))


def _openings(lex: Lexicon, key: str) -> dict[str, re.Pattern[str]]:
    table: dict[str, re.Pattern[str]] = {}
    for lemma, words in lex.raw.get(key, {}).items():
        pattern = re.compile(r"\s*(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.I)
        table |= {form: pattern for form in (lemma, *verb_forms(lex, lemma))}
    return table


@built_once
def reflexive_only_forms(lex: Lexicon) -> frozenset[str]:
    """The forms of the verbs of prepositional_cues marked "reflexive" (« s'interroger sur »)."""
    rules = lex.raw.get("prepositional_cues", {}).items()
    return frozenset(
        f for lemma, rule in rules if rule.get("reflexive") for f in verb_forms(lex, lemma)
    )


@built_once
def closing_adjunct(lex: Lexicon) -> re.Pattern[str]:
    """A comma and a preposition that opens an adjunct after the inverted subject (lexicon
    closing_cue_adjuncts: « …, a jugé jeudi l'IRSN, après la décision d'EDF d'arrêter… »),
    or a day of the week (« …, a affirmé la ministre X, mercredi à l'Assemblée, à
    l'encontre de… »): what follows is the circumstance, not more of the subject, and does
    not count against the few words a closing cue may have after it."""
    openers = lex.raw.get("closing_cue_adjuncts", []) + lex.words("weekdays")
    words = alternation(openers, loose_spacing=True)
    return re.compile(rf",\s+(?:{words})\b" if words else r"(?!)")


def _word_pattern(word: str) -> str:
    """A word that must end there ("de", not "dernier"); an elided one ("d'") is followed."""
    if word.endswith("'"):
        return re.escape(word[:-1]) + "['’]"
    return re.escape(word) + r"(?!\w)"


@built_once
def prepositional_forms(lex: Lexicon) -> dict[str, str]:
    """Each form of a verb of ``prepositional_cues`` -> the pattern its object opens with."""
    table: dict[str, str] = {}
    for lemma, rule in _rules(lex).items():
        preposition = _preposition(rule["after"])
        pattern = preposition
        if rule.get("quoted"):  # "parle d'un « incident »", not "parle de la réforme"
            pattern += r"\s*(?:(?:un|une|le|la|les|l['’])\s*)?[«“\"]"
            pattern = rf"(?:{pattern}|\s*[«“\"]{preposition})"  # « parle « d'opacité » »
        if rule.get("object"):  # "appelle les Occidentaux à cesser d'« annoncer »"
            soon = rf"(?:\s*[«“\"]{preposition}|{preposition}{_QUOTED_SOON})"
            pattern = _OBJECT_FIRST + soon
        if rule.get("infinitive_after"):  # "appelle (la population) à rester chez elle"
            pattern = rf"(?:{pattern}|{_OBJECT_FIRST}{_infinitive_after(lex, rule)})"
        if rule.get("heads"):  # "appelle à la prudence": a conduct, no quotation needed
            people = _OBJECT_FIRST if rule.get("object") else ""  # « appelle ses collègues à la… »
            pattern = rf"(?:{pattern}|{people}{_conduct(lex, rule)})"
        table |= {form: pattern for form in verb_forms(lex, lemma)}
    return table


@built_once
def prepositional_patterns(lex: Lexicon) -> dict[str, re.Pattern[str]]:
    """``prepositional_forms`` compiled once: the patterns are long, and so many others go
    through ``re``'s own cache that it dropped them, compiled again at each cue (speed18)."""
    compiled = {p: re.compile(p) for p in set(prepositional_forms(lex).values())}
    return {form: compiled[p] for form, p in prepositional_forms(lex).items()}


def _rules(lex: Lexicon) -> dict[str, dict]:
    """The rules of ``prepositional_cues``, a rule naming another verb under "conduct_of"
    taking that verb's nouns of conduct: « invite ses collègues à la retenue » is the call
    « appelle ses collègues à la retenue » is (recall55), without a second copy of the list;
    but for the nouns of its "conduct_except", events one is invited to (« invite les habitants
    au rassemblement prévu samedi », « à la concertation organisée jeudi »: mend55b)."""
    rules = lex.raw.get("prepositional_cues", {})
    return {lemma: _shared_conduct(rules, rule) for lemma, rule in rules.items()}


def _shared_conduct(rules: dict[str, dict], rule: dict) -> dict:
    """``rule`` with the conduct of the verb its "conduct_of" names, less its exceptions."""
    if "conduct_of" not in rule:
        return rule
    shared = {k: rules[rule["conduct_of"]][k] for k in ("quantity_leads", "head_qualifiers")}
    events = set(rule.get("conduct_except", []))
    heads = [h for h in rules[rule["conduct_of"]]["heads"] if h not in events]
    return rule | shared | {"heads": heads}


def _preposition(words: list[str]) -> str:
    return r"\s*(?:" + "|".join(_word_pattern(w) for w in words) + ")"


def _conduct(lex: Lexicon, rule: dict) -> str:
    """ "à la prudence", "au calme", "à une trêve", "de progrès", "d'un échec": a listed
    noun after the rule's preposition, one of its articles between (« parle du progrès
    technique » is a topic: the rule lists no definite article)."""
    heads = "|".join(re.escape(h) for h in rule["heads"])
    adverbs = alternation(lex.words("adverbs_between"), loose_spacing=True)
    preposition = _preposition(rule.get("heads_after", rule["after"]))
    articles = rule.get("head_articles", ["la", "le", "l'", "un", "une"])
    article = "|".join(_word_pattern(a) + ("" if a.endswith("'") else r"\s") for a in articles)
    qualities = alternation(rule.get("head_qualifiers", []), loose_spacing=True)
    qualified = rf"(?:(?:{qualities})\s+)?" if qualities else ""  # « une certaine retenue »
    heads = rf"(?:{article})?\s*{qualified}(?:{heads})\b"
    if rule.get("described_except"):  # « parle d'un emballement disproportionné »
        heads = rf"(?:{heads}|(?:{article})\s*{_described(lex, rule)})"
    if rule.get("quantity_leads"):  # « appelle à plus de mesure », « à davantage de… »
        leads = alternation(rule["quantity_leads"], loose_spacing=True)
        heads = rf"(?:{heads}|(?:{leads})\s*[a-zà-ÿ])"
    if rule.get("topic_openers"):  # « parle d'une mise à jour », « de concurrence fiscale »
        heads = rf"(?:{heads}|{_not_topic(lex, rule, article)})"
    if rule.get("figure_leads"):  # « parle de 500 000 euros », « d'au moins 65 morts »
        leads = alternation(rule["figure_leads"], loose_spacing=True)
        heads = rf"(?:{heads}|(?:(?:{leads})\s+)?\d)"
    return rf"(?:\s*(?:{adverbs})\b)*{preposition}\s*{heads}"


def _described(lex: Lexicon, rule: dict) -> str:
    """A noun and the word that describes it (« un emballement disproportionné », « une
    responsabilité pénale restreinte »): what the speaker calls a thing; not a manner of
    speaking (« d'une voix calme », the rule's described_except), nor a noun followed by a
    preposition, an article, a conjunction or a relative (« d'un homme de loi »)."""
    function = lex.word_set("open_title_links") | lex.word_set("determiners")
    function |= lex.word_set("subordinators") | lex.word_set("relative_pronouns")
    function |= lex.word_set("opening_connectives")
    stop = alternation(sorted(function | {fold(w) for w in rule["described_except"]}))
    word = r"[a-zà-ÿ][\w-]*"
    return rf"(?!(?:{stop})\b){word}\s+(?!(?:{stop})(?!\w)){word}\b"


def _not_topic(lex: Lexicon, rule: dict, article: str) -> str:
    """Any word after the preposition but an opener of the matter talked about (the rule's
    topic_openers: « parle de la réforme », « d'eux »), a manner of speaking (described_except
    after an article: « d'une voix calme ») or people talked about (a noun of the lexicon lists
    the rule's topic_people names, after an article: « parle d'un homme de loi »): « parle
    d'une mise à jour de code », « de concurrence fiscale » say what the speaker calls a thing
    (recall23v: over the French corpus, keyed 15 times of 15 in 13 batches)."""
    people = {w for key in rule.get("topic_people", []) for w in lex.raw.get(key, [])}
    manner = [*rule.get("described_except", []), *people]
    topics = "|".join(_word_pattern(w) for w in rule["topic_openers"])
    manner = "|".join(_word_pattern(w) for w in sorted(manner, key=len, reverse=True))
    return rf"(?!{topics}|(?:{article})\s*(?:{manner}))[\w«“\"]"


def _infinitive_after(lex: Lexicon, rule: dict) -> str:
    """ "à faire barrage", "à ne pas céder", "à se rassembler": an infinitive right after the
    rule's preposition (a determiner ending like one, « à notre », is none)."""
    determiners = "|".join(re.escape(d) for d in lex.words("determiners"))
    return (
        rf"{_preposition(rule['infinitive_after'])}\s+(?:ne\s+(?:pas|plus|jamais)\s+)?"
        rf"(?:se\s+|s['’]\s*)?(?!(?:{determiners})\b)[a-zà-ÿ]+(?:er|ir|re)\b"
    )


@built_once
def conduct_forms(lex: Lexicon) -> dict[str, re.Pattern[str]]:
    table: dict[str, re.Pattern[str]] = {}
    for lemma, rule in _rules(lex).items():
        if rule.get("heads"):
            pattern = re.compile(_conduct(lex, rule))
            table |= {form: pattern for form in verb_forms(lex, lemma)}
    return table


# A quotation opening within three words of the preposition of a verb that takes an object
# first ("appelle à cesser d'« … »"), or just before it.
_QUOTED_SOON = r"\s*(?:[^\s«“\".,;:]+\s*){0,3}?[«“\"]"


# A short direct object before the preposition, an aside after it ("appelle le gouvernement,
# via son association, « à réviser… »"), « chacun » too (« a appelé chacun à ne pas
# organiser… », « a invité chacun à rencontrer… »: recall53a); no verb, no quotation inside.
_OBJECT_FIRST = (
    r"(?:\s*(?:les?|la|l['’]|des|tous|toutes|ceux|chacune?|son|sa|ses|leurs?|(?-i:[A-ZÀ-Ö]))"
    r"[^,.;:«»“”\"]{0,50}?(?:\s*,[^,.;:«»“”\"]{1,50},)?)?"
)


@built_once
def _name_then_adjunct(lex: Lexicon) -> re.Pattern[str]:
    """A full name (two capitalised words, or an acronym in brackets: « l'Union cycliste
    internationale (UCI) après le verdict », recall26), then with no comma a preposition of
    closing_cue_adjuncts (« … Suzanne Verreault dans un point de presse », « … Michaël
    Delafosse dès novembre »), or a comma and « du / de la / des » before a capital
    (« Benjamin Roux, du Peloton de… »). One capital is not enough: « le communiqué de la
    République dans la soirée » is an object, not a subject and its setting."""
    words = lex.one_of("closing_cue_adjuncts", loose_spacing=True)
    after = r",\s+(?:du|des|de\s+la|de\s+l['’]|d['’])\s*[A-ZÀ-Ö]"
    name = r"(?:\b[A-ZÀ-Ö][\w'’-]*\s+[A-ZÀ-Ö][\w'’-]*|\([A-ZÀ-Ö][A-ZÀ-Ö0-9&-]+\))"
    return re.compile(rf"{name}(\s+(?:{words})\b|{after})")


def closing_subject(lex: Lexicon, rest: str) -> str:
    """What follows a cue closing its sentence, its circumstance cut off: after a comma
    (closing_adjunct), before a gerund (« …, a annoncé la télévision publique en citant un
    communiqué officiel », « …, se désole la magistrate en s'escrimant à… »: recall26), or
    after the name that ends the subject, where the words of a setting or of the name's own
    complement begin; only the subject counts against the few words a closing cue may have
    after it."""
    rest = closing_adjunct(lex).split(rest, maxsplit=1)[0]
    rest = before_gerund(lex, rest)  # a manner: « en citant un communiqué »
    named = _name_then_adjunct(lex).search(rest)
    return rest[: named.start(1)] if named else rest
