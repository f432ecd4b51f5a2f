"""intent50: dump each French article's findings (content, speaker, cue word) and the keys they
match, to compare two trees (added findings keyed, keys lost, speakers fixed and broken, per
intent verb and per batch; compare with benchmarks/intent50_compare.py).

python benchmarks/intent50_dump.py OUT.json (with PYTHONPATH set to the tree to read)
"""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from keyed_findings import keyed_article, matched_keys

ROOT = Path(__file__).resolve().parent.parent
out = {}
for key in sorted((ROOT / "tests/data/draft").glob("fr-*.json")):
    keyed = keyed_article(key)
    text = keyed.article.text
    out[key.name] = dict(
        ann=keyed.annotated,
        finds=[
            [
                f.content,
                f.speaker,
                text[f.cue[0] : f.cue[1]] if f.cue else "",
                text[f.content[0] : f.content[1]][:140],
            ]
            for f in keyed.analysis.attributions
        ],
        matched=matched_keys(keyed),
    )
Path(sys.argv[1]).write_text(json.dumps(out, ensure_ascii=False), encoding="utf-8")
