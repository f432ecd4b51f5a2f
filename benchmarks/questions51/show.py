"""Print a drafted set's questions compactly (kind, prompt, answer, options, explanation).

questions51 reads every drafted question against its article as a teacher would; one line per
part keeps sixteen drafts readable in a terminal.
"""

import sys
from pathlib import Path

from ruamel.yaml import YAML


def lines_of(question: dict) -> list[str]:
    """The parts a teacher reads of one drafted question."""
    out = [f"[{question['id']}] {question['type']}: {question.get('prompt', '')}"]
    for option in question.get("options", []):
        out.append(f"   {'*' if option.get('correct') else '-'} {option['text']}")
    for item in question.get("items", []):
        out.append(f"   [{item['label']}] {item['claim']}  || {item.get('explanation', '')}")
    for pair in question.get("pairs", []):
        out.append(f"   {pair}")
    for key in ("answer", "answers", "targets", "distractors", "spans", "answer_spans"):
        if key in question:
            out.append(f"   {key}: {question[key]}")
    if question["type"] != "classify":
        out.append(f"   E: {question.get('explanation', '')}")
    return out


if __name__ == "__main__":
    for path in sys.argv[1:]:
        data = YAML(typ="safe").load(Path(path).read_text(encoding="utf-8"))
        print(f"=== {Path(path).name}")
        for question in data["questions"]:
            print("\n".join(lines_of(question)))
