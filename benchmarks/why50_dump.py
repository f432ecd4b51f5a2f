"""why50: dump each French article's findings and matched keys, to compare two trees.

python benchmarks/why50_dump.py OUT.json (with PYTHONPATH set to the tree to read)
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
            [f.content, f.speaker, text[f.content[0] : f.content[1]][:140]]
            for f in keyed.analysis.attributions
        ],
        matched=matched_keys(keyed),
    )
Path(sys.argv[1]).write_text(json.dumps(out, ensure_ascii=False), encoding="utf-8")
