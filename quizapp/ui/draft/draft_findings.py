"""The findings list of the draft review: one line per finding with its label's name (and
"to check" when the drafter is unsure), and the drop-downs under it where the teacher gives
the selected finding another kind of source or another speaker; the dialog then corrects
every proposal built on that finding.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTextEdit, QWidget

from quizapp.draft import Analysis
from quizapp.draft.drafting.edits import LOW_CONFIDENCE
from quizapp.draft.drafting.questions import shorten
from quizapp.draft.findings import Span


def finding_lines(
    analysis: Analysis, names: dict[str, str], language: str, dismissed: Collection[int] = ()
) -> list[tuple[str, Span, int]]:
    """(line, span, index) of every finding listed: attributions first, then unattributed
    claims, ``index`` its place among both (what a teacher's correction names). A claim whose
    words a statement holds is not listed, as it is not highlighted: the later paragraphs of
    a quotation running over several were listed as plain facts under the speaker's own line
    ("[Named source] Xanthe Whittaker: We know how important…", then "[Plain fact] “We know
    how important…", sanity26). A finding the teacher dismissed says « [Not a claim] ». A
    statement whose speaker the drafter did not find says so: « [Vague group] : Books not
    cuts » left a stray colon where the speaker goes (teacher48)."""
    opening, closing, colon = ("« ", " »", " : ") if language == "fr" else ("“", "”", ": ")
    lines = []
    for index, found in enumerate(analysis.attributions):
        cue = f"{opening}{analysis.passage(found.cue)}{closing} " if found.cue else ""
        speaker = found.speaker or _no_speaker()
        head = f"{_tag(found.label, found.confidence, names)} {cue}{speaker}{colon}"
        lines.append((head + shorten(analysis.passage(found.content), 90), found.content, index))
    for index, claim in enumerate(analysis.unattributed, len(analysis.attributions)):
        if analysis.said_within(claim.span):
            continue
        passage = shorten(analysis.passage(claim.span), 90)
        tag = _tag(claim.label, claim.confidence, names)
        lines.append((f"{tag} {passage}", claim.span, index))
    return [_dismissed_line(line, dismissed) for line in lines]


def _no_speaker() -> str:
    """In a finding's line, the place of a speaker the drafter did not find (the teacher can
    name one in « Who said it »)."""
    return QCoreApplication.translate("DraftFindings", "(speaker not found)")


def _dismissed_line(line: tuple[str, Span, int], dismissed: Collection[int]) -> tuple:
    """A dismissed finding's line: its label's tag becomes « [Not a claim] »."""
    text, span, index = line
    if index not in dismissed:
        return line
    tag = QCoreApplication.translate("DraftFindings", "[Not a claim]")
    return (tag + text[text.index("]") + 1 :], span, index)


def finding_label(analysis: Analysis, index: int) -> str | None:
    """The label of finding ``index`` in the order of ``finding_lines``."""
    count = len(analysis.attributions)
    if 0 <= index < count:
        return analysis.attributions[index].label
    if 0 <= index - count < len(analysis.unattributed):
        return analysis.unattributed[index - count].label
    return None


def _tag(label: str, sureness: float, names: dict[str, str]) -> str:
    """ "[Named source]", with "to check" when the drafter is unsure of it."""
    if sureness < LOW_CONFIDENCE:
        text = QCoreApplication.translate("DraftFindings", "[{label}, to check]")
        return text.format(label=names[label])
    return f"[{names[label]}]"


# (light background, dark background) and underline style per label
LABEL_COLOURS = {
    "named": ("#cfe3ff", "#1f4f8a"),
    "anonymous": ("#ffd9a8", "#8a5200"),
    "vague": ("#e6d4f7", "#5b3a80"),
    "author": ("#e0e0e0", "#555555"),
    "fact": ("#d2f0d4", "#2e6b33"),
}
_UNDERLINES = {
    "named": QTextCharFormat.UnderlineStyle.SingleUnderline,
    "anonymous": QTextCharFormat.UnderlineStyle.DashUnderline,
    "vague": QTextCharFormat.UnderlineStyle.DotLine,
    "author": QTextCharFormat.UnderlineStyle.WaveUnderline,
    "fact": QTextCharFormat.UnderlineStyle.DashDotLine,
}


def highlights(
    document: QTextDocument, analysis: Analysis, dark: bool, dismissed: Collection[int] = ()
) -> list:
    """Every finding as a coloured, underlined selection of the article (colour and line
    style per label, so nothing rests on colour alone). A claim an attribution's words hold
    is not drawn over them: the later paragraphs of a quotation running over several showed
    as plain facts (teacher16, teacher17). A finding the teacher dismissed is not drawn."""
    count = len(analysis.attributions)
    spans = [
        (c.span, c.label)
        for n, c in enumerate(analysis.unattributed, count)
        if not analysis.said_within(c.span) and n not in dismissed
    ]
    spans += [
        (a.content, a.label) for n, a in enumerate(analysis.attributions) if n not in dismissed
    ]
    selections = []
    for span, label in spans:
        selection = QTextEdit.ExtraSelection()
        char_format = QTextCharFormat()
        char_format.setBackground(QColor(LABEL_COLOURS[label][1 if dark else 0]))
        char_format.setUnderlineStyle(_UNDERLINES[label])
        selection.format = char_format
        selection.cursor = span_cursor(document, analysis.text, span)
        selections.append(selection)
    return selections


def span_cursor(document: QTextDocument, text: str, span: Span) -> QTextCursor:
    """A cursor selecting ``span`` (Python offsets) in the document of ``text``."""
    cursor = QTextCursor(document)
    cursor.setPosition(_utf16(text, span[0]))
    cursor.setPosition(_utf16(text, span[1]), QTextCursor.MoveMode.KeepAnchor)
    return cursor


def _utf16(text: str, offset: int) -> int:
    """A Python offset as a QTextDocument position (UTF-16 code units): one more for each
    character past U+FFFF before it. Encoding the text up to each finding, on the GUI
    thread, took seconds on a 20,000-word article's 2,000 highlights (cancel56)."""
    return offset + bisect_left(_astral(text), offset)


@lru_cache(maxsize=4)
def _astral(text: str) -> list[int]:
    """Where ``text`` holds a character UTF-16 writes as two units (an emoji), in order."""
    return [at for at, char in enumerate(text) if char > "\uffff"]


class _FindingRow(QWidget):
    """A caption and its drop-down on one line, off until a finding is selected; ``chosen``
    carries what the teacher picked. The kind-of-source and who-said-it rows are the same
    row with other choices, so they line up and read alike."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.combo = QComboBox(self)
        self.title.setBuddy(self.combo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.combo, 1)
        self.setEnabled(False)


class FindingLabelRow(_FindingRow):
    """ "Kind of source of this finding: [Named source ▾]"; ``chosen`` carries the label id
    the teacher picked (never sent when the row only follows the selection)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ids: list[str] = []
        self.combo.activated.connect(lambda index: self.chosen.emit(self._ids[index]))
        self.retranslate()

    def set_choices(self, ids: list[str], names: dict[str, str]) -> None:
        self._ids = list(ids)
        self.combo.clear()
        self.combo.addItems([names.get(i, i) for i in ids])
        self.combo.setCurrentIndex(-1)

    def follow(self, label: str | None) -> None:
        """Show the selected finding's label (disabled when nothing is selected)."""
        self.setEnabled(label is not None)
        if label is None:
            self.combo.setCurrentIndex(-1)  # no finding selected: no kind of source shown
        if label is not None and label not in self._ids:
            self._ids.append(label)
            self.combo.addItem(label)
        if label is not None:
            self.combo.setCurrentIndex(self._ids.index(label))

    def retranslate(self) -> None:
        self.title.setText(self.tr("&Kind of source of this finding:"))
        self.combo.setAccessibleName(self.tr("Kind of source of the selected finding"))


class FindingSpeakerRow(_FindingRow):
    """ "Who said it: [Katie Hobbs ▾]", the article's speakers or any name typed; ``chosen``
    carries the name the teacher picked or typed (Enter), never a name the row only shows.
    Disabled for a claim with no source (nobody said it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._shown = ""
        self.combo.activated.connect(lambda _index: self._choose())
        self.combo.lineEdit().returnPressed.connect(self._choose)
        self.combo.lineEdit().installEventFilter(self)
        self.combo.installEventFilter(self)  # the focus in the real window (teacher16)
        self.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the name chooses it and goes no further: it had also pressed the dialog's
        default button, « Add accepted questions », once some were accepted (teacher15: she
        typed « Merseyside Police », pressed Enter, and the review closed on « Forces »).
        Filtered on the combo box too: it holds the keyboard focus in the real window and
        hands Enter to its line past the line's filter (teacher16: the review closed again)."""
        keys = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in keys
        ):
            self._choose()
            return True
        return super().eventFilter(watched, event)

    def set_choices(self, speakers: list[str]) -> None:
        self.combo.clear()
        self.combo.addItems(speakers)
        self.follow(None)

    def follow(self, speaker: str | None) -> None:
        """Show the selected finding's speaker (empty and disabled for a claim)."""
        self._shown = speaker or ""
        self.setEnabled(speaker is not None)
        self.combo.setEditText(self._shown)

    def refuse(self, typed: str, kept: str) -> str:
        """Show the speaker ``kept`` again and say why ``typed`` (a pronoun) was not taken: «
        il » names no one, and the true/false read « Dans l'article, il est un groupe vague. »
        (mend57b)."""
        self.follow(kept)
        return self.tr(
            "“{typed}” does not say who spoke: type a person's or a group's name."
        ).format(typed=typed)

    def _choose(self) -> None:
        text = " ".join(self.combo.currentText().split())
        if text and text != self._shown:
            self._shown = text
            self.chosen.emit(text)

    def retranslate(self) -> None:
        self.title.setText(self.tr("&Who said it:"))
        name = self.tr("Who said the selected finding")
        self.combo.setAccessibleName(name)
        # The keyboard lands in the editable combo's own line edit, which a screen reader
        # reads by its own name: without one it said « zone de texte » alone (ui40).
        self.combo.lineEdit().setAccessibleName(name)
