"""True/false statements, as many true as false: on what no who-said-this asks, on the kind
of source each speaker is, and on the article's own unsourced sentences."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from itertools import chain
from typing import Any

from quizapp.draft.drafting.draft_base import (
    DRAFT_TAG,
    MAX_TRUE_FALSE,
    SET_SIZE,
    DraftBase,
    question,
)
from quizapp.draft.drafting.options import kind_of, unnamed
from quizapp.draft.drafting.wording.clauses import has_verb
from quizapp.draft.drafting.wording.reported_words import spoken
from quizapp.draft.drafting.wording.speaker_openings import in_sentence
from quizapp.draft.findings import Attribution, Claim
from quizapp.draft.words.lexicon import fold


class StatementQuestions(DraftBase):
    """Drafts the true/false statements."""

    def true_false(self, drafted: int = 0) -> list[dict[str, Any]]:
        """Statements on what no who-said-this asks: the other attributions (false as said by
        another speaker, or with no source when there is none to give), then the article's own
        unsourced sentences; as many true as false, or one more true when a who-said-this
        left out (its answer given away by its length) is asked here instead. Past
        ``MAX_TRUE_FALSE`` when the ``drafted`` questions before them leave a set short of
        ``SET_SIZE`` and the article has more to ask (teacher17)."""
        if not self.speakers:
            return []
        pool: list[Statement] = [
            f
            for f in self.quotable()
            if f.content not in self.asked and f.speaker not in self.nameless
        ]  # « c'est ses membres qui affirme que … » names no one (``standalone``)
        pool += self.kinds_of_source()
        claims = (c for c in self.analysis.unattributed if self._unsourced(c))  # read lazily
        room = max(MAX_TRUE_FALSE + self.unasked, SET_SIZE - drafted)
        pool = self._true_where_named(chain(pool, claims), room)
        short = drafted + len(pool) <= SET_SIZE and len(pool) >= 3  # 2 of 3 true: W01 quiet
        if len(pool) <= MAX_TRUE_FALSE and not short:  # one more true than false stays fair
            pool = pool[: len(pool) - len(pool) % 2]
        return [self._statement(found, n, n % 2 == 1) for n, found in enumerate(pool, 1)]

    def _unsourced(self, claim: Claim) -> bool:
        """A sentence of the outlet's own, unless it repeats words a speaker says: a subhead
        « « On veut toujours nous prendre de l'argent » » quotes Antoine Homé, so « c'est
        Antoine Homé qui affirme que « On veut… » : Faux » marked a careful reader wrong
        (teacher15), and « sans l'attribuer à aucune source » would teach her nothing."""
        self.steps.go_on()  # one sentence checked against every statement: a step to stop at
        if claim.label not in ("fact", "author") or not self.whole(claim.span, sentence=True):
            return False
        if self.quoted_claim(claim):
            return False
        if self.analysis.said_within(claim.span) or self.passage(claim.span).rstrip().endswith("?"):
            return False  # a question asserts nothing: « X affirme que mais était-il… ? »
        words = _bare(self.passage(claim.span))
        if len(words) >= 12 and any(
            words in _bare(self.passage(found.content)) for found in self.analysis.attributions
        ):
            return False
        return not any(self._repeats(claim, found) for found in self.analysis.attributions)

    def _repeats(self, claim: Claim, found: Attribution) -> bool:
        """A claim most of whose words a statement says elsewhere (three of four of its
        words of three letters or more, three at least): the outlet's lede or subhead putting a
        speaker's words in its own, « "De grands espaces verts" » over « …dans des grands
        espaces verts", poursuit le directeur », « la table ronde sociale annoncée doit être
        rapidement convoquée » over the unions' « …la table ronde sociale annoncée doit être
        convoquée… »: neither true as said with no source nor false as said by that speaker
        (sanity26: 15 corpus statements in 15 articles of 14 batches)."""
        words = _content_words(self.passage(claim.span))
        if len(words) < 3:
            return False
        said = set(_content_words(self.passage(found.content)))
        return 4 * sum(word in said for word in words) >= 3 * len(words)

    def _true_where_named(self, pool: Iterable[Statement], room: int) -> list[Statement]:
        """The first ``room`` of the pool in its order (read no further: cancel56), but for a claim
        naming every person a false statement could give it to, held back to the next true place
        (odd places are true): falsely given, it put the speaker in his own sentence (« c'est Iga
        Swiatek qui affirme qu'Iga Swiatek a remporté Roland-Garros : Faux », "Dan Schwartz claims
        that Dan Schwartz represents…: False"), the fallback sanity22's ``_unnamed_in`` left
        (sanity26: 18 corpus statements in 15 articles). So is a statement whose words open on a
        pronoun (``pronoun_led``): true, it names the pronoun's person (« c'est Claire Darmon qui
        affirme qu'elle ne reculerait pas »); false, the pronoun would stand for the wrong one or
        nobody (prompts49). So is an unsourced sentence opening on one: false, it read as the
        speaker it was given to (« c'est Willy Schraen qui affirme qu'il n'a pas survécu »); true,
        the article's words stand quoted as its own (truefalse50). One with no true place left is
        not asked."""
        people = self._people()
        ordered: list[Statement] = []
        waiting: list[Statement] = []
        for found in pool:
            named = isinstance(found, Claim) and people and not self._unnamed_in(people, found.span)
            named = named or (not isinstance(found, _KindOfSource) and self.pronoun_led(found))
            (waiting if named else ordered).append(found)
            while waiting and len(ordered) % 2 == 0:
                ordered.append(waiting.pop(0))
            if len(ordered) >= room:  # the places before are taken for good
                break
        return ordered[:room]

    def _people(self) -> list[str]:
        """Who a false statement may give a claim to: the speakers who are someone (no
        impersonal voice, none whose words name no one alone), then the people the article
        names who never speak."""
        return [s for s in self.named_speakers if not self.impersonal(s)] + self.bystanders

    def kinds_of_source(self) -> list[_KindOfSource]:
        """One statement per speaker on what kind of source it is ("les enseignants grévistes
        sont une source nommée"), on its surest attribution."""
        firsts = {}
        for found in self.readings:
            if found.speaker in self.nameless:  # « ses membres sont … » names no one
                continue
            if found.label in _OTHER_KIND and not self.impersonal(found.speaker):  # nobody
                firsts.setdefault(found.speaker, found)
        return [_KindOfSource(found) for found in firsts.values()]

    def _statement(self, found: Statement, number: int, true: bool) -> dict[str, Any]:
        """A true/false question on a claim, on a speaker's kind of source, or on who said
        an attribution's words."""
        if isinstance(found, Claim):
            prompt, explanation, evidence = self._claim_statement(found, true)
        elif isinstance(found, _KindOfSource):
            prompt, explanation, evidence = self._kind_statement(found.found, true)
        else:
            prompt, explanation, evidence = self._said_statement(found, true)
        template = self.words["explain_true" if true else "explain_false"]
        return question(
            f"draft-true-false-{number}",
            "true_false",
            prompt,
            answer=true,
            explanation=template.format(explanation=explanation),
            evidence=[evidence],
            tags=[DRAFT_TAG, "attribution"],
        )

    def _said_statement(self, found: Attribution, true: bool) -> tuple[str, str, str]:
        """True: ``found``'s speaker said its words; false: another speaker did, one those
        words do not name (``_unnamed_in``), else, with none left, nobody did."""
        others = [] if true else self._unnamed_in(self.others(found), found.content)
        if not true and not others:
            return self._unsourced_statement(found)
        shown = in_sentence(self.display(found.speaker if true else others[0]))
        prompt = self.said(found, "tf_prompt", 110, speaker=shown)
        return prompt, self.explain(found), self.evidence(found)

    def _unsourced_statement(self, found: Attribution) -> tuple[str, str, str]:
        """False: "the article writes this with no source", on words a speaker says, for a
        statement no other speaker can be falsely given: an article quoting one source drafted
        no true/false on its statements at all (teacher17: 135 corpus articles under twelve
        proposals, most with one speaker), though whether a passage has a source is the very
        question a reader must ask."""
        quote = self.quoted(spoken(self.analysis, found), 140)
        prompt = self.words["tf_claim_prompt"].format(quote=quote)
        return prompt, self.explain(found), self.evidence(found)

    def _kind_statement(self, found: Attribution, true: bool) -> tuple[str, str, str]:
        speaker = in_sentence(self.display(found.speaker))
        label = found.label if true else self._other_kind(found.label, speaker)
        prompt = self.words["tf_kind_prompt"].format(
            speaker=speaker, kind=self.words["kind_phrases"][label], **self.forms(speaker)
        )
        return prompt, self.explain(found), self.evidence(found)

    def _other_kind(self, label: str, speaker: str) -> str:
        """The kind a false statement gives a speaker: a named person is no « groupe vague »
        (ui40 read « Dans l'article, Maëlle Prigent est un groupe vague », false by its
        grammar alone), so a person the article names is said to be an anonymous source; one
        written without a name (« le président du Comité exécutif ») keeps « groupe vague »,
        since « source anonyme » might fairly be read as true of it."""
        if (
            label == "named"
            and kind_of(speaker, self.lex) == "person"
            and not unnamed(speaker, self.lex)
        ):
            return "anonymous"
        return _OTHER_KIND[label]

    def _claim_statement(self, claim: Claim, true: bool) -> tuple[str, str, str]:
        """True: "the article gives this sentence with no source"; false: a speaker of the
        article said it. Either shows it past an opening connective (``standing_alone``)."""
        shown = replace(claim, span=self.standing_alone(claim.span))
        if true:
            prompt = self.words["tf_claim_prompt"].format(quote=self.quoted(shown.span, 140))
        else:
            people = self._people()
            named = self._unnamed_in(people, claim.span) or people or self.named_speakers
            speakers = named or self.speakers
            speaker = in_sentence(self.display(speakers[0]))
            prompt = self._given_to(shown, speaker)
        return prompt, self.explain_claim(claim), self.passage(claim.span)

    def _given_to(self, claim: Claim, speaker: str) -> str:
        """A claim falsely given to ``speaker``: reported (« c'est X qui affirme que … ») when
        it has a verb, else quoted. « c'est Monaco qui affirme que Claudio Ranieri (entraîneur
        de Nantes) », « … qu'à chaque domaine ses problèmes » made no sentence, a statement
        false for no reason a student could find (sanity24: 141 corpus statements)."""
        if has_verb(self.passage(claim.span), self.analysis.language):
            reported = self.reported(self.passage(claim.span))
            template, fields = "tf_prompt_reported", {"reported": reported}
        else:
            template, fields = "tf_prompt", {"quote": self.quoted(claim.span, 140)}
        return self.words[template].format(speaker=speaker, **fields, **self.forms(speaker))

    def _unnamed_in(self, speakers: list[str], span: tuple[int, int]) -> list[str]:
        """The speakers a false statement may give for the words of ``span``: none that those
        words name. « c'est Vincent Baudriller qui affirme que … comme l'a souligné Vincent
        Baudriller, … : Faux », "Dwight Ball claims that Dwight Ball, a pharmacist…: false"
        put the speaker in his own sentence, sometimes as the one who says it (sanity22)."""
        written = {w.lower() for w in re.findall(r"\w+", self.passage(span)) if w[:1].isupper()}
        return [s for s in speakers if not self.name_words(self.display(s)) & written]


@dataclass(frozen=True)
class _KindOfSource:
    """A true/false statement on the kind of source an attribution's speaker is."""

    found: Attribution


Statement = Attribution | Claim | _KindOfSource


def _content_words(text: str) -> list[str]:
    """A passage's words of three letters or more, folded: what a repeat shares."""
    return [w for w in re.findall(r"[\w'’-]+", fold(text)) if len(w) > 2]


def _bare(text: str) -> str:
    """A passage's words alone, to find one repeated inside another: no quotation marks,
    apostrophes of one kind, no case, no final stop."""
    text = re.sub(r"[«»“”\"‘]", " ", text.replace("’", "'")).lower()
    return " ".join(text.split()).strip(" .!?…")


_OTHER_KIND = {"named": "vague", "vague": "named", "anonymous": "named"}  # a false statement's
