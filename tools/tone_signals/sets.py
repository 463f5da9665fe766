"""The time split of the tone-signals experiment: which lines are development, which are test.

Development: the tone misses of blind sets h5..h17 at blind time (the ``tone`` ``FN`` rows of each set's
"Round N analysis" in corpora/eval/HELDOUT-*.md). Test: the same for h18..h20, plus h21's blind misses
(the h21 tone lines the rules of round 20 missed, saved in ``h21_blind_misses.txt``). Negatives: every
line of corpora/eval/{es,en}.jsonl without the ``tone`` label, and the neutral files. Later sets, kept
apart so the test figure stays comparable: ``h22`` (the ``FN`` rows of its Round 22 analysis) and ``h23``
(the 13 h23 tone lines the other tone rules missed at blind time, saved in ``h23_blind_misses.txt``; TON112
caught 1 of them blind) and ``h24`` (the 13 h24 tone lines the tone rules missed at blind time, saved in
``h24_blind_misses.txt``; TON112 caught none of them blind) and ``h25`` (the 10 h25 tone lines the tone
rules missed at blind time, saved in ``h25_blind_misses.txt``; TON112 caught none of them blind) and ``h26``
(the 13 h26 tone lines the other tone rules missed at blind time, saved in ``h26_blind_misses.txt``; TON112
caught 1 of them blind) and ``h27`` (the 10 h27 tone lines the other tone rules missed at blind time, saved in
``h27_blind_misses.txt``; TON112 caught 2 of them blind) and ``h28`` (the 13 h28 tone lines the other tone
rules missed at blind time, saved in ``h28_blind_misses.txt``; TON112 caught 1 of them blind) and ``h29`` (the 14 h29
tone lines the other tone rules missed at blind time, saved in ``h29_blind_misses.txt``; TON112 caught 4 of them blind) and ``h30``
(the 8 h30 tone lines the other tone rules missed at blind time, saved in ``h30_blind_misses.txt``; TON112 caught 1 of them
blind) and ``h31`` (the 15 h31 tone lines the other tone rules missed at blind time, saved in ``h31_blind_misses.txt``;
TON112 caught 3 of them blind) and ``h32`` and ``h33`` (two sets written at the same time: the 12 h32 and 11 h33 tone
lines the other tone rules missed at blind time, saved in ``h32_blind_misses.txt`` and ``h33_blind_misses.txt``;
TON112 caught 4 and 2 of them blind) and ``h34`` and ``h35`` (two more sets written at the same time: the 8 h34 and
11 h35 tone lines the other tone rules missed at blind time, saved in ``h34_blind_misses.txt`` and
``h35_blind_misses.txt``; TON112 caught 2 and 0 of them blind) and ``h36`` and ``h37`` (two more sets written at the
same time: the 7 h36 and 9 h37 tone lines the other tone rules missed at blind time, saved in ``h36_blind_misses.txt``
and ``h37_blind_misses.txt``; TON112 caught 3 and 1 of them blind) and ``h38`` and ``h39`` (two more sets written at the
same time: the 13 h38 and 12 h39 tone lines the other tone rules missed at blind time, saved in ``h38_blind_misses.txt``
and ``h39_blind_misses.txt``; TON112 caught 4 and 3 of them blind) and ``h40`` and ``h41`` (two more sets written at the
same time: the 10 h40 and 9 h41 tone lines the tone rules other than TON112 and the new tone model TON113 missed at blind
time, saved in ``h40_blind_misses.txt`` and ``h41_blind_misses.txt``; TON112 caught 2 and 5 of them blind) and ``h42`` and ``h43`` (two more sets written at the same time: the 12 h42 and
13 h43 tone lines the tone rules other than TON112 and TON113 missed at blind time, saved in ``h42_blind_misses.txt``
and ``h43_blind_misses.txt``).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EVAL = ROOT / "corpora" / "eval"
ID_RE = re.compile(r"\bh(\d+)-(?:es|en)-\d{3}\b")
DEV_ROUNDS = range(5, 18)
TEST_ROUNDS = range(18, 21)


def _round_of(path: Path) -> int | None:
    match = re.search(r"-h(\d+)\.md$", path.name)
    return int(match.group(1)) if match else None


def blind_tone_misses(rounds: range) -> list[str]:
    """Ids in the ``tone`` ``FN`` rows of the Round analyses of ``rounds``."""
    ids: list[str] = []
    for path in sorted(EVAL.glob("HELDOUT-*-h*.md")):
        number = _round_of(path)
        if number not in rounds:
            continue
        in_analysis = False
        for line in path.read_text(encoding="utf-8").splitlines():
            if re.match(r"#+ Round \d+\w* analysis", line):
                in_analysis = True
                continue
            if not in_analysis or not line.startswith("|"):
                continue
            cells = [c.strip() for c in line.strip("|").split("|")]
            if len(cells) < 3:
                continue
            head = " ".join(cells[1:3]).lower()
            if "tone" not in head or "fn" not in head:
                continue
            for match in ID_RE.finditer(cells[0]):
                if int(match.group(1)) == number and match.group(0) not in ids:
                    ids.append(match.group(0))
    return ids


def load_lines() -> dict[str, dict]:
    lines: dict[str, dict] = {}
    for name in ("es.jsonl", "en.jsonl", "neutral-es.jsonl", "neutral-en.jsonl"):
        for raw in (EVAL / name).read_text(encoding="utf-8").splitlines():
            if raw.strip():
                record = json.loads(raw)
                record["_file"] = name
                lines[f"{name}:{record['id']}"] = record
    return lines


def split() -> dict[str, list[dict]]:
    lines = load_lines()
    by_id = {r["id"]: r for r in lines.values() if r["_file"] in ("es.jsonl", "en.jsonl")}
    h21 = (Path(__file__).parent / "h21_blind_misses.txt").read_text().split()
    dev = [by_id[i] for i in blind_tone_misses(DEV_ROUNDS) if i in by_id]
    test = [by_id[i] for i in blind_tone_misses(TEST_ROUNDS) + h21 if i in by_id]
    negatives = [
        r for r in lines.values() if r["_file"] in ("es.jsonl", "en.jsonl") and "tone" not in r["labels"]
    ]
    neutral = [r for r in lines.values() if r["_file"].startswith("neutral")]
    h22 = [by_id[i] for i in blind_tone_misses(range(22, 23)) if i in by_id]
    h23 = [by_id[i] for i in (Path(__file__).parent / "h23_blind_misses.txt").read_text().split()]
    h24 = [by_id[i] for i in (Path(__file__).parent / "h24_blind_misses.txt").read_text().split()]
    h25 = [by_id[i] for i in (Path(__file__).parent / "h25_blind_misses.txt").read_text().split()]
    h26 = [by_id[i] for i in (Path(__file__).parent / "h26_blind_misses.txt").read_text().split()]
    h27 = [by_id[i] for i in (Path(__file__).parent / "h27_blind_misses.txt").read_text().split()]
    h28 = [by_id[i] for i in (Path(__file__).parent / "h28_blind_misses.txt").read_text().split()]
    h29 = [by_id[i] for i in (Path(__file__).parent / "h29_blind_misses.txt").read_text().split()]
    h30 = [by_id[i] for i in (Path(__file__).parent / "h30_blind_misses.txt").read_text().split()]
    h31 = [by_id[i] for i in (Path(__file__).parent / "h31_blind_misses.txt").read_text().split()]
    h32 = [by_id[i] for i in (Path(__file__).parent / "h32_blind_misses.txt").read_text().split()]
    h33 = [by_id[i] for i in (Path(__file__).parent / "h33_blind_misses.txt").read_text().split()]
    h34 = [by_id[i] for i in (Path(__file__).parent / "h34_blind_misses.txt").read_text().split()]
    h35 = [by_id[i] for i in (Path(__file__).parent / "h35_blind_misses.txt").read_text().split()]
    h36 = [by_id[i] for i in (Path(__file__).parent / "h36_blind_misses.txt").read_text().split()]
    h37 = [by_id[i] for i in (Path(__file__).parent / "h37_blind_misses.txt").read_text().split()]
    h38 = [by_id[i] for i in (Path(__file__).parent / "h38_blind_misses.txt").read_text().split()]
    h39 = [by_id[i] for i in (Path(__file__).parent / "h39_blind_misses.txt").read_text().split()]
    h40 = [by_id[i] for i in (Path(__file__).parent / "h40_blind_misses.txt").read_text().split()]
    h41 = [by_id[i] for i in (Path(__file__).parent / "h41_blind_misses.txt").read_text().split()]
    h42 = [by_id[i] for i in (Path(__file__).parent / "h42_blind_misses.txt").read_text().split()]
    h43 = [by_id[i] for i in (Path(__file__).parent / "h43_blind_misses.txt").read_text().split()]
    h44 = [by_id[i] for i in (Path(__file__).parent / "h44_blind_misses.txt").read_text().split()]
    h45 = [by_id[i] for i in (Path(__file__).parent / "h45_blind_misses.txt").read_text().split()]
    h46 = [by_id[i] for i in (Path(__file__).parent / "h46_blind_misses.txt").read_text().split()]
    h47 = [by_id[i] for i in (Path(__file__).parent / "h47_blind_misses.txt").read_text().split()]
    h48 = [by_id[i] for i in (Path(__file__).parent / "h48_blind_misses.txt").read_text().split()]
    h49 = [by_id[i] for i in (Path(__file__).parent / "h49_blind_misses.txt").read_text().split()]
    return {
        "dev": dev,
        "test": test,
        "negatives": negatives,
        "neutral": neutral,
        "h22": h22,
        "h23": h23,
        "h24": h24,
        "h25": h25,
        "h26": h26,
        "h27": h27,
        "h28": h28,
        "h29": h29,
        "h30": h30,
        "h31": h31,
        "h32": h32,
        "h33": h33,
        "h34": h34,
        "h35": h35,
        "h36": h36,
        "h37": h37,
        "h38": h38,
        "h39": h39,
        "h40": h40,
        "h41": h41,
        "h42": h42,
        "h43": h43,
        "h44": h44,
        "h45": h45,
        "h46": h46,
        "h47": h47,
        "h48": h48,
        "h49": h49,
    }


if __name__ == "__main__":
    parts = split()
    for name, records in parts.items():
        print(name, len(records))
