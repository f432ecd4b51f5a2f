"""paste50: what the drafter finds on a pasted article in three shapes (round 50).

A teacher pastes an article copied from a web page (no blank line between paragraphs, one
paragraph per line: shape a) or from a PDF or an e-mail (lines hard-wrapped at ~70-90
characters, no blank line: shape b). The text goes through the same reading as an opened .txt
file (``article_from_text``, which the editor's paste and ``quizapp draft`` both use), then the
drafter. Made-up French and English articles, each also written well formed (blank lines
between paragraphs): the three shapes should read as the same paragraphs and findings.
Run: ``PYTHONPATH=. python benchmarks/paste50_shapes.py [--texts]``.
"""

from __future__ import annotations

import sys

from quizapp.draft import analyze
from quizapp.draft.drafting.questions import draft_questions
from quizapp.sets.articles.reading import article_from_text
from quizapp.sets.articles.text import has_headline

FR_HEAD = "Le maire de Kerbrest défend son budget"
FR = [
    "Le conseil municipal de Kerbrest a voté mardi soir un budget en hausse de 4 %, malgré "
    "l'opposition qui dénonce « une fuite en avant ».",
    "Le maire, Jean Lemoine, a défendu son projet devant une salle comble. « Nous investissons "
    "dans les écoles et les transports, parce que la ville en a besoin », a-t-il déclaré à "
    "l'issue de la séance.",
    "Selon l'adjointe aux finances, Claire Morvan, la dette restera stable jusqu'en 2027.",
    "L'opposition conteste ces chiffres. « Ce budget repose sur des recettes qui n'existent pas "
    "encore et sur des économies que personne n'a chiffrées », a estimé Paul Riou, conseiller "
    "municipal. Il a ajouté que les impôts locaux augmenteraient l'an prochain.",
    "Le vote définitif aura lieu en mars.",
]
# shape b, wrapped by hand: a quotation over two line ends, « a-t-il déclaré » at a line start
FR_WRAPPED = """Le conseil municipal de Kerbrest a voté mardi soir un budget en hausse de
4 %, malgré l'opposition qui dénonce « une fuite en avant ».
Le maire, Jean Lemoine, a défendu son projet devant une salle comble. « Nous
investissons dans les écoles et les transports, parce que la ville en a besoin »,
a-t-il déclaré à l'issue de la séance.
Selon l'adjointe aux finances, Claire Morvan, la dette restera stable
jusqu'en 2027.
L'opposition conteste ces chiffres. « Ce budget repose sur des recettes qui
n'existent pas encore et sur des économies que personne n'a chiffrées », a
estimé Paul Riou, conseiller municipal. Il a ajouté que les impôts locaux
augmenteraient l'an prochain.
Le vote définitif aura lieu en mars."""

EN_HEAD = "Harbour town mayor defends budget"
EN = [
    "The town council of Port Ellis approved on Tuesday a budget that rises by 4%, despite an "
    "opposition that calls it \u201ca reckless gamble\u201d.",
    "Mayor Jane Holloway defended the plan before a packed hall. \u201cWe are investing in "
    "schools and buses because the town needs them,\u201d she said after the meeting.",
    "According to the finance officer, Tom Reed, the debt will stay level until 2027.",
    "The opposition disputes the figures. \u201cThis budget rests on income that does not exist "
    "yet and on savings nobody has costed,\u201d said councillor Mark Dunn. He added that local "
    "taxes would rise next year.",
    "The final vote is due in March.",
]
EN_WRAPPED = """The town council of Port Ellis approved on Tuesday a budget that rises by
4%, despite an opposition that calls it \u201ca reckless gamble\u201d.
Mayor Jane Holloway defended the plan before a packed hall. \u201cWe are investing
in schools and buses because the town needs them,\u201d she said after the
meeting.
According to the finance officer, Tom Reed, the debt will stay level until
2027.
The opposition disputes the figures. \u201cThis budget rests on income that does
not exist yet and on savings nobody has costed,\u201d said councillor Mark
Dunn. He added that local taxes would rise next year.
The final vote is due in March."""


def shapes(head: str, paragraphs: list[str], wrapped: str) -> dict[str, str]:
    """The same article well formed, in shape a (with and without the headline's blank line)
    and in shape b (with and without it)."""
    return {
        "well formed": head + "\n\n" + "\n\n".join(paragraphs),
        "a: lines, headline blank": head + "\n\n" + "\n".join(paragraphs),
        "a: lines, no blank": head + "\n" + "\n".join(paragraphs),
        "b: wrapped, headline blank": head + "\n\n" + wrapped,
        "b: wrapped, no blank": head + "\n" + wrapped,
    }


def read(text: str, language: str) -> tuple[str, list[tuple], list[str]]:
    """The tidy text, the attributions (kind, speaker, label, content) and classify claims."""
    article = article_from_text(text)
    headline = article.title if has_headline(article.file_text) else None
    found = analyze(article.text, language, headline=headline)
    rows = [
        (a.kind, a.speaker, a.label, article.text[a.content[0] : a.content[1]][:60])
        for a in found.attributions
    ]
    questions = [q for q in draft_questions(found) if q["type"] == "classify"]
    claims = [str(item.get("text", item))[:60] for q in questions for item in q.get("items", [])]
    return article.text, rows, claims


def main() -> None:
    show = "--texts" in sys.argv
    for language, (head, paras, wrapped) in {
        "fr": (FR_HEAD, FR, FR_WRAPPED),
        "en": (EN_HEAD, EN, EN_WRAPPED),
    }.items():
        base = None
        for name, text in shapes(head, paras, wrapped).items():
            tidy, rows, claims = read(text, language)
            base = base or (tidy, rows, claims)
            same = "same as well formed" if (tidy, rows, claims) == base else "DIFFERS"
            print(f"== {language} {name}: {tidy.count(chr(10) * 2) + 1} paragraphs, {same}")
            if show:
                print(tidy)
            for row in rows:
                print("  ", row)
            print("   classify items:", len(claims))
            for claim in claims:
                print("     ", claim)


if __name__ == "__main__":
    main()
