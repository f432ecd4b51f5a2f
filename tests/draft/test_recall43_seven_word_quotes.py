"""Quotations of seven words that no rule gives a speaker (recall43, made-up
sentences): set out as a headline or a subhead, or inside a sentence with a cue none of whose
shapes took them, they are someone's words, given as a guess to the person named nearest, as
those of eight words or more were since released36; a quoted name after a determiner, and a
quotation a colon rule already gives, keep what they were."""

from __future__ import annotations

from quizapp.draft import analyze
from quizapp.draft.uncued.rules.lone_quotes.unheard import CONFIDENCE


def _holding(text: str, word: str) -> list[tuple[str, str, float]]:
    found = analyze(text, "fr", headline=text.split("\n")[0]).attributions
    return [
        (a.speaker, a.kind, a.confidence)
        for a in found
        if word in text[a.content[0] : a.content[1]]
    ]


def test_a_headline_quotation_of_seven_words_is_someone_s() -> None:
    text = (
        "Fermeture de l'usine : « Nous ne lâcherons rien, jamais, du tout »\n\nPaul Martin, "
        "délégué syndical, a rencontré la direction lundi matin. Les salariés attendent."
    )
    assert _holding(text, "lâcherons") == [("Paul Martin", "direct", CONFIDENCE)]


def test_a_quoted_subhead_of_seven_words_is_someone_s() -> None:
    text = (
        "Grève au collège Jean Moulin\n\n« Nous voulons vraiment garder notre collège ici »"
        "\n\nLes parents ont manifesté lundi devant l'établissement. Sophie Bernard, mère de "
        "deux élèves, était présente."
    )
    assert _holding(text, "garder") == [("Sophie Bernard", "direct", CONFIDENCE)]


def test_a_seven_word_quotation_beside_an_untaken_cue_is_someone_s() -> None:
    """« en félicitant le travail des « … » »: the cue's shapes take no object with a
    determiner before the quotation, yet the words are the maire's."""
    text = (
        "Conseil municipal à Vue\n\nLe maire Paul Durand a réagi en félicitant le travail des "
        "« quarante bénévoles venus de toute la région ». La séance a été levée à minuit."
    )
    assert _holding(text, "bénévoles") == [("Paul Durand", "direct", CONFIDENCE)]


def test_a_quoted_name_after_a_determiner_stays_nobody_s() -> None:
    text = (
        "Le marché de Vue\n\nLe maire Paul Durand a inauguré le marché. Le collectif des "
        "« amis du vieux marché de Vue » était présent."
    )
    assert _holding(text, "amis") == []


def test_a_six_word_subhead_stays_nobody_s() -> None:
    """Six words are too often a slogan or a title (the six-word ones keyed 7 times in 12)."""
    text = (
        "Grève au collège Jean Moulin\n\n« Un collège pour tout le quartier »\n\nLes parents "
        "ont manifesté lundi devant l'établissement. Sophie Bernard, mère de deux élèves, "
        "était présente."
    )
    assert _holding(text, "collège pour") == []


def test_a_quotation_a_colon_gives_keeps_its_speaker() -> None:
    text = (
        "Inondations à Vue\n\nLe maire Paul Durand a visité le quartier lundi. Le délégué "
        "syndical Marc Petit est pessimiste : « Sur les soixante salariés, la moitié ne pourra "
        "pas partir. »"
    )
    found = _holding(text, "soixante")
    assert [(speaker, kind) for speaker, kind, _ in found] == [("Marc Petit", "direct")]
    assert found[0][2] > CONFIDENCE


def test_a_quoted_programme_of_seven_words_stays_nobody_s() -> None:
    """The shape the determiner-and-noun guard was meant for: the quotation names the thing."""
    text = (
        "Rentrée à Vue\n\nLe maire Paul Durand encensait le programme « lire et écrire chaque "
        "jour au collège ». La séance est levée."
    )
    assert _holding(text, "écrire") == []


def test_seven_words_in_the_second_person_after_a_person_noun_are_someone_s() -> None:
    """mend43b (review43 item 3): « vous » makes the quotation words said to « le préfet »."""
    text = (
        "Conseil à Vue\n\nPaul Martin interpelle le préfet « vous avez laissé mourir tous nos "
        "commerces ». La séance est levée."
    )
    assert _holding(text, "mourir") == [("Paul Martin", "direct", CONFIDENCE)]


def test_eight_words_after_a_determiner_and_noun_are_someone_s_as_before() -> None:
    """mend43b (review43 item 3): the guard never drops what released36 found."""
    text = (
        "Conseil à Vue\n\nPaul Martin interpelle le préfet « vous avez laissé mourir nos "
        "commerces depuis des années ». La séance est levée."
    )
    assert _holding(text, "mourir") == [("Paul Martin", "direct", CONFIDENCE)]


def test_english_words_after_a_determiner_and_noun_are_someone_s_as_before() -> None:
    text = (
        'Council meeting\n\nPaul Martin shouted at the crowd "we have already lost three '
        'shops this year and more." The meeting ended.'
    )
    found = analyze(text, "en", headline=text.split("\n")[0]).attributions
    held = [(a.speaker, a.kind, a.confidence) for a in found if "shops" in text[slice(*a.content)]]
    assert held == [("Paul Martin", "direct", CONFIDENCE)]
