"""The article's paragraphs in a Word document, in the order the document shows them.

Two shapes of Word file reach the editor. A teacher who writes or saves an article in Word
has one Word paragraph per paragraph, perhaps with the empty paragraph a picture sits in
(teacher49). A text pasted from a PDF or an email has one Word paragraph per printed line and
empty paragraphs between the real ones: cutting it at every Word paragraph cut sentences and
quotations at each line end (review49). The document says which shape it is: where empty
paragraphs separate its text, a run of lines between them that mostly end mid-sentence is one
paragraph and its lines join; elsewhere each Word paragraph is one. A picture or a table's
edge always ends a paragraph, and a picture alone says nothing of the shape.

Tables are read, cell by cell in reading order: an article laid out in a table (a common way
to place a photo beside the text) lost its text, and a teacher expects to see what the file
shows; a figure table she does not want is deleted in the editor in one stroke, text that was
never read she may not notice is missing. Captions are left out: Word's and LibreOffice's
caption styles (and the styles based on them), and a wholly italic short paragraph right under
a picture, the way most people caption one by hand.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise

from quizapp.sets.articles.article_words import article_words
from quizapp.sets.articles.line_shapes import mostly_cut

# python-docx looks each paragraph's style up among all the styles, 0.45 ms a paragraph: the
# 20 MB a Word file may unpack to holds 3 million empty ones, 25 minutes (hostile55); an
# article has a few hundred
MAX_PARAGRAPHS = 5000
_PARAGRAPH = re.compile(rb"<w:p[ >/]")
MAX_CAPTION_WORDS = 40  # an italic caption is a line or two; a longer italic block is text
_PICTURE = ".//w:drawing | .//w:pict"  # an inline or floating picture, or an old VML one


@dataclass(frozen=True)
class _Block:
    """One Word paragraph as the reader sees it: ``kind`` is "text", "blank" (an empty
    paragraph), "picture" (the paragraph a picture sits in) or "table" (a cell's edge)."""

    kind: str
    text: str = ""
    italic: bool = False


def docx_paragraphs(document: object) -> list[str]:
    """The article's paragraphs; a hard-wrapped paragraph comes as its lines joined by
    ``\\n`` (the tidy step makes them spaces, and the dateline reader still sees lines)."""
    blocks = _without_captions(list(_blocks(document.iter_inner_content())))  # type: ignore[attr-defined]
    wrapped = _blank_separated(blocks)
    kept: list[str] = []
    for run in _runs(blocks):
        if wrapped and not kept:  # the headline: a line of its own, never a wrap
            kept.append(run[0])
            run = run[1:]
        if wrapped and mostly_cut(run):
            kept.append("\n".join(run))
        else:
            kept.extend(run)
    return [paragraph for paragraph in kept if paragraph]


def too_many_paragraphs(archive: zipfile.ZipFile) -> bool:
    """The Word file's text parts hold more paragraphs than an article, counted before
    python-docx reads them."""
    parts = [i for i in archive.infolist() if i.filename.startswith("word/")]
    xml = (archive.read(i) for i in parts if i.filename.endswith(".xml"))
    return sum(len(_PARAGRAPH.findall(part)) for part in xml) > MAX_PARAGRAPHS


def _blocks(content: Iterator[object]) -> Iterator[_Block]:
    """The blocks of a body or a cell, tables read cell by cell (a merged cell once)."""
    for item in content:
        if hasattr(item, "rows"):
            yield from _table_blocks(item)
        else:
            yield from _paragraph_blocks(item)


def _table_blocks(table: object) -> Iterator[_Block]:
    seen: set[int] = set()
    for row in table.rows:  # type: ignore[attr-defined]
        for cell in row.cells:
            if id(cell._tc) not in seen:  # a merged cell comes once per grid column
                seen.add(id(cell._tc))
                yield _Block("table")
                yield from _blocks(cell.iter_inner_content())
    yield _Block("table")


def _paragraph_blocks(paragraph: object) -> Iterator[_Block]:
    """A picture's paragraph gives a picture block, then its text if it holds any (a caption
    typed beside the picture); a caption style's paragraph gives nothing."""
    if _caption_style(getattr(paragraph, "style", None)):
        return
    text = paragraph.text  # type: ignore[attr-defined]
    picture = bool(paragraph._p.xpath(_PICTURE))  # type: ignore[attr-defined]
    if picture:
        yield _Block("picture")
    if text.strip():
        yield _Block("text", text, _italic(paragraph))
    elif not picture:
        yield _Block("blank")


def _caption_style(style: object) -> bool:
    """The style or one it is based on is a caption's (LibreOffice's « Figure » is based on
    « Caption »); a loop in a damaged file stops after a few steps."""
    names = article_words("caption_styles")
    for _ in range(8):
        if style is None:
            return False
        if (getattr(style, "name", "") or "").strip().lower() in names:
            return True
        style = getattr(style, "base_style", None)
    return False


def _italic(paragraph: object) -> bool:
    """Every run holding text is in italics, set on the run or by the paragraph's style."""
    style = getattr(paragraph, "style", None)
    by_style = bool(style is not None and style.font.italic)
    runs = [run for run in paragraph.runs if run.text.strip()]  # type: ignore[attr-defined]
    return bool(runs) and all(run.italic or (run.italic is None and by_style) for run in runs)


def _without_captions(blocks: list[_Block]) -> list[_Block]:
    """The blocks without a short wholly italic paragraph right under a picture."""
    return [
        block
        for index, block in enumerate(blocks)
        if not (index and blocks[index - 1].kind == "picture" and _hand_caption(block))
    ]


def _hand_caption(block: _Block) -> bool:
    return block.kind == "text" and block.italic and len(block.text.split()) <= MAX_CAPTION_WORDS


def _blank_separated(blocks: list[_Block]) -> bool:
    """An empty paragraph stands between two texts: the file marks its paragraphs that way,
    so a run of Word paragraphs between two empty ones may be one paragraph's lines."""
    texts = [index for index, block in enumerate(blocks) if block.kind == "text"]
    return any(
        any(blocks[between].kind == "blank" for between in range(before + 1, after))
        for before, after in pairwise(texts)
    )


def _runs(blocks: list[_Block]) -> Iterator[list[str]]:
    """The texts between two breaks: an empty paragraph, a picture, a table's edge, or a
    change between italics and roman (a hand-made caption or standfirst is no wrapped line)."""
    run: list[_Block] = []
    for block in blocks:
        if run and (block.kind != "text" or block.italic != run[-1].italic):
            yield [each.text for each in run]
            run = []
        if block.kind == "text":
            run.append(block)
    if run:
        yield [each.text for each in run]
