"""Reading the article a set is about from a file the teacher already has.

Three kinds: plain text (.txt), a web page as the browser saves it (.html, .htm) and a Word
document (.docx). The web page goes through trafilatura (``web_page``), a maintained extractor
that keeps the article's paragraphs and drops menus, captions, adverts and footers, and reads
the title, site name and date the page states. Nothing is ever fetched: the file is read from
disk, bounded in size, and must be a regular file. Paragraphs come out separated by one blank
line.
"""

from __future__ import annotations

import io
import re
import stat
import zipfile
from dataclasses import dataclass, replace
from pathlib import Path

from quizapp.sets.articles.article_size import too_long
from quizapp.sets.articles.dating.bylines import lone_by_joined
from quizapp.sets.articles.dating.datelines import dated_line, dateline, without_byline
from quizapp.sets.articles.dating.mail_headers import mail_head
from quizapp.sets.articles.dating.publication import (
    page_publication,
    publication_line,
    without_page_date,
)
from quizapp.sets.articles.line_shapes import CLOSERS
from quizapp.sets.articles.page_menu import head_lines_apart, without_page_menu
from quizapp.sets.articles.page_tail import (
    credits_outlet,
    without_page_head,
    without_page_links,
    without_page_tail,
)
from quizapp.sets.articles.photo_credits import without_photo_credits
from quizapp.sets.articles.quoting import unquoted
from quizapp.sets.articles.text import file_line_ends, first_line, printable, tidy_paragraphs
from quizapp.sets.articles.web_page import read_web_page, site_host, web_address
from quizapp.sets.articles.word_file import docx_paragraphs, too_many_paragraphs
from quizapp.sets.errors import StoreError
from quizapp.sets.files.textfile import decode_utf8

MAX_ARTICLE_BYTES = 5 * 1024 * 1024  # a saved page with inline scripts is large; 5 MB is ample
MAX_DOCX_XML_BYTES = 20 * 1024 * 1024  # the unpacked text of a Word file (a zip bomb stops here)
TEXT_SUFFIXES = (".txt", ".text", ".md")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
DOCX_SUFFIXES = (".docx",)
ARTICLE_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + DOCX_SUFFIXES


class ArticleError(StoreError):
    """The file cannot be read as an article: ``kind`` says why (the window words it in the
    user's language), ``detail`` adds the system's reason where there is one."""

    KINDS = ("kind", "not_file", "unreadable", "too_large", "too_long", "no_text", "bad_docx")

    def __init__(self, kind: str, path: Path, detail: str = "") -> None:
        super().__init__(f"{path}: {kind.replace('_', ' ')}" + (f": {detail}" if detail else ""))
        self.kind, self.path, self.detail = kind, path, detail


@dataclass(frozen=True)
class ArticleText:
    """What the editor prefills: any of the fields may be empty when the file does not say."""

    text: str
    title: str = ""
    outlet: str = ""
    url: str = ""
    date: str = ""  # ISO 8601 (YYYY-MM-DD) or empty
    file_text: str = ""  # a plain-text file's own text (line ends as \n), which ``text`` tidies


def read_article(path: Path) -> ArticleText:
    """The article in ``path`` (.txt, .html or .docx); raise ``ArticleError`` if unreadable,
    or if its text is longer than a set's article may be (``too_long``, its length in
    ``detail``: bounds56), which no set could then hold or save."""
    article = _read_article(path)
    if too_long(article.text):
        raise ArticleError("too_long", path, str(len(article.text)))
    return article


def _read_article(path: Path) -> ArticleText:
    suffix = path.suffix.lower()
    if suffix not in ARTICLE_SUFFIXES:
        raise ArticleError("kind", path)
    raw = _read_bounded(path)
    if suffix in HTML_SUFFIXES:
        return article_from_html(raw.decode("utf-8", errors="replace"), path)
    if suffix in DOCX_SUFFIXES:
        return _from_docx(path, raw)
    return article_from_text(_decode(raw, path))


def article_from_text(text: str) -> ArticleText:
    """A plain text read as an article: an opened .txt file, or a text pasted into an empty
    article (its first line is the headline)."""
    text = printable(file_line_ends(text))
    found = dateline(text)  # « Publié le 2 décembre 2025 - TNTV News » under the headline
    return ArticleText(
        text=paragraphs(text),
        title=first_line(text),
        outlet=found.outlet,
        date=found.date,
        file_text=text,
    )


def article_from_paste(text: str) -> ArticleText:
    """A text pasted into an empty article: read as a .txt file's, its byline line left out
    as a Word file's is (``without_byline``). A browser's copy takes "By Helen Marsh,
    Education correspondent" with the article, and the drafter asked where that « claim »
    came from (teacher50); so are the page's lines below it ("Related: …", "Sign up for our
    newsletter": ``page_tail``), the links right under its headline (« À lire aussi : … »,
    teacher51), the page's publication line (« Publié le lundi 26 août 2019 à 18:43 », its
    date read: ``publication``), a forwarded mail's quoting marks (``quoting``, paste52) and
    its headers (``mail_headers``: their subject is the headline when the article opens on
    no headline, their date the article's when the page gives none, dates53), the site's menu
    above the headline (``page_menu``, teacher53) and the links between its paragraphs
    (« Lire aussi : … », ``without_page_links``, teacher53) and its pictures' credits and
    captions (``photo_credits``, paste54). A .txt keeps
    them, its text being the file ``quizapp draft --analysis`` maps offsets back to, which a
    paste has not."""
    text = lone_by_joined(text)  # « Par » above the name, on a line of its own (teacher59)
    mail = mail_head(unquoted(text))
    article = article_from_text(without_photo_credits(without_page_menu(mail.text)))
    kept, date, outlet = page_publication(article.file_text, text)
    outlet = outlet or credits_outlet(kept)  # « TF1 | Reportage … » at its end (teacher58)
    kept = without_page_links(without_page_tail(without_page_head(without_byline(kept))))
    kept = head_lines_apart(mail.text, kept)  # the head's lines left apart (mend53d)
    date = date or _dated(article) or mail.date
    headline = first_line(kept) or article.title  # « Publié le … » above it left out (teacher57)
    title = mail.subject if mail.subject and not _headline(headline) else headline
    outlet = outlet or article.outlet  # « Publié le 03/12/2026 - TNTV News » (paste54)
    return replace(article, text=paragraphs(kept), date=date, title=title, outlet=outlet)


MAX_HEADLINE_WORDS = 25  # a longer first line is the article's first paragraph


def _headline(line: str) -> bool:
    """The first line reads as a headline: short, and ending on no full stop (a mail's article
    may open on its first paragraph, the subject then being its only headline); a headline
    may ask or exclaim (« Faut-il fermer l'école ? »)."""
    bare = line.rstrip(CLOSERS)
    return bool(line) and len(line.split()) <= MAX_HEADLINE_WORDS and not bare.endswith((".", "…"))


def _dated(article: ArticleText) -> str:
    """The dateline's date, unless its line is only a date and a time that is no page's
    (``publication``): a chronology's subhead under the standfirst dates no article
    (review52)."""
    return "" if publication_line(dated_line(article.file_text)) else article.date


def _read_bounded(path: Path) -> bytes:
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise ArticleError("not_file", path)
        if info.st_size > MAX_ARTICLE_BYTES:
            raise ArticleError("too_large", path)
        with path.open("rb") as stream:
            raw = stream.read(MAX_ARTICLE_BYTES + 1)
    except OSError as error:
        raise ArticleError("unreadable", path, error.strerror or str(error)) from None
    if len(raw) > MAX_ARTICLE_BYTES:
        raise ArticleError("too_large", path)
    return raw


def _decode(raw: bytes, path: Path) -> str:
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):  # Notepad's « Unicode »: cp1252 read NULs
        return raw.decode("utf-16", errors="replace").replace("\r\n", "\n")
    try:
        return decode_utf8(raw, str(path))
    except StoreError:  # a .txt saved by an old editor: Windows-1252 is the usual other one
        return raw.decode("cp1252", errors="replace").replace("\r\n", "\n")


def paragraphs(text: str) -> str:
    """Paragraphs separated by one blank line, runs of spaces made one (text.py)."""
    return tidy_paragraphs(printable(file_line_ends(text)), positions=False)[0]


def article_from_html(html: str, path: Path = Path("page.html")) -> ArticleText:
    """The main text and metadata of a saved web page (``web_page``; nothing is fetched)."""
    page = read_web_page(html)
    if page is None:
        raise ArticleError("no_text", path)
    kept, date, _ = page_publication(
        page.body, bare_too=False
    )  # « Publié le … » as a paragraph (teacher57)
    kept = without_page_date(kept, page.date or date)  # "Sep 17, 2018" alone (teacher58)
    return ArticleText(
        text=paragraphs(kept), title=page.title, outlet=page.outlet, url=page.url,
        date=page.date or date,
    )  # fmt: skip


def _from_docx(path: Path, raw: bytes) -> ArticleText:
    """Paragraphs of a Word document (word_file.py: its two shapes, tables, captions); its core
    title when the author filled it in. Its byline paragraph is left out of the text: outlet
    and date are the set's own fields (ui46); so are the links (« Lire aussi : … », polish53)."""
    import docx  # python-docx, imported on use

    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            if sum(info.file_size for info in archive.infolist()) > MAX_DOCX_XML_BYTES:
                raise ArticleError("too_large", path)
            if too_many_paragraphs(archive):  # hostile55
                raise ArticleError("too_large", path)
        document = docx.Document(io.BytesIO(raw))
    except (zipfile.BadZipFile, KeyError, ValueError, SyntaxError) as error:  # lxml's too
        raise ArticleError("bad_docx", path, str(error)) from None
    text = "\n\n".join(docx_paragraphs(document))
    title = (document.core_properties.title or "").strip() or first_line(text)
    url = web_address((document.core_properties.identifier or "").strip()) or _link_base(raw)
    found = dateline(text)  # the paper's name its dateline gives, before the link's host
    kept, date, _ = page_publication(
        without_byline(text), bare_too=False
    )  # « Publié le … » (teacher57)
    return ArticleText(
        text=paragraphs(without_page_links(kept)), title=title,
        outlet=found.outlet or site_host(url), url=url, date=found.date or date,
    )  # fmt: skip


def _link_base(raw: bytes) -> str:
    """The web address a Word file's properties give as its hyperlink base (File > Info >
    Properties), where a teacher who saved a web page notes where it came from."""
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            found = re.search(
                rb"<(?:\w+:)?HyperlinkBase>([^<]{1,2000})</", archive.read("docProps/app.xml")
            )
    except (KeyError, zipfile.BadZipFile):
        return ""
    return web_address(found.group(1).decode("utf-8", "replace").strip()) if found else ""
