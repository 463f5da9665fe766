"""The project's task runner: standard library only, so a fresh machine needs nothing but Python 3.11+.

    python3 tasks.py run     # create .venv, install sendlint, lint the bundled examples/ template repository
    python3 tasks.py test    # create .venv, install with dev tools, run ruff, mypy, pytest and the wheel check
    python3 tasks.py bench   # every benchmark (results go to BENCHMARKS.md by hand)
    python3 tasks.py eval    # precision and recall on the labelled corpora

The Makefile forwards to these; `.ci/run` calls `python3 tasks.py test`.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if sys.platform == "win32" else "bin")
PYTHON = BIN / "python"
STAMP = VENV / ".installed"


def sh(*command: str | Path, cwd: Path = ROOT, ok: tuple[int, ...] = (0,)) -> int:
    print("$", " ".join(str(c) for c in command), flush=True)
    code = subprocess.call([str(c) for c in command], cwd=cwd)
    if code not in ok:
        raise SystemExit(code)
    return code


def ensure_venv() -> None:
    """Create .venv and install sendlint with its dev tools, again whenever pyproject.toml changed."""
    pyproject = ROOT / "pyproject.toml"
    if STAMP.exists() and STAMP.stat().st_mtime >= pyproject.stat().st_mtime:
        return
    if not PYTHON.exists():
        venv.create(VENV, with_pip=True)
    sh(PYTHON, "-m", "pip", "install", "-q", "--upgrade", "pip")
    sh(PYTHON, "-m", "pip", "install", "-q", "-e", ".[dev]")
    STAMP.touch()


def run() -> None:
    ensure_venv()
    # Findings (exit 1) are the point of the demo; 2 would mean the examples could not be read.
    sh(BIN / "sendlint", "check", "examples/", ok=(0, 1))


def wheel_check() -> None:
    """The wheel alone must carry its rule packs and corpora and install nothing named lint or gateway."""
    ensure_venv()
    build = ROOT / "build"
    for folder in (build / "wheel", build / "wheel-venv"):
        shutil.rmtree(folder, ignore_errors=True)
    sh(PYTHON, "-m", "pip", "wheel", "-q", "--no-deps", "-w", build / "wheel", ".")
    venv.create(build / "wheel-venv", with_pip=True)
    wheel_python = build / "wheel-venv" / BIN.name / "python"
    (wheel,) = (build / "wheel").glob("sendlint-*.whl")
    sh(wheel_python, "-m", "pip", "install", "-q", wheel)
    sh(build / "wheel-venv" / BIN.name / "sendlint", "check", ROOT / "examples", cwd=build, ok=(0, 1))
    # -I keeps the repository's own folders off the path, so only installed modules are found.
    probe = "import importlib.util as u, sys, sendlint.gateway, sendlint.rules; sys.exit(any(u.find_spec(m) for m in ('lint', 'gateway')))"
    sh(wheel_python, "-I", "-c", probe, cwd=build)


def test() -> None:
    ensure_venv()
    sh(BIN / "ruff", "check", "lint", "gateway", "tests", "bench", "tools", "tasks.py")
    sh(BIN / "mypy")
    sh(PYTHON, "-m", "pytest")
    wheel_check()


def bench() -> None:
    ensure_venv()
    sh(PYTHON, "bench/run_all.py")


def evaluate() -> None:
    ensure_venv()
    corpora = [f"corpora/eval/{name}.jsonl" for name in ("es", "en", "neutral-es", "neutral-en")]
    sh(BIN / "sendlint", "eval", *corpora)
    # The blind sets are measured once, after a round of rule changes; never tune against them (corpora/README.md).
    for blind in sorted((ROOT / "corpora" / "heldout").glob("*/")):
        sh(BIN / "sendlint", "eval", *sorted(blind.glob("*.jsonl")))


TASKS = {"run": run, "test": test, "bench": bench, "eval": evaluate, "wheel-check": wheel_check}


def main(argv: list[str]) -> int:
    if len(argv) != 1 or argv[0] not in TASKS:
        print(f"usage: python3 tasks.py {{{'|'.join(TASKS)}}}", file=sys.stderr)
        return 2
    TASKS[argv[0]]()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
