"""A full quotation standing alone before anyone in the article was heard, with no subject to
give it (released36, made-up sentences): it is reported, given to the named person mentioned
nearest to it, with a confidence that marks it "to check"; a quotation that a cue or a later
sentence already gives keeps its speaker, and a short quoted phrase stays nobody's."""

from __future__ import annotations

from quizapp.draft import analyze
from quizapp.draft.uncued.rules.lone_quotes.unheard import CONFIDENCE

_FR = (
    "Pénurie d'eau au village\n\nLa sécheresse dure depuis juin dans la vallée.\n\n"
    "« Nous n'avons plus une goutte au robinet depuis trois jours. » La colère monte à "
    "Villebois, où Jeanne Martin tient l'épicerie depuis vingt ans.\n"
)
_EN = (
    "Water shortage in the valley\n\nThe drought has lasted since June in the valley.\n\n"
    "“We have not had a drop from the tap for three days.” In the small town of Millbrook, the "
    "anger is rising, where Joan Martin has run the grocery for twenty years.\n"
)


def _holding(text: str, language: str, word: str):
    found = analyze(text, language, headline=text.split("\n")[0]).attributions
    return [a for a in found if word in text[a.content[0] : a.content[1]]]


def test_a_french_quotation_before_anyone_spoke_is_reported() -> None:
    """Nobody was heard and no subject is a person: the quotation goes to Jeanne Martin, the
    one person named nearest to it (not the town named before her), as a guess."""
    found = _holding(_FR, "fr", "goutte")
    assert [(a.speaker, a.kind, a.confidence) for a in found] == [
        ("Jeanne Martin", "direct", CONFIDENCE)
    ]
    assert found[0].cue is None


def test_an_english_quotation_before_anyone_spoke_is_reported() -> None:
    found = _holding(_EN, "en", "drop")
    assert [(a.speaker, a.confidence) for a in found] == [("Joan Martin", CONFIDENCE)]


def test_the_nearest_name_wins_before_or_after() -> None:
    """A person named just before the quotation is nearer than one named far after it."""
    text = (
        "Pénurie d'eau\n\nÀ Villebois, la boutique de Paul Girard reste ouverte malgré tout. "
        "« Nous tiendrons jusqu'au bout de l'été sans aucune aide. » La sécheresse dure depuis "
        "juin dans la vallée et les sources sont à sec depuis longtemps déjà. La préfecture, "
        "qui a reçu Anne Colin, promet des citernes.\n"
    )
    assert [a.speaker for a in _holding(text, "fr", "tiendrons")] == ["Paul Girard"]


def test_a_quotation_its_next_sentence_gives_keeps_that_speaker() -> None:
    """« «…» Paul X se défend »: the subject after the quotation said it, at its own confidence."""
    text = (
        "Pénurie d'eau\n\n« Nous n'avons rien fait de mal dans cette affaire. » Paul Girard se "
        "défend devant la presse. Jeanne Martin, elle, se tait.\n"
    )
    found = _holding(text, "fr", "affaire")
    assert [a.speaker for a in found] == ["Paul Girard"]
    assert found[0].confidence != CONFIDENCE


def test_a_short_quoted_phrase_stays_nobodys() -> None:
    """Two quoted words inside narration are a phrase, not a statement."""
    text = "Pénurie d'eau\n\nLa « guerre de l'eau » a commencé à Villebois, où vit Jeanne Martin.\n"
    assert _holding(text, "fr", "guerre") == []


_COUNCIL = (
    "Title\n\nThe council met on Monday.\n\n"
    "For Mark Dobson, the finance chief, the rise is not welcome "
)


def test_a_long_quotation_no_shape_of_its_cue_took_is_reported() -> None:
    """A sentence with a cue ("For Mark Dobson") whose shapes leave the quotation after it:
    eight words or more are someone's words, given to the person named nearest, as a guess."""
    text = (
        _COUNCIL
        + "“We have already raised the price of school meals this year, when will it stop?”\n"
    )
    found = _holding(text, "en", "school meals")
    assert [(a.speaker, a.confidence) for a in found] == [("Mark Dobson", CONFIDENCE)]


def test_a_short_quotation_beside_a_cue_stays_nobodys() -> None:
    """Under eight words a quotation may be a quoted phrase: left as it was."""
    text = _COUNCIL + "in a “time of hardship for all”.\n"
    assert _holding(text, "en", "hardship") == []
