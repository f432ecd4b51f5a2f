"""mend50b: a short quotation (five or six words) set out in an English headline is read as
someone's words only when it is a clause someone said (a first or second person, a finite
auxiliary, a negation, a sentence-final mark: lexicon ``framed_clause_words``), not the title of
a work or a slogan in Title Case, not a noun phrase, not a scare quote after a possessive.
Made-up texts only (after review50's F3)."""

from __future__ import annotations

from quizapp.draft import analyze


def _speakers(text: str, word: str, language: str = "en") -> list[str | None]:
    found = analyze(text, language, headline=text.split("\n")[0]).attributions
    return [a.speaker for a in found if word in text[a.content[0] : a.content[1]]]


_BODY = (
    "\n\nThe group met at the town hall on Tuesday evening to plan the season. "
    "Artistic director Helen Moss said tickets would go on sale in May."
)


def test_a_title_of_a_work_is_no_one_s_words() -> None:
    text = 'Theatre to stage "The Curious Incident of the Dog" next spring' + _BODY
    assert _speakers(text, "Curious") == []


def test_a_slogan_in_title_case_is_no_one_s_words() -> None:
    text = 'Residents launch "Save Our Green Belt Now" campaign' + _BODY
    assert _speakers(text, "Green Belt") == []


def test_a_scare_quote_after_a_possessive_is_no_one_s_words() -> None:
    text = 'Mayor\'s "we will deliver for everyone" pledge faces budget test' + _BODY
    assert _speakers(text, "deliver") == []


def test_a_noun_phrase_is_no_one_s_words() -> None:
    text = 'Festival plan a "once in a generation opportunity" for town' + _BODY
    assert _speakers(text, "generation") == []


def test_a_said_clause_is_still_someone_s() -> None:
    text = "Theatre season 'we cannot wait to open'" + _BODY
    assert _speakers(text, "wait") == ["Helen Moss"]


def test_a_negated_clause_is_still_someone_s() -> None:
    text = "Ticket prices 'have not gone up this year'" + _BODY
    assert _speakers(text, "gone up") == ["Helen Moss"]
