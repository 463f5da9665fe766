"""What a round's rule changes did on the blind sets measured after it: the same sets evaluated at the round's start.

    python tools/heldout/round_gain.py START_COMMIT AFTER.json FILE.jsonl [FILE.jsonl ...] [-- EVAL_OPTIONS]

AFTER.json is the blind measure already taken (`sendlint eval --format json FILES`, e.g. /tmp/rNN/blind/both.json);
the script checks out START_COMMIT (the round's first commit: the speed and writers' commits change no finding) in a
temporary worktree, evaluates the same FILES there with the current interpreter, importing sendlint from that tree
(bench/callgrind_ab.py's TREE_IMPORT), and prints compare_eval.py's table: the lines whose outcome the round changed.
Options after `--` go to the start commit's eval (`-- --config /tmp/no113.yaml` for the rules without TON113; the
AFTER file must have been measured with the same options). Run it before the sets are folded, while FILES still exist,
or give the files' paths at START_COMMIT (they are read from the temporary tree when they exist there).

Round 80 found none of its ~30 classes changed any h130/h131 line; this makes that measure part of every round.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(HERE))

from callgrind_ab import TREE_IMPORT  # noqa: E402
from compare_eval import main as compare  # noqa: E402

_EVAL = TREE_IMPORT + r"""
from sendlint.cli import main
sys.exit(main(["eval", "--format", "json", *sys.argv[2:]]))
"""


def evaluate_at(commit: str, arguments: list[str], out: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="round_gain.") as folder:
        tree = Path(folder) / "tree"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(tree), commit], check=True,
                       stdout=subprocess.DEVNULL)
        try:
            # A file that still exists in the old tree is read there (the sets before their fold), else here.
            resolved = [str(tree / a) if (tree / a).is_file() else a for a in arguments]
            with out.open("w", encoding="utf-8") as sink:
                code = subprocess.run([sys.executable, "-c", _EVAL, str(tree), *resolved], stdout=sink).returncode
            if code != 0:
                raise SystemExit(f"round_gain: the eval at {commit} exited with {code}")
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=True)


def main(argv: list[str]) -> int:
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    commit, after, rest = argv[0], argv[1], argv[2:]
    files, options = (rest[: rest.index("--")], rest[rest.index("--") + 1 :]) if "--" in rest else (rest, [])
    # Bad arguments get a message, not a traceback from git or json halfway through.
    if not Path(after).is_file():
        print(f"round_gain: {after}: no such file (the eval JSON measured after the round)", file=sys.stderr)
        return 2
    if not files:
        print("round_gain: name the JSONL files the AFTER result measured", file=sys.stderr)
        return 2
    known = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--verify", "--quiet", f"{commit}^{{commit}}"],
                           stdout=subprocess.DEVNULL)
    if known.returncode != 0:
        print(f"round_gain: {commit}: not a commit of this repository", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="round_gain_out.") as folder:
        before = Path(folder) / "start.json"
        evaluate_at(commit, [*options, *files], before)
        compare(str(before), after)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
