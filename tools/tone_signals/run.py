"""Measure the signal classes alone on the time split (see sets.py).

    .venv/bin/python tools/tone_signals/run.py [--signals FILE] [--parts dev h50 ...] [--show dev|test|negatives|neutral ...]

Reads the classes from TON112 in rules/tone.yaml (their one source), or from a file of the same shape
(``--signals signals-at-measurement.yaml``: the lists as they were when the test set was measured), and
reports, per part, how many lines have a sentence where the mechanism fires. Only the mechanism is
measured, not the other tone rules: a line counts if any of its fields has a firing sentence. A part
that sets.py does not name is read from ``<part>_blind_misses.txt`` next to this file (``--parts h50 h51``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).parent))
import sets

from sendlint.families.tone_signals import SignalParams, compile_classes, firing, sentence_signals
from sendlint.normalize import build_view


def load_params(path: Path | None) -> SignalParams:
    if path is None:
        rules = yaml.safe_load((sets.ROOT / "rules" / "tone.yaml").read_text(encoding="utf-8"))["rules"]
        rule = next(r for r in rules if r["id"] == "TON112")
        return SignalParams(**rule["check"]["params"])
    return SignalParams(**yaml.safe_load(path.read_text(encoding="utf-8")))


def part_records(parts: dict[str, list[dict]], name: str) -> list[dict]:
    """The lines of a part of sets.py, or of a saved list of blind misses (one id per line or space)."""
    if name in parts:
        return parts[name]
    path = Path(__file__).parent / f"{name}_blind_misses.txt"
    if not path.is_file():
        raise SystemExit(f"run: no part {name!r} in sets.py and no {path.name}")
    by_id = {r["id"]: r for r in sets.load_lines().values()}
    return [by_id[i] for i in path.read_text().split()]


def fires(record: dict, params: SignalParams, compiled: dict) -> list[str]:
    language = record["locale"].split("-")[0]
    classes = compiled.setdefault(language, compile_classes(params, language))
    out = []
    for field in ("subject", "body"):
        text = record.get(field)
        if not text:
            continue
        folded = build_view(text, case=True, accents=True).text
        for sentence, names in firing(
            sentence_signals(folded, classes, record["category"]), classes, params.min_classes
        ):
            out.append(f"{'+'.join(names)}: «{folded[sentence.start : sentence.end].strip()[:140]}»")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--signals", type=Path, help="a file of classes instead of TON112's params in rules/tone.yaml")
    parser.add_argument("--parts", nargs="+", default=["dev", "negatives", "neutral"])
    parser.add_argument("--show", nargs="*", default=[])
    parser.add_argument("--misses", action="store_true")
    args = parser.parse_args(argv)
    params = load_params(args.signals)
    compiled: dict = {}
    parts = sets.split()
    for part in args.parts:
        records = part_records(parts, part)
        hits = [(r, fires(r, params, compiled)) for r in records]
        caught = [(r, f) for r, f in hits if f]
        print(f"{part}: {len(caught)} of {len(records)} lines fire")
        if part in args.show:
            for record, found in caught:
                print(f"  {record['id']} [{record['category']}] {record['labels']}")
                for line in found:
                    print(f"      {line}")
            if args.misses:
                for record, found in hits:
                    if not found:
                        print(f"  MISS {record['id']}: {record['body'][:160]!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
