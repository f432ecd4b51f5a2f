"""A quotation signed by a dash and a described person, a role before a name, or a body, with
no verb of saying (signed38): « « Nous ne lâcherons rien. » — la conseillère municipale
Anne Durand », « "…" - Une salariée de l'usine », the dash opening a line of its own under
the quotation (« – la mairie de Nantes »), a spaced dash after a pull quote with no marks
(« J'ai une élue… une vraie prise de risque — Le maire de Montval », recall40: in the first
person, ``spoken.pull_quote``, mend40b), or a comma after a
quotation that opens the paragraph (« «…», une habitante du quartier »). ``signed.py``
reads the signatures that open on a name; these open on a determiner or a role in lower
case, so the phrase is read as a noun phrase: its head a noun of a person or a body the
lexicons list (``signer_nouns``:
« la semaine prochaine » signs nothing, nor does a work, « un documentaire de X »), no
finite verb of its own (« - une habitante se souvient » is a sentence), and nothing but the
phrase to the end of the paragraph."""

from __future__ import annotations

import re

from quizapp.draft.clause.noun_phrases.noun_phrase import holds_finite_verb
from quizapp.draft.findings import Span
from quizapp.draft.names.naming.gender import first_name_gender
from quizapp.draft.speakers.speaker_checks.can_speak import signer_nouns, singular_noun
from quizapp.draft.uncued.rules.signatures.lone_name import full_name
from quizapp.draft.words.folding import folded_words
from quizapp.draft.words.lexicon import Lexicon, built_once, fold


def described_signature(text: str, para: Span, lex: Lexicon) -> re.Match[str] | None:
    """The match of a dash and a described signer ending ``para`` (group ``name``, the phrase
    after the dash; group ``role``, empty), or None when the phrase after the dash is no
    person or body, or holds a verb."""
    found = _patterns(lex)[0].search(text, para[0], para[1])
    own_line = found is not None and found.start() == para[0]
    if own_line and text[: para[0]].rstrip()[-1:] not in '»”"':
        return None  # a line of its own signs only a quotation ending the paragraph above
    return _checked(found, text, lex)


def quoted_description(text: str, para: Span, lex: Lexicon) -> re.Match[str] | None:
    """The match of a paragraph that is only a quotation, a comma and a described signer
    (« «…», une habitante du quartier »): groups ``mark`` (the closing mark) and ``name``."""
    return _checked(_patterns(lex)[1].match(text, para[0], para[1]), text, lex)


def _checked(found: re.Match[str] | None, text: str, lex: Lexicon) -> re.Match[str] | None:
    """``found`` when its phrase's head is a noun of a person's or a body's list and holds no
    verb. Not any speaking noun: documents and works speak for their writers elsewhere, and
    an ending (« -aire », « -ant ») makes « documentaire » and « chant » people (mend38e)."""
    head = fold(found.group("head") or found.group("title")) if found else ""
    if found is None or not {head, singular_noun(head)} & signer_nouns(lex):
        return None
    if found.group("person") and _body_name(found, text, lex):
        return None
    return None if holds_finite_verb(text, found.span("name"), lex) else found


def _body_name(found: re.Match[str], text: str, lex: Lexicon) -> bool:
    """The name after the role follows a noun of a body and opens on no first name the lexicon
    knows (« présidente de l'association Les Amis de Lyon », « du club Les Aiglons »): the
    body's name, not the signer's (mend39d: the shared full name, particles and all, read
    « Amis de Lyon » as a person; « de l'association Anne Durand » still signs)."""
    words = folded_words(text[max(0, found.start("person") - 40) : found.start("person")])
    bodies = lex.word_sets("organisation_name_words", "organisation_anaphors", "generic_body_heads")
    first = found.group("person").split()[0]
    return bool(words) and words[-1] in bodies and not first_name_gender(first, lex)


@built_once
def _patterns(lex: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A dash opening a line or after a closing mark (or a comma after a quotation opening
    the paragraph), then to the end of the paragraph a determiner (any case: « - Une
    salariée »), its head word and the rest of the phrase, or a role in lower case and a
    name."""
    determiner = rf"(?i:{lex.one_of('determiners')})"
    head = r"(?P<head>[\w-]+)"
    rest = r"[^.!?…«»“”\"\n;:()]{0,90}?"
    described = rf"{determiner}(?:\s+|(?<=['’])){head}{rest}"
    # no article: a role in lower case before a name (« — conseillère municipale X »)
    name = full_name(lex, r"[A-ZÀ-Ö][\w'’-]+", r"\s+")
    titled = rf"(?P<title>[a-zß-öø-ÿ][\w-]*)[^.!?…«»“”\"\n;:(),]{{0,60}}?\s(?P<person>{name})"
    phrase = rf"(?P<name>{described}|{titled})(?P<role>)"
    # after a closing mark, opening a line, or spaced after a word (a pull quote, recall40)
    dash = r"(?:^[-–—]|(?<=[»”\"])\s*[-–—]|(?<=\w)\s[-–—](?=\s))"
    quoted = r"\s*[«“\"][^«»“”\"]+(?P<mark>[»”\"])\s*,"  # a quotation opening the paragraph
    return (
        re.compile(rf"{dash}\s*{phrase}\s*\.?\s*$", re.MULTILINE),
        re.compile(rf"{quoted}\s*{phrase}\s*\.?\s*$"),
    )
