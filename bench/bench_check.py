"""Throughput of ``sendlint check`` on 10,000 messages, cold start of ``sendlint message``, and the
peer proselint on the same texts in the same run (compare ratios: these machines are noisy).

Run: ``python bench/bench_check.py [--count 10000]`` (writes its corpus under bench/out/).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import make_corpus, write_corpus

BIN = Path(sys.executable).parent
ROOT = Path(__file__).resolve().parents[1]


WRAPPER = """
import resource, subprocess, sys, time, json
start = time.perf_counter()
code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
elapsed = time.perf_counter() - start
print(json.dumps([elapsed, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, code]))
"""


# An installed sendlint runs from bytecode (pip compiles it at install). A shell that sets PYTHONDONTWRITEBYTECODE
# (this one does) would make every cold run compile ~40 modules from source, ~0.1-0.2 s that no user pays.
ENV = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}


def timed(command: list[str]) -> tuple[float, float, int]:
    """Wall seconds, peak RSS of that command alone in MiB (measured by a fresh wrapper), exit code."""
    out = subprocess.run([sys.executable, "-c", WRAPPER, *command], capture_output=True, text=True, check=True, env=ENV).stdout
    elapsed, peak, code = json.loads(out)
    return float(elapsed), float(peak), int(code)


def in_process_throughput(count: int) -> dict[str, dict[str, float]]:
    """Warm, one process: with the memo of content-only findings (the corpus repeats some bodies, as
    campaigns do) and without it (every message evaluated in full: the engine's raw speed)."""
    from sendlint import Config, evaluate, evaluate_many, load_registry, message_from_mapping

    registry = load_registry()
    messages = [message_from_mapping(m) for m in make_corpus(count)]
    results: dict[str, dict[str, float]] = {}
    runs = (("with_memo", 20_000, 1), ("every_message_in_full", 0, 1), ("every_message_in_full_in_batches", 0, 256))
    for label, memo_size, batch in runs:
        config = Config()
        registry.resources.findings_memo(config, memo_size)
        for message in make_corpus(500, seed=1):  # warm caches (lexicons, dictionaries) on other texts
            evaluate(message_from_mapping(message), registry, config)
        start = time.perf_counter()
        findings = 0
        if batch == 1:
            for message in messages:
                findings += len(evaluate(message, registry, config).findings)
        else:  # as sendlint check evaluates: rule by rule over batches (evaluate_many)
            for first in range(0, count, batch):
                findings += sum(len(e.findings) for e in evaluate_many(messages[first : first + batch], registry, config))
        elapsed = time.perf_counter() - start
        results[label] = {"seconds": round(elapsed, 3), "msgs_per_s": round(count / elapsed), "findings": findings}
    return results


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    out = Path(__file__).resolve().parent / "out"
    jsonl, text = write_corpus(out, args.count)
    env_note = {"cpus": os.cpu_count(), "python": sys.version.split()[0]}

    check = [str(BIN / "sendlint"), "check", str(jsonl), "--format", "json"]
    # Cold: every message computed (--no-cache), as on a first run or a fresh CI machine.
    check_runs = [timed([*check, "--no-cache"]) for _ in range(args.repeat)]
    single_runs = [timed([*check, "--no-cache", "-j", "1"]) for _ in range(args.repeat)]
    # Warm: the same corpus again with the on-disk cache filled by a first run (a CI re-run of an unchanged
    # repository): start-up, reading, the contextual rules and the report.
    cache_dir = out / "cache"
    shutil.rmtree(cache_dir, ignore_errors=True)
    filling = timed([*check, "--cache-dir", str(cache_dir)])
    warm_runs = [timed([*check, "--cache-dir", str(cache_dir)]) for _ in range(args.repeat)]
    proselint_runs = [timed([str(BIN / "proselint"), "check", str(text)]) for _ in range(args.repeat)]
    timed([str(BIN / "sendlint"), "rules"])  # writes the bytecode, if missing, before the cold runs
    cold = [timed([str(BIN / "sendlint"), "message", "Hola, tu pedido llegó.", "--locale", "es"])[0] for _ in range(5)]
    # A typo loads the Spanish Hunspell dictionary and LNG101's word lists: the slowest common cold path.
    cold_typo = [timed([str(BIN / "sendlint"), "message", "Hola, tu pedidoo llegó.", "--locale", "es-ES"])[0] for _ in range(5)]
    # What a copywriter waits for: the bundled template repository (the README's first command) and one file,
    # as a pre-commit hook checks it; both without the cache, as on a first run.
    examples = ROOT / "examples"
    repository = [timed([str(BIN / "sendlint"), "check", str(examples), "--no-cache"])[0] for _ in range(5)]
    one_file = [timed([str(BIN / "sendlint"), "check", str(examples / "sms" / "marketing.yaml"), "--no-cache"])[0] for _ in range(5)]
    baseline = [timed([sys.executable, "-c", "pass"])[0] for _ in range(5)]
    result = {
        "environment": env_note,
        "corpus_messages": args.count,
        "sendlint_check": {"median_s": round(statistics.median(r[0] for r in check_runs), 3), "peak_mib": round(max(r[1] for r in check_runs), 1)},
        "sendlint_check_filling_cache_s": round(filling[0], 3),
        "sendlint_check_warm_cache": {"median_s": round(statistics.median(r[0] for r in warm_runs), 3), "peak_mib": round(max(r[1] for r in warm_runs), 1)},
        "sendlint_check_one_process": {"median_s": round(statistics.median(r[0] for r in single_runs), 3), "peak_mib": round(max(r[1] for r in single_runs), 1)},
        "proselint_check": {"median_s": round(statistics.median(r[0] for r in proselint_runs), 3), "peak_mib": round(max(r[1] for r in proselint_runs), 1)},
        "sendlint_message_cold_s": round(statistics.median(cold), 3),
        "sendlint_message_cold_typo_s": round(statistics.median(cold_typo), 3),
        "sendlint_check_examples_s": round(statistics.median(repository), 3),
        "sendlint_check_one_file_s": round(statistics.median(one_file), 3),
        "python_startup_s": round(statistics.median(baseline), 3),
        "in_process": in_process_throughput(args.count),
    }
    proselint_s = result["proselint_check"]["median_s"]
    result["ratio_sendlint_to_proselint"] = round(result["sendlint_check"]["median_s"] / proselint_s, 2)
    result["ratio_warm_sendlint_to_proselint"] = round(result["sendlint_check_warm_cache"]["median_s"] / proselint_s, 2)
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
