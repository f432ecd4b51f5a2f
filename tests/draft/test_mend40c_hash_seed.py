"""The drafter's findings depend neither on the process's string hashing nor on the articles
read before in the same process (mend40c). ``quizapp draft`` reads each article in a new
process with a random ``PYTHONHASHSEED``, the scorer reads the whole corpus in one: both must
give the same findings. A set iterated where the order reaches a finding, or a cache filled
while reading one article and read for the next, would make these runs differ."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

FRENCH = (
    "Deux présidents pour un pays\n\n"
    "La commission électorale a crédité Paul Martin de 54 % des voix au second tour. "
    "Mais la Cour suprême, invoquant des fraudes dans le Sud, a annulé des milliers de "
    "bulletins et proclamé la victoire du président sortant, Jean Morel.\n\n"
    "« Je ne céderai jamais », a déclaré Jean Morel samedi. Selon un diplomate, la crise "
    "risque de durer. Ses partisans estiment que le scrutin a été volé."
)
BEFORE_FR = (
    "Le maire sous pression\n\n"
    "Un proche du maire a confié que la démission était « imminente ». De son côté, "
    "l'opposition, dénonçant une gestion opaque, réclame un audit. Ensuite, le préfet a "
    "indiqué qu'il suivait le dossier."
)
BEFORE_EN = (
    "Council tax rise\n\n"
    "The council leader, Anne Price, said the rise was unavoidable. However, residents, "
    "citing years of cuts, told the BBC they felt ignored. A spokesman declined to comment."
)

_RUN = """
import json, sys
from quizapp.draft import analyze
texts = json.loads(sys.stdin.read())
for text, language in texts[:-1]:
    analyze(text, language)
text, language = texts[-1]
print(json.dumps(analyze(text, language).to_json(), sort_keys=True, ensure_ascii=False))
"""


def _findings(seed: str, *texts: tuple[str, str]) -> dict:
    """The findings of the last text, read in a new process with hash seed ``seed`` after
    the texts before it."""
    env = dict(os.environ, PYTHONHASHSEED=seed, PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", _RUN],
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=True,
    )
    return json.loads(done.stdout)


@pytest.mark.parametrize("text,language", [(FRENCH, "fr"), (BEFORE_EN, "en")])
def test_findings_are_the_same_under_two_hash_seeds(text: str, language: str) -> None:
    first = _findings("1", (text, language))
    assert first["attributions"]
    assert _findings("2", (text, language)) == first


def test_findings_do_not_depend_on_the_articles_read_before() -> None:
    alone = _findings("3", (FRENCH, "fr"))
    after = _findings("4", (BEFORE_EN, "en"), (BEFORE_FR, "fr"), (FRENCH, "fr"))
    assert after == alone
    speakers = {a["speaker"] for a in alone["attributions"]}
    assert "la Cour suprême" in speakers or "La Cour suprême" in speakers
