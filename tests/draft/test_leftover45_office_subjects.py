"""An office one person holds heads a subject (leftover45, made-up sentences): the subject
reader took a determiner and a noun of the person lists, not the offices of ``held_offices``
(« le délégué », « la préfète »), so a quotation a colon opens after « le délégué syndical est
pessimiste » went to the sentence's first subject. An adjective right after the noun, before
a verb of the lexicon (« syndical est »), belongs to the subject."""

from __future__ import annotations

from quizapp.draft import analyze


def _speakers_holding(text: str, word: str) -> list[str]:
    found = analyze(text, "fr", headline=text.split("\n")[0]).attributions
    return [a.speaker for a in found if word in text[a.content[0] : a.content[1]]]


def test_the_delegate_after_but_says_the_colon_quotation() -> None:
    text = (
        "Usine\n\nLa direction prépare un plan de départs volontaires pour la fin de l'année, "
        "mais la déléguée régionale est inquiète : « Personne ne partira de son plein gré "
        "cette fois ». La réunion reprendra lundi."
    )
    assert _speakers_holding(text, "plein gré") == ["la déléguée régionale"]


def test_the_commander_opening_the_sentence_says_the_colon_quotation() -> None:
    text = (
        "Crue\n\nLes pompiers sont sur place depuis dimanche. Mais le commandant reste prudent : "
        "« La décrue ne commencera pas avant la fin de la semaine prochaine ». Les écoles "
        "restent fermées."
    )
    assert _speakers_holding(text, "décrue") == ["le commandant"]
