"""A synthetic question set of any size, mixing the six types, for the loading benchmarks."""

from __future__ import annotations

ARTICLE = (
    "Un fonctionnaire de la Maison-Blanche a confié à Politico qu’Elon Musk s’était «largement "
    "emballé». Au sein du parti républicain, on se demande si l’amitié va durer. Le projet réunit "
    "Oracle, SoftBank et OpenAI. «Il déteste une des personnes impliquée dans l’accord», a-t-il "
    "expliqué à des journalistes."
)


def _question(index: int) -> dict:
    base = {
        "id": f"q{index}",
        "prompt": f"Question {index} : qui dit quoi ?",
        "explanation": "Parce que la source est décrite sans être nommée.",
        "evidence": ["a confié à Politico"],
        "tags": ["attribution", "anonymous-source"],
    }
    kind = index % 6
    if kind == 0:
        options = [{"text": "Un fonctionnaire", "correct": True}, {"text": "Trump"}]
        return {**base, "type": "single_choice", "options": options}
    if kind == 1:
        options = [{"text": "Oracle", "correct": True}, {"text": "Nvidia"}, {"text": "OpenAI"}]
        return {**base, "type": "multiple_choice", "options": options}
    if kind == 2:
        return {**base, "type": "true_false", "answer": True}
    if kind == 3:
        items = [{"claim": "on se demande", "label": "vague", "evidence": "on se demande"}]
        return {**base, "type": "classify", "items": items}
    if kind == 4:
        pairs = [
            {"left": "«largement emballé»", "right": "un fonctionnaire"},
            {"left": "b", "right": "Trump"},
        ]
        return {**base, "type": "match", "pairs": pairs, "distractors": ["Altman"]}
    return {**base, "type": "locate", "answer": ["on se demande"]}


def big_set(count: int) -> dict:
    """A valid format-v1 set with ``count`` questions."""
    return {
        "schema_version": 1,
        "id": "big",
        "title": "Grand ensemble",
        "language": "fr",
        "article": {"title": "Article", "outlet": "20min.ch", "text": ARTICLE},
        "questions": [_question(index) for index in range(count)],
    }
