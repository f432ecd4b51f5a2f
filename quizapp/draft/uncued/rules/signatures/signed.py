"""A statement signed by its speaker: a quotation, or a passage in the first person whose marks
the page lost (a block quotation), followed by the speaker's name and role alone, with no verb
(« «Nous voulons une réouverture» Mathias Reynard, conseiller d'Etat », « …pour que ça n'arrive
pas.Cédric Barreau, délégué CFDT », or the name on a line of its own under the paragraph:
« Gervais Martel, président du RC Lens, via le site officiel »), a dash maybe before the name,
which may then be one word (« "…" - David, habitant du village », recall19), or a full name
with no role after a spaced dash (« …sans le savoir" - Alain Baron », recall23s), or a full
name alone after a comma when the paragraph is only the quotation (« «…», Anne Durand »); a
dash before a described person, a role and a name, or a body is ``described.py`` (signed38),
and a dash opening a line of its own signs the paragraph above. A paragraph with no marks
signed after a spaced dash on its own line by a name and its role, with no stop after the words
or the signature, is a pull quote, the signer's words even in the third person (recall40; a
bare name or a described signer needs the first person, mend40b). The name signs
what stands right before it: that passage is the named person's words, whoever the reader
heard before.

Read once the whole article is read (the signature follows what it signs), before the
speakers get their final names."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from quizapp.draft.clause.noun_phrases.noun_phrase import holds_finite_verb
from quizapp.draft.findings import Attribution, Claim, Span
from quizapp.draft.shapes.detect.view import overlap
from quizapp.draft.text.segment import QUOTE_MARKS
from quizapp.draft.uncued.rules.signatures import spoken
from quizapp.draft.uncued.rules.signatures.described import described_signature, quoted_description
from quizapp.draft.uncued.rules.signatures.lone_name import block_speaks, full_name, lone_signature
from quizapp.draft.uncued.rules.signatures.spoken import DASHES, first_person, pull_quote
from quizapp.draft.words.lexicon import Lexicon, built_once, folded_words

# a word of a name: a capital, then letters of any case, hyphens and apostrophes (« DUPONT »)
_WORD = r"[A-ZÀ-Ö][\w'’-]+"
# a comma, a role with no mark of a sentence or a quotation, to the end of the paragraph (a
# full stop may close it when a dash sets the name off: ``_names_listed``, recall40)
_ROLE = r"\s*,\s*(?P<role>[^.!?…«»“”\"]{2,90}?(?:[«“\"][^«»“”\"]{1,60}[»”\"])?)\s*\.?\s*$"
# after a dash, one capitalised word may sign (« "…" - David, habitant du village »)
_DASHED = re.compile(rf"[{DASHES}]\s*(?P<name>{_WORD}){_ROLE}")
# a signer's role after the name, set off by a comma (« Pascal, secrétaire FO »)
_AFTER_PASSAGE = re.compile(r"[.!?…»”\"]")  # what ends the signed passage, right before it
# a dash anywhere in a paragraph: the signatures after a dash are not sought in one without
# (speed45: each pattern tried a name or a determiner at every word of every paragraph)
_ANY_DASH = re.compile(f"[{DASHES}]")

Resolver = Callable[[str, Span], tuple[str, str] | None]


def signed_statements(
    found: list[Attribution], paras: list[Span], text: str, lex: Lexicon, speaker: Resolver
) -> list[Attribution]:
    """``found`` with each signed passage given to its signer (``speaker`` resolves a name
    written at a span to its speaker and label): a finding over it takes the signer, a passage
    no finding holds is added when it is quoted or speaks in the first person."""
    for index, para in enumerate(paras[1:], 1):
        signed = _signed_passage(text, para, paras[index - 1], lex)
        if signed is None:
            continue
        passage, name, lone = signed
        if lone and not _lone_signs(
            found, paras[max(index - 2, 0) : index - 1], passage, text, lex
        ):
            continue  # a lone name under narration or another speaker's words (mend37b)
        name = _without_initial(text, name)
        signer = speaker(text[name[0] : name[1]], name)
        if signer is None:
            continue
        signature = (name[0], _stripped(text, para)[1])  # the name and its role
        found = _given_to(found, passage, (*signer, signature), text, lex)
    return found


def without_signatures(claims: list[Claim], found: list[Attribution], text: str) -> list[Claim]:
    """``claims`` less those made only of a signed passage and its signer (« - Une salariée
    de l'usine », « David, habitant du village », « « … » - Paul Roy »): a signature names
    who spoke, it is neither a fact nor the outlet's voice (signed38). A finding with no cue
    and a source is signed; the claim goes when nothing but marks, dashes and commas is left
    of it once that finding's content and source are taken out."""
    signed = [a for a in found if a.cue is None and a.source is not None]
    return [c for c in claims if not any(_only_signed(c.span, a, text) for a in signed)]


def _only_signed(span: Span, signed: Attribution, text: str) -> bool:
    assert signed.source is not None
    if not overlap(span, signed.source):
        return False
    rest = list(text[span[0] : span[1]])
    for start, end in (signed.content, signed.source):
        for at in range(max(start, span[0]), min(end, span[1])):
            rest[at - span[0]] = " "
    return not any(c.isalnum() for c in rest)


def _signed_passage(
    text: str, para: Span, before: Span, lex: Lexicon
) -> tuple[Span, Span, bool] | None:
    """The passage a signature closing ``para`` signs, the signer's name, and whether the
    name stands alone with no comma or dash (``lone_signature``): the start of the paragraph
    when the signature follows it on the same line, else the paragraph ``before``."""
    named, dashed_name, quoted_name = _full_name_signatures(lex)
    quoted = quoted_name.match(text, para[0], para[1]) or quoted_description(text, para, lex)
    if quoted is not None and not (quoted.group("role") and _verb_in_role(text, quoted, lex)):
        return _stripped(text, (para[0], quoted.end("mark"))), quoted.span("name"), False
    signature = named.search(text, para[0], para[1])
    if signature is None and _ANY_DASH.search(text, para[0], para[1]):  # each needs a dash
        signature = _DASHED.search(text, para[0], para[1])
        signature = signature or dashed_name.search(text, para[0], para[1])
        signature = signature or described_signature(text, para, lex)  # « — la conseillère X »
    if signature is None and not QUOTE_MARKS.search(text, before[0], before[1]):
        lone = lone_signature(text, para, lex)  # a block quotation's marks lost (blocks37)
        return None if lone is None else (_stripped(text, before), lone.span("name"), True)
    if signature is None or _verb_in_role(text, signature, lex):
        return None
    start = signature.start("name")
    if _names_listed(text, para, start):
        return None  # « …, Paul Roy, maire de Vue. »: a stop ends a list of names, not a signature
    if start == para[0] or not text[para[0] : start].strip(DASHES + " "):  # « – la mairie »
        return _stripped(text, before), signature.span("name"), False
    passage = _passage_before(text, para, start)
    return None if passage is None else (passage, signature.span("name"), False)


def _passage_before(text: str, para: Span, start: int) -> Span | None:
    """The passage a signature at ``start`` signs on its own line: the words before it, set
    off by a dash, a comma after a stop or a mark, or a stop or a closing mark; None when the
    name only ends a sentence (« Le maire a reçu Paul Martin, délégué CFDT »)."""
    end = _last_visible(text, para[0], start)
    spaced = text[end] in DASHES and text[end - 1].isspace()  # « … du contact humain - X »
    if text[end] in DASHES:  # « "…"- Henri X, adjoint au maire »: a dash sets the name off
        end = _last_visible(text, para[0], end)
    if text[end] == "," and _AFTER_PASSAGE.match(text, _last_visible(text, para[0], end)) is None:
        return _stripped(text, (para[0], end))  # « …, P. X, élu »
    if not (spaced or _AFTER_PASSAGE.match(text, end)):
        return None
    return _stripped(text, (para[0], end + 1))


@built_once
def _full_name_signatures(
    lex: Lexicon,
) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A full name (``lone_name.full_name``) then a comma and a role; a full name alone after
    a spaced dash (« … sans le savoir" - Alain Baron »); a paragraph that is only a quotation
    and a full name (maybe with its role) after a comma (« «…», Anne Durand », signed38)."""
    name = full_name(lex, _WORD, r"\s+")
    signature = re.compile(rf"(?P<name>{name}){_ROLE}")
    quoted = re.compile(
        rf"\s*[«“\"][^«»“”\"]+(?P<mark>[»”\"])\s*,\s*(?P<name>{name})"
        rf"(?:\s*,\s*(?P<role>[^.!?…«»“”\"]{{2,90}}?))?\s*$"
    )
    return signature, re.compile(rf"\s[{DASHES}]\s*(?P<name>{name})(?P<role>)\s*$"), quoted


def _names_listed(text: str, para: Span, start: int) -> bool:
    """Whether a stop closes the paragraph after the role with no dash or lost opener before the
    name at ``start`` (recall40; ``spoken.opener_lost``): a list of names ends the same way."""
    lost = spoken.opener_lost(text, para[0], start)
    stop = text[para[0] : para[1]].rstrip().endswith(".") and not lost
    return stop and text[_last_visible(text, para[0], start)] not in DASHES


def _verb_in_role(text: str, signature: re.Match[str], lex: Lexicon) -> bool:
    return holds_finite_verb(text, signature.span("role"), lex)


def _lone_signs(
    found: list[Attribution], above: list[Span], block: Span, text: str, lex: Lexicon
) -> bool:
    """Whether a lone name signs ``block``: a speaker's own words (``block_speaks``), and no
    lone name on the line ``above`` it, which heads the block in a run of testimonies
    (« Marie Dupont / Je suis arrivée… / Paul Martin / J'ai toujours vécu… »): the block is then
    the name above's, and the name below heads the next one."""
    headed = any(lone_signature(text, para, lex) for para in above)
    return not headed and block_speaks(found, block, text, lex)


def _without_initial(text: str, name: Span) -> Span:
    """« P. Durand »: the surname, which the resolver takes up as the person named in full
    earlier; the initial alone would be read as a name of its own."""
    initial = re.match(r"[A-ZÀ-Ö]\.\s*", text[name[0] : name[1]])
    return (name[0] + initial.end(), name[1]) if initial else name


def _last_visible(text: str, start: int, end: int) -> int:
    at = end - 1
    while at > start and text[at].isspace():
        at -= 1
    return at


def _given_to(
    found: list[Attribution], passage: Span, signer: tuple[str, str, Span], text: str, lex: Lexicon
) -> list[Attribution]:
    """A quotation's findings with no cue take the signer (a quotation no finding holds,
    such as one whose inner marks the reader paired wrongly, becomes the signer's words); a
    passage with no marks in the first person becomes the signer's words, what the reader
    found inside it (« …, en exigeant l'apport… ») being speech the signer reports. The
    signature is the finding's source: a later rule reading cue-less, source-less quotations
    as pull quotes (``runs.pulled_quotes``) leaves a signed one to its signer (signed38)."""
    speaker, label, name = signer
    held = [a for a in found if a.content[0] < passage[1] and passage[0] < a.content[1]]
    content = _inside_marks(text, passage)
    signed = Attribution(content, None, name, speaker, None, "direct", label, None, 0.6)
    if content != passage and held:
        signs = {"speaker": speaker, "label": label, "source": name, "cue": None}
        return [
            part
            for a in found
            for part in (
                _signed_parts(a, text, content, signs, lex)
                if _signed_one(a, held, content)
                else [a]
            )
        ]
    return _whole_signed(found, held, signed, passage, text, lex)


def _whole_signed(
    found: list[Attribution],
    held: list[Attribution],
    signed: Attribution,
    passage: Span,
    text: str,
    lex: Lexicon,
) -> list[Attribution]:
    """``found`` with the ``signed`` passage in place of the findings wholly inside it; a
    passage not one quotation must speak in the first person or be a pull quote, quote nobody
    with a cue and hold no finding running out of it, else it is narration: nobody's words."""
    inside = [a for a in held if passage[0] <= a.content[0] and a.content[1] <= passage[1]]
    assert signed.source is not None
    said = first_person(text, passage, lex) or pull_quote(text, passage, signed.source[0])
    said = said and not spoken.cued_quotation(inside, passage, text)
    if signed.content == passage and (len(inside) < len(held) or not said):
        return found
    kept = [a for a in found if a not in inside]
    return sorted([*kept, signed], key=lambda a: a.content[0])


def _signed_one(found: Attribution, held: list[Attribution], content: Span) -> bool:
    """Whether a finding held by a signed quotation is the signer's: one with no cue, or one
    that holds the whole quotation from its first word whose cue stands inside the marks
    (« « Dès notre vote, monsieur Roux s'est fâché. Il a dit qu'il irait au tribunal. » —
    Lucie X »: what the reader took for an inserted cue, or the cue of speech the signer
    reports, never makes the whole quotation another's, quoted39). Reported speech nested
    inside keeps its own speaker."""
    if found not in held:
        return False
    if found.cue is None:
        return True
    whole = found.content[0] <= content[0] and found.content[1] >= content[1] - 2
    return whole and content[0] <= found.cue[0] and found.cue[1] <= content[1]


def _signed_parts(
    found: Attribution, text: str, content: Span, signs: dict, lex: Lexicon
) -> list[Attribution]:
    """The signer's share of a finding ``_signed_one`` gives the signer. A cue inserted after a
    comma, its verb first (« « Nous irons jusqu'au bout, a promis le maire Paul Roux devant
    nous. Nous voulons le croire. » — Lucie X »), is a quotation the signer makes of someone:
    its sentence stays the quoted speaker's and only the sentences after it are the signer's
    (mend39d: quoted39 gave the mayor's promise to the signer)."""
    if found.cue is None or not _inserted_cue(text, found, lex):
        return [replace(found, **signs)]
    stop = re.compile(r"[.!?…]").search(text, found.cue[1], content[1])
    rest = _stripped(text, (stop.end(), found.content[1])) if stop else (0, 0)
    if rest[0] >= rest[1]:
        return [found]  # the quotation ends with the inserted cue: all the speaker's
    said = _stripped(text, (found.content[0], stop.end()))
    return [replace(found, content=said), replace(found, content=rest, **signs)]


def _inserted_cue(text: str, found: Attribution, lex: Lexicon) -> bool:
    """The finding's cue is a verb set after a comma inside its content (« …, a promis X »),
    not a word the reader misread as a cue (« …, monsieur Roux s'est fâché »)."""
    cue = found.cue or (0, 0)
    before = text[found.content[0] : cue[0]].rstrip()
    verb = (folded_words(text[cue[0] : cue[1]]) or [""])[0]
    return before.endswith(",") and (verb in lex.finite or verb in lex.auxiliaries)


def _inside_marks(text: str, passage: Span) -> Span:
    """The passage inside its quotation marks when it is one quotation."""
    start, end = passage
    if end - start > 2 and text[start] in '«“"' and text[end - 1] in '»”"':
        return _stripped(text, (start + 1, end - 1))
    if end - start > 2 and text[end - 1] in '»”"' and not re.search('[«“"]', text[start : end - 1]):
        return _stripped(text, (start, end - 1))  # its opening mark left in the paragraph before
    return passage


def _stripped(text: str, span: Span) -> Span:
    start, end = span
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == "."):
        end -= 1
    return start, end
