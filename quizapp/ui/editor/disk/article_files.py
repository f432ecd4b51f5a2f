"""The article a set is about, brought into the editor from a file (.txt, .html, .docx) or a
paste into the empty article: its fields filled in one step Undo takes back, the set's title
and language following it.

A mixin of ``FileActions``, moved out of file_actions.py when it reached 300 lines (tidy56).
Its words keep the « FileActions » translation context, so the catalogues did not move.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from quizapp.sets.articles.reading import article_from_paste
from quizapp.sets.editing.commands import Batch, SetValue
from quizapp.ui.editor.disk.brought_in import set_names_from
from quizapp.ui.editor.disk.last_folder import remember_folder, start_folder

translate = QCoreApplication.translate


class ArticleFiles:
    """Mixin of ``FileActions``: it has ``window``, the editor the article goes into."""

    window: Any

    def open_article(self) -> None:
        from quizapp.sets.articles.reading import ArticleError, read_article
        from quizapp.ui.editor.article_panel import article_error_text

        w = self.window
        name, _ = QFileDialog.getOpenFileName(
            w,
            translate("FileActions", "Open an article"),
            str(start_folder(w.settings)),
            translate("FileActions", "Articles (*.txt *.html *.htm *.docx)"),
        )
        if not name:
            return
        remember_folder(w.settings, Path(name))  # the new set is saved beside its article
        try:
            article = read_article(Path(name))
        except ArticleError as error:
            QMessageBox.warning(
                w, translate("FileActions", "Article not read"), article_error_text(w, error)
            )
            return
        self.use_article(article)
        w.focus_after_article()  # not left on « Open a file… », which a space reopens

    def use_pasted(self, text: str) -> None:
        """A paste into the empty article reads like an opened .txt file (teacher11): the
        headline, the set's title and language follow; a headline she typed stays; a byline
        line under it is left out (teacher50: the drafter made a claim of it), its outlet
        fills « Média » unless she typed one."""
        from quizapp.sets.articles.article_size import too_long
        from quizapp.ui.editor.drafting import say_outlet, untyped
        from quizapp.ui.editor.paste_bound import say_too_long

        article = untyped(article_from_paste(text), self.window.draft.get(("article",), {}))
        if too_long(article.text):  # the bound a set file holds (bounds56)
            say_too_long(self.window, len(article.text))
            return
        self.use_article(article, translate("FileActions", "Paste the article"))
        if article.outlet:  # the byline's outlet filled « Média »: she is told (polish53)
            say_outlet(self.window, article.outlet)

    def use_article(self, article: Any, step: str = "") -> None:
        from quizapp.ui.editor.drafting import article_language, say_language

        values = {
            "text": article.text,
            "title": article.title,
            "outlet": article.outlet,
            "url": article.url,
            "date": article.date,
        }
        commands = [SetValue(("article", key), value) for key, value in values.items() if value]
        language, follow = article_language(self.window.draft.data, article.text)
        names = set_names_from(self.window.draft.data, str(article.title or ""), language)
        if commands:
            text = step or translate("FileActions", "Open an article")
            self.window.draft.apply(Batch(commands + follow + names, text=text))
        if commands and follow:
            say_language(self.window, language)
