"""Statements the drafter gets right alone, put after a context sentence that could throw it off.

context_misses.py finds, on the corpus, statements right in a smaller context and wrong in the
whole article. This probe writes the contexts out: a few made-up statements of the common
shapes (quotation then cue, cue then « que », « selon », a cue after the claim, a colon), each
alone and then after each context sentence (a scare quote, an ellipsis « (...) », a sentence
ending on an abbreviation, a closing « typed as an opening one, a quotation unclosed, another
speaker's quotation...), in the same paragraph and in the paragraph before. A statement is
right when a finding covers 30 % of it without spilling 20 characters past it, with the right
speaker. Made-up text, no corpus.

    python benchmarks/context_probe.py [--language fr|en] [--failures]
"""

from __future__ import annotations

import argparse
import sys
from itertools import product
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from draft_eval import coverage, same_speaker

from quizapp.draft import analyze

Statement = tuple[str, str, str]  # the sentence, its content, its speaker

STATEMENTS: dict[str, list[Statement]] = {
    "fr": [
        (
            "« Le pont sera rouvert en mai », a affirmé Marc Dupin.",
            "Le pont sera rouvert en mai",
            "Marc Dupin",
        ),
        (
            "Marc Dupin a affirmé que le pont serait rouvert en mai.",
            "le pont serait rouvert en mai",
            "Marc Dupin",
        ),
        (
            "Selon Marc Dupin, le pont sera rouvert en mai.",
            "le pont sera rouvert en mai",
            "Marc Dupin",
        ),
        (
            "Le pont sera rouvert en mai, a indiqué la maire, Claire Vidal.",
            "Le pont sera rouvert en mai",
            "Claire Vidal",
        ),
        (
            "« Le pont rouvrira. Nous avons les fonds », explique Claire Vidal.",
            "Le pont rouvrira. Nous avons les fonds",
            "Claire Vidal",
        ),
        (
            "Claire Vidal l'assure : « Le pont sera rouvert en mai ».",
            "Le pont sera rouvert en mai",
            "Claire Vidal",
        ),
        (
            "Interrogé, le préfet Paul Roux a estimé que le pont serait rouvert en mai.",
            "le pont serait rouvert en mai",
            "Paul Roux",
        ),
    ],
    "en": [
        (
            "“The bridge will reopen in May,” Mark Dupin said.",
            "The bridge will reopen in May,",
            "Mark Dupin",
        ),
        (
            "Mark Dupin said that the bridge would reopen in May.",
            "the bridge would reopen in May",
            "Mark Dupin",
        ),
        (
            "According to Mark Dupin, the bridge will reopen in May.",
            "the bridge will reopen in May",
            "Mark Dupin",
        ),
        (
            "The bridge will reopen in May, Mayor Claire Vidal said.",
            "The bridge will reopen in May",
            "Claire Vidal",
        ),
        (
            "“The bridge will reopen. We have the money,” said Claire Vidal.",
            "The bridge will reopen. We have the money,",
            "Claire Vidal",
        ),
    ],
}

CONTEXTS: dict[str, dict[str, str]] = {
    "fr": {
        "plain": "Le village compte 300 habitants.",
        "scare quote": "Le chantier, qualifié de « priorité » par la région, a pris du retard.",
        "scare quote, straight marks": 'Le chantier, qualifié de "priorité", a pris du retard.',
        "ellipsis in a quotation": "« Nous attendons (...) depuis des mois », soupire un habitant.",
        "ellipsis in narration": "Les travaux (...) ont pris du retard.",
        "title before a name": "M. Martin, un habitant, attend depuis des mois.",
        "ends on « etc. »": "Il manque des grues, des camions, etc.",
        "ends on « J.-C. »": "Le premier pont date de 52 av. J.-C.",
        "a rank « N.1 »": "Le N.1 mondial du béton est sur place.",
        "a number « n° »": "La route n° 12 est fermée.",
        "an initial": "L'ingénieur Jean P. Martin est sur place.",
        "closing « typed as opening": "La région parle d'un « chantier urgent« . Rien ne bouge.",
        "another speaker's quotation": "« Nous attendons depuis mars », soupire Louise Bernard.",
        "another speaker's statement": "Louise Bernard a estimé que les travaux traînaient.",
        "single quotes": "Les habitants parlent d'un pont 'maudit' depuis des années.",
        "a colon, no quotation": "Le constat est simple : le pont est fermé.",
        "a question": "Quand le pont rouvrira-t-il ?",
        "brackets": "Le pont (construit en 1950) est fermé.",
        "dashes": "Le pont – fermé depuis mars – inquiète.",
        "nested quotation": "« Il m'a dit « attendez » », raconte un habitant.",
        "quotation left unclosed": "Un habitant lance : « Nous attendons depuis mars.",
        "editor's note": "« Le pont (de Saint-Jean, NDLR) est fermé », dit un habitant.",
    },
    "en": {
        "plain": "The village has 300 residents.",
        "scare quote": "The project, called a “priority” by the state, is late.",
        "single quotes": "Residents call it the ‘cursed’ bridge.",
        "ends on “U.S.”": "It is the oldest bridge in the U.S.",
        "ends on “etc.”": "They lack cranes, trucks, etc.",
        "ends on “Inc.”": "The work went to Acme Inc.",
        "ends on “a.m.”": "The road closed at 9 a.m.",
        "ends on “Jr.”": "The bridge is named for Martin Luther King Jr.",
        "a time “a.m.”": "The road closed at 9 a.m. on Monday.",
        "title before a name": "Mr. Martin, a resident, has waited for months.",
        "an initial": "Engineer John P. Martin is on site.",
        "another speaker's quotation": "“We have waited for months,” said Louise Bernard.",
        "ellipsis in a quotation": "“We have waited ... for months,” a resident said.",
        "brackets": "The bridge (built in 1950) is closed.",
        "dashes": "The bridge — closed since March — worries residents.",
        "quotation left unclosed": "A resident said: “We have waited since March.",
    },
}
PLACES = {"same paragraph": " ", "paragraph before": "\n\n"}


def verdict(text: str, statement: Statement, language: str) -> str:
    """'ok', or what went wrong with the statement at the end of ``text``."""
    sentence, content, speaker = statement
    analysis = analyze(text, language, headline="Title")
    start = text.rfind(sentence) + sentence.find(content)
    key = (start, start + len(content))
    best = max(analysis.attributions, key=lambda f: coverage(f.content, key), default=None)
    if best is None or coverage(best.content, key) < 0.3:
        return "missed"
    if max(0, key[0] - best.content[0]) + max(0, best.content[1] - key[1]) > 20:
        return f"spilt: {analysis.passage(best.content)!r}"
    if not same_speaker(best.speaker, speaker):
        return f"speaker {best.speaker!r}"
    return "ok"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", default="fr")
    parser.add_argument("--failures", action="store_true", help="print each wrong statement")
    args = parser.parse_args()
    statements, total_right, total = STATEMENTS[args.language], 0, 0
    alone = sum(verdict("Title\n\n" + s[0], s, args.language) == "ok" for s in statements)
    print(f"{'alone':40} right {alone}/{len(statements)}")
    for name, context in CONTEXTS[args.language].items():
        right = 0
        for (place, gap), statement in product(PLACES.items(), statements):
            result = verdict(f"Title\n\n{context}{gap}{statement[0]}", statement, args.language)
            right += result == "ok"
            if result != "ok" and args.failures:
                print(f"    {place}: {statement[0][:50]} -> {result[:110]}")
        total_right, total = total_right + right, total + 2 * len(statements)
        print(f"{name:40} right {right}/{2 * len(statements)}")
    print(f"{'all contexts':40} right {total_right}/{total} ({total_right / total:.2f})")


if __name__ == "__main__":
    main()
