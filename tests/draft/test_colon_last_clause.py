"""A colon closing the last of several clauses (made-up sentences, quotes32,
rules/colon_quotes._last_clause_quote): the quotation it opens is the words of that clause's
subject, after « mais », a semicolon or a comma, even when its verb is one the lexicon does
not list and whatever the clause before says; not the words of whoever spoke before."""

from __future__ import annotations

from tests.draft.readings import content_speaker_kind

_BEFORE = "« Le vote aura lieu ce soir », a annoncé le président, Marc Olivier. "


def test_a_clause_after_mais_gives_the_quotation_its_subject() -> None:
    text = _BEFORE + (
        "Le débat s'étire, mais la conseillère d'opposition reste inquiète : « Ce budget "
        "oublie les écoles des hameaux, encore une fois. »"
    )
    assert content_speaker_kind(text)[1] == (
        "Ce budget oublie les écoles des hameaux, encore une fois.",
        "la conseillère d'opposition",
        "direct",
    )


def test_a_subject_after_the_asides_with_a_verb_the_lexicon_lacks() -> None:
    text = _BEFORE + (
        "Au fond de la salle, depuis une heure, la conseillère municipale griffonne des "
        "chiffres : « Il manque au moins dix mille euros pour finir la saison. »"
    )
    assert content_speaker_kind(text)[1] == (
        "Il manque au moins dix mille euros pour finir la saison.",
        "la conseillère",
        "direct",
    )


def test_an_apposition_or_a_cue_after_the_quotation_gives_no_subject() -> None:
    """Counter-cases: after the comma an apposition, no subject of its own; a quotation
    followed by its own reporting clause."""
    text = (
        "Comme Lucie, gérante de la boutique du coin : « Les ventes ont baissé de moitié "
        "depuis le début des travaux. »"
    )
    assert [s for _, s, _ in content_speaker_kind(text)] != ["gérante"]
    text = (
        "Devant la mairie, des parents attendent : « Nous voulons des réponses avant la "
        "rentrée », lance une mère."
    )
    assert [s for _, s, _ in content_speaker_kind(text)] == ["une mère"]
