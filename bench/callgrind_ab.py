"""Instructions a never-seen message, by callgrind: ``python bench/callgrind_ab.py --package PATH/lint``.

The A/B measure of the speed rounds (BENCHMARKS.md, rounds 70 to 79) on a machine whose timings are noise: valgrind's
callgrind counts the instructions a process executes, which load on the other cores does not move. The script runs,
under ``valgrind --tool=callgrind``, a child Python that imports sendlint from the tree that holds ``--package``
(its ``lint/`` as ``sendlint`` and its ``rules/``, ``corpora/`` and ``gateway/`` beside it, ahead of any installed or
editable copy; the child checks ``sendlint.__file__``), loads the registry, warms the caches on 500 bench messages
(``bench/corpus.py``, seed 1), turns the findings memo off and freezes the heap (``gc.freeze()``, as ``sendlint check``
does). It runs that child twice: once stopping there, once going on to evaluate the never-seen messages
(``make_corpus(3000, seed=2)``, whose bodies the warm-up did not hold, each once: 1,311 messages, through
``evaluate_many`` in batches of 256). The difference of the two totals divided by the message count is the
instructions a never-seen message, warm. ``--count N`` takes the first N of the 1,311 (quicker, noisier: say so
when you quote it). ``--baseline PATH/lint`` measures a second tree in the same run and prints the ratio.

Each child needs several minutes of processor time under callgrind (most of it the start-up and the warm-up, which
the difference removes); the four runs of an A/B go ``--jobs`` at a time (default 2; 4 when the cores are shared
anyway). ``PYTHONHASHSEED`` is fixed so that set orders, and with them the counts, repeat from run to run.
Standard library only; ``--python`` picks the interpreter (default: this one), which must have sendlint's
requirements installed. Output: one JSON line per tree, then the ratio.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

BENCH = Path(__file__).resolve().parent
NEVER_SEEN = 1311

# The opening of a child script that imports sendlint from the tree in ``sys.argv[1]`` (its ``lint/`` as ``sendlint``,
# its ``rules/``, ``corpora/`` and ``gateway/`` beside it) ahead of any installed or editable copy, and checks that it
# did. tools/heldout/round_gain.py runs an older commit's eval with it.
TREE_IMPORT = r"""
import gc, os, sys
from importlib.util import spec_from_file_location

tree = sys.argv[1]
names = {"sendlint": "lint", "sendlint.corpora": "corpora", "sendlint.gateway": "gateway", "sendlint.rules": "rules"}
folders = {name: os.path.join(tree, sub) for name, sub in names.items()}


class TreeFinder:
    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        folder = folders.get(fullname)
        if folder is None:
            return None
        return spec_from_file_location(fullname, os.path.join(folder, "__init__.py"), submodule_search_locations=[folder])

    @classmethod
    def invalidate_caches(cls):
        pass


sys.meta_path.insert(0, TreeFinder)
import sendlint

assert os.path.realpath(sendlint.__file__) == os.path.realpath(os.path.join(tree, "lint", "__init__.py")), sendlint.__file__
"""

_CHILD = TREE_IMPORT + r"""
count, bench = int(sys.argv[2]), sys.argv[3]
sys.path.insert(0, bench)
from corpus import make_corpus
from sendlint import Config, evaluate, evaluate_many, load_registry, message_from_mapping

registry = load_registry()
config = Config()
warm = make_corpus(500, seed=1)
for message in warm:
    evaluate(message_from_mapping(message), registry, config)
registry.resources.findings_memo(config, 0)
seen = {m["body"] for m in warm}
fresh, bodies = [], set()
for m in make_corpus(3000, seed=2):
    if m["body"] not in seen and m["body"] not in bodies:
        bodies.add(m["body"])
        fresh.append(message_from_mapping(m))
messages = fresh[:count] if count >= 0 else []
gc.collect()
gc.freeze()
for first in range(0, len(messages), 256):
    evaluate_many(messages[first : first + 256], registry, config)
print(len(fresh), len(messages), sendlint.__file__, file=sys.stderr)
"""


def _instructions(python: str, tree: Path, count: int, scratch: Path, tag: str) -> int:
    out = scratch / f"callgrind.{tag}.out"
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1")
    subprocess.run(
        ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", "--dump-instr=no", "--compress-strings=no",
         python, "-c", _CHILD, str(tree), str(count), str(BENCH)],
        check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    for line in out.read_text(encoding="utf-8", errors="replace").splitlines():
        match = re.match(r"(?:summary|totals):\s+(\d+)", line)
        if match:
            return int(match.group(1))
    raise RuntimeError(f"no total in {out}")


def measure(python: str, packages: list[Path], count: int, jobs: int) -> list[dict[str, object]]:
    with tempfile.TemporaryDirectory(prefix="callgrind_ab.") as folder:
        scratch = Path(folder)
        runs = [(p, c) for p in packages for c in (-1, count)]
        with ThreadPoolExecutor(jobs) as pool:
            totals = list(pool.map(
                lambda item: _instructions(python, item[1][0].parent, item[1][1], scratch, str(item[0])), enumerate(runs),
            ))
    rows = []
    for index, package in enumerate(packages):
        without, with_messages = totals[2 * index], totals[2 * index + 1]
        rows.append({
            "package": str(package), "messages": count, "warm_only": without, "with_messages": with_messages,
            "per_message": round((with_messages - without) / count),
        })
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--package", type=Path, required=True, help="the lint/ folder of the tree to measure")
    parser.add_argument("--baseline", type=Path, help="another tree's lint/ folder, measured in the same run")
    parser.add_argument("--count", type=int, default=NEVER_SEEN, help=f"never-seen messages (at most {NEVER_SEEN})")
    parser.add_argument("--jobs", type=int, default=2, help="callgrind runs at a time")
    parser.add_argument("--python", default=sys.executable)
    args = parser.parse_args()
    if not 0 < args.count <= NEVER_SEEN:
        parser.error(f"--count must be 1 to {NEVER_SEEN}")
    packages = [args.package.resolve()] + ([args.baseline.resolve()] if args.baseline else [])
    for package in packages:
        if not (package / "__init__.py").is_file() or package.name != "lint":
            parser.error(f"{package} is not a tree's lint/ folder")
    rows = measure(args.python, packages, args.count, args.jobs)
    for row in rows:
        print(json.dumps(row))
    if args.baseline:
        print(json.dumps({"ratio": round(rows[0]["per_message"] / rows[1]["per_message"], 4)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
