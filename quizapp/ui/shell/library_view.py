"""The library screen: the built-in sets and the files opened, one row each, ready to start.

A set of the teacher's own can be taken out of the list (Remove from library, the Delete key,
the context menu); its file stays where it is, and the dialog that asks first says where.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QDir, QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quizapp.model import QuizSet
from quizapp.ui.common import (
    fits_columns,
    plain_label,
    plain_tooltip,
    question_box,
    set_scaled_font,
)

FILE_COLUMN_WIDTH = 220
NARROW_FILE_COLUMN_WIDTH = 110  # beside the self-study home
WIDE_COLUMNS = 120  # average characters across under which the home goes below the list


@dataclass(frozen=True)
class LibraryEntry:
    """A loaded set and the file it came from (its folder is where its images may live)."""

    path: Path
    quiz: QuizSet
    builtin: bool = False


class LibraryView(QWidget):
    """Lists the sets; asks the window to start one or to open a file."""

    start_requested = Signal(object)  # the LibraryEntry to start
    open_requested = Signal()
    selection_changed = Signal(object)  # the selected LibraryEntry, or None
    removed = Signal(object)  # the LibraryEntry the teacher took out of the list
    listed = Signal(object)  # the LibraryEntry just shown, selected or not (student54)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries: list[LibraryEntry] = []
        heading = self._heading = plain_label("", self)
        set_scaled_font(heading, 1.4)
        hint = self._hint = plain_label("", self)
        self._build_tree()
        buttons = self._build_buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(hint)
        self._splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self._splitter.addWidget(self.tree)
        self._splitter.setChildrenCollapsible(False)
        layout.addWidget(self._splitter, 1)
        layout.addLayout(buttons)
        self._retranslate()
        self._on_selection_changed()

    def _build_tree(self) -> None:
        """One row a set: its title stretches, the counts fit, the file's path is elided."""
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(5)
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(4, FILE_COLUMN_WIDTH)  # long paths are elided in the middle
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header.setStretchLastSection(False)
        self.tree.itemActivated.connect(lambda *_: self._on_start())
        self.tree.currentItemChanged.connect(lambda *_: self._on_selection_changed())
        self.remove_action = QAction(self.tree)
        self.remove_action.setShortcut(QKeySequence(Qt.Key.Key_Delete))
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.remove_action.triggered.connect(self.remove_selected)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.tree.addAction(self.remove_action)

    def _build_buttons(self) -> QHBoxLayout:
        """Remove from library alone at the left; Open a file… and Start at the right."""
        self.start_button = QPushButton(self)
        self.start_button.clicked.connect(self._on_start)
        open_button = self._open_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        for button in (self.start_button, open_button, self.remove_button):
            button.setAutoDefault(True)  # Enter on the focused button presses it
        open_button.clicked.connect(self.open_requested)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = self._buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(open_button)
        buttons.addWidget(self.start_button)
        return buttons

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self._choose_orientation()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._choose_orientation()

    def _choose_orientation(self) -> None:
        """The home beside the list when there is room, below it when the text is large."""
        wide = fits_columns(self, WIDE_COLUMNS)
        wanted = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self._splitter.orientation() != wanted:
            self._splitter.setOrientation(wanted)
            # side by side the list takes more room; stacked, the home does (its chart)
            length = self.width() if wide else self.height()
            share = 3 if wide else 2
            self._splitter.setSizes([length * share // 5, length * (5 - share) // 5])

    def _retranslate(self) -> None:
        self._heading.setText(self.tr("Question sets"))
        self._hint.setText(
            self.tr(
                "Choose a set and press Start. To add your own, use Open a file, the File "
                "menu, or drop a .quiz.yaml or .quiz.json file on this window; drop an article "
                "(.docx, .html, .txt) to make a new set from it, or a Moodle question bank "
                "(GIFT, Aiken, Moodle XML) to import it."
            )
        )
        columns = [self.tr("Title"), self.tr("Language"), self.tr("Questions")]
        self.tree.setHeaderLabels([*columns, self.tr("Outlet"), self.tr("File")])
        self.tree.setAccessibleName(self.tr("Question sets"))
        self.tree.setAccessibleDescription(self.tr("Press Enter to start the selected set."))
        self.start_button.setText(self.tr("&Start"))
        self._open_button.setText(self.tr("&Open a file…"))
        self.remove_button.setText(self.tr("&Remove from library"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected set from the library"))
        self.remove_button.setToolTip(
            self.tr("Take your set out of this list; its file stays where it is (Delete)")
        )
        self.remove_action.setText(self.tr("&Remove from library"))
        for row, entry in enumerate(self._entries):
            if entry.builtin:
                self.tree.topLevelItem(row).setText(4, self.tr("built in"))

    def set_side_panel(self, panel: QWidget, first_stops: Sequence[QWidget] = ()) -> None:
        """Put ``panel`` (the self-study home) to the right of the list of sets; Tab from the
        list reaches ``first_stops`` first (the home's Resume and Discard: they came after
        Start, Open and Edit, and Enter on the list at start began the selected set while a
        quiz of hers waited, of which a screen reader had said nothing; student56)."""
        self._splitter.addWidget(panel)
        for before, stop in zip([self.tree, *first_stops], first_stops, strict=False):
            QWidget.setTabOrder(before, stop)
        self._splitter.setStretchFactor(0, 3)
        self._splitter.setStretchFactor(1, 2)
        self._splitter.setSizes([600, 400])
        self.tree.header().resizeSection(4, NARROW_FILE_COLUMN_WIDTH)  # the title needs the room

    def add_button(self, button: QPushButton) -> None:
        """Another action on the selected set (the editor's Edit set), left of Open a file."""
        button.setAutoDefault(True)
        self._buttons.insertWidget(2, button)

    def entries(self) -> list[LibraryEntry]:
        return list(self._entries)

    def add(self, entry: LibraryEntry, select: bool = True) -> None:
        """Show ``entry`` (replacing an earlier load of the same file) and select it, unless
        ``select`` is False (a set listed again at start leaves the selection at the top)."""
        same = [i for i, e in enumerate(self._entries) if e.path.resolve() == entry.path.resolve()]
        if same:
            self._entries[same[0]] = entry
            self.tree.takeTopLevelItem(same[0])
            index = same[0]
        else:
            self._entries.append(entry)
            index = len(self._entries) - 1
        self.tree.insertTopLevelItem(index, self._item(entry))
        if select or self.tree.currentItem() is None:
            self.tree.setCurrentItem(self.tree.topLevelItem(index))
        self.listed.emit(entry)

    def select(self, entry: LibraryEntry | None) -> None:
        """Select ``entry``'s set, if given and listed: back from a quiz resumed from the
        home's banner while another set was selected, the home showed that other set's
        figures and not the mistakes just made (student56)."""
        paths = [listed.path.resolve() for listed in self._entries]
        if entry is not None and entry.path.resolve() in paths:
            self.tree.setCurrentItem(self.tree.topLevelItem(paths.index(entry.path.resolve())))

    def selected(self) -> LibraryEntry | None:
        index = self.tree.indexOfTopLevelItem(self.tree.currentItem())
        return self._entries[index] if 0 <= index < len(self._entries) else None

    def _item(self, entry: LibraryEntry) -> QTreeWidgetItem:
        quiz = entry.quiz
        outlet = quiz.article.outlet if quiz.article else ""
        where = self.tr("built in") if entry.builtin else str(entry.path)
        item = QTreeWidgetItem([quiz.title, quiz.language, str(len(quiz.questions)), outlet, where])
        item.setTextAlignment(2, Qt.AlignmentFlag.AlignCenter)
        item.setToolTip(0, plain_tooltip(quiz.description or quiz.title))
        item.setToolTip(4, plain_tooltip(str(entry.path)))
        # a screen reader reads the tooltip as the cell's description: give it the plain words
        description = Qt.ItemDataRole.AccessibleDescriptionRole
        item.setData(0, description, quiz.description or quiz.title)
        item.setData(4, description, str(entry.path))
        return item

    def _on_selection_changed(self) -> None:
        entry = self.selected()
        self.start_button.setEnabled(entry is not None)
        own = entry is not None and not entry.builtin  # the built-in set always stays
        self.remove_button.setEnabled(own)
        self.remove_action.setEnabled(own)
        self.selection_changed.emit(entry)

    def remove_selected(self) -> None:
        """Take the selected set of the teacher's out of the list, once she confirms; the
        built-in set is never removed, and no file is touched."""
        entry = self.selected()
        if entry is None or entry.builtin or not self._confirm_removal(entry):
            return
        index = self._entries.index(entry)
        del self._entries[index]
        self.tree.takeTopLevelItem(index)
        self.removed.emit(entry)
        self.tree.setFocus()

    def _confirm_removal(self, entry: LibraryEntry) -> bool:
        """Ask first, saying that the file is kept and in which folder (all plain text: the
        title comes from the file, the folder may hold any character)."""
        question = self.tr("Remove “{0}” from the library?").format(entry.quiz.title)
        kept = self.tr(
            "Only the list changes: the file {0} stays on your computer, in the folder {1}. "
            "To list it again, open it with File > Open."
        ).format(entry.path.name, QDir.toNativeSeparators(str(entry.path.parent)))
        box = question_box(self, self.tr("Remove from library"), question + "\n\n" + kept)
        remove = box.addButton(self.tr("&Remove from library"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
        box.exec()
        return box.clickedButton() is remove

    def _on_start(self) -> None:
        entry = self.selected()
        if entry is not None:
            self.start_requested.emit(entry)
