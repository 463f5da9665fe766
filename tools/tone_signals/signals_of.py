"""Print, sentence by sentence, the signal classes found in given lines (ids), firing or not.

.venv/bin/python tools/tone_signals/signals_of.py h35-es-013 h35-en-054 ...
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import sets
from run import load_params

from sendlint.families.tone_signals import compile_classes, sentence_signals
from sendlint.normalize import build_view


def main(argv: list[str] | None = None) -> int:
    ids = sys.argv[1:] if argv is None else argv
    params = load_params(None)
    lines = {r["id"]: r for r in sets.load_lines().values()}
    unknown = [line_id for line_id in ids if line_id not in lines]
    if unknown:
        print(f"signals_of: no line with id {', '.join(unknown)} in the tuning corpora", file=sys.stderr)
        return 2
    for line_id in ids:
        record = lines[line_id]
        classes = compile_classes(params, record["locale"].split("-")[0])
        print(line_id, record["category"])
        for field in ("subject", "body"):
            text = record.get(field)
            if not text:
                continue
            folded = build_view(text, case=True, accents=True).text
            for sentence in sentence_signals(folded, classes, record["category"]):
                found = {name: folded[s:e] for name, (s, e) in sentence.found.items()}
                print(f"   {field}: {found}  «{folded[sentence.start : sentence.end].strip()[:110]}»")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
