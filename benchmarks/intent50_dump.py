"""intent50: dump each French article's findings (content, speaker, cue word) and the keys they
match, to compare two trees (added findings keyed, keys lost, speakers fixed and broken, per
intent verb and per batch; compare with benchmarks/intent50_compare.py).

python benchmarks/intent50_dump.py OUT.json (with PYTHONPATH set to the tree to read)
"""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from draft_eval import load_article, match_attributions, same_speaker

from quizapp.draft import analyze
from quizapp.sets.articles.text import has_headline

ROOT = Path(__file__).resolve().parent.parent
out = {}
for key in sorted((ROOT / "tests/data/draft").glob("fr-*.json")):
    ann = json.loads(key.read_text(encoding="utf-8")).get("annotated", "")
    art = load_article(key)
    head = art.text.partition("\n")[0].strip() if has_headline(art.text) else None
    an = analyze(art.text, "fr", headline=head)
    pairs = match_attributions(an, art, 0.3)
    finds = an.attributions
    cue = [art.text[f.cue[0] : f.cue[1]] if f.cue else "" for f in finds]
    out[key.name] = dict(
        ann=ann,
        finds=[
            [f.content, f.speaker, cue[i], art.text[f.content[0] : f.content[1]][:140]]
            for i, f in enumerate(finds)
        ],
        matched={
            str(j): [
                list(finds[i].content),
                same_speaker(finds[i].speaker, art.attributions[j].speaker),
            ]
            for i, j in pairs
        },
    )
Path(sys.argv[1]).write_text(json.dumps(out, ensure_ascii=False), encoding="utf-8")
