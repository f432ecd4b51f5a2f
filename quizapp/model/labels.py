"""The attribution labels a classify question uses, and the default scheme of five.

The definitions follow DESIGN.md word for word in spirit: they are what the learner is graded
against, so the explanation shown in the app and in the authoring guide comes from here.
"""

from __future__ import annotations

from quizapp.model.base import Frozen, Slug, Text


class Label(Frozen):
    """One kind of source a claim can come from."""

    id: Slug
    name: Text
    description: str = ""


class TagName(Frozen):
    """How a skill (a tag id used in questions' ``tags``) is shown to people.

    Ids stay in files and exports; learners and teachers read the name, in the set's language.
    """

    name: Text
    description: str = ""


DEFAULT_LABELS: tuple[Label, ...] = (
    Label(
        id="named",
        name="Named source",
        description="Put in the mouth of an identified person or organisation, quoted or "
        "paraphrased.",
    ),
    Label(
        id="anonymous",
        name="Anonymous source",
        description="From a specific source the article describes but does not name; a relay "
        "through another outlet does not make it named.",
    ),
    Label(
        id="vague",
        name="Vague group",
        description="From an unidentifiable group or an impersonal voice ('some allies', "
        "'many advisers', 'one wonders').",
    ),
    Label(
        id="author",
        name="The outlet itself",
        description="The outlet's own assertion, characterisation, framing or speculation, with "
        "no source: headlines, loaded words, rhetorical questions, interpretation.",
    ),
    Label(
        id="fact",
        name="Plain fact",
        description="A public, checkable event or fact stated without a source (who was "
        "present, who is in a deal).",
    ),
)
