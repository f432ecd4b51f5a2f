"""A sentence of narration right after a speaker was heard, holding two quoted words that open
on an adverb or a preposition (« une «très forte» fréquentation », « entrés « sans
autorisation » »), qualifies a word in someone's words but says nothing: a scare quote, like
a quoted noun, so no mixed statement of the last speaker (going_on/partial, made-up sentences,
precision17). A phrase of three words, or two opening on a determiner or an auxiliary, is
still the last speaker's words."""

from __future__ import annotations

from tests.draft.readings import said

_HEARD = "Le budget de l'hôpital est en déficit, a indiqué lundi le directeur Marc Durand. "


def _contents(text: str) -> list[str]:
    return [content for content, _source in said(text, "fr")]


def test_an_intensified_adjective_is_a_scare_quote() -> None:
    text = _HEARD + "Les urgences connaissent une «très forte» fréquentation cet hiver."
    assert all("urgences" not in content for content in _contents(text))


def test_a_preposition_and_a_noun_is_a_scare_quote() -> None:
    text = _HEARD + "Des policiers sont entrés « sans autorisation » dans l'enceinte du site."
    assert all("policiers" not in content for content in _contents(text))


def test_a_determiner_and_a_noun_is_the_speaker_s_phrase() -> None:
    """Counter-case: « plusieurs interpellations » is what was said."""
    text = _HEARD + "Il y a eu « plusieurs interpellations » dans le service et autour."
    assert any("interpellations" in content for content in _contents(text))


def test_a_three_word_phrase_is_the_speaker_s_phrase() -> None:
    """Counter-case: « des grandes peintures » is a phrase of the speaker's."""
    text = _HEARD + "Des œuvres restent à l'intérieur, notamment « des grandes peintures »."
    assert any("peintures" in content for content in _contents(text))
