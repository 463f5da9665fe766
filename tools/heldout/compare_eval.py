"""Compare two `sendlint eval --format json` results: per-family counts and which lines changed.

    python tools/heldout/compare_eval.py BEFORE.json AFTER.json

A tuning round must not trade one family's gain for another's loss unseen, so every line whose outcome changed
(mistake fixed, mistake made, or a different mistake) is listed with its family and the findings now reported.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def load(path: str) -> dict:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def mistakes_by_id(result: dict) -> dict[str, dict]:
    return {m["id"]: m for m in result["mistakes"]}


def _ratio(value: float | None) -> str:
    """A precision or recall to four places; a family with no line of its own in the files has none."""
    return "  -   " if value is None else f"{value:.4f}"


def main(before_path: str, after_path: str) -> None:
    before, after = load(before_path), load(after_path)
    print(f"{'family':<11} {'tp':>11} {'fp':>9} {'fn':>9}   precision        recall")
    for family, now in after["families"].items():
        was = before["families"].get(family, {"tp": 0, "fp": 0, "fn": 0, "precision": 0, "recall": 0})
        cells = [f"{was[k]}->{now[k]}" for k in ("tp", "fp", "fn")]
        print(
            f"{family:<11} {cells[0]:>11} {cells[1]:>9} {cells[2]:>9}   "
            f"{_ratio(was['precision'])}->{_ratio(now['precision'])} {_ratio(was['recall'])}->{_ratio(now['recall'])}"
        )
    print(
        f"neutral false-positive rate {before['neutral_false_positive_rate']} -> {after['neutral_false_positive_rate']}"
    )
    old, new = mistakes_by_id(before), mistakes_by_id(after)
    for line_id in sorted(old.keys() | new.keys()):
        was, now = old.get(line_id), new.get(line_id)
        if was and now and (was["fired"], was["findings"]) == (now["fired"], now["findings"]):
            continue
        state = "FIXED" if now is None else "NEW" if was is None else "CHANGED"
        shown = now or was
        print(f"\n{state} {line_id} expected={shown['expected']} fired={shown['fired']}")
        for finding in shown["findings"]:
            print(f"    {finding}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    main(sys.argv[1], sys.argv[2])
