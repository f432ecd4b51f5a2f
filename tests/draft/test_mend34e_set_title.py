"""A set made from an article with a long headline keeps its title within 200 characters,
the task whole at its end, whether the drafter or the editor titles it: both go through
``set_title.article_set_title`` (mend34e, review34 item 15: the drafter capped the headline,
not the title, which reached 216 characters, and repeated the editor's code)."""

from __future__ import annotations

from quizapp.draft.drafting.draft_set import draft_set_data
from quizapp.sets.set_title import MAX_TITLE, article_set_title
from quizapp.ui.editor.disk.brought_in import set_names_from

_LONG = "Le conseil municipal de Saint-Rémy vote   le budget " + "et encore des travaux " * 12
_TEXT = "« Le budget est tenu », a déclaré Paul Roux, adjoint aux finances."


def test_a_long_headline_is_cut_so_the_title_keeps_its_task() -> None:
    title = article_set_title(_LONG, "fr")
    assert len(title) <= MAX_TITLE
    assert title.startswith("Le conseil municipal de Saint-Rémy vote le budget et")
    assert title.endswith("qui dit quoi\u00a0?")


def test_a_short_headline_is_titled_whole() -> None:
    assert article_set_title(" Musk  critique Stargate ", "en") == (
        "Musk critique Stargate: who says what?"
    )


def test_the_drafter_and_the_editor_give_the_same_capped_title() -> None:
    drafted = draft_set_data(_TEXT, "fr", title=_LONG)["title"]
    named = set_names_from({}, _LONG, "fr")[0].value
    assert len(drafted) <= MAX_TITLE
    assert drafted == named
