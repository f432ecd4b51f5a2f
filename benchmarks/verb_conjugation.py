"""The forms verb_coverage.py writes its made-up sentences with, from the reference lists in
benchmarks/verb_reference/: a small French and English conjugator of its own, so the probe
never reads the drafter's lexicon to know how a verb is written (a gap in the lexicon must not
hide itself). French: present, participle and imperfect of the third person singular, with the
auxiliary (« être » for pronominal verbs and a few of motion) and the inverted forms
(« illustre-t-il », « a-t-il illustré », « s'est-il agacé »). English: past, present,
participle, with the particle of a phrasal verb after the verb ("pointed out")."""

from __future__ import annotations

from dataclasses import dataclass

# suffix -> (present, participle, imperfect) written in place of the suffix; longest wins
_FR_IRREGULAR = {
    "prendre": ("prend", "pris", "prenait"),
    "dire": ("dit", "dit", "disait"),
    "crire": ("crit", "crit", "crivait"),
    "mettre": ("met", "mis", "mettait"),
    "aître": ("aît", "u", "aissait"),
    "venir": ("vient", "venu", "venait"),
    "tenir": ("tient", "tenu", "tenait"),
    "croire": ("croit", "cru", "croyait"),
    "voir": ("voit", "vu", "voyait"),
    "cevoir": ("çoit", "çu", "cevait"),
    "faire": ("fait", "fait", "faisait"),
    "vouloir": ("veut", "voulu", "voulait"),
    "valoir": ("vaut", "valu", "valait"),
    "mouvoir": ("meut", "mu", "mouvait"),
    "rire": ("rit", "ri", "riait"),
    "aindre": ("aint", "aint", "aignait"),
    "eindre": ("eint", "eint", "eignait"),
    "oindre": ("oint", "oint", "oignait"),
    "suivre": ("suit", "suivi", "suivait"),
    "clure": ("clut", "clu", "cluait"),
    "ondre": ("ond", "ondu", "ondait"),
    "endre": ("end", "endu", "endait"),
    "ompre": ("ompt", "ompu", "ompait"),
    "battre": ("bat", "battu", "battait"),
    "lire": ("lit", "lu", "lisait"),
    "uire": ("uit", "uit", "uisait"),
    "taire": ("tait", "tu", "taisait"),
    "entir": ("ent", "enti", "entait"),
    "vrir": ("vre", "vert", "vrait"),
    "frir": ("fre", "fert", "frait"),
    "quérir": ("quiert", "quis", "quérait"),
    "vaincre": ("vainc", "vaincu", "vainquait"),
    "courir": ("court", "couru", "courait"),
    "servir": ("sert", "servi", "servait"),
}
_DOUBLING = {
    "appeler", "rappeler", "jeter", "rejeter", "épeler", "renouveler", "interpeler", "grommeler",
    "trompeter",
}  # fmt: skip
_BEING = {"intervenir", "revenir", "venir", "partir", "sortir", "aller", "arriver", "monter"}
_VOWELS = "aeiouyéèêëâîïôûù"


@dataclass(frozen=True)
class FrenchVerb:
    """A reference entry conjugated: « s'inscrire en faux » -> reflexive, present « inscrit »,
    participle « inscrit », imperfect « inscrivait », tail « en faux »."""

    entry: str
    present: str
    participle: str
    imperfect: str
    reflexive: bool
    tail: str
    clause: bool

    def finite(self, form: str, inverted: bool) -> str:
        """« illustre », « illustre-t-il », « s'agace-t-il », « fait-il valoir »."""
        head = form + (_suffix(form) if inverted else "")
        return self._wrap(head)

    def compound(self, imperfect: bool, inverted: bool) -> str:
        """« a illustré », « a-t-il illustré », « s'était-il agacé », « avait-il fait valoir »."""
        being = self.reflexive or self.entry.split()[0] in _BEING
        auxiliary = ("était" if imperfect else "est") if being else ("avait" if imperfect else "a")
        head = auxiliary + (_suffix(auxiliary) if inverted else "") + " " + self.participle
        return self._wrap(head)

    def _wrap(self, head: str) -> str:
        if self.reflexive:
            head = ("s'" if head[0] in _VOWELS else "se ") + head
        return f"{head} {self.tail}".strip()


def _suffix(form: str) -> str:
    return "-il" if form[-1] in "td" else "-t-il"


def french(line: str) -> FrenchVerb:
    """One line of verb_reference/fr.txt, conjugated."""
    entry, _, flags = line.partition(";")
    words = entry.split()
    reflexive = words[0] in {"se", "s'"} or words[0].startswith("s'")
    if words[0] == "se":
        words = words[1:]
    elif words[0].startswith("s'"):
        words = [words[0][2:], *words[1:]]
    present, participle, imperfect = _french_forms(words[0])
    return FrenchVerb(
        entry, present, participle, imperfect, reflexive, " ".join(words[1:]), "q" in flags
    )


def _french_forms(verb: str) -> tuple[str, str, str]:
    for suffix in sorted(_FR_IRREGULAR, key=len, reverse=True):
        if verb.endswith(suffix):
            stem = verb[: -len(suffix)]
            return tuple(stem + ending for ending in _FR_IRREGULAR[suffix])  # type: ignore
    if verb.endswith("ir"):  # the second group: « applaudit », « applaudissait »
        stem = verb[:-2]
        return stem + "it", stem + "i", stem + "issait"
    return _first_group(verb[:-2], verb)


def _first_group(stem: str, verb: str) -> tuple[str, str, str]:
    soft = stem[:-1] + "ç" if stem.endswith("c") else stem
    soft = soft + "e" if stem.endswith("g") else soft
    present = stem + "e"
    if stem.endswith("y") and not stem.endswith("ey"):
        present = stem[:-1] + "ie"
    elif verb in _DOUBLING:
        present = stem + stem[-1] + "e"
    else:
        present = _open_vowel(stem) + "e"
    return present, stem + "é", soft + "ait"


def _open_vowel(stem: str) -> str:
    """« tempér » -> « tempèr », « lev » -> « lèv », « martel » -> « martèl »: a last vowel
    e or é followed by consonants only opens to è before a mute ending."""
    silent = {i for i in range(1, len(stem)) if stem[i] == "u" and stem[i - 1] in "gq"}
    last = max(i for i, c in enumerate(stem) if c in _VOWELS and i not in silent)
    tail = stem[last + 1 :]
    heard = tail.removesuffix("u") if tail[-2:] in ("gu", "qu") else tail
    if stem[last] in "eé" and heard and len(heard) <= 2 and last > 0:
        mute_pair = len(heard) == 1 or (heard[1] in "rl" and heard[0] != heard[1])
        if mute_pair and not (stem[last] == "e" and stem[last - 1] in "aeiougq"):
            return stem[:last] + "è" + tail
    return stem


# English irregular verbs: base -> (past, participle)
_EN_IRREGULAR = {
    "say": ("said", "said"),
    "tell": ("told", "told"),
    "write": ("wrote", "written"),
    "think": ("thought", "thought"),
    "hold": ("held", "held"),
    "feel": ("felt", "felt"),
    "swear": ("swore", "sworn"),
    "go": ("went", "gone"),
    "hit": ("hit", "hit"),
    "shoot": ("shot", "shot"),
    "spit": ("spat", "spat"),
    "speak": ("spoke", "spoken"),
    "lay": ("laid", "laid"),
    "set": ("set", "set"),
    "cut": ("cut", "cut"),
    "put": ("put", "put"),
    "forecast": ("forecast", "forecast"),
    "find": ("found", "found"),
}
_EN_DOUBLING = {
    "admit", "regret", "quip", "snap", "chat", "blog", "rebut", "refer", "concur", "aver",
    "demur", "sum", "pan", "rip", "slam", "jab", "stop", "shrug", "grin", "sob", "fret",
    "omit", "commit", "plan", "prod", "confer", "prefer", "defer",
}  # fmt: skip


@dataclass(frozen=True)
class EnglishVerb:
    """A reference entry conjugated ("point out": points out, pointed out)."""

    entry: str
    past: str
    present: str
    participle: str
    clause: bool


def english(line: str) -> EnglishVerb:
    """One line of verb_reference/en.txt, conjugated."""
    entry, _, flags = line.partition(";")
    verb, _, particle = entry.partition(" ")
    past, participle = _EN_IRREGULAR.get(verb) or (_english_past(verb),) * 2
    present = _english_present(verb)
    tail = f" {particle}" if particle else ""
    return EnglishVerb(entry, past + tail, present + tail, participle + tail, "q" in flags)


def _english_present(verb: str) -> str:
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    if verb.endswith("y") and verb[-2] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


def _english_past(verb: str) -> str:
    if verb in _EN_DOUBLING:
        return verb + verb[-1] + "ed"
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and verb[-2] not in "aeiou":
        return verb[:-1] + "ied"
    return verb + "ed"
