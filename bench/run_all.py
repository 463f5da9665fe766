"""Run every benchmark in sequence (``python3 tasks.py bench``); paste the output into BENCHMARKS.md with the date
and machine. Each benchmark prints its own baseline from the same run, so compare ratios."""

from __future__ import annotations

import platform
import subprocess
import sys
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCHMARKS = [
    ["bench_sms.py"],
    ["bench_check.py"],
    ["bench_evaluate.py"],
    ["bench_evaluate.py", "--batch", "1"],
    ["bench_history.py", "--sizes", "1000,100000,1000000"],
]


def main() -> int:
    print(f"# {date.today()} {platform.node()} {platform.machine()} Python {platform.python_version()}")
    for command in BENCHMARKS:
        print(f"\n$ python bench/{' '.join(command)}", flush=True)
        result = subprocess.run([sys.executable, str(HERE / command[0]), *command[1:]], check=False)
        if result.returncode != 0:
            return result.returncode
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
