"""One bound on an article's size, said in a teacher's words (bounds56).

The set file held an article of at most 100,000 characters and said « 'Texte de l'article' est
trop long » when it was longer, while an opened article file was read up to 5 MB and the
drafter read 20,000 words (about 130,000 characters of French): a 15,000-word report was
drafted, then refused by the check. Now the set file, an opened article and ``quizapp draft``
refuse the same texts, each saying how long the article is, the bound, and what to do."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.cli.main import main
from quizapp.model.quizset import MAX_ARTICLE_CHARS
from quizapp.sets.articles.reading import ArticleError, read_article
from quizapp.sets.catalog import set_language
from quizapp.sets.editing.writer import set_text
from quizapp.sets.errors import LoadError
from quizapp.sets.loader import load_set, parse_text

BUILTIN = Path(__file__).resolve().parents[2] / "questions" / "stargate-musk.fr.quiz.yaml"
HEAD = "Piste cyclable : le projet divise Belleville\n\n"


def body_of(length: int) -> str:
    """A paragraph of exactly ``length`` characters, ending on no space."""
    body = ("Le conseil a voté. " * (length // 19 + 1))[:length]
    return body[:-1] + "s" if body.endswith(" ") else body


def article_of(length: int) -> str:
    """An article of exactly ``length`` characters, as a .txt file or a paste reads it."""
    return HEAD + body_of(length - len(HEAD))


def _set_file(tmp_path: Path, length: int) -> Path:
    """The built-in set with its article grown to ``length`` characters, saved as the editor
    saves (its evidence still in the article: the text is only lengthened)."""
    data = parse_text(BUILTIN.read_text(encoding="utf-8"), BUILTIN)
    text = data["article"]["text"].rstrip()
    data["article"]["text"] = text + "\n\n" + body_of(length - len(text) - 2)
    assert len(data["article"]["text"]) == length
    path = tmp_path / "long.quiz.yaml"
    path.write_text(set_text(data), encoding="utf-8")
    return path


def test_a_set_whose_article_is_at_the_bound_loads(tmp_path: Path) -> None:
    quiz = load_set(_set_file(tmp_path, MAX_ARTICLE_CHARS))
    assert quiz.article is not None and len(quiz.article.text) == MAX_ARTICLE_CHARS


def test_a_longer_article_is_refused_with_its_length_and_what_to_do(tmp_path: Path) -> None:
    path = _set_file(tmp_path, MAX_ARTICLE_CHARS + 1)
    with pytest.raises(LoadError) as caught:
        load_set(path)
    said = str(caught.value)
    assert "the article is 100,001 characters long, and an article holds at most 100,000" in said
    assert "cut it, keeping the part the questions are about" in said
    set_language("fr")
    try:
        with pytest.raises(LoadError) as caught:
            load_set(path)
    finally:
        set_language("en")
    said = str(caught.value)
    assert "l’article fait 100\u202f001 caractères, et un article en compte au plus" in said
    assert "au plus 100\u202f000 (environ 15\u202f000 mots)" in said
    assert "en gardant la partie sur laquelle portent les questions" in said


def test_an_article_file_at_the_bound_is_read_and_a_longer_one_refused(tmp_path: Path) -> None:
    fits = tmp_path / "fits.txt"
    fits.write_text(article_of(MAX_ARTICLE_CHARS), encoding="utf-8")
    assert len(read_article(fits).text) == MAX_ARTICLE_CHARS
    over = tmp_path / "over.txt"
    over.write_text(article_of(MAX_ARTICLE_CHARS + 1), encoding="utf-8")
    with pytest.raises(ArticleError) as caught:
        read_article(over)
    assert caught.value.kind == "too_long" and caught.value.detail == str(MAX_ARTICLE_CHARS + 1)


def test_quizapp_draft_refuses_an_article_no_set_could_hold(tmp_path: Path, capsys) -> None:
    over = tmp_path / "over.txt"
    over.write_text(article_of(MAX_ARTICLE_CHARS + 1), encoding="utf-8")
    out = tmp_path / "over.quiz.yaml"
    assert main(["draft", str(over), "-o", str(out), "--language", "fr"]) == 1
    said = capsys.readouterr().err
    assert f"{over}: the article is 100,001 characters long" in said and not out.exists()
    assert "keeping the part the questions are about" in said
